/// The graded result of one attempt at a scenario: what `trenazher play` prints and the store keeps.
public struct AttemptResult: Codable, Sendable, Hashable {
    public var scenarioID: String
    public var channel: Channel
    /// earned / applicable weight × 100, rounded down.
    public var score: Int
    public var passed: Bool
    /// Every catalogue item exactly once, in catalogue order.
    public var standards: [StandardVerdict]
    public var turns: [TurnRecord]
    /// The version of the grader that produced the verdicts (see `GraderVersion`).
    public var graderVersion: String
    /// The customer's mood at the end, for scenarios that have one.
    public var finalMood: String?
    /// The dialogue reached an end node.
    public var reachedEnd: Bool
    /// Was the customer served (`nil` for a scenario that states no outcome)?
    public var outcome: CustomerOutcome?

    public init(scenarioID: String, channel: Channel, score: Int, passed: Bool, standards: [StandardVerdict],
                turns: [TurnRecord], graderVersion: String, finalMood: String? = nil, reachedEnd: Bool = false,
                outcome: CustomerOutcome? = nil) {
        self.scenarioID = scenarioID
        self.channel = channel
        self.score = score
        self.passed = passed
        self.standards = standards
        self.turns = turns
        self.graderVersion = graderVersion
        self.finalMood = finalMood
        self.reachedEnd = reachedEnd
        self.outcome = outcome
    }

    /// The final verdict of one Standard.
    public func verdict(of id: String) -> Verdict? { standards.first { $0.id == id }?.verdict }

    /// The applicable Standards that were violated or missed, most severe first.
    public var failures: [StandardVerdict] {
        standards.filter { $0.verdict.isFailure }.sorted { Severity.allCases.firstIndex(of: $0.severity)! < Severity.allCases.firstIndex(of: $1.severity)! }
    }
}
