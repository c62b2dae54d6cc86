import TrenazherCore

/// What a good answer would have been, drawn from the scenario's own exemplary example transcript
/// (the passing example that meets the most Standards): for each Standard, the exemplary turn that
/// met it, and the sentence of that turn that met it (a tip's example, `StandardTip`). Every model
/// meets its own Standard when said at that moment of the conversation (`ModelTurnSearch`): where the
/// turn the verdict is placed on does not (the documents named, the deadline only in the next turn),
/// the model runs on through the turn that decided it.
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
        var played: [(met: [(standard: String, turn: Int, evidence: String?)], search: ModelTurnSearch)] = []
        var engines: [String: DialogueEngine] = [:]
        for example in scenario.examples where example.passed == true {
            let trainee = name(example)
            let text = scenario.fill(example.transcript, trainee: trainee)
            guard let inputs = try? TranscriptParser.parse(text, file: example.location.file, channel: scenario.channel, limits: content.scoring.inputLimits) else {
                continue
            }
            let engine = engines[trainee] ?? DialogueEngine(scenario: scenario, content: content, traineeName: trainee)
            engines[trainee] = engine
            let search = ModelTurnSearch(engine: engine, inputs: inputs)
            let result = engine.finish(search.final)
            guard result.passed else { continue }
            var met: [(standard: String, turn: Int, evidence: String?)] = []
            for turn in result.turns where turn.speaker == .trainee {
                guard let input = search.input(ofTurn: turn.index) else { continue }
                for finding in turn.findings where finding.verdict == .met && !met.contains(where: { $0.standard == finding.standardID }) {
                    met.append((finding.standardID, input, finding.evidence))
                }
            }
            played.append((met, search))
        }
        // The example meeting the most Standards gives the models; a Standard whose turn there does not
        // meet it on its own takes its model from the next example whose turn does.
        played = played.enumerated().sorted { ($0.element.met.count, -$0.offset) > ($1.element.met.count, -$1.offset) }.map(\.element)
        guard let best = played.first else { return ModelAnswers(byStandard: [:]) }
        var answers: [String: String] = [:]
        var examples: [String: String] = [:]
        for standard in best.met.map(\.standard) {
            for candidate in played {
                guard let met = candidate.met.first(where: { $0.standard == standard }),
                      let model = candidate.search.model(for: standard, at: met.turn, evidence: met.evidence) else { continue }
                answers[standard] = model.turns
                examples[standard] = model.sentences
                break
            }
        }
        return ModelAnswers(byStandard: answers, examples: examples)
    }
}
