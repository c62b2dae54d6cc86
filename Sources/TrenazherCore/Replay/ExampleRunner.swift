/// Plays example transcripts and compares verdicts: the scenarios' own `examples` and the
/// per-Standard examples of `Content/checks/`.
public enum ExampleRunner {
    /// One example's outcome.
    public struct Outcome: Sendable {
        public var location: SourceLocation
        public var name: String
        /// Empty when the example got what it expects; each in both interface languages.
        public var mismatches: [Bilingual]
        public var result: AttemptResult?
        /// The transitions the example fired.
        public var fired: [FiredTransition] = []
        /// The name of the variant the example was played against (`0`: the file's own values).
        public var variant: String = "0"
        public var passed: Bool { mismatches.isEmpty }
    }

    /// Plays every example against every variant of a scenario: the file's own values first, then each
    /// variant in turn (the examples write the drawn values as placeholders, so each fits every variant).
    /// A variant that does not load is one failed outcome naming its problem.
    public static func runEveryVariant(_ scenario: Scenario, content: ContentBundle) -> [Outcome] {
        var outcomes = run(scenario, content: content)
        for index in 1..<scenario.variantCount {
            do {
                outcomes += run(try scenario.variant(index, content: content), content: content)
            } catch {
                let variant = scenario.variants[index - 1]
                outcomes.append(Outcome(location: variant.location, name: variant.name, mismatches: [Bilingual(error)], result: nil,
                                        variant: variant.name))
            }
        }
        return outcomes
    }

    /// Plays every example of a scenario against the variant it holds.
    public static func run(_ scenario: Scenario, content: ContentBundle) -> [Outcome] {
        scenario.examples.map { example in
            var outcome = play(example, in: scenario, content: content)
            outcome.variant = scenario.variantName
            return outcome
        }
    }

    static func play(_ example: ScenarioExample, in scenario: Scenario, content: ContentBundle) -> Outcome {
        let file = example.location.file
        let text = scenario.fill(example.transcript, trainee: example.trainee)
        let inputs: [TraineeInput]
        do {
            inputs = try TranscriptParser.parse(text, file: file, channel: scenario.channel, limits: content.scoring.inputLimits)
        } catch let error as TranscriptError {
            let line = example.transcriptLocation.line + error.line - 1
            return Outcome(location: SourceLocation(file: file, line: line, column: 1), name: example.name,
                           mismatches: [Bilingual(uk: error.ukrainian, en: error.message)], result: nil)
        } catch {
            return Outcome(location: example.location, name: example.name, mismatches: [Bilingual(error)], result: nil)
        }
        let (result, state) = Replay.run(scenario: scenario, content: content, traineeName: example.trainee, inputs: inputs)
        var mismatches: [Bilingual] = []
        for id in content.standardIDs {
            guard let expected = example.expect[id] else { continue }
            let actual = result.verdict(of: id) ?? .notApplicable
            if actual != expected {
                let item = result.standards.first { $0.id == id }
                let why = item?.note.map { " — \($0)" } ?? ""
                let evidence = item?.evidence.map { " «\($0)»" } ?? ""
                mismatches.append(Bilingual(uk: "\(id): очікувано \(expected.rawValue), отримано \(actual.rawValue)\(why)\(evidence)",
                                            en: "\(id): expected \(expected.rawValue), got \(actual.rawValue)\(why)\(evidence)"))
            }
        }
        if let passed = example.passed, passed != result.passed {
            mismatches.append(Bilingual(uk: "очікувано \(passed ? "складання" : "нескладання"), отримано \(result.passed ? "складання" : "нескладання") (бал \(result.score))",
                                        en: "expected \(passed ? "a pass" : "a fail"), got \(result.passed ? "a pass" : "a fail") (score \(result.score))"))
        }
        if let wanted = example.outcome, wanted != result.outcome?.status {
            let got = result.outcome.map { Bilingual(uk: "\($0.status.rawValue) — \($0.sentence)", en: "\($0.status.rawValue) — \($0.sentence)") }
                ?? Bilingual(uk: "жодного (сценарій не задає результату)", en: "none (the scenario states no outcome)")
            mismatches.append(Bilingual(uk: "очікуваний результат \(wanted.rawValue), отримано ", en: "expected outcome \(wanted.rawValue), got ") + got)
        }
        if let score = example.score, score != result.score {
            mismatches.append(Bilingual(uk: "очікуваний бал \(score), отримано \(result.score)", en: "expected score \(score), got \(result.score)"))
        }
        return Outcome(location: example.location, name: example.name, mismatches: mismatches, result: result, fired: state.fired)
    }
}
