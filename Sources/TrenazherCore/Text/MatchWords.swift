/// What word patterns read of a text's words — each word's form, stem and typo corrections as spans
/// of one byte buffer, its sentence, whether it is a filler or a number — in arrays of plain values.
/// Trying a pattern at a word reads these in place: nothing is copied or retained, where reading a
/// `Token` retains its five reference-counted fields.
struct MatchWords: Sendable {
    /// A run of bytes in `bytes`.
    struct Span: Sendable {
        var start: Int32
        var count: Int32
    }

    /// One word (or number) of the text.
    struct Word: Sendable {
        var form: Span
        /// Empty when the word has no stem (`Token.stem`).
        var stem: Span
        /// The word's corrections: `count` spans from `first` in `corrections`.
        var firstCorrection: Int32
        var correctionCount: Int32
        var sentence: Int
        var isFiller: Bool
        var isNumber: Bool
        /// The digits the word gives to a code (`Token.codeDigits`); empty when none.
        var digits: Span
        /// A word said between a code's digit groups (`Token.isCodeJoiner`).
        var isCodeJoiner: Bool
        /// The word may be a typo (`Token.mayBeTypo`).
        var mayBeTypo: Bool
        /// The word opens a clause of its sentence (after a comma, dash or colon) and turns to another
        /// statement («, а …», «, але …»: `TextReading.contrasts`): a `~` gap does not reach over it —
        /// unless the clause is elliptical (`Ellipsis`) and so goes on with the predicate before it.
        var opensClause = false
    }

    let words: [Word]
    let corrections: [Span]
    let bytes: [UInt8]

    /// The words (numbers included, no punctuation) of an analysed text, in order; `contrasts`: the
    /// words that, opening a clause, end the reach of a gap — but not of an elliptical clause
    /// (`ellipsis`), which inherits the predicate before it.
    init(_ tokens: [Token], contrasts: Set<String> = [], ellipsis: Ellipsis = Ellipsis()) {
        var words: [Word] = []
        var corrections: [Span] = []
        var bytes: [UInt8] = []
        words.reserveCapacity(tokens.count)
        func append(_ part: [UInt8]) -> Span {
            let span = Span(start: Int32(truncatingIfNeeded: bytes.count), count: Int32(truncatingIfNeeded: part.count))
            bytes.append(contentsOf: part)
            return span
        }
        for token in tokens {
            let form = append(token.bytes), stem = append(token.stem), digits = append(token.codeDigits)
            let first = Int32(truncatingIfNeeded: corrections.count)
            for correction in token.corrections { corrections.append(append(correction)) }
            words.append(Word(form: form, stem: stem, firstCorrection: first, correctionCount: Int32(truncatingIfNeeded: token.corrections.count),
                              sentence: token.sentence, isFiller: token.isFiller, isNumber: token.kind == .number,
                              digits: digits, isCodeJoiner: token.isCodeJoiner, mayBeTypo: token.mayBeTypo))
        }
        for index in tokens.indices.dropFirst() where tokens[index].startsClause && tokens[index].sentence == tokens[index - 1].sentence
            && contrasts.contains(tokens[index].form) {
            var end = index
            while end + 1 < tokens.count, !tokens[end + 1].startsClause, tokens[end + 1].sentence == tokens[index].sentence { end += 1 }
            words[index].opensClause = !ellipsis.isElliptical(tokens[index...end].map(\.form))
        }
        self.words = words
        self.corrections = corrections
        self.bytes = bytes
    }
}
