import Foundation

/// A word pattern as trainers write it in `Content/` and `Scenarios/`:
/// `слово`, `слов*` (prefix), `(а|б)` / `а|б` (alternatives), `(у вас|за вами)` (alternatives of
/// several words each), `[слово]` / `[у вас|за вами]` (optional), `~` / `~N` (up to 3 / N other
/// words), `#` (any number), `{fact}` (the words of a bound value).
///
/// A plain word matches every form of itself and one typo of it when the text was read with a
/// `Morphology` («права» matches «право», «правами»; «зачекайте» matches «зачекати», «зачикайте»);
/// `слов*` matches by prefix (and a typo of a known word that has the prefix). Patterns that must
/// see exact forms (Russian words, prohibited phrases) are made `exact()`.
/// Matching runs on `Token.form` (normalised, lower-cased, no apostrophes) and never crosses a sentence.
public struct WordPattern: Sendable, Hashable, CustomStringConvertible {
    /// One position of a pattern.
    enum Element: Sendable, Hashable {
        /// Any of these words (each a literal or a prefix); `optional` ones may be skipped.
        case word([WordTest], optional: Bool)
        /// Any of these phrases (each a sequence of one test per word, at least one of several
        /// words); `optional` ones may be skipped. Single-word alternatives stay `word` (faster).
        case phrases([[WordTest]], optional: Bool)
        /// Up to this many other words.
        case gap(Int)
        /// Any number token.
        case number
    }

    /// A test of one token form.
    enum WordTest: Sendable, Hashable {
        case literal([UInt8])
        case prefix([UInt8])

        static func literal(_ word: String) -> WordTest { .literal(Array(word.utf8)) }
        static func prefix(_ stem: String) -> WordTest { .prefix(Array(stem.utf8)) }

        /// Whether the word is this one: exactly, as another form of it, or one typo away.
        @inline(__always)
        func matches(_ token: Token, _ morphology: Morphology?) -> Bool {
            if matches(token.bytes) { return true }
            guard let morphology else { return false }
            switch self {
            case .literal(let word):
                if morphology.sameWord(word, token.stem) { return true }
                return token.corrections.contains(word)
            case .prefix(let stem):
                return token.corrections.contains { ByteText.hasPrefix($0, stem) }
            }
        }

        /// Compares UTF-8 bytes: both sides are NFC, so this is as exact as comparing characters.
        func matches(_ form: [UInt8]) -> Bool {
            switch self {
            case .literal(let word):
                if form == word { return true }
                // «31.10» also matches «31.10.2026».
                if let first = word.first, (48...57).contains(first), form.count > word.count, form[word.count] == 46,
                   Self.hasPrefix(form, word) { return true }
                return false
            case .prefix(let stem): return ByteText.hasPrefix(form, stem)
            }
        }

        static func hasPrefix(_ form: [UInt8], _ stem: [UInt8]) -> Bool { ByteText.hasPrefix(form, stem) }
    }

    let elements: [Element]
    /// The first two bytes every word the pattern can start with begins with, when the pattern
    /// starts with a required word; a text holding none of them is skipped without matching.
    let firstKeys: Set<UInt16>?
    /// `firstKeys` as a list (empty when there are none), checked at every word a match may start at.
    let firstKeyList: [UInt32]
    /// The pattern as written.
    public let source: String
    /// Words match only as written (no other forms, no typos).
    public private(set) var isExact = false

    /// The same pattern matching words only as written.
    public func exact() -> WordPattern {
        var copy = self
        copy.isExact = true
        return copy
    }

    public var description: String { source }

    /// Compiles a pattern; `{name}` placeholders take their words from `bindings`.
    /// Throws `PatternError` with the column of the problem.
    public init(_ source: String, bindings: [String: String] = [:]) throws(PatternError) {
        self.source = source
        let elements = try WordPattern.compile(source, bindings: bindings)
        self.elements = elements
        firstKeys = WordPattern.leadingKeys(of: elements)
        firstKeyList = firstKeys.map { $0.sorted().map(UInt32.init) } ?? []
    }

    static func leadingKeys(of elements: [Element]) -> Set<UInt16>? {
        let tests: [WordTest]
        switch elements.first {
        case .word(let words, optional: false)?: tests = words
        case .phrases(let phrases, optional: false)?: tests = phrases.compactMap(\.first)
        default: return nil
        }
        var keys = Set<UInt16>()
        for test in tests {
            let bytes: [UInt8]
            switch test {
            case .literal(let word): bytes = word
            case .prefix(let stem): bytes = stem
            }
            guard bytes.count >= 2 else { return nil }
            keys.insert(UInt16(bytes[0]) << 8 | UInt16(bytes[1]))
        }
        return keys
    }

    /// Whether a match may start at a word with this lead key (`AnalyzedText.leadKeys`): a word
    /// whose leading bytes none of the pattern's first words has cannot match the first of them.
    @inline(__always)
    func mayStart(_ leadKey: UInt32) -> Bool {
        if firstKeyList.isEmpty || leadKey == AnalyzedText.anyKey { return true }
        for key in firstKeyList where key == leadKey { return true }
        return false
    }

    /// Whether the text may hold a match at all (its words' leading bytes meet the pattern's).
    @inline(__always)
    func mayMatch(_ text: AnalyzedText) -> Bool {
        if firstKeyList.isEmpty { return true }
        for key in firstKeyList where text.wordKeys.contains(UInt16(truncatingIfNeeded: key)) { return true }
        return false
    }

    /// The plain words of the pattern (not prefixes), in match form: the words typos are corrected to.
    public var plainWords: [String] {
        elements.flatMap { element -> [String] in
            let tests: [WordTest]
            switch element {
            case .word(let words, _): tests = words
            case .phrases(let phrases, _): tests = phrases.flatMap { $0 }
            default: return []
            }
            return tests.compactMap { test in
                if case .literal(let bytes) = test { return String(decoding: bytes, as: UTF8.self) }
                return nil
            }
        }
    }

    /// Whether the pattern has any element at all.
    public var isEmpty: Bool { elements.isEmpty }

    static func compile(_ source: String, bindings: [String: String]) throws(PatternError) -> [Element] {
        var elements: [Element] = []
        let normalized = TextNormalizer.normalize(source)
        var pieces: [(text: String, column: Int)] = []
        var current = ""
        var column = 1
        var start = 1
        var depth = 0
        for character in normalized {
            if character == "(" || character == "[" || character == "{" { depth += 1 }
            if character == ")" || character == "]" || character == "}" { depth -= 1 }
            if character.isWhitespace && depth == 0 {
                if !current.isEmpty { pieces.append((current, start)) }
                current = ""
                start = column + 1
            } else {
                if current.isEmpty { start = column }
                current.append(character)
            }
            column += 1
        }
        if !current.isEmpty { pieces.append((current, start)) }
        if depth != 0 { throw PatternError(message: "unbalanced brackets in pattern '\(source)'", column: 1,
                                                   ukrainian: "у шаблоні '\(source)' дужки не парні: кожна ( [ { потребує ) ] }") }

        for (piece, column) in pieces {
            if piece == "#" { elements.append(.number); continue }
            if piece.hasPrefix("~") {
                let count = piece.dropFirst()
                if count.isEmpty { elements.append(.gap(3)); continue }
                guard let n = Int(count), n > 0 else {
                    throw PatternError(message: "'\(piece)' is not a gap: write ~ or ~N", column: column,
                                       ukrainian: "'\(piece)' — не проміжок: пишіть ~ або ~N (N — число слів)")
                }
                elements.append(.gap(n))
                continue
            }
            if piece.hasPrefix("{") && piece.hasSuffix("}") {
                let name = String(piece.dropFirst().dropLast())
                guard let value = bindings[name] else {
                    throw PatternError(message: "unknown placeholder '{\(name)}'", column: column,
                                       ukrainian: "'{\(name)}' не є фактом сценарію: додайте його до 'facts'")
                }
                let words = Tokenizer.tokenize(TextNormalizer.normalize(value)).filter { $0.kind != .punctuation }
                for word in words { elements.append(.word([.literal(word.form)], optional: false)) }
                continue
            }
            var body = Substring(piece)
            var optional = false
            if body.hasPrefix("[") && body.hasSuffix("]") { optional = true; body = body.dropFirst().dropLast() }
            if body.hasPrefix("(") && body.hasSuffix(")") { body = body.dropFirst().dropLast() }
            var alternatives: [[WordTest]] = []
            for alternative in body.split(separator: "|", omittingEmptySubsequences: false) {
                let phrase = alternative.trimmingCharactersInSet()
                guard !phrase.isEmpty else {
                    throw PatternError(message: "empty alternative in '\(piece)'", column: column,
                                       ukrainian: "порожня альтернатива в '\(piece)': приберіть зайву '|'")
                }
                if phrase.contains(where: { "()[]{}~#".contains($0) }) {
                    throw PatternError(message: "unexpected character in '\(piece)'", column: column,
                                       ukrainian: "неочікуваний символ у '\(piece)': дужки, ~ і # не можна вкладати в альтернативу")
                }
                // An alternative of several words («у вас») is a phrase: one test per word.
                alternatives.append(phrase.split(whereSeparator: \.isWhitespace).map { piece in
                    var word = String(piece)
                    let isPrefix = word.hasSuffix("*")
                    if isPrefix { word.removeLast() }
                    let form = TextNormalizer.matchForm(of: word)
                    return isPrefix ? .prefix(form) : .literal(form)
                })
            }
            if alternatives.allSatisfy({ $0.count == 1 }) {
                elements.append(.word(alternatives.map { $0[0] }, optional: optional))
            } else {
                elements.append(.phrases(alternatives, optional: optional))
            }
        }
        if elements.isEmpty { throw PatternError(message: "empty pattern", column: 1, ukrainian: "порожній шаблон") }
        if case .gap = elements.last {
            throw PatternError(message: "pattern '\(source)' ends with a gap '~': a gap needs words after it (an unquoted ' #' starts a YAML comment — quote the pattern)",
                               column: max(1, source.count),
                               ukrainian: "шаблон '\(source)' закінчується проміжком '~': після нього потрібні слова (' #' без лапок починає коментар YAML — візьміть шаблон у лапки)")
        }
        if case .gap = elements.first {
            throw PatternError(message: "pattern '\(source)' starts with a gap '~': a gap needs words before it", column: 1,
                               ukrainian: "шаблон '\(source)' починається проміжком '~': перед ним потрібні слова")
        }
        return elements
    }

    /// The first match in the words of `text`, or `nil`.
    public func firstMatch(in text: AnalyzedText) -> PatternMatch? {
        guard mayMatch(text) else { return nil }
        let morphology = morphology(of: text)
        let leadKeys = text.leadKeys
        let found: Range<Int>? = text.words.withUnsafeBufferPointer { words in
            var start = 0
            while start < words.count {
                if mayStart(leadKeys[start]), let end = match(elementIndex: 0, at: start, in: words, sentence: words[start].sentence, morphology: morphology), end > start {
                    return start..<end
                }
                start += 1
            }
            return nil
        }
        return found.map { PatternMatch(text: text, firstWord: $0.lowerBound, lastWord: $0.upperBound - 1) }
    }

    /// The number of words matched when the pattern starts exactly at word `index`, or `nil`.
    public func matchLength(in text: AnalyzedText, at index: Int) -> Int? {
        guard index < text.words.count else { return nil }
        let morphology = morphology(of: text)
        let end = text.words.withUnsafeBufferPointer { words in
            match(elementIndex: 0, at: index, in: words, sentence: words[index].sentence, morphology: morphology)
        }
        guard let end, end > index else { return nil }
        return end - index
    }

    /// Every non-overlapping match, left to right.
    public func allMatches(in text: AnalyzedText) -> [PatternMatch] {
        guard mayMatch(text) else { return [] }
        let morphology = morphology(of: text)
        let leadKeys = text.leadKeys
        let found: [Range<Int>] = text.words.withUnsafeBufferPointer { words in
            var found: [Range<Int>] = []
            var start = 0
            while start < words.count {
                if mayStart(leadKeys[start]), let end = match(elementIndex: 0, at: start, in: words, sentence: words[start].sentence, morphology: morphology), end > start {
                    found.append(start..<end)
                    start = end
                } else {
                    start += 1
                }
            }
            return found
        }
        return found.map { PatternMatch(text: text, firstWord: $0.lowerBound, lastWord: $0.upperBound - 1) }
    }

    @inline(__always)
    func morphology(of text: AnalyzedText) -> Morphology? { isExact ? nil : text.morphology }

    /// Matches elements from `elementIndex` at word `position`; returns the index after the match.
    /// The words are read in place (a buffer, not an array), so no token is copied while matching.
    private func match(elementIndex: Int, at position: Int, in words: UnsafeBufferPointer<Token>, sentence: Int, morphology: Morphology?) -> Int? {
        if elementIndex == elements.count { return position }
        switch elements[elementIndex] {
        case .gap(let limit):
            var skip = 0
            while skip <= limit {
                let next = position + skip
                if next > words.count { break }
                if next < words.count, words[next].sentence != sentence, elementIndex + 1 < elements.count { break }
                if let end = match(elementIndex: elementIndex + 1, at: next, in: words, sentence: sentence, morphology: morphology) { return end }
                skip += 1
            }
            return nil
        case .number:
            guard position < words.count, words[position].sentence == sentence, words[position].kind == .number else { return nil }
            return match(elementIndex: elementIndex + 1, at: position + 1, in: words, sentence: sentence, morphology: morphology)
        case .word(let tests, let optional):
            // Between two pattern words, up to two filler words («Вам», «будь ласка») may stand.
            var at = position
            let limit = elementIndex == 0 ? position : position + 2
            while at <= limit, at < words.count, words[at].sentence == sentence {
                if Self.anyMatches(tests, words[at], morphology),
                   let end = match(elementIndex: elementIndex + 1, at: at + 1, in: words, sentence: sentence, morphology: morphology) {
                    return end
                }
                guard words[at].isFiller else { break }
                at += 1
            }
            if optional { return match(elementIndex: elementIndex + 1, at: position, in: words, sentence: sentence, morphology: morphology) }
            return nil
        case .phrases(let phrases, let optional):
            for phrase in phrases {
                if let end = matchPhrase(phrase, word: 0, elementIndex: elementIndex, at: position, in: words, sentence: sentence, morphology: morphology) {
                    return end
                }
            }
            if optional { return match(elementIndex: elementIndex + 1, at: position, in: words, sentence: sentence, morphology: morphology) }
            return nil
        }
    }

    /// Matches the words of one phrase from its word `word` at `position` (with the filler words
    /// a sequence of pattern words allows between them), then the elements after the phrase.
    private func matchPhrase(_ phrase: [WordTest], word: Int, elementIndex: Int, at position: Int, in words: UnsafeBufferPointer<Token>, sentence: Int, morphology: Morphology?) -> Int? {
        if word == phrase.count {
            return match(elementIndex: elementIndex + 1, at: position, in: words, sentence: sentence, morphology: morphology)
        }
        var at = position
        let limit = elementIndex == 0 && word == 0 ? position : position + 2
        while at <= limit, at < words.count, words[at].sentence == sentence {
            if phrase[word].matches(words[at], morphology),
               let end = matchPhrase(phrase, word: word + 1, elementIndex: elementIndex, at: at + 1, in: words, sentence: sentence, morphology: morphology) {
                return end
            }
            guard words[at].isFiller else { break }
            at += 1
        }
        return nil
    }
}

extension WordPattern {
    /// Whether one of `tests` matches the token.
    @inline(__always)
    static func anyMatches(_ tests: [WordTest], _ token: borrowing Token, _ morphology: Morphology?) -> Bool {
        for test in tests where test.matches(token, morphology) { return true }
        return false
    }
}

/// A problem in a word pattern, with the column (1-based, within the pattern) where it is.
public struct PatternError: Error, Sendable, Hashable {
    public var message: String
    public var column: Int
    /// The message in Ukrainian.
    public var ukrainian: String

    public init(message: String, column: Int, ukrainian: String? = nil) {
        self.message = message
        self.column = column
        self.ukrainian = ukrainian ?? message
    }
}

extension Substring {
    func trimmingCharactersInSet() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
