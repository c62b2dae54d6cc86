/// How GEN-ACCURATE's finding on a false statement quotes the company's data, in Ukrainian and English
/// (`statements.yaml` `truth_note`: «за даними компанії: {truth}»). A content version without it quotes the
/// fact alone.
public struct TruthNote: Sendable, Codable, Hashable {
    public var ukrainian: String
    public var english: String

    public init(ukrainian: String = "{truth}", english: String = "{truth}") {
        self.ukrainian = ukrainian
        self.english = english
    }

    /// The note with `truth` in its place.
    public func quoting(_ truth: String, english: Bool = false) -> String {
        (english ? self.english : ukrainian).replacingOccurrences(of: "{truth}", with: truth)
    }
}
