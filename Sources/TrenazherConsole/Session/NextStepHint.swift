import TrenazherCore

/// What `/hint` points to: the next step of this conversation the trainee has not taken yet, from
/// the grader's verdicts on the turns so far and the scenario's goals. Standards kept throughout the
/// conversation (`Content/console.yaml` `hint.throughout`: «Ви», courtesy, accuracy …) are never a
/// step; the steps that close a conversation (`hint.closing`: summary, farewell …) come after every
/// goal the customer has not reached yet. Pure: the same state always gives the same hint.
public enum NextStepHint: Sendable, Equatable {
    /// A required Standard not shown yet, with its title and hint in the interface language.
    case standard(id: String, title: String, hint: String)
    /// What the customer has not heard yet (a goal of the scenario's `outcome`), in the interface language.
    case goal(String)
    /// Every step is taken.
    case done

    /// The next step after the turns of `state`.
    public static func next(engine: DialogueEngine, state: DialogueState, order: ConsoleWording.HintOrder, english: Bool) -> NextStepHint {
        let verdicts = engine.grader.verdicts(from: engine.grader.findings(for: state.played, final: true))
        let missed = Set(verdicts.filter { $0.verdict == .missed }.map(\.id))
        let steps = engine.content.catalogue.filter { standard in
            engine.scenario.applies(standard.id) && missed.contains(standard.id) && !order.throughout.contains(standard.id)
        }
        func step(_ standard: StandardDefinition) -> NextStepHint {
            let hint = english && !standard.hintEN.isEmpty ? standard.hintEN : (standard.hint.isEmpty ? standard.requirement : standard.hint)
            return .standard(id: standard.id, title: standard.title(english: english), hint: hint)
        }
        if let first = steps.first(where: { !order.closing.contains($0.id) }) { return step(first) }
        let outcome = OutcomeJudge(analyzer: engine.analyzer).judge(state.played, mood: state.mood)
        if let goal = outcome?.goals.first(where: { !$0.reached }) {
            let rule = engine.scenario.outcome?.goals.first { $0.id == goal.id }
            return .goal(english ? rule?.missingEN ?? goal.missing : goal.missing)
        }
        return steps.first.map(step) ?? .done
    }
}
