import Foundation
@testable import TrenazherCore

/// The project's own Content/ and Scenarios/, loaded once for all tests.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let content: ContentBundle = {
        do { return try ContentBundle.load(from: root.appendingPathComponent("Content")) } catch {
            preconditionFailure("Content/ does not load: \(error)")
        }
    }()

    static let loaded: (ScenarioLibrary, [Diagnostic]) = ScenarioLibrary.load(paths: [root.appendingPathComponent("Scenarios")], content: content)
    static var library: ScenarioLibrary { loaded.0 }

    static func scenario(_ id: String) -> Scenario {
        guard let scenario = library.scenario(id: id) else { preconditionFailure("no scenario \(id)") }
        return scenario
    }

    /// Plays transcript text in a scenario.
    static func play(_ id: String, _ transcript: String, name: String = "Олена") throws -> AttemptResult {
        let scenario = scenario(id)
        let inputs = try TranscriptParser.parse(transcript, file: "test", channel: scenario.channel, limits: Fixtures.content.scoring.inputLimits)
        return Replay.play(scenario: scenario, content: content, traineeName: name, inputs: inputs)
    }

    /// The built `trenazher` binary (make test builds it before the tests run).
    static var binary: URL { root.appendingPathComponent(".build/debug/trenazher") }
}
