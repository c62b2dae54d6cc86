/// What a scenario's example transcripts exercise: which transitions they fire and which verdicts
/// each listed Standard gets (`scenarios test --coverage`, `scenarios coverage`).
public struct ExampleCoverage: Sendable {
    public let scenario: Scenario
    /// Transition → the names of the examples that fired it.
    public let transitions: [(transition: FiredTransition, examples: [String])]
    /// Whether some example reached the mood limit (when the scenario has one).
    public let moodLimitReached: Bool?
    /// Standard → the verdicts the examples got for it.
    public let verdicts: [String: Set<Verdict>]

    public init(scenario: Scenario, outcomes: [ExampleRunner.Outcome]) {
        self.scenario = scenario
        transitions = DialogueGraph(scenario: scenario).transitions.map { transition in
            (transition, outcomes.filter { $0.fired.contains(transition) }.map(\.name))
        }
        moodLimitReached = scenario.mood?.onLimit == nil ? nil : outcomes.contains { $0.fired.contains { $0.index == nil } }
        var verdicts: [String: Set<Verdict>] = [:]
        for id in scenario.standards { verdicts[id] = [] }
        for outcome in outcomes {
            for item in outcome.result?.standards ?? [] where scenario.standards.contains(item.id) {
                verdicts[item.id, default: []].insert(item.verdict)
            }
        }
        self.verdicts = verdicts
    }

    /// Transitions no example fires.
    public var unexercised: [FiredTransition] { transitions.filter { $0.examples.isEmpty }.map(\.transition) }

    /// The transition's line in the scenario file and its label.
    public func describe(_ transition: FiredTransition) -> (location: SourceLocation?, label: String) {
        guard let index = transition.index, let item = scenario.transition(for: transition) else { return (nil, "mood.on_limit") }
        return (item.start ?? item.location, "\(transition.node) #\(index + 1) \(DialogueGraph.label(item))\(item.go.map { " → \($0)" } ?? "")")
    }

    /// One letter per verdict for tables: m met, v violated, s missed (skipped), – none.
    public static func letters(_ verdicts: Set<Verdict>) -> String {
        let order: [(Verdict, String)] = [(.met, "m"), (.violated, "v"), (.missed, "s")]
        let text = order.filter { verdicts.contains($0.0) }.map(\.1).joined()
        return text.isEmpty ? "–" : text
    }
}
