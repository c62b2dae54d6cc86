/// Compiling a word pattern written in plain scalars (`PlainScalars`: ASCII and Cyrillic letters, as nearly
/// every pattern is) by its scalar values instead of by `Character`s: the same steps as
/// `WordPattern.compileByCharacters`, where every character is one scalar and its properties come from a
/// table. A pattern with any other scalar, or with a problem to report, is left to `compileByCharacters`,
/// so every message and its column stay what they were (PatternCompileTests compares both ways on every
/// bundled pattern and on random ones).
extension WordPattern {
    /// The elements of a pattern whose normalised text is `normalized`, and whether a `{fact}` took its words
    /// from `bindings`; `nil` when the text is not plain or the pattern has a problem.
    static func compilePlain(_ normalized: String, bindings: [String: String]) -> (elements: [Element], bound: Bool)? {
        var values: [UInt32] = []
        values.reserveCapacity(normalized.utf8.count)
        for scalar in normalized.unicodeScalars {
            guard PlainScalars.isPlain(scalar.value) else { return nil }
            values.append(scalar.value)
        }
        // The pieces: split at white space outside brackets.
        var pieces: [Range<Int>] = []
        var depth = 0
        var start: Int?
        for (index, value) in values.enumerated() {
            switch value {
            case 0x28, 0x5B, 0x7B: depth += 1
            case 0x29, 0x5D, 0x7D: depth -= 1
            default: break
            }
            if PlainScalars.isWhitespace(value) && depth == 0 {
                if let first = start { pieces.append(first..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let first = start { pieces.append(first..<values.count) }
        guard depth == 0 else { return nil }

        var elements: [Element] = []
        var bound = false
        for range in pieces {
            let piece = values[range]
            if piece.count == 1, piece.first == 0x23 { elements.append(.number); continue }
            if piece.first == 0x7E {
                let count = piece.dropFirst()
                if count.isEmpty { elements.append(.gap(3)); continue }
                guard let n = Int(Self.text(count)), n > 0 else { return nil }
                elements.append(.gap(n))
                continue
            }
            if piece.first == 0x7B, piece.last == 0x7D {
                guard let value = bindings[Self.text(piece.dropFirst().dropLast())] else { return nil }
                bound = true
                elements += Self.boundElements(value)
                continue
            }
            if let digits = Self.codeDigits(plain: piece) { elements.append(.code(digits)); continue }
            var body = piece
            var optional = false
            if body.first == 0x5B, body.last == 0x5D { optional = true; body = body.dropFirst().dropLast() }
            if body.first == 0x28, body.last == 0x29 { body = body.dropFirst().dropLast() }
            var alternatives: [[WordTest]] = []
            for alternative in body.split(separator: 0x7C, omittingEmptySubsequences: false) {
                guard let first = alternative.firstIndex(where: { !PlainScalars.isWhitespace($0) }),
                      let last = alternative.lastIndex(where: { !PlainScalars.isWhitespace($0) }) else { return nil }
                let phrase = alternative[first...last]
                if phrase.contains(where: { $0 < 0x80 && Self.isReservedByte(UInt8(truncatingIfNeeded: $0)) }) { return nil }
                // An alternative of several words («у вас») is a phrase: one test per word.
                var tests: [WordTest] = []
                for word in phrase.split(whereSeparator: PlainScalars.isWhitespace) {
                    let isPrefix = word.last == 0x2A
                    guard let form = PlainScalars.matchForm(isPrefix ? word.dropLast() : word) else { return nil }
                    tests.append(isPrefix ? .prefix(form) : .literal(form))
                }
                alternatives.append(tests)
            }
            if alternatives.allSatisfy({ $0.count == 1 }) {
                elements.append(.word(alternatives.map { $0[0] }, optional: optional))
            } else {
                elements.append(.phrases(alternatives, optional: optional))
            }
        }
        guard !elements.isEmpty else { return nil }
        if case .gap = elements.last { return nil }
        if case .gap = elements.first { return nil }
        return (elements, bound)
    }

    /// The text of plain scalar values.
    static func text<C: Collection>(_ values: C) -> String where C.Element == UInt32 {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * 2)
        for value in values { PlainScalars.appendUTF8(value, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `codeDigits(of:)` of a piece of plain scalars.
    static func codeDigits(plain piece: ArraySlice<UInt32>) -> [UInt8]? {
        var digits: [UInt8] = []
        var letters = 0
        for value in piece {
            if (0x30...0x39).contains(value) {
                digits.append(UInt8(truncatingIfNeeded: value))
            } else if PlainScalars.isLetter(value) {
                guard digits.isEmpty else { return nil }
                letters += 1
                guard letters <= 4 else { return nil }
            } else if !(value == 0x2D || value == 0x2F || value == 0x20) {
                return nil
            }
        }
        return digits.count >= 6 || letters > 0 && digits.count >= 4 ? digits : nil
    }
}
