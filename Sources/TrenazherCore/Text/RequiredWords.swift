/// The words a pattern cannot match without, by their first letters: for each required step (a
/// word or phrases that is not optional), the first word of each of its alternatives. A text none of
/// whose words (nor their typo corrections) begins like any alternative of some required step cannot
/// hold a match, so the pattern is not run on it (`WordPattern.mayMatch`).
///
/// A word test matches a text word that begins with it (a prefix), equals it, reduces to the same
/// stem (the text word's stem — at least two letters — begins the test), equals one of the word's
/// typo corrections, or — a long prefix only — begins with it one typo away after its first letter.
/// So the first two letters of a test are those of the word or of a correction, except for the long
/// prefixes, which keep only the first letter (`AnalyzedText.wordKeys`); a test shorter than that
/// gives no key and its step requires nothing.
struct RequiredWords: Sendable {
    /// One alternative of a required step.
    struct Word: Sendable {
        /// The first two bytes (`AnalyzedText.wordKeys`).
        var firstKey: UInt16
        /// The first two letters, hashed (`pairKey`, `AnalyzedText.pairKeys`); valid when `letters >= 2`.
        var pairKey: UInt16
        /// The letters (Unicode scalars) of the test.
        var letters: Int
        var isPrefix: Bool
        /// The first byte is ASCII: a typo may already stand at the second byte.
        var asciiFirst: Bool
    }

    /// For each required step, its alternatives; steps with an alternative that gives no key are left out.
    let steps: [[Word]]

    init(_ elements: [WordPattern.Element]) {
        var steps: [[Word]] = []
        for element in elements {
            let tests: [WordPattern.WordTest]
            switch element {
            case .word(let words, optional: false): tests = words
            case .phrases(let phrases, optional: false): tests = phrases.compactMap(\.first)
            default: continue
            }
            var alternatives: [Word] = []
            for test in tests {
                let (bytes, isPrefix): ([UInt8], Bool)
                switch test {
                case .literal(let word): (bytes, isPrefix) = (word, false)
                case .prefix(let stem): (bytes, isPrefix) = (stem, true)
                }
                guard bytes.count >= 2 else {
                    alternatives = []
                    break
                }
                let letters = bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
                alternatives.append(Word(firstKey: UInt16(bytes[0]) << 8 | UInt16(bytes[1]), pairKey: Self.pairKey(bytes) ?? 0,
                                         letters: letters, isPrefix: isPrefix, asciiFirst: bytes[0] < 0x80))
            }
            if !alternatives.isEmpty { steps.append(alternatives) }
        }
        self.steps = steps
    }

    /// Whether every required step has an alternative whose first letters some word of `text` has.
    /// `typoPrefixLetters`: prefixes of at least this many letters may match one typo away.
    @inline(__always)
    func mayBeMet(in text: AnalyzedText, typoPrefixLetters: Int) -> Bool {
        guard text.pairKeysSound else { return true }
        for step in steps {
            var present = false
            for word in step {
                if word.isPrefix && word.letters >= typoPrefixLetters {
                    present = word.asciiFirst || text.wordKeys.contains(word.firstKey)
                } else if word.letters >= 2 {
                    present = text.pairKeys.contains(word.pairKey)
                } else {
                    present = text.wordKeys.contains(word.firstKey)
                }
                if present { break }
            }
            if !present { return false }
        }
        return true
    }

    /// The first two letters (UTF-8 sequences) of a word hashed to `pairKeyBits` bits, or `nil` for a word of
    /// fewer letters.
    @inline(__always)
    static func pairKey(_ bytes: [UInt8]) -> UInt16? {
        guard !bytes.isEmpty else { return nil }
        let first = Morphology.letterLength(bytes[0])
        guard first < bytes.count else { return nil }
        let end = first + Morphology.letterLength(bytes[first])
        guard end <= bytes.count else { return nil }
        var hash: UInt32 = 0x811C_9DC5
        for index in 0..<end { hash = (hash ^ UInt32(bytes[index])) &* 0x0100_0193 }
        return UInt16(truncatingIfNeeded: (hash ^ (hash >> 16)) & UInt32((1 << pairKeyBits) - 1))
    }

    /// The bits of a pair key: 4,096 keys, a set of 512 bytes cleared for every text (two letters that
    /// share a key only make a pattern run that could have been ruled out).
    static var pairKeyBits: Int { 12 }

    /// Whether a stem (UTF-8) has fewer than two letters: a pattern word it matches may share only
    /// its first letter with the text word.
    static func isShort(_ stem: [UInt8]) -> Bool {
        !stem.isEmpty && Morphology.letterLength(stem[0]) >= stem.count
    }
}
