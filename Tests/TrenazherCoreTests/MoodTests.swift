import Foundation
import Testing
@testable import TrenazherCore

/// The customer's mood: the defaults of `Content/mood.yaml` for scenarios without their own `mood:`
/// section, and the record of which turn moved it and why.
@Suite struct MoodTests {
    static func engine(_ id: String) -> DialogueEngine {
        DialogueEngine(scenario: Fixtures.scenario(id), content: Fixtures.content, traineeName: "Олена")
    }

    /// Plays the greeting, then `turns`, in a calm customer's call.
    static func calmCall(_ turns: [TraineeInput]) -> DialogueState {
        let engine = engine("hotline-account-no-id")
        var state = engine.start()
        engine.advance(&state, TraineeInput(text: "Добрий день! Гаряча лінія, мене звати Олена. Чим можу допомогти?"))
        for turn in turns { engine.advance(&state, turn) }
        return state
    }

    @Test func aCalmCustomerStartsCalmAndStaysSoUnderPoliteService() {
        let state = Self.calmCall([TraineeInput(text: "Назвіть, будь ласка, номер Вашого особового рахунку.")])
        #expect(state.mood == "спокійний")
        #expect(state.moodShifts.isEmpty)
    }

    @Test(arguments: [
        (TraineeInput(text: "Ну кажи номер рахунку, чого мовчиш?"), "informal"),
        (TraineeInput(text: "Назвіть НОМЕР рахунку, будь ласка."), "shouting"),
        (TraineeInput(text: "Назвіть, будь ласка, номер рахунку.", interrupted: true), "interrupts"),
    ])
    func aCalmCustomerEscalates(_ entry: (TraineeInput, String)) throws {
        let state = Self.calmCall([entry.0])
        #expect(state.mood == "стриманий")
        let shift = try #require(state.moodShifts.first)
        #expect(shift == MoodShift(turn: 2, from: "спокійний", to: "стриманий", cause: entry.1))
    }

    @Test func goodServiceCalmsTheCustomerDownAgain() {
        let state = Self.calmCall([
            TraineeInput(text: "Назвіть НОМЕР рахунку!"),
            TraineeInput(text: "Перепрошую, будь ласка, назвіть номер Вашого особового рахунку."),
        ])
        #expect(state.mood == "спокійний")
        #expect(state.moodShifts.map(\.cause) == ["shouting", "apologises"])
        #expect(state.moodShifts.map(\.turn) == [2, 3])
    }

    @Test func theFeminineFormFollowsThePersonasMood() {
        let rules = Fixtures.content.moodDefaults?.rules(startingFrom: "спокійна, трохи розгублена")
        #expect(rules?.start == "спокійна")
        #expect(rules?.scale.dropFirst().first == "стримана")
        #expect(rules?.limit == nil)
        #expect(Fixtures.content.moodDefaults?.rules(startingFrom: "весела") == nil)
    }

    @Test func aScenariosOwnMoodSectionIsMergedWithTheDefaults() throws {
        let engine = Self.engine("visit-difficult-visitor")
        let own = try #require(Fixtures.scenario("visit-difficult-visitor").mood)
        let rules = try #require(engine.moodRules)
        #expect(rules.scale == own.scale)
        #expect(engine.start().mood == "розлючений")
        // The scenario's own triggers first (the first shown is the reason), then the defaults it does not name.
        #expect(Array(rules.worse.prefix(own.worse.count)) == own.worse)
        #expect(rules.worse.contains("interrupts") && rules.worse.contains("shouting"))
        #expect(rules.better.contains("thanks_wait"))
        #expect(rules.limit == own.limit && rules.onLimit == own.onLimit)
    }

    @Test func aScenarioOverridesADefaultByNamingItAndDropsOneOnlyByIgnoringIt() throws {
        var own = MoodRules(scale: ["спокійний", "сердитий"], start: "спокійний", worse: ["acknowledges"], better: ["apologises"],
                            limit: nil, onLimit: nil)
        own.ignore = ["next_step"]
        let merged = own.merged(with: Fixtures.content.moodDefaults)
        #expect(merged.worse == ["acknowledges", "informal", "shouting", "interrupts", "rude"])
        #expect(merged.better == ["apologises", "thanks_wait", "ticket_told", "callback_promise", "answers_question"])
        #expect(own.merged(with: nil).worse == ["acknowledges"])
    }

    /// The audit's F5: interrupting the angry visitor calmed him when the words acknowledged his trouble.
    @Test(arguments: [false, true])
    func interruptingTheAngryVisitorNeverCalmsHim(interrupted: Bool) {
        let engine = Self.engine("visit-difficult-visitor")
        var state = engine.start()
        engine.advance(&state, TraineeInput(text: "Добрий день! Мене звати Олена. Чим можу Вам допомогти?"))
        engine.advance(&state, TraineeInput(text: "Перепрошую, я розумію Ваше обурення.", interrupted: interrupted))
        if interrupted {
            #expect(state.mood == "розлючений")
            #expect(!state.moodShifts.contains { $0.to == "роздратований" })
        } else {
            #expect(state.mood == "роздратований")
        }
    }

    @Test func aMoodFileNamingAnUnknownIntentOrNoReasonIsRefused() throws {
        let folder = try Self.contentCopy(mood: """
        scale:
          - {m: спокійний, f: спокійна}
          - {m: сердитий, f: сердита}
        worse: [informall]
        better: [apologises]
        reasons:
          informall: {uk: а, en: a}
        """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let diagnostics: [Diagnostic]
        do {
            _ = try ContentBundle.load(from: folder)
            Issue.record("a mood.yaml with an unknown intent loaded")
            return
        } catch let error as ContentError {
            diagnostics = error.diagnostics
        }
        #expect(diagnostics.contains { $0.ukrainian.contains("невідомий намір 'informall'") && $0.message.contains("did you mean 'informal'") })
        #expect(diagnostics.contains { $0.ukrainian.contains("немає пояснення для 'apologises'") })
    }

    /// A turn that misinforms calms nobody: «Так, усе добре, документи приймаю» with two documents missing
    /// (no /docs) gets no credit for the connection term said in the same breath; said alone, it calms.
    @Test(arguments: [
        ("Так, усе добре, документи приймаю. Підключення буде протягом 15 робочих днів після оплати.", "нетерплячий"),
        ("Підключення буде протягом 15 робочих днів після оплати.", "спокійний"),
    ])
    func aTurnThatMisinformsCalmsNobody(_ turn: String, _ mood: String) {
        let engine = Self.engine("visit-informal-customer")
        var state = engine.start()
        engine.advance(&state, TraineeInput(text: "Добрий день! Мене звати Олена. Чим можу Вам допомогти?"))
        engine.advance(&state, TraineeInput(text: turn))
        #expect(state.mood == mood)
    }

    /// A letter is read whole: an exemplary reply (an apology, an answer to each of the three questions)
    /// calms the indignant writer, each step with its reason; a reply that only apologises moves her one step.
    @Test func anExemplaryLetterCalmsTheWriter() throws {
        let scenario = Fixtures.scenario("web-appeal-reply")
        let example = try #require(scenario.examples.first { $0.score == 100 })
        let engine = Self.engine("web-appeal-reply")
        var state = engine.start()
        #expect(state.mood == "обурена")
        engine.advance(&state, TraineeInput(text: scenario.fill(example.transcript, trainee: "Олена")))
        #expect(state.mood == "спокійна", "\(state.moodShifts)")
        #expect(state.moodShifts.filter { $0.cause == "answers_question" }.count >= 2, "\(state.moodShifts)")
        #expect(state.moodShifts.allSatisfy { $0.turn == state.moodShifts.first?.turn })

        var apologyOnly = engine.start()
        engine.advance(&apologyOnly, TraineeInput(text: "Шановна Наталіє Володимирівно! Перепрошуємо за незручності. З повагою, Олена"))
        #expect(apologyOnly.mood == "роздратована", "\(apologyOnly.moodShifts)")
    }

    /// A copy of the project's Content/ with its own `mood.yaml`.
    static func contentCopy(mood: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mood-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("Content"), to: folder)
        try mood.write(to: folder.appendingPathComponent("mood.yaml"), atomically: true, encoding: .utf8)
        return folder
    }
}
