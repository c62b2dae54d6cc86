/// What «the customer was served» means in one scenario (`outcome:` in the scenario file): every
/// goal must be reached. An attempt whose customer was not served cannot pass, whatever its score.
public struct OutcomeRules: Sendable {
    /// Everything the customer must get, in the order it is reported.
    public var goals: [OutcomeGoal]
    /// Optional sentences replacing Content's defaults (`{missing}` stands for the goals not reached).
    public var resolved: String?
    public var resolvedEN: String?
    public var unresolved: String?
    public var unresolvedEN: String?
}

/// One thing the customer must get: an answer, a registered request, a date said aloud.
/// Reached by the first graded trainee turn that meets any of its conditions (a goal that needs two
/// things is two goals).
public struct OutcomeGoal: Sendable {
    public var id: String
    /// What the customer never got when the goal is not reached, in Ukrainian («коли дадуть світло»).
    public var missing: String
    /// The same in English.
    public var missingEN: String?
    /// Intents (Content's or the scenario's): any one shown in a turn.
    public var intents: [String]
    /// Word patterns: any one said in a turn.
    public var said: [PatternSource]
    /// Simulated-software actions: any one taken.
    public var actions: [String]
    /// Appeal questions (`questions[].id`): any one answered.
    public var answers: [String]
    /// Only what was said or done after the customer was identified counts.
    public var afterIdentification: Bool
    public var location: SourceLocation
}
