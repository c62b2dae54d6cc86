import Foundation
import Testing
@testable import TrenazherCore

/// The simulated software's own words come from `Content/software.yaml` in both languages, and a
/// request is registered once per conversation.
@Suite struct SoftwareRepliesTests {
    /// The software's outputs for `lines` played after a greeting.
    /// `bare`: without the scenario's own look-up and records, so the software speaks for itself.
    static func outputs(_ id: String, _ lines: [String], english: Bool = false, bare: Bool = false) -> [String] {
        var scenario = Fixtures.scenario(id)
        if bare {
            scenario.actions["lookup"] = nil
            scenario.records = []
        }
        let engine = DialogueEngine(scenario: scenario, content: Fixtures.content, traineeName: "Олена", english: english)
        var state = engine.start()
        engine.advance(&state, TraineeInput(text: "Добрий день! Мене звати Олена. Чим можу допомогти?"))
        var shown: [String] = []
        for line in lines {
            shown += engine.advance(&state, TraineeInput(text: line)).newTurns.filter { $0.speaker == .system }.map(\.text)
        }
        return shown
    }

    @Test func aDocumentHandedOnRequestIsListedFromThen() throws {
        let shown = Self.outputs("visit-contact-update", ["/docs", "Назвіть, будь ласка, Ваше прізвище, ім'я та по батькові.", "/docs"])
        #expect(shown.count == 2)
        #expect(shown[0] == "Документів не подано.")
        let passport = try #require(Fixtures.scenario("visit-contact-update").facts["passport"])
        #expect(shown[1] == "Подані документи:\n• \(passport): в порядку")
    }

    @Test func aScenarioCallbackConfirmationEchoesTheDateAndTime() {
        #expect(Self.outputs("phone-callback", ["/callback 27.11 10:00"]) == ["Зворотний дзвінок заплановано: 27.11 10:00."])
        let (loaded, diagnostics) = ScenarioLibrary.load(text: DialogueFitTests.scenario + "\nactions:\n  callback: {shows: \"Дзвінок о {when}, {nowhen}.\"}\n",
                                                         file: "fit.yaml", content: Fixtures.content)
        #expect(loaded == nil)
        #expect(diagnostics.map(\.message).joined().contains("'{nowhen}'"), "only {when} is the software's own")
        #expect(!diagnostics.map(\.message).joined().contains("'{when}'"))
    }

    @Test func aFixedRegistrationIsNotIssuedTwice() throws {
        let shown = Self.outputs("phone-callback", ["/ticket звернення", "/ticket скарга"])
        #expect(shown.count == 2)
        #expect(shown[0] == "Зареєстровано звернення № ПР-2511-0231 (перерахунок після заміни лічильника).")
        #expect(shown[1].hasPrefix("Повторно не зареєстровано: це звернення вже зареєстровано в цій розмові."))
        #expect(shown[1].contains("№ ПР-2511-0231"))
    }

    /// The number practice on hotline-account-no-id (25.11.2026, no seed) issues for its request `offset` (0: the first).
    static func practiceNumber(prefix: String, offset: Int) -> String {
        let numbering = Fixtures.content.requestNumbering
        return numbering.number(prefix: prefix, date: CalendarDate(year: 2026, month: 11, day: 25),
                                serial: numbering.firstSerial(seed: nil, scenarioID: "hotline-account-no-id") + offset)
    }

    @Test func withoutAFixedRegistrationEachKindGetsItsOwnNumberOnce() {
        let shown = Self.outputs("hotline-account-no-id", ["/ticket заява", "/ticket  Заява ", "/ticket скарга"])
        let first = Self.practiceNumber(prefix: "ЗВ", offset: 0), second = Self.practiceNumber(prefix: "СК", offset: 1)
        #expect(first.hasPrefix("ЗВ-2511-") && second.hasPrefix("СК-2511-"))
        #expect(shown[0] == "Зареєстровано: заява, № \(first).")
        #expect(shown[1].hasPrefix("Повторно не зареєстровано") && shown[1].contains("№ \(first)"))
        #expect(shown[2] == "Зареєстровано: скарга, № \(second).")
    }

    @Test func theSoftwaresOwnWordsAreEnglishInTheEnglishInterface() {
        let shown = Self.outputs("hotline-account-no-id", ["/lookup 99999", "/ticket", "/ticket", "/hold", "/kb"], english: true, bare: true)
        #expect(shown[0] == "Nothing found for «99999».")
        #expect(shown[1] == "Registered: a request, No. \(Self.practiceNumber(prefix: "ЗВ", offset: 0)).")
        #expect(shown[2].hasPrefix("Not registered again") && shown[2].contains("No. \(Self.practiceNumber(prefix: "ЗВ", offset: 0))"))
        #expect(shown[3] == "The customer is on hold.")
        #expect(shown[4].hasPrefix("Knowledge base: type search words"))
        #expect(Self.outputs("hotline-account-no-id", ["/lookup 99999"], bare: true) == ["Нічого не знайдено за запитом «99999»."])
    }

    @Test func aSoftwareFileWithoutEveryReplyIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("software-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("Content"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "hold: {uk: Утримання., en: On hold.}\nholdd: {uk: а, en: a}\n".write(to: folder.appendingPathComponent("software.yaml"), atomically: true, encoding: .utf8)
        do {
            _ = try ContentBundle.load(from: folder)
            Issue.record("an incomplete software.yaml loaded")
        } catch let error as ContentError {
            #expect(error.diagnostics.contains { $0.ukrainian.contains("бракує відповіді 'lookup_nothing'") })
            #expect(error.diagnostics.contains { $0.message.contains("unknown reply 'holdd'") && $0.message.contains("did you mean 'hold'") })
        }
    }
}

/// A content version installed before `software.yaml` existed loads: its software says what that
/// version's program said itself.
@Suite struct SoftwareRepliesBeforeContentTests {
    @Test func aContentVersionWithoutSoftwareRepliesLoadsWithTheOldProgramsWords() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("software-old-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("Content"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("software.yaml"))
        let old = try ContentBundle.load(from: folder)
        // What the program said before the file existed (its own texts, in Ukrainian).
        #expect(old.softwareReplies.text(.lookupNothing, english: false) == "Нічого не знайдено: уточніть дані клієнта.")
        #expect(old.softwareReplies.text(.lookupNothingFor, english: false, ["query": "99999"]) == "Нічого не знайдено за запитом «99999».")
        #expect(old.softwareReplies.text(.documentsNone, english: false) == "Документів не подано.")
        #expect(old.softwareReplies.text(.documentsList, english: false) == "Подані документи:")
        #expect(old.softwareReplies.text(.documentOK, english: false) == "в порядку")
        #expect(old.softwareReplies.text(.ticket, english: false, ["kind": "заявку", "number": "2511-001"]) == "Зареєстровано: заявку, № 2511-001.")
        #expect(old.softwareReplies.text(.ticketKind, english: false) == "заявку")
        #expect(old.softwareReplies.text(.callback, english: false, ["when": "час не вказано"]) == "Зворотний дзвінок заплановано: час не вказано.")
        #expect(old.softwareReplies.text(.callbackNoTime, english: false) == "час не вказано")
        #expect(old.softwareReplies.text(.hold, english: false) == "Клієнта поставлено на утримання.")
        #expect(old.softwareReplies.text(.knowledgePrompt, english: false) == "База знань: введіть слова пошуку, напр. /kb компенсація. Статті:")
        #expect(old.softwareReplies.text(.knowledgeNothing, english: false, ["query": "x"]) == "У базі знань нічого не знайдено за запитом «x». Спробуйте інші слова.")
        for kind in SoftwareReplies.Kind.allCases {
            #expect(!old.softwareReplies.text(kind, english: true).isEmpty, "no English \(kind.rawValue)")
            #expect(!old.softwareReplies.text(kind, english: false).isEmpty, "no Ukrainian \(kind.rawValue)")
        }
        // The built-in replies are not part of the version: its digest is the one its own program computed.
        #expect(old.digest != Fixtures.content.digest)

        var scenario = try #require(ScenarioLibrary.load(paths: [Fixtures.root.appendingPathComponent("Scenarios/hotline-account-no-id.yaml")], content: old).0
            .scenario(id: "hotline-account-no-id"))
        scenario.actions["lookup"] = nil
        scenario.records = []
        let engine = DialogueEngine(scenario: scenario, content: old, traineeName: "Олена")
        var state = engine.start()
        let shown = ["/lookup 99999", "/hold"].flatMap { line in
            engine.advance(&state, TraineeInput(text: line)).newTurns.filter { $0.speaker == .system }.map(\.text)
        }
        #expect(shown == ["Нічого не знайдено за запитом «99999».", "Клієнта поставлено на утримання."])
    }
}

/// The knowledge base's words for the articles of `services.yaml` are data (`software.yaml` kb_*); a
/// content version whose `software.yaml` lacks them takes the program's built-in words key by key.
@Suite struct KnowledgeWordingTests {
    static func content(_ edit: (String) -> String) throws -> (ContentBundle, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-words-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("Content"), to: folder)
        let file = folder.appendingPathComponent("software.yaml")
        try edit(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        return (try ContentBundle.load(from: folder), folder)
    }

    @Test func aServiceArticleSaysWhatSoftwareYamlSays() throws {
        let (content, folder) = try Self.content {
            $0.replacingOccurrences(of: "kb_service_term: {uk: \"Строк: {term}.\"", with: "kb_service_term: {uk: \"Строк надання: {term}.\"")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let service = try #require(content.services.first { $0.term != nil })
        let base = KnowledgeBase(scenario: Fixtures.scenario("visit-incomplete-documents"), content: content)
        let article = try #require(base.articles.first { $0.id == service.id })
        #expect(article.text.contains("Строк надання: \(service.term ?? "")."))
        #expect(article.keywords == ["послуга", "документи", "строк", "вартість"])
    }

    @Test func anOlderSoftwareYamlWithoutTheKnowledgeWordsStillLoads() throws {
        let (content, folder) = try Self.content { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("kb_service") && !$0.hasPrefix("kb_additional") }
                .joined(separator: "\n")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(content.softwareReplies.text(.knowledgeServiceTerm, english: false, ["term": "7 днів"]) == "Строк: 7 днів.")
        #expect(content.softwareReplies.text(.knowledgeAdditionalTitleTopic, english: false, ["topic": "оплата"]) == "Додаткові послуги за темою «оплата»")
        let base = KnowledgeBase(scenario: Fixtures.scenario("visit-incomplete-documents"), content: content)
        let current = KnowledgeBase(scenario: Fixtures.scenario("visit-incomplete-documents"), content: Fixtures.content)
        #expect(base.articles.map(\.text) == current.articles.map(\.text), "the built-in words are the bundled ones")
        #expect(base.articles.map(\.title) == current.articles.map(\.title))
    }
}
