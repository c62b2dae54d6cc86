import Foundation
import Testing
import TrenazherConsole
import TrenazherCore

/// `/hint` names the next step not taken yet in this conversation: never a Standard kept throughout
/// («Ви», courtesy), the goals the customer has not reached before the closing steps.
struct NextStepHintTests {
    static func hint(_ scenarioID: String, after lines: [String], english: Bool = false) throws -> NextStepHint {
        let (content, scenario) = try Fixtures.scenario(scenarioID)
        let engine = DialogueEngine(scenario: scenario, content: content, traineeName: "Олена")
        var state = engine.start()
        for line in lines {
            let input = try #require(try TranscriptParser.parse(line, file: "hint", channel: scenario.channel,
                                                               limits: content.scoring.inputLimits).first)
            _ = engine.advance(&state, input)
        }
        return NextStepHint.next(engine: engine, state: state, order: Fixtures.wording.hintOrder,
                                 strings: english ? EnglishStrings() : UkrainianStrings())
    }

    static let greeting = "Добрий день! Гаряча лінія, мене звати Олена. Як я можу до Вас звертатися?"
    static let asked = "Правильно я розумію, Вас турбує сума в рахунку за листопад? Назвіть, будь ласка, номер особового рахунку та Ваше прізвище, ім'я, по батькові."

    @Test func theFirstStepIsTheGreetingNotAManner() throws {
        guard case .standard(let id, _, _) = try Self.hint("hotline-bill-dispute", after: []) else {
            Issue.record("a Standard expected")
            return
        }
        #expect(id == "HOT-GREET")
    }

    @Test func afterTheLookupTheHintIsToThankForWaitingThenTheGoals() throws {
        let lookup = try Self.hint("hotline-bill-dispute", after: [Self.greeting, Self.asked, "/lookup 20741936"])
        guard case .standard(let id, _, let text) = lookup else {
            Issue.record("a Standard expected, got \(lookup)")
            return
        }
        #expect(id == "HOT-HOLD-THANKS" || id == "HOT-HOLD", "the hold, not GEN-FORMAL: \(id)")
        #expect(!text.isEmpty)
        let (_, scenario) = try Fixtures.scenario("hotline-bill-dispute")
        let account = try #require(scenario.facts["account"])
        let explained = try Self.hint("hotline-bill-dispute", after: [
            Self.greeting, Self.asked,
            "Дякую. Пошук історії рахунку займе близько хвилини, зачекайте, будь ласка, на лінії.",
            "/lookup \(account)",
            "Дякую за очікування. У жовтні показники від Вас не надходили, тому нарахували 180 кВт·год за середнім споживанням. 3 листопада контролер зафіксував показники 24 310 кВт·год.",
        ])
        guard case .standard(let offer, _, _) = explained else {
            Issue.record("the request to register expected, got \(explained)")
            return
        }
        #expect(offer == "HOT-TICKET", "the claim comes before the closing steps")
        let english = try Self.hint("hotline-bill-dispute", after: [
            Self.greeting, Self.asked,
            "Дякую. Пошук історії рахунку займе близько хвилини, зачекайте, будь ласка, на лінії.",
            "/lookup \(account)",
            "Дякую за очікування. У жовтні показники від Вас не надходили, тому нарахували 180 кВт·год за середнім споживанням. 3 листопада контролер зафіксував показники 24 310 кВт·год.",
            "/ticket претензія",
            "Претензію зареєстровано, номер \(scenario.facts["claim_number"] ?? "").",
        ], english: true)
        #expect(english == .goal("that the check takes 5 working days, until 2 December"), "what she has not heard yet: \(english)")
    }

    /// A step whose moment has passed is not suggested: the greeting after the first turn, the caller's
    /// name after the first two, the hold once the search has begun without it.
    @Test func aStepWhoseMomentPassedIsNotSuggested() throws {
        let afterFirst = try Self.hint("hotline-bill-dispute", after: ["Гаряча лінія, слухаю."])
        guard case .standard(let first, _, _) = afterFirst else {
            Issue.record("a Standard expected, got \(afterFirst)")
            return
        }
        #expect(first == "HOT-ASK-NAME", "the greeting's moment was the first turn: \(first)")
        let (_, scenario) = try Fixtures.scenario("hotline-bill-dispute")
        let account = try #require(scenario.facts["account"])
        let underWay = try Self.hint("hotline-bill-dispute", after: [
            "Гаряча лінія, слухаю.",
            "Назвіть, будь ласка, номер особового рахунку та Ваше прізвище, ім'я, по батькові.",
            "/lookup \(account)",
        ])
        guard case .standard(let id, _, _) = underWay else {
            Issue.record("a Standard expected, got \(underWay)")
            return
        }
        #expect(!["HOT-GREET", "HOT-ASK-NAME", "HOT-HOLD"].contains(id), "a moment that has passed: \(id)")
        #expect(id == "HOT-HOLD-THANKS", "after the search, the thanks for waiting: \(id)")
    }

    @Test func theClosingStepsComeLastAndThenNothing() throws {
        let (_, scenario) = try Fixtures.scenario("hotline-bill-dispute")
        let example = try #require(scenario.examples.first)
        let lines = example.transcript.split(separator: "\n").map { scenario.fill(String($0), trainee: "Олена") }
        let beforeClosing = try Self.hint("hotline-bill-dispute", after: Array(lines.prefix(8)))
        guard case .standard(let id, _, _) = beforeClosing else {
            Issue.record("a closing Standard expected, got \(beforeClosing)")
            return
        }
        #expect(Fixtures.wording.hintOrder.closing.contains(id))
        #expect(try Self.hint("hotline-bill-dispute", after: lines) == .done)
    }

    @Test func theHintIsWordedInTheInterfaceLanguage() {
        let goal = NextStepHint.goal("коли їй передзвонять")
        #expect(UkrainianStrings().nextStep(goal, customerFemale: true) == "наступний крок — скажіть те, чого клієнтка ще не почула: коли їй передзвонять.")
        #expect(EnglishStrings().nextStep(.goal("when she will be called back"), customerFemale: true)
                == "next step — tell what the customer has not heard yet: when she will be called back.")
        #expect(UkrainianStrings().nextStep(.standard(id: "HOT-GREET", title: "Привітання", hint: "Привітайтеся."), customerFemale: nil)
                == "наступний крок — Привітання (HOT-GREET). Привітайтеся.")
    }
}

/// `/hint` in a letter counts what is already written in it.
struct LetterHintTests {
    @Test func theHintInALetterCountsTheDraft() throws {
        let played = try PlayedSession.play("written-postal-letter", [
            .line("Шановна Ганно Степанівно!"),
            .line("З повагою, Олена Коваль, фахівець центру обслуговування клієнтів"),
            .line("/hint"),
            .ctrlC(""), .line("т"),
        ])
        let hint = try #require(played.output.components(separatedBy: "/hint").last)
        #expect(hint.contains("Підказка"))
        #expect(!hint.contains("WRT-SALUTATION"), "\(hint)")
    }
}
