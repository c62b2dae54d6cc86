import Foundation
import Testing
@testable import TrenazherCore

/// Twenty-five and more typical mistakes, planted one at a time in a valid scenario: each must be
/// reported by `scenarios check` on the line of the mistake, with a message that says how to fix it.
@Suite struct ScenarioMistakeTests {
    static let valid = """
    id: mistakes-fixture
    title: Заборгованість
    channel: hotline
    date: 2026-11-25
    clock: "10:00"
    topic: payments
    persona:
      name: Коваленко Ірина Василівна
      address_as: Ірина Василівна
    facts:
      account: "10234567"
      full_name: Коваленко Ірина Василівна
      debt: 312,40 грн
    standards: [GEN-FORMAL, GEN-ACCURATE, HOT-GREET, HOT-ID, HOT-MORE, HOT-FAREWELL]
    identification:
      all: [account]
      any: [full_name]
    account_facts:
      - "312,40"
    claims:
      - about:
          - заборгован*
          - борг*
        accept: ["312,40 грн"]
    intents:
      asks_payment_date:
        - коли ~ оплат*
    answers:
      asks_identification: {say: "Рахунок {account}, Коваленко Ірина Василівна.", gives: [account, full_name]}
      asks_account: {say: "Рахунок {account}.", gives: [account]}
      asks_full_name: {say: "Коваленко Ірина Василівна.", gives: [full_name]}
    opening: Добрий день. Чи є в мене заборгованість?
    nodes:
      start:
        on:
          - when: tells_account_fact
            say: Зрозуміло, дякую.
            go: informed
          - when: farewell
            say: До побачення.
            go: end
          - action: lookup
      informed:
        on:
          - when: farewell
            say: Дякую, до побачення.
            go: end
          - when: more_questions
            say: Ні, більше нічого.
            mood: спокійна
      manager:
        say: Покличте керівника!
        on:
          - when: apologises
            go: end
      end:
        end: true
    fallback: [Так?]
    mood:
      scale: [спокійна, роздратована]
      start: спокійна
      worse: [dismissive]
      limit: 2
      on_limit: manager
    actions:
      lookup:
        takes: 5
        needs: [account]
        shows: Особовий рахунок {account}. Заборгованість {debt}.
      ticket:
        shows: Зареєстровано звернення № ЗВ-2511-0001.
    examples:
      - name: зразкова розмова
        transcript: |
          Добрий день, гаряча лінія, мене звати {trainee}. Як я можу до Вас звертатися?
          Назвіть, будь ласка, номер особового рахунку та Ваше прізвище, ім'я та по батькові.
          /lookup {account}
          Дякую. Заборгованість 312,40 грн.
          Чи є у Вас ще запитання?
          Дякую за дзвінок, до побачення!
        expect:
          HOT-ID: met
          GEN-ACCURATE: met
    """

    /// One planted mistake: replace `original` by `planted`; the diagnostic must stand on the line
    /// where `at` first occurs in the planted text and contain `says` (English) — and a Ukrainian text.
    struct Mistake: Sendable, CustomStringConvertible {
        var name: String
        var original: String
        var planted: String
        var at: String
        var says: String
        var description: String { name }
    }

    static let mistakes: [Mistake] = [
        Mistake(name: "accept reads as nothing", original: #"accept: ["312,40 грн"]"#, planted: "accept: [2 грудн]", at: "2 грудн",
                says: "reads as no date, amount, term or time"),
        Mistake(name: "accept: a comma splits an unquoted amount", original: #"accept: ["312,40 грн"]"#, planted: "accept: [312,40 грн]", at: "312,40 грн]",
                says: "inside [ ] a comma separates values"),
        Mistake(name: "gives names no fact", original: "{say: \"Рахунок {account}.\", gives: [account]}", planted: "{say: \"Рахунок {account}.\", gives: [acount]}",
                at: "gives: [acount]", says: "did you mean 'account'"),
        Mistake(name: "identification fact no answer gives", original: "  any: [full_name]", planted: "  any: [passport]", at: "any: [passport]",
                says: "no answer in 'answers' gives 'passport'"),
        Mistake(name: "action without shows", original: "    shows: Зареєстровано звернення № ЗВ-2511-0001.\n", planted: "    takes: 3\n", at: "  ticket:",
                says: "has no 'shows'"),
        Mistake(name: "unquoted ' #' cuts a pattern", original: "      - борг*\n", planted: "      - до # грудня\n", at: "- до # грудня",
                says: "read «# грудня» as a comment"),
        Mistake(name: "a gap left at the end", original: "      - борг*\n", planted: "      - борг* ~\n", at: "- борг* ~",
                says: "ends with a gap"),
        Mistake(name: "scenario intent replaces a Content intent", original: "  asks_payment_date:\n    - коли ~ оплат*", planted: "  farewell:\n    - бувайте",
                at: "  farewell:", says: "would replace it"),
        Mistake(name: "extends with nothing to extend", original: "  asks_payment_date:\n    - коли ~ оплат*",
                planted: "  asks_payment_date:\n    extends: true\n    patterns: [коли ~ оплат*]", at: "  asks_payment_date:", says: "has no intent 'asks_payment_date'"),
        Mistake(name: "unknown channel", original: "channel: hotline", planted: "channel: hotlyne", at: "channel:", says: "did you mean 'hotline'"),
        Mistake(name: "duplicate node", original: "  end:\n    end: true", planted: "  end:\n    end: true\n  informed:\n    end: true",
                at: "  informed:\n    end: true", says: "duplicate key 'informed'"),
        Mistake(name: "unknown verdict", original: "      HOT-ID: met", planted: "      HOT-ID: done", at: "HOT-ID: done",
                says: "valid: met, violated, missed, not_applicable"),
        Mistake(name: "mood.on_limit names no node", original: "  on_limit: manager", planted: "  on_limit: managr", at: "on_limit: managr",
                says: "did you mean 'manager'"),
        Mistake(name: "mood.limit without on_limit", original: "  on_limit: manager\n", planted: "", at: "  limit: 2", says: "mood.limit without mood.on_limit"),
        Mistake(name: "placeholder names no fact", original: "Заборгованість {debt}.", planted: "Заборгованість {dept}.", at: "{dept}",
                says: "did you mean 'debt'"),
        Mistake(name: "unreachable node", original: "  end:\n    end: true", planted: "  lost:\n    on:\n      - when: farewell\n        go: end\n  end:\n    end: true",
                at: "  lost:", says: "unreachable from 'start'"),
        Mistake(name: "go to a missing node", original: "        go: informed", planted: "        go: informd", at: "go: informd", says: "did you mean 'informed'"),
        Mistake(name: "when names an unknown intent", original: "      - when: more_questions", planted: "      - when: more_question", at: "when: more_question",
                says: "did you mean 'more_questions'"),
        Mistake(name: "Standard not in the catalogue", original: "HOT-MORE, HOT-FAREWELL]", planted: "HOT-MOORE, HOT-FAREWELL]", at: "standards:",
                says: "did you mean 'HOT-MORE'"),
        Mistake(name: "Standard of another channel", original: "HOT-MORE, HOT-FAREWELL]", planted: "HOT-MORE, HOT-FAREWELL, VIS-GREET]", at: "standards:",
                says: "does not apply to the hotline channel"),
        Mistake(name: "Standard listed twice", original: "HOT-MORE, HOT-FAREWELL]", planted: "HOT-MORE, HOT-FAREWELL, HOT-MORE]", at: "standards:",
                says: "listed twice"),
        Mistake(name: "example expects a Standard not listed", original: "      GEN-ACCURATE: met", planted: "      GEN-ACCURATE: met\n      HOT-HOLD: met",
                at: "HOT-HOLD: met", says: "do not list HOT-HOLD"),
        Mistake(name: "transition shadowed by an earlier one", original: "      - when: more_questions", planted: "      - when: [farewell, thanks_wait]\n        go: end\n      - when: more_questions",
                at: "[farewell, thanks_wait]", says: "can never fire"),
        Mistake(name: "second transition for the same action", original: "      - action: lookup", planted: "      - action: lookup\n      - action: lookup\n        go: informed",
                at: "      - action: lookup\n        go: informed", says: "can never fire"),
        Mistake(name: "end node with transitions", original: "  end:\n    end: true", planted: "  end:\n    end: true\n    on:\n      - when: thanks_wait",
                at: "- when: thanks_wait", says: "its transitions never fire"),
        Mistake(name: "bad clock", original: #"clock: "10:00""#, planted: #"clock: "25:00""#, at: "clock:", says: "write HH:MM"),
        Mistake(name: "misspelt key", original: "fallback: [Так?]", planted: "falback: [Так?]", at: "falback:", says: "did you mean 'fallback'"),
        Mistake(name: "transition with both when and action", original: "      - action: lookup", planted: "      - action: lookup\n        when: farewell",
                at: "- action: lookup", says: "has both 'when' and 'action'"),
        Mistake(name: "unknown action in an example", original: "      /lookup {account}", planted: "      /lokup {account}", at: "/lokup", says: "transcript:"),
        Mistake(name: "claim shows a Standard not listed", original: #"    accept: ["312,40 грн"]"#, planted: "    accept: [\"312,40 грн\"]\n    shows: [WRT-DEADLINE]",
                at: "shows: [WRT-DEADLINE]", says: "do not list"),
        Mistake(name: "mood not on the scale", original: "        mood: спокійна", planted: "        mood: спокiйна", at: "mood: спокiйна",
                says: "did you mean 'спокійна'"),
        Mistake(name: "answer for an unknown intent", original: "  asks_account: {", planted: "  asks_acount: {", at: "asks_acount", says: "did you mean 'asks_account'"),
        Mistake(name: "HOT-ID without identification", original: "identification:\n  all: [account]\n  any: [full_name]\n", planted: "", at: "standards:",
                says: "decided from 'identification'"),
        Mistake(name: "identification names an unknown article", original: "identification:\n  all: [account]\n  any: [full_name]\n",
                planted: "identification: {article: identifikation}\n", at: "article: identifikation", says: "did you mean 'identification'"),
        Mistake(name: "identification names an article without a procedure", original: "identification:\n  all: [account]\n  any: [full_name]\n",
                planted: "identification: {article: causes-from-system}\n", at: "article: causes-from-system", says: "states no identification procedure"),
        Mistake(name: "unknown action in a transition", original: "      - action: lookup", planted: "      - action: lookpu", at: "action: lookpu", says: "did you mean 'lookup'"),
        Mistake(name: "a dead-end node", original: "      - when: apologises\n        go: end", planted: "      - when: apologises\n        say: Гаразд.", at: "  manager:",
                says: "has no way out"),
    ]

    func diagnostics(_ text: String) -> [Diagnostic] {
        ScenarioLibrary.load(text: text, file: "m.yaml", content: Fixtures.content).1
    }

    @Test func theFixtureIsValid() {
        #expect(diagnostics(Self.valid).map(\.description) == [])
    }

    @Test func thereAreAtLeastTwentyFiveMistakes() {
        #expect(Self.mistakes.count >= 25)
    }

    @Test(arguments: mistakes)
    func everyMistakeIsReportedAtItsLine(mistake: Mistake) throws {
        #expect(Self.valid.contains(mistake.original), "the fixture no longer holds «\(mistake.original)»")
        let text = Self.valid.replacingOccurrences(of: mistake.original, with: mistake.planted)
        let range = try #require(text.range(of: mistake.at), "«\(mistake.at)» is not in the planted text")
        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        let found = diagnostics(text)
        let hit = found.first { $0.line == line && $0.message.contains(mistake.says) }
        #expect(hit != nil, "wanted line \(line): …\(mistake.says)…; got:\n\(found.map(\.description).joined(separator: "\n"))")
        if let hit {
            #expect(hit.ukrainian != hit.message, "no Ukrainian message: \(hit.message)")
            #expect(hit.column >= 1)
        }
    }

    /// Problems `scenarios check` reports for a scenario's claims the trainee cannot ground.
    func groundingProblems(_ text: String) throws -> [Diagnostic] {
        let scenario = try #require(ScenarioLibrary.load(text: text, file: "m.yaml", content: Fixtures.content).0)
        return ScenarioLibrary.groundingProblems(scenario, content: Fixtures.content)
    }

    @Test func aClaimTheTraineeCannotFindIsReportedAtTheClaim() throws {
        #expect(try groundingProblems(Self.valid).isEmpty)
        let planted = Self.valid.replacingOccurrences(of: #"accept: ["312,40 грн"]"#, with: #"accept: ["412,40 грн", 5 грудня]"#)
        // (The lookup's «Заборгованість 312,40 грн» contradicts it too: `ScenarioContradictions`, tested below.)
        let found = try groundingProblems(planted).filter { !$0.message.contains("contradicts itself") }
        let line = Self.valid.components(separatedBy: "\n").firstIndex { $0.hasPrefix("  - about:") }.map { $0 + 1 }
        #expect(found.count == 1 && found.first?.line == line, "\(found.map(\.description))")
        #expect(found.first?.message.contains("add a 'records' entry or a 'knowledge' article") == true)
        #expect(found.first?.ukrainian.contains("додайте запис у 'records'") == true)
    }

    @Test func groundingLeftForLaterGivesTheSameProblemsInTheSameOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trenazher-grounding-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ungrounded = Self.valid.replacingOccurrences(of: #"accept: ["312,40 грн"]"#, with: #"accept: ["412,40 грн", 5 грудня]"#)
        let files = [("a.yaml", ungrounded), ("b.yaml", "id: [broken\n"), ("c.yaml", Self.valid),
                     ("d.yaml", ungrounded.replacingOccurrences(of: "id: mistakes-fixture", with: "id: other-fixture")),
                     ("e.yaml", ungrounded.replacingOccurrences(of: "id: mistakes-fixture", with: "id: third-fixture"))]
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let (checked, problems) = ScenarioLibrary.load(paths: [folder], content: Fixtures.content)
        let (deferred, loadProblems) = ScenarioLibrary.load(paths: [folder], content: Fixtures.content, grounding: false)
        #expect(deferred.scenarios.map(\.id) == checked.scenarios.map(\.id))
        #expect(loadProblems.count < problems.count)
        #expect(deferred.withGrounding(loadProblems, content: Fixtures.content).map(\.description) == problems.map(\.description))
        #expect(checked.withGrounding(problems, content: Fixtures.content).map(\.description) == problems.map(\.description))
    }

    @Test func aTruthTheTraineeCannotFindIsReported() throws {
        let truth = """
          - false: [компенсац* ~3 виплат*]
            truth: "компенсацію виплачують за заявою протягом 47 днів після відключення"

        """
        let planted = Self.valid.replacingOccurrences(of: "intents:\n", with: truth + "intents:\n")
        #expect(try groundingProblems(planted).count == 1)
        let grounded = planted.replacingOccurrences(of: "Заборгованість {debt}.", with: "Заборгованість {debt}. Компенсацію виплачують за заявою протягом 47 днів після відключення.")
        #expect(try groundingProblems(grounded).isEmpty)
    }

    @Test func everyBundledClaimIsGrounded() {
        for scenario in Fixtures.library.scenarios {
            let problems = ScenarioLibrary.groundingProblems(scenario, content: Fixtures.content)
            #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
        }
    }

    @Test func anUnknownChannelBlamesNoStandard() {
        let found = diagnostics(Self.valid.replacingOccurrences(of: "channel: hotline", with: "channel: hotlyne"))
        #expect(found.count == 1, "\(found.map(\.description))")
    }

    @Test func anExtendingIntentAddsToTheContentIntent() throws {
        let text = Self.valid.replacingOccurrences(of: "  asks_payment_date:\n    - коли ~ оплат*",
                                                   with: "  farewell:\n    extends: true\n    patterns: [бувайте здорові]")
        let (scenario, found) = ScenarioLibrary.load(text: text, file: "m.yaml", content: Fixtures.content)
        #expect(found.isEmpty, "\(found.map(\.description))")
        let analyzer = TurnAnalyzer(scenario: try #require(scenario), content: Fixtures.content, traineeName: "Олена")
        #expect(analyzer.analyze("Бувайте здорові!").shows("farewell"))
        #expect(analyzer.analyze("До побачення!").shows("farewell"))
    }

    @Test func explainShowsWhatAcceptValuesAndPatternsWereReadAs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trenazher-explain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.valid.write(to: folder.appendingPathComponent("m.yaml"), atomically: true, encoding: .utf8)
        let explanations = ExplanationLog()
        _ = ScenarioLibrary.load(paths: [folder], content: Fixtures.content, explanations: explanations)
        let lines = explanations.entries.map { $0.text.en }
        #expect(lines.contains { $0.hasPrefix("accept «312,40 грн» → money 312.4") }, "\(lines)")
        #expect(lines.contains { $0 == "about «борг*» → «борг…»" }, "\(lines)")
    }

    /// A scenario that contradicts itself, planted one way at a time: each is reported at the claim it contradicts,
    /// naming the text and what it says; the same texts in agreement, or the untrue statement negated, are not.
    static let contradictions: [(name: String, original: String, planted: String, says: [String])] = [
        ("a fact differs from the value the claim accepts", "  debt: 312,40 грн", "  debt: 412,40 грн",
         ["the 'shows' of action 'lookup' states «", "412,40", "but this claim accepts only «312,40 грн»"]),
        ("the claim accepts a value that is not the fact's", #"accept: ["312,40 грн"]"#, #"accept: ["321,40 грн"]"#,
         ["312,40", "but this claim accepts only «321,40 грн»"]),
        ("a knowledge article states another value", "intents:\n",
         "knowledge:\n  - id: debt-note\n    title: Борг споживача\n    text: Заборгованість цього споживача становить 500 грн.\nintents:\n",
         ["the 'knowledge' article 'debt-note' states «", "500"]),
        ("a record states what the claim calls false", "intents:\n",
         "  - false: [відключ* ~3 борг*]\n    truth: відключення за борг не планується\nrecords:\n  - find_by: [account]\n    shows: Відключення за борг заплановано на 1 грудня.\nintents:\n",
         ["the 'records' entry at line ", "which this claim's 'false' calls untrue"]),
    ]

    @Test func aScenarioThatContradictsItselfIsReportedAtTheClaim() throws {
        for planted in Self.contradictions {
            #expect(Self.valid.contains(planted.original), "\(planted.name)")
            let text = Self.valid.replacingOccurrences(of: planted.original, with: planted.planted)
            let found = try groundingProblems(text).filter { $0.message.contains("the scenario contradicts itself") }
            #expect(found.count == 1, "\(planted.name): \(found.map(\.description))")
            let hit = try #require(found.first)
            for fragment in planted.says { #expect(hit.message.contains(fragment), "\(planted.name): \(hit.message)") }
            #expect(hit.ukrainian.hasPrefix("сценарій суперечить сам собі: "), "\(planted.name): \(hit.ukrainian)")
            let lines = text.components(separatedBy: "\n")
            let claimLines = lines.indices.filter { lines[$0].hasPrefix("  - about:") || lines[$0].hasPrefix("  - false:") }.map { $0 + 1 }
            #expect(claimLines.contains(hit.line) && hit.column >= 1, "\(planted.name): \(hit.description)")
        }
    }

    @Test func textsThatAgreeWithTheClaimsContradictNothing() throws {
        #expect(try groundingProblems(Self.valid).isEmpty)
        let agreeing = Self.valid.replacingOccurrences(of: "intents:\n", with: """
          - false: [відключ* ~3 борг*]
            truth: відключення за борг не планується
        knowledge:
          - id: debt-note
            title: Борг споживача
            text: Заборгованість цього споживача становить 312,40 грн. Відключення за борг не заплановано.
        intents:

        """)
        let problems = try groundingProblems(agreeing)
        #expect(problems.filter { $0.message.contains("contradicts itself") }.isEmpty, "\(problems.map(\.description))")
    }
}
