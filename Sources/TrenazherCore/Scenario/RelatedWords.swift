/// The words of one text the grounding check reads, arranged to answer «does some word of it stand in
/// `KnowledgeBase.related` to this one?» without trying every word.
///
/// A plain word (`LiteralSearch.isPlain`: every scalar its own character, two plain words equal exactly when
/// their scalars are) is kept as its scalars under its first scalar. Between two plain words `related` is then
/// a question of scalars: a character count is a scalar count, a common prefix of characters a common prefix
/// of scalars, and equal words have equal first scalars; words whose first scalars differ share no prefix and
/// are not equal, so they are never related and are not tried. Every other word, and every pair with one,
/// goes to `KnowledgeBase.related` itself.
struct RelatedWords {
    /// The text's plain, non-empty words as scalar values, by their first scalar.
    private let plain: [UInt32: [[UInt32]]]
    /// The text's other words (not plain, or empty).
    private let other: [String]
    /// Every word of the text, for a word that is not plain itself.
    private let all: [String]

    /// A word to look for, its scalars read once when it is plain.
    struct Word {
        let text: String
        let scalars: [UInt32]?

        init(_ text: String) {
            self.text = text
            scalars = !text.isEmpty && LiteralSearch.isPlain(text) ? text.unicodeScalars.map(\.value) : nil
        }
    }

    init(_ words: [String]) {
        var plain: [UInt32: [[UInt32]]] = [:]
        var other: [String] = []
        for word in words {
            if let scalars = Word(word).scalars, let first = scalars.first {
                plain[first, default: []].append(scalars)
            } else {
                other.append(word)
            }
        }
        self.plain = plain
        self.other = other
        all = words
    }

    /// Whether some word of the text is related to `word` (`KnowledgeBase.related(word.text, $0)` for some word).
    func holdsRelated(to word: Word) -> Bool {
        guard let scalars = word.scalars, let first = scalars.first else {
            return all.contains { KnowledgeBase.related(word.text, $0) }
        }
        if let candidates = plain[first], candidates.contains(where: { Self.related(scalars, $0) }) { return true }
        return other.contains { KnowledgeBase.related(word.text, $0) }
    }

    /// `KnowledgeBase.related` of two plain words, by their scalars.
    static func related(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        if a == b { return true }
        let shorter = min(a.count, b.count)
        guard shorter >= 3 else { return false }
        var common = 0
        while common < shorter, a[common] == b[common] { common += 1 }
        return common >= max(3, shorter - 2)
    }
}
