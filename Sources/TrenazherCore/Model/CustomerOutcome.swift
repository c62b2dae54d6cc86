/// Was the customer served? The outcome of an attempt, judged against the scenario's `outcome`
/// goals and the company's data, with a sentence a trainee understands.
public struct CustomerOutcome: Codable, Sendable, Hashable {
    public enum Status: String, Codable, Sendable, CaseIterable {
        /// Every goal reached, nothing false said.
        case resolved
        /// Some goal not reached.
        case unresolved
        /// The customer was told something the company's data contradicts.
        case misinformed
    }

    /// One goal and whether it was reached.
    public struct Goal: Codable, Sendable, Hashable {
        public var id: String
        public var reached: Bool
        /// The trainee turn that completed it.
        public var turn: Int?
        /// What the customer never got, when not reached (Ukrainian).
        public var missing: String
    }

    /// A statement the company's data contradicts.
    public struct FalseStatement: Codable, Sendable, Hashable {
        public var turn: Int
        /// The trainee's words.
        public var said: String
        /// The true fact.
        public var truth: String
    }

    public var status: Status
    public var goals: [Goal]
    public var falseStatements: [FalseStatement]
    /// The customer's mood at the end, where the scenario has one.
    public var mood: String?
    /// The outcome in a sentence, Ukrainian and English.
    public var sentence: String
    public var sentenceEN: String

    /// Whether the customer was served.
    public var resolved: Bool { status == .resolved }

    public init(status: Status, goals: [Goal], falseStatements: [FalseStatement], mood: String?, sentence: String, sentenceEN: String) {
        self.status = status
        self.goals = goals
        self.falseStatements = falseStatements
        self.mood = mood
        self.sentence = sentence
        self.sentenceEN = sentenceEN
    }
}
