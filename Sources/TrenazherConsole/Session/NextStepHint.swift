import TrenazherCore

/// What `/hint` points to: the next step of this conversation the trainee has not taken yet, from
/// the grader's verdicts on the turns so far and the scenario's goals. Standards kept throughout the
/// conversation (`Content/console.yaml` `hint.throughout`: «Ви», courtesy, accuracy …) are never a
/// step, nor a Standard whose moment has passed (`Grader.settledStandards`: the greeting once the
/// conversation is under way, the hold for a search already begun) — the hint follows the
/// conversation, it does not list what can no longer be done. A step whose moment is now
/// (`DialogueEngine.standardsDueNow`: the thanks right after a long search) comes first; the steps that close a conversation
/// (`hint.closing`: summary, farewell …) come after every goal the customer has not reached yet.
/// Pure: the same state always gives the same hint.
public enum NextStepHint: Sendable, Equatable {
    /// A required Standard not shown yet, with its title and hint in the interface language.
    case standard(id: String, title: String, hint: String)
    /// What the customer has not heard yet (a goal of the scenario's `outcome`), in the interface language.
    case goal(String)
    /// Every step is taken.
    case done

    /// The next step after the turns of `state`. `draft`, a written reply not sent yet, counts as if
    /// it were sent now (played on a copy of the state: the engine is pure) for what it already does;
    /// the moments that have passed are those of the turns sent.
    /// A step's hint takes its example from `examples`, the scenario's (`StandardTip`), asked for only
    /// when the step's hint takes one.
    public static func next(engine: DialogueEngine, state: DialogueState, draft: String? = nil,
                            order: ConsoleWording.HintOrder, strings: any Strings,
                            examples: () -> [String: String] = { [:] }) -> NextStepHint {
        let english = strings.isEnglish
        var state = state
        let settled = engine.grader.settledStandards(after: state.played)
        let dueNow = engine.standardsDueNow(state)
        if let draft, !draft.isEmpty {
            _ = engine.advance(&state, TraineeInput(text: draft, seconds: nil))
        }
        let verdicts = engine.grader.verdicts(from: engine.grader.findings(for: state.played, final: true))
        let missed = Set(verdicts.filter { $0.verdict == .missed }.map(\.id))
        let steps = engine.content.catalogue.filter { standard in
            engine.scenario.applies(standard.id) && missed.contains(standard.id) && !order.throughout.contains(standard.id)
                && !settled.contains(standard.id)
        }
        func step(_ standard: StandardDefinition) -> NextStepHint {
            let own = standard.hintExample.isEmpty ? [:] : examples()
            return .standard(id: standard.id, title: standard.title(english: english), hint: StandardTip.text(standard, examples: own, strings: strings))
        }
        if let now = steps.first(where: { dueNow.contains($0.id) }) { return step(now) }
        if let first = steps.first(where: { !order.closing.contains($0.id) }) { return step(first) }
        let outcome = engine.outcomeJudge.judge(state.played, mood: state.mood)
        if let goal = outcome?.goals.first(where: { !$0.reached }) {
            let rule = engine.scenario.outcome?.goals.first { $0.id == goal.id }
            return .goal(english ? rule?.missingEN ?? goal.missing : goal.missing)
        }
        return steps.first.map(step) ?? .done
    }
}
