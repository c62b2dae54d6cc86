/// How much a Standard matters; weights live in `Content/scoring.yaml`.
public enum Severity: String, Codable, Sendable, CaseIterable, Hashable {
    /// Fails the attempt by itself when violated or missed.
    case critical
    case major
    case minor
}
