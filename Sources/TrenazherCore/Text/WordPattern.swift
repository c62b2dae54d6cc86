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
        /// A code (a request, account or phone number: `WordPattern.codeDigits(of:)`): consecutive
        /// words whose digits, joined, are exactly these — however they are grouped, typed or said
        /// («АВ 2511 0317», «2511-0317», «двадцять п'ять одинадцять нуль триста сімнадцять»).
        case code([UInt8])
    }

    /// A test of one token form.
    enum WordTest: Sendable, Hashable {
        case literal([UInt8])
        case prefix([UInt8])

        static func literal(_ word: String) -> WordTest { .literal(Array(word.utf8)) }
        static func prefix(_ stem: String) -> WordTest { .prefix(Array(stem.utf8)) }
    }

    /// What a compiled pattern is, shared by its copies: a `WordPattern` is copied whenever a list of
    /// patterns is walked, and a copy retains this one object instead of each of its arrays.
    final class Compiled: Sendable {
        let source: String
        let elements: [Element]
        /// `elements` laid out flat for matching.
        let program: PatternProgram
        /// The first two bytes every word the pattern can start with begins with, when the pattern
        /// starts with a required word; a text holding none of them is skipped without matching.
        let firstKeys: Set<UInt16>?
        /// `firstKeys` as a list (empty when there are none), checked at every word a match may start at.
        let firstKeyList: [UInt32]
        /// The words every match needs, by their first letters.
        let required: RequiredWords

        init(source: String, elements: [Element]) {
            self.source = source
            self.elements = elements
            program = PatternProgram(elements)
            firstKeys = WordPattern.leadingKeys(of: elements)
            firstKeyList = firstKeys.map { $0.sorted().map(UInt32.init) } ?? []
            required = RequiredWords(elements)
        }
    }

    let compiled: Compiled
    var elements: [Element] { compiled.elements }
    var firstKeys: Set<UInt16>? { compiled.firstKeys }
    var firstKeyList: [UInt32] { compiled.firstKeyList }
    /// The pattern as written.
    public var source: String { compiled.source }
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
    /// A pattern without a `{fact}` placeholder compiles to the same pattern whatever the bindings,
    /// so it is compiled once per process (`CompiledPatterns`): Content's intents are checked when
    /// Content loads and compiled again for every conversation.
    public init(_ source: String, bindings: [String: String] = [:]) throws(PatternError) {
        if let kept = CompiledPatterns.shared.pattern(for: source) {
            compiled = kept.compiled
            return
        }
        let (elements, bound) = try WordPattern.compile(source, bindings: bindings)
        compiled = Compiled(source: source, elements: elements)
        if !bound { CompiledPatterns.shared.keep(self) }
    }

    /// Two patterns are the same when they were written the same, compile to the same words and
    /// match the same way.
    public static func == (lhs: WordPattern, rhs: WordPattern) -> Bool {
        lhs.isExact == rhs.isExact && lhs.source == rhs.source && lhs.elements == rhs.elements
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(elements)
        hasher.combine(isExact)
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

    /// Whether the text may hold a match at all: its words' leading bytes meet the pattern's first
    /// keys, and every word the pattern requires may be among them (`RequiredWords`).
    @inline(__always)
    func mayMatch(_ text: AnalyzedText) -> Bool {
        guard mayStartSomewhere(text) else { return false }
        let typoPrefixLetters = isExact ? Int.max : text.morphology?.minimumTypoPrefixLetters ?? Int.max
        return compiled.required.mayBeMet(in: text, typoPrefixLetters: typoPrefixLetters)
    }

    /// Whether some word of the text has one of the pattern's first keys (or it has none).
    @inline(__always)
    func mayStartSomewhere(_ text: AnalyzedText) -> Bool {
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

    /// The elements of a pattern, and whether a `{fact}` placeholder took its words from `bindings`. A pattern
    /// written in plain scalars is compiled by them (`compilePlain`), any other — and any with a problem to
    /// report — by characters.
    static func compile(_ source: String, bindings: [String: String]) throws(PatternError) -> (elements: [Element], bound: Bool) {
        let normalized = TextNormalizer.normalize(source)
        if let compiled = compilePlain(normalized, bindings: bindings) { return compiled }
        return try compileByCharacters(source, normalized: normalized, bindings: bindings)
    }

    /// `compile` by `Character`s, for any text: `normalized` is `TextNormalizer.normalize(source)`.
    static func compileByCharacters(_ source: String, normalized: String, bindings: [String: String]) throws(PatternError)
        -> (elements: [Element], bound: Bool) {
        var elements: [Element] = []
        var bound = false
        var pieces: [(text: String, column: Int)] = []
        var current = ""
        var column = 1
        var start = 1
        var depth = 0
        for character in normalized {
            // A character is one of these brackets exactly when it is that one ASCII character.
            switch character.asciiValue {
            case 0x28?, 0x5B?, 0x7B?: depth += 1
            case 0x29?, 0x5D?, 0x7D?: depth -= 1
            default: break
            }
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
                bound = true
                elements += boundElements(value)
                continue
            }
            if let digits = Self.codeDigits(of: piece) { elements.append(.code(digits)); continue }
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
                if phrase.utf8.contains(where: Self.isReservedByte), phrase.contains(where: Self.isReserved) {
                    if let error = Self.misplacedSyntax(piece, column: column) { throw error }
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
        return (elements, bound)
    }

    /// What a `{fact}` placeholder stands for with the fact's value: a code, or each of its words.
    static func boundElements(_ value: String) -> [Element] {
        if let digits = codeDigits(of: value) { return [.code(digits)] }
        let words = Tokenizer.tokenize(TextNormalizer.normalize(value)).filter { $0.kind != .punctuation }
        return words.map { .word([.literal($0.form)], optional: false) }
    }

    /// The digits of a value written as a code — a request, account or phone number such as
    /// «АВ-2511-0317», «ПР-1147», «2611-0158», «30581264», «067 123 45 67»: at most four letters
    /// before the first digit, then digit groups joined by «-», «/» or spaces, at least six digits in
    /// all (four after letters). A date, a time, an amount («31.10.2026», «14:00», «1 846,20») or a
    /// shorter number is no code.
    static func codeDigits(of value: String) -> [UInt8]? {
        var digits: [UInt8] = []
        var letters = 0
        for character in value {
            if let ascii = character.asciiValue, (48...57).contains(ascii) {
                digits.append(ascii)
            } else if character.isLetter {
                guard digits.isEmpty else { return nil }
                letters += 1
                guard letters <= 4 else { return nil }
            } else if !(character == "-" || character == "/" || character == " ") {
                return nil
            }
        }
        return digits.count >= 6 || letters > 0 && digits.count >= 4 ? digits : nil
    }

    /// A clearer message for a word that holds pattern syntax because of how it was written: quotation
    /// marks kept inside the pattern (`~4 "#"` in a `[…]` list, where YAML keeps them as text) or a
    /// placeholder joined to other characters (`{amount},00`).
    static func misplacedSyntax(_ piece: String, column: Int) -> PatternError? {
        if piece.contains("\"") {
            return PatternError(message: "quotation marks inside the pattern ('\(piece)'): YAML keeps them as text when only a part of the pattern is quoted. Quote the whole pattern instead: \"… ~4 #\"",
                                column: column,
                                ukrainian: "лапки всередині шаблону ('\(piece)'): коли в лапках лише частина шаблону, YAML лишає їх у тексті. Візьміть у лапки весь шаблон: \"… ~4 #\"")
        }
        if piece.contains("{"), piece.contains("}") {
            return PatternError(message: "'\(piece)': a placeholder {fact} is a word of its own in a pattern; write it apart from other characters, or make the whole value a fact",
                                column: column,
                                ukrainian: "'\(piece)': заповнювач {факт} у шаблоні — окреме слово; пишіть його окремо від інших символів або зробіть усе значення фактом")
        }
        return nil
    }

    /// A byte of one of the characters an alternative may not hold; a text without any of these
    /// bytes holds none of the characters.
    static func isReservedByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x7E, 0x23: true
        default: false
        }
    }

    /// One of the characters an alternative may not hold: `( ) [ ] { } ~ #`.
    static func isReserved(_ character: Character) -> Bool {
        character.asciiValue.map(isReservedByte) ?? false
    }

    /// The first match in the words of `text`, or `nil`.
    public func firstMatch(in text: AnalyzedText) -> PatternMatch? {
        firstMatch(in: text, before: .max, ruledOutByRequiredWords: true)
    }

    /// `firstMatch` among the matches starting before word `limit`; without `ruledOutByRequiredWords`
    /// the pattern is run even where its required words are absent (the plain way, to test the
    /// shortcut against).
    func firstMatch(in text: AnalyzedText, before limit: Int, ruledOutByRequiredWords: Bool = true) -> PatternMatch? {
        guard ruledOutByRequiredWords ? mayMatch(text) : mayStartSomewhere(text) else { return nil }
        let leadKeys = text.leadKeys
        let found: Range<Int>? = PatternRun.with(compiled.program, text.matchWords, morphology: morphology(of: text)) { run in
            var start = 0
            let end = min(run.words.count, limit)
            while start < end {
                if mayStart(leadKeys[start]), let end = run.match(step: 0, at: start, sentence: run.words[start].sentence), end > start {
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
        guard index >= 0, index < text.words.count else { return nil }
        let end = PatternRun.with(compiled.program, text.matchWords, morphology: morphology(of: text)) { run in
            run.match(step: 0, at: index, sentence: run.words[index].sentence)
        }
        guard let end, end > index else { return nil }
        return end - index
    }

    /// Every non-overlapping match, left to right.
    public func allMatches(in text: AnalyzedText) -> [PatternMatch] {
        allMatches(in: text, before: .max, ruledOutByRequiredWords: true)
    }

    /// `allMatches` that start before word `limit` (the first of every match, left to right, stops
    /// there); without `ruledOutByRequiredWords` the pattern is run even where its required words are
    /// absent (the plain way, to test the shortcut against).
    func allMatches(in text: AnalyzedText, before limit: Int, ruledOutByRequiredWords: Bool = true) -> [PatternMatch] {
        guard ruledOutByRequiredWords ? mayMatch(text) : mayStartSomewhere(text) else { return [] }
        let leadKeys = text.leadKeys
        let found: [Range<Int>] = PatternRun.with(compiled.program, text.matchWords, morphology: morphology(of: text)) { run in
            var found: [Range<Int>] = []
            var start = 0
            let end = min(run.words.count, limit)
            while start < end {
                if mayStart(leadKeys[start]), let end = run.match(step: 0, at: start, sentence: run.words[start].sentence), end > start {
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

    /// The match starting at every word where one starts, left to right — overlapping: a judge that
    /// refuses one (it runs over a clause, it is negated) still sees those starting inside it
    /// («…не призначає, це робить відділ приєднань»: the match from «призначає» runs over the comma,
    /// the one from «робить» stands in its clause).
    public func matchesAtEveryStart(in text: AnalyzedText) -> [PatternMatch] {
        guard mayMatch(text) else { return [] }
        let leadKeys = text.leadKeys
        let found: [Range<Int>] = PatternRun.with(compiled.program, text.matchWords, morphology: morphology(of: text)) { run in
            var found: [Range<Int>] = []
            for start in 0..<run.words.count where mayStart(leadKeys[start]) {
                if let end = run.match(step: 0, at: start, sentence: run.words[start].sentence), end > start { found.append(start..<end) }
            }
            return found
        }
        return found.map { PatternMatch(text: text, firstWord: $0.lowerBound, lastWord: $0.upperBound - 1) }
    }

    /// The match starting at each word of `starts` (in order) where one starts, as `matchesAtEveryStart` gives
    /// them: with `starts` the words it tries (`mayMatch`, `mayStart`) less words no match can start at, and each
    /// a word one of the first step's tests matches (`PatternHeads.Starts`), the same matches.
    func matches(startingAt starts: [Int], in text: AnalyzedText) -> [PatternMatch] {
        guard !starts.isEmpty else { return [] }
        let found: [Range<Int>] = PatternRun.with(compiled.program, text.matchWords, morphology: morphology(of: text)) { run in
            var found: [Range<Int>] = []
            for start in starts {
                if let end = run.matchPastFirstStep(at: start), end > start { found.append(start..<end) }
            }
            return found
        }
        return found.map { PatternMatch(text: text, firstWord: $0.lowerBound, lastWord: $0.upperBound - 1) }
    }

    /// `firstMatch(in:before:)` of the pattern run only at `starts` (increasing): the words where it may start and
    /// one of its first step's tests matches, none when it cannot match the text (`PatternHeads.Starts`). A match
    /// starts only at such a word, so it is the same match.
    func firstMatch(in text: AnalyzedText, startingAt starts: [Int], before limit: Int) -> PatternMatch? {
        guard let first = starts.first, first < limit else { return nil }
        let found: Range<Int>? = PatternRun.with(compiled.program, text.matchWords, morphology: morphology(of: text)) { run in
            for start in starts {
                if start >= limit { break }
                if let end = run.matchPastFirstStep(at: start), end > start { return start..<end }
            }
            return nil
        }
        return found.map { PatternMatch(text: text, firstWord: $0.lowerBound, lastWord: $0.upperBound - 1) }
    }

    /// `allMatches(in:before:)` of the pattern run only at `starts`, as `firstMatch(in:startingAt:before:)`: every
    /// non-overlapping match, left to right, the same matches.
    func allMatches(in text: AnalyzedText, startingAt starts: [Int], before limit: Int) -> [PatternMatch] {
        guard let first = starts.first, first < limit else { return [] }
        let found: [Range<Int>] = PatternRun.with(compiled.program, text.matchWords, morphology: morphology(of: text)) { run in
            var found: [Range<Int>] = []
            var next = 0
            for start in starts where start >= next {
                if start >= limit { break }
                if let end = run.matchPastFirstStep(at: start), end > start {
                    found.append(start..<end)
                    next = end
                }
            }
            return found
        }
        return found.map { PatternMatch(text: text, firstWord: $0.lowerBound, lastWord: $0.upperBound - 1) }
    }

    /// The words of `match` (found by this pattern in `text`) that a word, number or code of the
    /// pattern names — what the match rests on, without the words a gap (`~N`) or a filler stepped
    /// over: «(відновл*) ~8 (після)» in «відновлюється лише після» rests on «відновлюється» and «після».
    public func namedWords(of match: PatternMatch) -> [Int] {
        let text = match.text
        guard match.firstWord >= 0, match.firstWord <= match.lastWord, match.lastWord < text.words.count else { return [] }
        return PatternRun.with(compiled.program, text.matchWords, morphology: morphology(of: text)) { run in
            (match.firstWord...match.lastWord).filter(run.namesWord)
        }
    }

    @inline(__always)
    func morphology(of text: AnalyzedText) -> Morphology? { isExact ? nil : text.morphology }
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
    /// The text without the white space at either end.
    func trimmingCharactersInSet() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
