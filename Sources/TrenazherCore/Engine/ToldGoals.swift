/// The dialogue's memory of what the customer has heard, in the words the outcome accepts: an
/// outcome goal whose id the dialogue's conditions test (`if:`/`unless:` naming `term` where the
/// scenario has the goal `term`) is a flag set by the turn that tells it — said in any words its
/// `said` patterns, values or intents accept, or done by its action — not only by a transition that
/// reacted to a particular intent. So the customer never asks again for what was just said («А скільки
/// потім чекати?» after «Переоформлення — 7 робочих днів», which no reaction's intent caught).
struct ToldGoals: Sendable {
    /// The goals tested as flags, compiled.
    let goals: [(goal: OutcomeGoal, said: [WordPattern], values: [GoalValue])]
    let analyzer: TurnAnalyzer

    /// `nil` when the scenario's conditions test no goal's id (nothing to do at any turn).
    init?(analyzer: TurnAnalyzer) {
        let scenario = analyzer.scenario
        let transitions = scenario.nodes.flatMap(\.transitions) + scenario.anywhere
        let tested = Set(transitions.flatMap { $0.ifFlags + $0.unlessFlags })
        let bindings = scenario.bindings(trainee: analyzer.traineeName)
        let goals = (scenario.outcome?.goals ?? []).filter { tested.contains($0.id) }
            .map { OutcomeJudge.compiled($0, bindings: bindings, analyzer: analyzer) }
        guard !goals.isEmpty else { return nil }
        self.goals = goals
        self.analyzer = analyzer
    }

    /// The ids of the tested goals `turn` tells.
    func told(by turn: PlayedTurn) -> Set<String> {
        Set(goals.filter { OutcomeJudge.reaches($0.goal, said: $0.said, values: $0.values, turn: turn, analyzer: analyzer) }.map(\.goal.id))
    }
}
