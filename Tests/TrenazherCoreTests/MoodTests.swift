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

    @Test func aScenariosOwnMoodSectionReplacesTheDefaults() {
        let engine = Self.engine("visit-difficult-visitor")
        #expect(engine.moodRules?.scale == Fixtures.scenario("visit-difficult-visitor").mood?.scale)
        #expect(engine.start().mood == "розлючений")
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

    /// A copy of the project's Content/ with its own `mood.yaml`.
    static func contentCopy(mood: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mood-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("Content"), to: folder)
        try mood.write(to: folder.appendingPathComponent("mood.yaml"), atomically: true, encoding: .utf8)
        return folder
    }
}
