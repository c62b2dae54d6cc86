/// What one check keeps of the turns already graded, so that grading the next turn costs the same
/// whatever came before it. Each check uses the fields it needs; the meaning of a key is the check's.
public struct CheckMemory: Sendable {
    /// A turn noted for later: its index and the words that decided it.
    public struct Mark: Sendable {
        public var turn: Int
        public var evidence: String
    }

    /// The check's finding is decided at an earlier turn: later turns add none while the
    /// conversation goes on.
    public var settled = false
    /// Spoken turns seen so far.
    public var speechCount = 0
    /// Facts noted about earlier turns (a farewell seen, a next step named …).
    public var noted: Set<String> = []
    /// Positions noted by key (the spoken position of the last summary …).
    public var positions: [String: Int] = [:]
    /// Turns noted by key with their evidence (the turn that answered each question …).
    public var marks: [String: Mark] = [:]

    public init() {}
}

/// What the grader keeps between turns of one conversation: one memory per applicable check
/// (none before the first turn is graded).
public struct GradingProgress: Sendable {
    var memories: [CheckMemory] = []

    /// The progress of a conversation in which no turn is graded yet.
    public init() {}
}

/// A check whose findings at a turn depend on that turn alone while the conversation goes on.
protocol PerTurnCheck: StandardCheck {}

extension PerTurnCheck {
    func findings(at turn: PlayedTurn, context: GradingContext, memory: inout CheckMemory) -> [Finding] {
        evaluate(context)
    }
}

/// A check decided by the first turn that qualifies on its own (the first farewell question, the
/// first ticket …): after it, later turns add nothing while the conversation goes on.
protocol FirstQualifyingTurnCheck: StandardCheck {}

extension FirstQualifyingTurnCheck {
    func findings(at turn: PlayedTurn, context: GradingContext, memory: inout CheckMemory) -> [Finding] {
        guard !memory.settled else { return [] }
        let found = evaluate(context)
        if !found.isEmpty { memory.settled = true }
        return found
    }
}

/// A check about the first spoken turn only (greeting, salutation, the letter's deadline).
protocol FirstSpeechCheck: StandardCheck {}

extension FirstSpeechCheck {
    /// Only the first spoken turn can show it.
    func isOpen(after context: GradingContext) -> Bool { context.speech.isEmpty }

    func findings(at turn: PlayedTurn, context: GradingContext, memory: inout CheckMemory) -> [Finding] {
        guard turn.isSpeech, !memory.settled else { return [] }
        memory.settled = true
        return evaluate(context)
    }
}
