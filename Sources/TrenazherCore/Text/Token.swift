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

    /// `form` as UTF-8 bytes: patterns compare bytes (both sides are NFC, so this is exact).
    public var bytes: [UInt8]
    /// The first letter is a capital.
    public var isCapitalized: Bool
    /// Every letter is a capital (and there is at least one letter).
    public var isAllCaps: Bool
    /// A word that word patterns step over between two of their words («гарного Вам дня»,
    /// «зачекайте, будь ласка, на лінії»); set from `lexicon/fillers.yaml`.
    public var isFiller = false
    /// The digits this token gives to a code read out or typed in groups (`NumberReader.codeDigits`),
    /// empty when it gives none.
    public var codeDigits: [UInt8] = []
    /// A word said between a code's digit groups («дефіс»): a code's match steps over it.
    public var isCodeJoiner = false
    /// The stem of `form` (`Morphology.stem`), empty when the word is too short or not analysed.
    public var stem: [UInt8] = []
    /// The word may be a typo (`Morphology.mayBeTypo`): a pattern prefix may match it one typo away.
    public var mayBeTypo = false
    /// Words the patterns know that this word is one typo away from (`Morphology.corrections`).
    public var corrections: [[UInt8]] = []

    /// A token whose capitals are read from `text`: `isCapitalized` when its first character is upper-case,
    /// `isAllCaps` when it has an upper-case character and no lower-case one.
    public init(kind: Kind, text: String, form: String, range: Range<String.Index>, sentence: Int, startsClause: Bool, quoted: Bool) {
        let hasLower = text.contains { $0.isLowercase }
        self.init(kind: kind, text: text, form: form, range: range, sentence: sentence, startsClause: startsClause, quoted: quoted,
                  isCapitalized: text.first.map { $0.isUppercase } ?? false,
                  isAllCaps: !hasLower && text.contains { $0.isUppercase })
    }

    /// A token whose capitals the caller read already (`Tokenizer.tokenizePlain`, from its table of what `Character`
    /// says of each scalar): `isCapitalized` and `isAllCaps` as the public initialiser computes them from `text`.
    init(kind: Kind, text: String, form: String, range: Range<String.Index>, sentence: Int, startsClause: Bool, quoted: Bool,
         isCapitalized: Bool, isAllCaps: Bool) {
        self.kind = kind
        self.text = text
        self.form = form
        self.range = range
        self.sentence = sentence
        self.startsClause = startsClause
        self.quoted = quoted
        bytes = Array(form.utf8)
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
    }
}
