/// One observation of the grader: a Standard, a verdict, the trainee's words that decided it.
public struct Finding: Codable, Sendable, Hashable {
    /// The catalogue ID, e.g. `HOT-ID`.
    public var standardID: String
    public var verdict: Verdict
    /// The index (in the attempt's `turns`) of the trainee turn the finding is about, if any.
    public var turn: Int?
    /// The trainee's own words that decided the verdict (absent for `missed`).
    public var evidence: String?
    /// A short explanation in Ukrainian.
    public var note: String

    public init(standardID: String, verdict: Verdict, turn: Int? = nil, evidence: String? = nil, note: String) {
        self.standardID = standardID
        self.verdict = verdict
        self.turn = turn
        self.evidence = evidence
        self.note = note
    }
}
