/// A trainee turn as the grader sees it: what was typed, its analysis, and the dialogue state
/// around it that some Standards depend on.
public struct PlayedTurn: Sendable {
    /// The turn's index in the conversation (`TurnRecord.index`).
    public var index: Int
    public var input: TraineeInput
    /// For speech: the analysis. `nil` for actions.
    public var analysis: TurnAnalysis?
    /// For actions: the action.
    public var action: TraineeAction?
    /// Simulated seconds the action took.
    public var actionSeconds: Int
    /// The customer was identified before this turn.
    public var identifiedBefore: Bool
    /// The facts the customer had given before this turn.
    public var disclosedBefore: Set<String>

    /// Whether this is a spoken (typed) turn rather than an action.
    public var isSpeech: Bool { analysis != nil }
}

/// What every check gets: the graded turns and the conversation's context.
public struct GradingContext: Sendable {
    /// The Standard being graded.
    public var standard: StandardDefinition
    /// The trainee turns that are graded (turns after an end node are left out), in order.
    public var turns: [PlayedTurn] {
        didSet { spoken = nil }
    }
    public var analyzer: TurnAnalyzer
    /// The conversation is over: report `missed` for what was never shown.
    public var final: Bool
    /// `turns`' spoken turns when the grader filtered them once for every Standard.
    private var spoken: [PlayedTurn]?
    /// The spoken turns only.
    public var speech: [PlayedTurn] { spoken ?? turns.filter(\.isSpeech) }

    public var scenario: Scenario { analyzer.scenario }
    public var content: ContentBundle { analyzer.content }

    /// The context of one Standard; `speech`, when given, is `turns`' spoken turns (the grader filters
    /// them once for every Standard).
    public init(standard: StandardDefinition, turns: [PlayedTurn], analyzer: TurnAnalyzer, final: Bool, speech: [PlayedTurn]? = nil) {
        self.standard = standard
        self.turns = turns
        self.analyzer = analyzer
        self.final = final
        spoken = speech
    }

    /// A finding for this Standard, with the catalogue's note and an optional detail.
    public func finding(_ verdict: Verdict, turn: PlayedTurn? = nil, evidence: String? = nil, detail: String? = nil) -> Finding {
        let base = standard.note(for: verdict)
        let note = detail.map { base.isEmpty ? $0 : "\(base) (\($0))" } ?? base
        // Quoted as whole clauses of what the trainee typed, never cut mid-phrase.
        let quoted = evidence.map { turn?.analysis?.text.wholeClauses(around: $0) ?? $0 }
        return Finding(standardID: standard.id, verdict: verdict, turn: turn?.index, evidence: quoted, note: note)
    }

    /// `missed` when final, nothing otherwise.
    public func missedIfFinal(detail: String? = nil) -> [Finding] {
        final ? [finding(.missed, detail: detail)] : []
    }
}

/// The mechanism behind one or more Standards; reads its data from `Content/` and the scenario.
public protocol StandardCheck: Sendable {
    /// The findings for the Standard in `context`.
    func evaluate(_ context: GradingContext) -> [Finding]
    /// The findings at `turn`, the newest, while the conversation goes on: exactly those of
    /// `evaluate` over every turn so far (not final) that fall on `turn`, computed from what `memory`
    /// keeps of the earlier turns, which it then updates. `context.turns` holds `turn` alone.
    func findings(at turn: PlayedTurn, context: GradingContext, memory: inout CheckMemory) -> [Finding]
    /// Whether a turn still to come, after `context`'s turns (not final), could show the Standard: `false`
    /// once its moment has passed (the first turn for a greeting, the first two for the caller's name).
    func isOpen(after context: GradingContext) -> Bool
}

extension StandardCheck {
    /// Most Standards can be shown at any turn.
    func isOpen(after context: GradingContext) -> Bool { true }
}
