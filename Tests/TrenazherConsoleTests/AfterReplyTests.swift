import Foundation
import Testing
import TrenazherConsole
import TrenazherCore

/// The records' upkeep (`AttemptRecording.afterReply`: the store's checkpoint) runs once a turn's reply is on the
/// screen, never between the Enter and the customer's words.
struct AfterReplyTests {
    /// Records in memory and keeps what the screen showed each time the upkeep was called.
    final class UpkeepRecording: AttemptRecording {
        let output: CapturedOutput
        private(set) var inputs: [TraineeInput] = []
        private(set) var shownAtUpkeep: [String] = []
        let attemptID: Int64 = 1

        init(output: CapturedOutput) {
            self.output = output
        }

        func open(with turns: [TurnRecord]) throws {}
        func record(_ input: TraineeInput, turns: [TurnRecord]) throws { inputs.append(input) }
        func finish(_ result: AttemptResult) throws {}
        func saveDraft(_ text: String) throws {}
        func savedDraft() throws -> String? { nil }
        func afterReply() { shownAtUpkeep.append(output.text) }
    }

    @Test func theUpkeepFollowsEachReplyOnTheScreen() throws {
        let (content, scenario) = try Fixtures.scenario("hotline-account-no-id")
        let clock = ManualClock()
        let reader = ScriptedLineReader([
            .line("Доброго ранку! Гаряча лінія, мене звати Олена. Як я можу до Вас звертатися?"),
            .line("Назвіть, будь ласка, номер особового рахунку та Ваше прізвище, ім'я та по батькові."),
            .end,
        ], clock: clock)
        let output = CapturedOutput(columns: 80)
        let recording = UpkeepRecording(output: output)
        let screen = Screen(sink: output, palette: Palette(enabled: false), strings: InterfaceLanguage.uk.strings)
        let session = AttemptSession(scenario: scenario, content: content, traineeName: "Олена", mode: .practice,
                                     voice: CustomerVoice(secondsPerWord: 0.01), reader: reader, screen: screen,
                                     clock: clock, recording: recording, wording: Fixtures.wording)
        _ = try session.run(resuming: nil, draft: nil)
        #expect(recording.inputs.count == 2)
        #expect(recording.shownAtUpkeep.count == 2)
        // The customer's opening answers the first turn: on the screen when the upkeep runs.
        #expect(recording.shownAtUpkeep.first?.contains("наступне зняття") == true)
        // Each upkeep sees more of the conversation than the one before: a reply per turn.
        let replies = recording.shownAtUpkeep.map { $0.components(separatedBy: "Клієнт").count }
        #expect(replies == replies.sorted() && Set(replies).count == replies.count, "\(replies)")
    }
}
