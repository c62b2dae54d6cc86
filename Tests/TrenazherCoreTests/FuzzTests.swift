import Foundation
import Testing
@testable import TrenazherCore

/// Seeded, bounded fuzzing of everything that reads outside input: the transcript parser, the
/// scenario loader, Content and the grader. Each input is either refused with one-line messages
/// that name their place, or accepted and played to a score from 0 to 100 — never a crash or a hang.
/// The inputs that once crashed the trainer are kept as regressions first.
@Suite struct FuzzTests {
    static let extremes = ["9223372036854775807", "-9223372036854775808", "4611686018427387904", "1e300", "-1e300", "5e18",
                           "nan", "inf", "-inf", "-1", "0", "101", "1e-300", "99999999999999999999", "-0", "0x10", "1_000"]
    static let oddTexts = ["\u{0}", "\u{7}", "\u{1B}[2J", "\u{FEFF}", "\u{202E}", "🙂", "ї́", "\t", "\r", "[", "]", "!", "/", "#", "{", "}",
                           ":", "- ", "  ", "'", "\"", "\\", "&a", "*a", "|", ">", "%", "@", "`"]
    static var limits: InputLimits { Fixtures.content.scoring.inputLimits }

    /// A copy of `text` with one to three random edits.
    static func mutate(_ text: String, using generator: inout SeededGenerator) -> String {
        var lines = text.components(separatedBy: "\n")
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            guard !lines.isEmpty else { break }
            let at = Int.random(in: 0..<lines.count, using: &generator)
            switch Int.random(in: 0..<7, using: &generator) {
            case 0, 1:
                lines[at] = replacingANumber(in: lines[at], with: extremes.randomElement(using: &generator) ?? "0", using: &generator)
            case 2: lines.remove(at: at)
            case 3: lines.insert(lines[at], at: at)
            case 4:
                let other = Int.random(in: 0..<lines.count, using: &generator)
                lines.swapAt(at, other)
            case 5:
                var characters = Array(lines[at])
                let position = Int.random(in: 0...characters.count, using: &generator)
                characters.insert(contentsOf: oddTexts.randomElement(using: &generator) ?? "", at: position)
                lines[at] = String(characters)
            default:
                lines[at] = String(lines[at].prefix(Int.random(in: 0...max(0, lines[at].count), using: &generator)))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Replaces one run of digits in `line` (or appends the value when there is none).
    static func replacingANumber(in line: String, with value: String, using generator: inout SeededGenerator) -> String {
        let characters = Array(line)
        let starts = characters.indices.filter { characters[$0].isNumber && ($0 == 0 || !characters[$0 - 1].isNumber) }
        guard let start = starts.randomElement(using: &generator) else { return line + " " + value }
        var end = start
        while end < characters.count, characters[end].isNumber || characters[end] == "." { end += 1 }
        return String(characters[..<start]) + value + String(characters[end...])
    }

    /// Whether every message is one line and names a place.
    static func oneLine(_ messages: [String]) -> Bool {
        messages.allSatisfy { !$0.contains("\n") && $0.split(separator: ":").count >= 3 }
    }

    static func transcripts() -> [(Scenario, String)] {
        Fixtures.library.scenarios.flatMap { scenario in scenario.examples.map { (scenario, scenario.fill($0.transcript, trainee: $0.trainee)) } }
    }

    // MARK: Regressions: inputs that crashed the release binary

    @Test(arguments: ["[+1e300 s] Добрий день", "[+inf s] Добрий день", "[+nan s] Добрий день", "[+9223372036854775807 s] Добрий день",
                      "[+5e18 s] Добрий день\n[+5e18 s] Слухаю Вас", "[+86401 s] Добрий день", "Добрий\u{0}день", "Добрий\u{7}день",
                      String(repeating: "слово ", count: 2000)])
    func extremeMarkersAndTurnsAreRefusedWithTheirPlace(_ text: String) {
        #expect {
            try TranscriptParser.parse(text, file: "t.txt", channel: .hotline, limits: Self.limits)
        } throws: { error in
            guard let error = error as? TranscriptError else { return false }
            return !error.description.contains("\n") && error.description.hasPrefix("t.txt:\(error.line):\(error.column): ")
        }
    }

    @Test func storedFiguresOutOfRangeCannotTrapTheEngine() {
        let scenario = Fixtures.scenario("hotline-long-lookup")
        for seconds in [1e300, .infinity, -.infinity, .nan, 9.3e18, -5e18, Double(Int.max)] {
            let inputs = [TraineeInput(text: "Добрий вечір, мене звати Олена.", seconds: seconds),
                          TraineeInput(text: "/lookup ПР-1147", seconds: seconds), TraineeInput(text: "Дякую за очікування.", seconds: seconds)]
            let result = Replay.play(scenario: scenario, content: Fixtures.content, traineeName: "Олена", inputs: inputs)
            #expect((0...100).contains(result.score))
        }
    }

    @Test(arguments: [("takes: 50", "takes: 9223372036854775807"), ("takes: 50", "takes: -5"), ("takes: 50", "takes: 1e300"),
                      ("clock: \"19:05\"", "clock: \"19:05\"\nlimits: {turn_words: -3}"),
                      ("clock: \"19:05\"", "clock: \"19:05\"\nlimits: {pause_seconds: nan}"),
                      ("clock: \"19:05\"", "clock: \"19:05\"\nlimits: {pause_seconds: 1e300}"),
                      ("clock: \"19:05\"", "clock: \"19:05\"\nlimits: {turn_words: 9223372036854775807}"),
                      ("clock: \"19:05\"", "clock: \"19:05\"\ndate: 9223372036854775807-11-25")])
    func outOfRangeScenarioValuesAreRefused(original: String, planted: String) throws {
        let url = Fixtures.root.appendingPathComponent("Scenarios/hotline-long-lookup.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        try #require(text.contains(original))
        let (scenario, diagnostics) = ScenarioLibrary.load(text: text.replacingOccurrences(of: original, with: planted), file: "s.yaml", content: Fixtures.content)
        #expect(scenario == nil)
        #expect(!diagnostics.isEmpty && Self.oneLine(diagnostics.map(\.description)))
    }

    @Test(arguments: [("critical: 3", "critical: 4611686018427387904"), ("pass_score: 80", "pass_score: 101"),
                      ("pass_score: 80", "pass_score: -1"), ("long_action_seconds: 30", "long_action_seconds: nan"),
                      ("pause_seconds: 60", "pause_seconds: nan"), ("turn_words: 80", "turn_words: -80"),
                      ("{critical: 3, major: 2, minor: 1}", "{critical: 0, major: 0, minor: 0}"),
                      ("answer_seconds: 86400", "answer_seconds: inf"), ("turn_characters: 4000", "turn_characters: 0")])
    func outOfRangeScoringValuesAreRefused(original: String, planted: String) throws {
        let folder = try ContentCopy()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("scoring.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(text.contains(original))
        try text.replacingOccurrences(of: original, with: planted).write(to: file, atomically: true, encoding: .utf8)
        #expect {
            try ContentBundle.load(from: folder.url)
        } throws: { error in
            guard let error = error as? ContentError else { return false }
            return !error.diagnostics.isEmpty && Self.oneLine(error.diagnostics.map(\.description))
        }
    }

    // MARK: Generated inputs

    @Test func mutatedTranscriptsAreRefusedInOneLineOrPlayed() {
        var generator = SeededGenerator(seed: 9)
        let sources = Self.transcripts()
        for _ in 0..<150 {
            guard let (scenario, original) = sources.randomElement(using: &generator) else { continue }
            var text = Self.mutate(original, using: &generator)
            if Bool.random(using: &generator) {
                text = "[+\(Self.extremes.randomElement(using: &generator) ?? "0") s] " + text
            }
            do {
                let inputs = try TranscriptParser.parse(text, file: "t.txt", channel: scenario.channel, limits: Self.limits)
                #expect(inputs.allSatisfy { ($0.seconds ?? 0).isFinite && ($0.seconds ?? 0) <= Self.limits.answerSeconds })
                let result = Replay.play(scenario: scenario, content: Fixtures.content, traineeName: "Олена", inputs: inputs)
                #expect((0...100).contains(result.score))
            } catch let error as TranscriptError {
                #expect(Self.oneLine([error.description]), "\(error.description)")
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    @Test func mutatedScenariosAreRefusedInOneLineOrPlayTheirExamples() throws {
        var generator = SeededGenerator(seed: 11)
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.root.appendingPathComponent("Scenarios").path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        let texts = try files.map { try String(contentsOf: Fixtures.root.appendingPathComponent("Scenarios/\($0)"), encoding: .utf8) }
        for _ in 0..<60 {
            guard let original = texts.randomElement(using: &generator) else { continue }
            let text = Self.mutate(original, using: &generator)
            let (scenario, diagnostics) = ScenarioLibrary.load(text: text, file: "s.yaml", content: Fixtures.content)
            #expect(Self.oneLine(diagnostics.map(\.description)), "\(diagnostics.map(\.description))")
            guard let scenario else { continue }
            for action in scenario.actions.values { #expect((0...86_400).contains(action.takes)) }
            #expect(scenario.pauseLimitSeconds.isFinite && scenario.turnWordLimit > 0)
            for outcome in ExampleRunner.run(scenario, content: Fixtures.content) {
                #expect((0...100).contains(outcome.result?.score ?? 0))
            }
        }
    }

    @Test func mutatedContentIsRefusedInOneLineOrGrades() throws {
        var generator = SeededGenerator(seed: 13)
        let folder = try ContentCopy()
        defer { folder.remove() }
        let files = ["scoring.yaml", "lexicon/time.yaml", "lexicon/courtesy.yaml", "lexicon/language.yaml", "services.yaml", "intents.yaml"]
        let scenario = Fixtures.scenario("hotline-long-lookup")
        for _ in 0..<10 {
            guard let name = files.randomElement(using: &generator) else { continue }
            let file = folder.url.appendingPathComponent(name)
            let original = try String(contentsOf: Fixtures.root.appendingPathComponent("Content/\(name)"), encoding: .utf8)
            try Self.mutate(original, using: &generator).write(to: file, atomically: true, encoding: .utf8)
            defer { try? original.write(to: file, atomically: true, encoding: .utf8) }
            do {
                let content = try ContentBundle.load(from: folder.url)
                let (reloaded, _) = ScenarioLibrary.load(text: try String(contentsOf: scenario.sourceFile ?? Fixtures.root, encoding: .utf8),
                                                         file: "s.yaml", content: content)
                if let reloaded {
                    for outcome in ExampleRunner.run(reloaded, content: content) { #expect((0...100).contains(outcome.result?.score ?? 0)) }
                }
            } catch let error as ContentError {
                #expect(Self.oneLine(error.diagnostics.map(\.description)), "\(error.description)")
            }
        }
    }

    @Test func generatedTurnsAreGradedWithoutATrap() {
        var generator = SeededGenerator(seed: 17)
        let words = ["Добрий", "день", "о", "об", "з", "до", "грудня", "-го", "01.01.", "9223372036854775807", "1e300", "99999999999999999999",
                     "25.12", "10:30", "грн", "днів", "робочих", "тижні", "Ви", "ти", "ПР-1147", "/lookup", "/callback", "!", "?", ".",
                     "-5", "0", "31", "24", "60", "..", "—", "«", "»", "ЇЖАК", "сьогодні", "завтра", "у", "четвер", "протягом", "місяця"]
        for scenario in Fixtures.library.scenarios {
            for _ in 0..<10 {
                var inputs: [TraineeInput] = []
                for _ in 0..<Int.random(in: 1...8, using: &generator) {
                    var text = ""
                    for _ in 0..<Int.random(in: 1...20, using: &generator) {
                        let word = Bool.random(using: &generator) ? words.randomElement(using: &generator) ?? ""
                            : Self.oddTexts.randomElement(using: &generator) ?? ""
                        text += (Bool.random(using: &generator) ? " " : "") + word
                    }
                    let seconds: Double? = Bool.random(using: &generator) ? Double.random(in: 0...1e6, using: &generator) : nil
                    inputs.append(TraineeInput(text: text, seconds: seconds, interrupted: Bool.random(using: &generator)))
                }
                let result = Replay.play(scenario: scenario, content: Fixtures.content, traineeName: "Олена", inputs: inputs)
                #expect((0...100).contains(result.score))
            }
        }
    }
}

/// A temporary copy of `Content/` that a test may change.
struct ContentCopy {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("trenazher-content-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("Content"), to: url)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
