import TrenazherCore

/// What a good answer would have been, drawn from the scenario's own exemplary example transcript
/// (the passing example that meets the most Standards): for each Standard, the exemplary turn that
/// met it, and the sentence of that turn that met it (a tip's example, `StandardTip`).
public struct ModelAnswers: Sendable {
    /// Standard ID → the exemplary trainee's words (or action) that met it.
    public var byStandard: [String: String]
    /// Standard ID → the sentence (or sentences) of that turn holding the evidence that met it; a
    /// short turn whole when its evidence cannot be found in it.
    public var examples: [String: String]

    public init(byStandard: [String: String], examples: [String: String] = [:]) {
        self.byStandard = byStandard
        self.examples = examples
    }

    /// Plays the scenario's exemplary examples (those expected to pass; the engine is pure) and keeps
    /// the turns of the one that meets the most Standards.
    /// One engine per trainee name serves every example (building an engine compiles the patterns).
    /// Takes a few hundred milliseconds: the trainer computes it in the background during the attempt.
    /// With `traineeName`, the examples speak with the trainee's own first name («мене звати Ольга»,
    /// not the example's «Олена»); when no example passes with it, with their own names.
    public static func of(_ scenario: Scenario, content: ContentBundle, traineeName: String? = nil) -> ModelAnswers {
        if let traineeName {
            let own = of(scenario, content: content, name: { _ in traineeName })
            if !own.byStandard.isEmpty { return own }
        }
        return of(scenario, content: content, name: { $0.trainee })
    }

    private static func of(_ scenario: Scenario, content: ContentBundle, name: (ScenarioExample) -> String) -> ModelAnswers {
        var best: (met: Int, answers: [String: String], examples: [String: String]) = (-1, [:], [:])
        var engines: [String: DialogueEngine] = [:]
        for example in scenario.examples where example.passed == true {
            let trainee = name(example)
            let text = scenario.fill(example.transcript, trainee: trainee)
            guard let inputs = try? TranscriptParser.parse(text, file: example.location.file, channel: scenario.channel, limits: content.scoring.inputLimits) else {
                continue
            }
            let engine = engines[trainee] ?? DialogueEngine(scenario: scenario, content: content, traineeName: trainee)
            engines[trainee] = engine
            let result = engine.finish(inputs.reduce(engine.start()) { engine.step($0, $1).state })
            guard result.passed else { continue }
            var answers: [String: String] = [:]
            var examples: [String: String] = [:]
            for turn in result.turns where turn.speaker == .trainee {
                for finding in turn.findings where finding.verdict == .met && answers[finding.standardID] == nil {
                    let text = turn.text.trimmingCharacters(in: .whitespacesAndNewlines)
                    answers[finding.standardID] = text
                    examples[finding.standardID] = EvidenceSentence.around(finding.evidence, in: text)
                }
            }
            if answers.count > best.met { best = (answers.count, answers, examples) }
        }
        return ModelAnswers(byStandard: best.answers, examples: best.examples)
    }
}
