/// One word, number or punctuation mark of a normalised text.
public struct Token: Sendable, Hashable {
    /// What kind of token it is.
    public enum Kind: Sendable, Hashable { case word, number, punctuation }

    public var kind: Kind
    /// The token as written (after `TextNormalizer.normalize`).
    public var text: String
    /// The form it is matched in: look-alikes fixed, lower-cased; numbers without grouping spaces.
    public var form: String
    /// Where it stands in the normalised text.
    public var range: Range<String.Index>
    /// The sentence it belongs to (0-based).
    public var sentence: Int
    /// It starts a clause (first word of a sentence, or after a comma, dash or colon).
    public var startsClause: Bool
    /// It stands inside quotation marks («…», "…", „…“): quoted words are not the trainee's own.
    public var quoted: Bool

    /// The first letter is a capital.
    public var isCapitalized: Bool { text.first.map { $0.isUppercase } ?? false }

    /// Every letter is a capital (and there is at least one letter).
    public var isAllCaps: Bool {
        let letters = text.filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy(\.isUppercase)
    }
}
