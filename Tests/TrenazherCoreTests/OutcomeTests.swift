import Foundation
import Testing
@testable import TrenazherCore

/// The customer's outcome, false statements checked against the company's data, absence credit,
/// and the simulated back office (`/lookup`, `/kb`).
@Suite struct OutcomeTests {
    static let exemplary = """
    Добрий день! Мене звати Олена. Чим можу Вам допомогти?
    Василю Степановичу, я Вас розумію: цілий день без світла — це справді неприємно. Перепрошую за незручності.
    У Світязі сьогодні тривають планові ремонтні роботи на лінії 10 кВ. Про них повідомляли на сайті компанії та SMS за 10 днів, 15 листопада.
    Роботи завершать, і електропостачання відновлять сьогодні до 18:00.
    COMPENSATION
    /ticket скарга не отримав повідомлення
    Вашу скаргу зареєстровано за номером 2611-0158. Отже, світло відновлять сьогодні до 18:00, а відповідь на скаргу надійде протягом 30 днів.
    Дякую, що звернулися. До побачення!
    """

    static func visitor(compensation: String) throws -> AttemptResult {
        try Fixtures.play("visit-difficult-visitor", exemplary.replacingOccurrences(of: "COMPENSATION", with: compensation))
    }

    @Test func anExemplaryConversationIsResolved() throws {
        let result = try Self.visitor(compensation: "За планові роботи, про які повідомили заздалегідь, компенсація, на жаль, не передбачена, але я можу зареєструвати Вашу скаргу.")
        let outcome = try #require(result.outcome)
        #expect(outcome.status == .resolved)
        #expect(outcome.falseStatements.isEmpty)
        #expect(result.passed)
        #expect(result.score == 100)
    }

    @Test func aBrushOffFailsAndSaysWhatTheCustomerNeverHeard() throws {
        let result = try Fixtures.play("visit-difficult-visitor", "Добрий день!\nОтже, все зрозуміло, до побачення!")
        let outcome = try #require(result.outcome)
        #expect(outcome.status == .unresolved)
        #expect(!result.passed)
        #expect(outcome.sentence.contains("коли дадуть світло"))
        #expect(outcome.sentence.contains("Настрій наприкінці"))
        #expect(outcome.sentenceEN.contains("never told"))
        for id in ["GEN-FORMAL", "GEN-COURTESY", "GEN-ACCURATE", "GEN-LANGUAGE", "GEN-NO-INTERRUPT"] {
            #expect(result.verdict(of: id) == .missed, "\(id) earned credit from a two-line brush-off")
        }
        // Nothing in them to practise but the conversation: the advice names what the trainee skipped.
        let next = AttemptRendering.practiseNext(result, content: Fixtures.content).map(\.id)
        #expect(next.count == Fixtures.content.scoring.practiseNextCount)
        #expect(next.allSatisfy { !$0.hasPrefix("GEN-") }, "\(next)")
    }

    @Test(arguments: [
        "Компенсацію Вам обов'язково виплатять, не хвилюйтеся.",
        "Ви не отримали SMS, але компенсацію Вам нарахують у наступному рахунку.",
        "Вам належить компенсація за цілий день без світла.",
    ])
    func aFalsePromiseFailsQuotingTheTruth(_ promise: String) throws {
        let result = try Self.visitor(compensation: promise)
        let outcome = try #require(result.outcome)
        #expect(outcome.status == .misinformed)
        #expect(!result.passed)
        #expect(result.verdict(of: "GEN-ACCURATE") == .violated)
        let note = try #require(result.standards.first { $0.id == "GEN-ACCURATE" }?.note)
        #expect(note.contains("не передбачена"))
        // Quoted in the words of Content/statements.yaml `truth_note`.
        #expect(note.contains(Fixtures.content.truthNote.quoting("")) && Fixtures.content.truthNote.ukrainian == "за даними компанії: {truth}")
        #expect(Fixtures.content.truthNote.quoting("x", english: true) == "according to the company's data: x")
        #expect(outcome.sentence.contains("ввели в оману"))
    }

    @Test(arguments: [
        "Компенсація за планові роботи не передбачена.",
        "На жаль, жодної компенсації за планове відключення не буде.",
        "Якщо Ви вважаєте, що Вам належить компенсація, я зареєструю Вашу скаргу.",
        "Ви кажете «компенсацію виплатять», але за планові роботи вона не передбачена.",
    ])
    func aNegatedOrConditionalStatementIsNoFalsehood(_ statement: String) throws {
        let result = try Self.visitor(compensation: statement)
        #expect(result.outcome?.falseStatements.isEmpty == true, "\(statement)")
        #expect(result.verdict(of: "GEN-ACCURATE") == .met)
    }

    @Test func anInventedCauseFails() throws {
        let transcript = Self.exemplary
            .replacingOccurrences(of: "тривають планові ремонтні роботи на лінії 10 кВ", with: "сталася аварія на лінії, технічний збій")
            .replacingOccurrences(of: "COMPENSATION", with: "Компенсація за відключення не передбачена.")
        let result = try Fixtures.play("visit-difficult-visitor", transcript)
        #expect(result.outcome?.status == .misinformed)
        #expect(!result.passed)
        #expect(result.outcome?.falseStatements.first?.truth.contains("планові ремонтні роботи") == true)
    }

    @Test func theJSONCarriesTheOutcome() throws {
        let result = try Fixtures.play("visit-difficult-visitor", "Добрий день!\nОтже, все зрозуміло, до побачення!")
        let data = Data(AttemptRendering.json(result).utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let outcome = try #require(json["outcome"] as? [String: Any])
        #expect(outcome["status"] as? String == "unresolved")
        #expect(outcome["resolved"] as? Bool == false)
        #expect((outcome["sentence"] as? String)?.isEmpty == false)
        #expect((outcome["sentence_en"] as? String)?.isEmpty == false)
        let goals = try #require(outcome["goals"] as? [[String: Any]])
        #expect(goals.contains { $0["reached"] as? Bool == false && $0["missing"] is String })
        #expect(outcome["false_statements"] is [[String: Any]])
        #expect(json["passed"] as? Bool == false)
    }

    @Test func anUnansweredLetterFails() throws {
        let letter = "Шановна Наталіє Володимирівно!\nДякуємо за Ваше звернення. Ми його уважно розглянули.\nЗ повагою, Олена Петренко"
        let result = try Fixtures.play("web-appeal-reply", letter)
        #expect(result.outcome?.status == .unresolved)
        #expect(!result.passed)
        #expect(result.outcome?.sentence.contains("компенсац") == true)
    }

    // MARK: the back office

    static func software(_ id: String, _ lines: [String]) -> [String] {
        let engine = DialogueEngine(scenario: Fixtures.scenario(id), content: Fixtures.content, traineeName: "Олена")
        var state = engine.start()
        var shown: [String] = []
        for line in lines {
            let step = engine.step(state, TraineeInput(text: line))
            state = step.state
            shown += step.newTurns.filter { $0.speaker == .system }.map(\.text)
        }
        return shown
    }

    @Test func lookupFindsTheOutageByTheVillage() {
        let shown = Self.software("visit-difficult-visitor", ["Добрий день!", "/lookup Світязь"])
        #expect(shown.first?.contains("планові ремонтні роботи на лінії 10 кВ") == true)
        #expect(shown.first?.contains("18:00") == true)
    }

    @Test func lookupOfSomethingUnknownFindsNothing() {
        let shown = Self.software("visit-difficult-visitor", ["Добрий день!", "/lookup Шацьк"])
        #expect(shown.first?.contains("Нічого не знайдено") == true)
    }

    @Test func theKnowledgeBaseFindsRulesAndServices() {
        let base = KnowledgeBase(scenario: Fixtures.scenario("visit-difficult-visitor"), content: Fixtures.content)
        #expect(base.answer("компенсацію за відключення").contains("компенсація не передбачена"))
        #expect(base.answer("додаткові послуги").contains("Інформація про відключення на сайті"))
        #expect(base.answer("переоформлення договору").contains("10 робочих днів"))
        #expect(base.answer("ґзщхї").contains("нічого не знайдено"))
        #expect(base.answer("").contains("/kb"))
    }

    /// A scenario whose rule differs says its own: its article with a Content article's id replaces it.
    @Test func aScenarioArticleReplacesTheContentArticleOfTheSameID() {
        let outage = KnowledgeBase(scenario: Fixtures.scenario("hotline-outage-report"), content: Fixtures.content)
        #expect(outage.articles.filter { $0.id == "identification" }.count == 1)
        #expect(outage.answer("ідентифікація").contains("номер особового рахунку або адресу"))
        let other = KnowledgeBase(scenario: Fixtures.scenario("hotline-account-no-id"), content: Fixtures.content)
        #expect(other.answer("ідентифікація").contains("номер особового рахунку та ПІБ або адресу"))
    }

    @Test func kbIsAnActionOfTheSoftware() {
        let shown = Self.software("web-appeal-reply", ["/kb як підписатися на сповіщення"])
        #expect(shown.first?.contains("Сповіщення") == true)
    }
}

/// A request number counts as told however its digits are grouped, typed or said; a number with a
/// digit wrong or two swapped is not the customer's.
@Suite struct RequestNumberOutcomeTests {
    static func call(number: String) throws -> AttemptResult {
        try Fixtures.play("hotline-outage-report", """
        Добрий вечір, гаряча лінія, мене звати Олена. Як я можу до Вас звертатися?
        Ігорю Васильовичу, назвіть, будь ласка, прізвище, ім'я, по батькові та номер особового рахунку.
        /lookup 30581264
        Заборгованості у Вас немає, переплата 85,20 грн.
        /ticket аварійна
        заявку зареєстровано номер \(number) бригада приїде протягом двох годин
        Дякую за дзвінок, до побачення!
        """)
    }

    @Test(arguments: ["АВ-2511-0317", "ав 2511 0317", "2511 0317", "ав двадцять пять одинадцять нуль триста сімнадцять",
                      "а в двадцять п'ять одинадцять дефіс нуль триста сімнадцять"])
    func aNumberToldInAnyGroupingReachesTheGoal(_ number: String) throws {
        let outcome = try #require(try Self.call(number: number).outcome)
        #expect(outcome.goals.first { $0.id == "request-number" }?.reached == true, "\(number)")
    }

    @Test(arguments: ["ав двадцять пять одинадцять нуль сімсот тринадцять", "ав 2511 0371", "ав двадцять п'ять одинадцять"])
    func aNumberWithDigitsWrongDoesNot(_ number: String) throws {
        let outcome = try #require(try Self.call(number: number).outcome)
        #expect(outcome.goals.first { $0.id == "request-number" }?.reached == false, "\(number)")
    }
}
