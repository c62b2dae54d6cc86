/// The verdict of one Standard, per finding or for a whole attempt.
public enum Verdict: String, Codable, Sendable, CaseIterable, Hashable {
    /// Shown where and when required.
    case met
    /// Contrary behaviour seen: the wrong thing was done.
    case violated
    /// Required in this scenario but never shown.
    case missed
    /// The scenario does not call for it.
    case notApplicable = "not_applicable"

    /// `true` for the verdicts that earn nothing (violated, missed).
    public var isFailure: Bool { self == .violated || self == .missed }
}
