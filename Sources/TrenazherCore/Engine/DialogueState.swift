/// Where a conversation stands: a plain value, so a step is a pure function of state and input.
public struct DialogueState: Sendable {
    /// The whole conversation so far, with findings on the trainee's turns.
    public var turns: [TurnRecord] = []
    /// The trainee's graded turns (for the grader).
    public var played: [PlayedTurn] = []
    /// What the grader keeps of the turns graded so far.
    public var grading = GradingProgress()
    /// Everything the trainee typed, in order (recording and resuming replay these).
    public var inputs: [TraineeInput] = []
    /// The current node of the dialogue graph.
    public var node: String
    /// Simulated seconds since midnight.
    public var clockSeconds: Int
    /// Position on the scenario's mood scale, where it has one.
    public var moodIndex: Int?
    /// Turns that angered the customer (`mood.worse`) and gave them nothing of `mood.better`: at
    /// `mood.limit` of them the dialogue goes to `mood.on_limit`.
    public var escalations: Int = 0
    /// Facts the customer has given.
    public var disclosed: Set<String> = []
    /// Answers already given (by intent).
    public var answered: Set<String> = []
    public var fallbackIndex: Int = 0
    /// An end node was reached: later turns are ignored.
    public var ended: Bool = false
    /// The customer has spoken their opening line.
    public var openingSaid: Bool = false
    /// Tickets registered so far (for their numbers).
    public var ticketCount: Int = 0
    /// The requests `/ticket` registered: request (the kind typed, or "" for the scenario's fixed
    /// registration) → the registration's text, repeated when the same request is registered again.
    public var tickets: [String: String] = [:]
    /// The call-back `/callback` booked (its date and time as typed): a later one replaces it.
    public var callbackBooked: String?
    /// Set by the engine: whether the identification requirement is satisfied.
    public var identified: Bool = false
    /// The mood's name, when the scenario has a mood.
    public var mood: String?
    /// Every change of the mood, in order, with the turn and the intent that moved it.
    public var moodShifts: [MoodShift] = []
    /// The dialogue's memory: flags set by transitions (`sets:`), `/ACTION` for every action taken, and
    /// the ids of the outcome goals the conditions test once a turn has told them (`ToldGoals`).
    public var flags: Set<String> = []
    /// The tested goals the turn being played tells and the flags do not hold yet: they count as set
    /// for the turn's reactions except for a reaction that itself sets the flag (the customer's
    /// acknowledgement of what they just heard), and join `flags` after the turn.
    public var toldNow: Set<String> = []
    /// What the customer has accepted: intent → the statements of the customer's reaction to it, said
    /// again when a later turn repeats it and nothing else reacts (not a fallback).
    public var acknowledgements: [String: String] = [:]
    /// Every transition that fired, in order (coverage and play-testing).
    public var fired: [FiredTransition] = []

    /// Moves the simulated clock on by `seconds` (rounded); values beyond a year are held at a year,
    /// so no input can overflow it.
    public mutating func advanceClock(by seconds: Double) {
        let year = 366.0 * 24 * 3600
        let step = seconds.isFinite ? Int(min(max(seconds, 0), year).rounded()) : Int(year)
        clockSeconds = clockSeconds.addingReportingOverflow(step).overflow ? clockSeconds : clockSeconds + step
    }

    /// The simulated clock, `HH:MM:SS`.
    public var clock: String { ClockTime.text(seconds: clockSeconds) }
}

/// A change of the customer's mood: which trainee turn moved it, from what to what, and why.
public struct MoodShift: Sendable, Equatable {
    /// The trainee turn's number among the trainee's turns (1, 2, …).
    public var turn: Int
    public var from: String
    public var to: String
    /// The intent that moved it (a `worse`/`better` intent, or the first intent of the transition
    /// that set the mood); `nil` when nothing named moved it.
    public var cause: String?

    public init(turn: Int, from: String, to: String, cause: String?) {
        self.turn = turn
        self.from = from
        self.to = to
        self.cause = cause
    }
}

/// The result of one step.
public struct DialogueStep: Sendable {
    public var state: DialogueState
    /// The trainee's turn (with its findings), then the software's output and the customer's reply.
    public var newTurns: [TurnRecord]
    /// Simulated seconds a long action took (the console shows a hold indicator).
    public var waitedSeconds: Int
}

/// A transition that fired: its node and its position in the node's `on` list; `index` is `nil`
/// for the mood limit's jump to `mood.on_limit`. A shared transition (`anywhere:`) is recorded once
/// for every node, as node `FiredTransition.anywhereNode` and its position in `anywhere`.
public struct FiredTransition: Sendable, Hashable {
    /// The node name shared transitions are recorded under.
    public static let anywhereNode = "anywhere"
    public var node: String
    public var index: Int?

    public init(node: String, index: Int?) {
        self.node = node
        self.index = index
    }
}
