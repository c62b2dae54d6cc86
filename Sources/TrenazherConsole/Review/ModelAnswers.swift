import TrenazherCore

/// What a good answer would have been, drawn from the scenario's own exemplary example transcript
/// (the passing example that meets the most Standards): for each Standard, the exemplary turn that
/// met it.
public struct ModelAnswers: Sendable {
    /// Standard ID → the exemplary trainee's words (or action) that met it.
    public var byStandard: [String: String]

    public init(byStandard: [String: String]) {
        self.byStandard = byStandard
    }

    /// Plays the scenario's passing examples (the engine is pure) and keeps the best one's turns.
    public static func of(_ scenario: Scenario, content: ContentBundle) -> ModelAnswers {
        var best: (met: Int, answers: [String: String]) = (-1, [:])
        for outcome in ExampleRunner.run(scenario, content: content) {
            guard let result = outcome.result, result.passed else { continue }
            var answers: [String: String] = [:]
            for turn in result.turns where turn.speaker == .trainee {
                for finding in turn.findings where finding.verdict == .met && answers[finding.standardID] == nil {
                    answers[finding.standardID] = turn.text.trimmingCharacters(in: .whitespacesAndNewlines)
                }
            }
            if answers.count > best.met { best = (answers.count, answers) }
        }
        return ModelAnswers(byStandard: best.answers)
    }
}
