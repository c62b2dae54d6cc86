/// How one answer was typed at the terminal: the evidence that an exam turn was typed live by a person,
/// not pasted or fed from a file. Recorded with every exam input; shown to HR in the trainee report.
public struct TypingEvidence: Codable, Sendable, Hashable {
    /// Seconds from the prompt to the first key (0 when the answer began with keys typed while the
    /// customer spoke).
    public var firstKeySeconds: Double
    /// Seconds from the first key to Enter.
    public var typingSeconds: Double
    /// Keys received from the terminal for this answer, editing keys included.
    public var keysTyped: Int
    /// Printable characters that arrived in runs faster than anyone types: pasted text.
    public var pastedCharacters: Int

    public init(firstKeySeconds: Double, typingSeconds: Double, keysTyped: Int, pastedCharacters: Int) {
        self.firstKeySeconds = firstKeySeconds
        self.typingSeconds = typingSeconds
        self.keysTyped = keysTyped
        self.pastedCharacters = pastedCharacters
    }

    /// The evidence of a written reply typed as several lines: the first line's wait, the rest summed.
    public func followed(by next: TypingEvidence) -> TypingEvidence {
        TypingEvidence(firstKeySeconds: firstKeySeconds, typingSeconds: typingSeconds + next.firstKeySeconds + next.typingSeconds,
                       keysTyped: keysTyped + next.keysTyped, pastedCharacters: pastedCharacters + next.pastedCharacters)
    }
}
