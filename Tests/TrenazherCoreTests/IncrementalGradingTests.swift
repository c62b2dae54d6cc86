import Foundation
import Testing
@testable import TrenazherCore

/// Grading a turn incrementally (from what each check remembers) gives exactly the findings that
/// grading the whole conversation so far gives at that turn — on every example transcript, every
/// evaluation transcript, and seeded mixtures of their lines and actions in every scenario.
@Suite struct IncrementalGradingTests {
    /// Every transcript line of the bundled examples and the evaluation set, by channel.
    static func lines() throws -> [Channel: [String]] {
        var texts: [(Channel, String)] = []
        for scenario in Fixtures.library.scenarios {
            texts += scenario.examples.map { (scenario.channel, $0.transcript) }
        }
        let root = Fixtures.root.appendingPathComponent("Tests/Evaluation")
        for folder in try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() {
            guard let scenario = Fixtures.library.scenario(id: folder),
                  let files = try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path) else { continue }
            for file in files.sorted() where file.hasSuffix(".txt") {
                texts.append((scenario.channel, try String(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(file), encoding: .utf8)))
            }
        }
        var lines: [Channel: [String]] = [:]
        for (channel, text) in texts {
            lines[channel, default: []] += text.split(separator: "\n").map(String.init)
                .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#") }
        }
        return lines
    }

    /// Plays `inputs` step by step and compares each turn's findings with the whole-conversation grading.
    static func mismatches(_ scenario: Scenario, _ inputs: [TraineeInput]) -> [String] {
        let engine = DialogueEngine(scenario: scenario, content: Fixtures.content, traineeName: "Олена")
        var state = engine.start()
        var problems: [String] = []
        for input in inputs {
            let step = engine.advance(&state, input)
            guard let trainee = step.newTurns.first, !trainee.ignored, trainee.speaker == .trainee else { continue }
            let expected = engine.grader.findings(for: state.played, final: false).filter { $0.turn == trainee.index }
            if trainee.findings != expected {
                problems.append("\(scenario.id) turn \(trainee.index) «\(input.text.prefix(60))»: incremental \(trainee.findings.map(\.standardID)) whole \(expected.map(\.standardID))")
            }
        }
        return problems
    }

    @Test func everyExampleTranscriptGradesTheSameTurnByTurn() throws {
        var problems: [String] = []
        for scenario in Fixtures.library.scenarios {
            for example in scenario.examples {
                let inputs = try TranscriptParser.parse(example.transcript, file: example.name, channel: scenario.channel, limits: Fixtures.content.scoring.inputLimits)
                problems += Self.mismatches(scenario, inputs)
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
    }

    @Test func seededMixturesGradeTheSameTurnByTurn() throws {
        let lines = try Self.lines()
        var generator = SeededGenerator(seed: 2026)
        let actions = ["/lookup ПР-1147", "/docs", "/ticket", "/callback 12.12 10:00", "/hold", "/lookup 1234567"]
        var problems: [String] = []
        for scenario in Fixtures.library.scenarios where scenario.channel != .written {
            let pool = lines[scenario.channel] ?? []
            guard !pool.isEmpty else { continue }
            for _ in 0..<12 {
                var inputs: [TraineeInput] = []
                for _ in 0..<Int.random(in: 2...24, using: &generator) {
                    let text = Int.random(in: 0..<5, using: &generator) == 0
                        ? actions.randomElement(using: &generator) ?? "/docs"
                        : pool.randomElement(using: &generator) ?? "Добрий день"
                    let seconds: Double? = Bool.random(using: &generator) ? Double(Int.random(in: 0...120, using: &generator)) : nil
                    let body = text.hasPrefix("[") ? String(text.drop { $0 != "]" }.dropFirst()).trimmingCharacters(in: .whitespaces) : text
                    guard !body.isEmpty else { continue }
                    inputs.append(TraineeInput(text: body.hasPrefix("!") ? String(body.dropFirst()) : body, seconds: seconds,
                                               interrupted: body.hasPrefix("!")))
                }
                problems += Self.mismatches(scenario, inputs)
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
    }
}
