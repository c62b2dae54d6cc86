/// The final verdict of one catalogue Standard for a whole attempt.
public struct StandardVerdict: Codable, Sendable, Hashable {
    public var id: String
    public var verdict: Verdict
    public var severity: Severity
    /// The turn of the deciding finding.
    public var turn: Int?
    /// The trainee's words that decided it (absent for missed / not applicable).
    public var evidence: String?
    public var note: String?

    public init(id: String, verdict: Verdict, severity: Severity, turn: Int? = nil, evidence: String? = nil, note: String? = nil) {
        self.id = id
        self.verdict = verdict
        self.severity = severity
        self.turn = turn
        self.evidence = evidence
        self.note = note
    }
}
