/// A change of the customer's mood during an attempt: which trainee turn moved it, from what to what.
/// The summary lists them, so the trainee sees why the customer calmed down or got angry.
public struct MoodChange: Sendable, Equatable {
    /// The trainee turn's number among the trainee's turns (1, 2, …).
    public var turn: Int
    public var from: String
    public var to: String
    /// What the trainee said (or did) in that turn.
    public var text: String

    public init(turn: Int, from: String, to: String, text: String) {
        self.turn = turn
        self.from = from
        self.to = to
        self.text = text
    }
}
