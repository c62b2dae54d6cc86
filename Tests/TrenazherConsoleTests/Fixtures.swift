import Foundation
import Testing
import TrenazherConsole
import TrenazherCore
import TrenazherStore

/// The repository's own Content/ and Scenarios/, and a session played from a script.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Loaded once for all tests.
    private static let loaded = Result { () throws -> (ContentBundle, ScenarioLibrary) in
        let content = try ContentBundle.load(from: root.appendingPathComponent("Content"))
        let (library, _) = ScenarioLibrary.load(paths: [root.appendingPathComponent("Scenarios")], content: content)
        return (content, library)
    }

    static func resources() throws -> (ContentBundle, ScenarioLibrary) {
        try loaded.get()
    }

    /// The console's wording from the repository's Content/.
    static let wording = ConsoleWording.load(contentDirectory: root.appendingPathComponent("Content"), log: DiagnosticLog())

    static func scenario(_ id: String) throws -> (ContentBundle, Scenario) {
        let (content, library) = try resources()
        return (content, try #require(library.scenario(id: id)))
    }
}

/// Everything a scripted session produced.
struct PlayedSession {
    let outcome: AttemptOutcome
    let output: String
    let recording: MemoryRecording
    let reader: ScriptedLineReader

    var result: AttemptResult? {
        if case .finished(let result) = outcome { return result }
        return nil
    }

    /// Plays `scenarioID` from `script` with paced speech (so key presses can interrupt) and no colour.
    static func play(_ scenarioID: String, mode: AttemptMode = .practice, language: InterfaceLanguage = .uk,
                     _ script: [ScriptedLineReader.Step], resuming inputs: [TraineeInput]? = nil,
                     recording: MemoryRecording = MemoryRecording(), draft: String? = nil, live: Bool = false) throws -> PlayedSession {
        let (content, scenario) = try Fixtures.scenario(scenarioID)
        let wording = Fixtures.wording
        let clock = ManualClock()
        let reader = ScriptedLineReader(script, clock: clock, live: live)
        let output = CapturedOutput(columns: 80)
        let screen = Screen(sink: output, palette: Palette(enabled: false), strings: language.strings)
        let session = AttemptSession(scenario: scenario, content: content, traineeName: "Олена", mode: mode,
                                     voice: CustomerVoice(secondsPerWord: 0.01), reader: reader, screen: screen,
                                     clock: clock, recording: recording, wording: wording)
        let outcome = try session.run(resuming: inputs, draft: draft)
        return PlayedSession(outcome: outcome, output: output.text, recording: recording, reader: reader)
    }
}
