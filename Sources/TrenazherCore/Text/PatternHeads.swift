/// The word tests a list of patterns can start with, each distinct test once: an index of the patterns by the words
/// they can start with. A pattern whose first step is a required word, or required phrases, matches at a word only
/// where one of that step's tests (a phrase's first word's) matches the word itself — `PatternRun.match` tries its
/// first step at the start word alone, with no filler before it. So a text's words are tested against each distinct
/// test once (`PatternHeads.Starts`), and such a pattern is run only at the words one of its tests matched: the same
/// matches, in the same order, as when it is run at every start.
///
/// A test is tried only at the words it can match by their leading bytes. A word without a one-byte stem matches a
/// test of two bytes or more only when the test begins with the first two bytes of the word's form or of one of its
/// typo corrections (`WordsByKey`): by its bytes or a correction's, by its stem (a beginning of its form of two
/// bytes or more), or as a prefix one typo away after its first letter, which keeps the first two bytes when the
/// first letter is not ASCII. A form of one byte matches such a test only by a correction, unless the word may be a
/// typo. A shorter test, or a prefix with an ASCII first letter, is tried at every word the pattern may start at
/// (`WordPattern.mayStart`).
struct PatternHeads: Sendable {
    /// A distinct test: the test and how it matches (an exact pattern's test reads no forms and no typos).
    private struct Key: Hashable {
        let test: WordPattern.WordTest
        let isExact: Bool
    }

    /// The distinct tests, in the order first met, as the tests of one program.
    let program: PatternProgram
    /// Per test: whether it matches as an exact pattern's does.
    let isExact: [Bool]
    /// Per test: its first two bytes as a lead key, or `AnalyzedText.anyKey` when it may match words that begin
    /// otherwise.
    let leadKeys: [UInt32]
    /// Per pattern, the positions in `program.tests` of its first step's tests, or `nil` when its first step
    /// is optional, a number or a code (it may start at any word).
    let heads: [[Int32]?]

    init(_ patterns: [WordPattern]) {
        var tests: [WordPattern.WordTest] = [], isExact: [Bool] = [], leadKeys: [UInt32] = []
        var positions: [Key: Int32] = [:]
        func position(_ test: WordPattern.WordTest, exact: Bool) -> Int32 {
            let key = Key(test: test, isExact: exact)
            if let known = positions[key] { return known }
            tests.append(test)
            isExact.append(exact)
            leadKeys.append(Self.leadKey(of: test))
            positions[key] = Int32(tests.count - 1)
            return Int32(tests.count - 1)
        }
        heads = patterns.map { pattern in
            let first: [WordPattern.WordTest]
            switch pattern.elements.first {
            case .word(let words, optional: false)?: first = words
            case .phrases(let phrases, optional: false)?: first = phrases.compactMap(\.first)
            default: return nil
            }
            var own: [Int32] = []
            for test in first {
                let at = position(test, exact: pattern.isExact)
                if !own.contains(at) { own.append(at) }
            }
            return own
        }
        program = PatternProgram([.word(tests, optional: false)])
        self.isExact = isExact
        self.leadKeys = leadKeys
    }

    /// The first two bytes of a test, when every word with a lead key that it matches begins with them.
    static func leadKey(of test: WordPattern.WordTest) -> UInt32 {
        switch test {
        case .literal(let bytes) where bytes.count >= 2: UInt32(bytes[0]) << 8 | UInt32(bytes[1])
        case .prefix(let bytes) where bytes.count >= 2 && bytes[0] >= 0x80: UInt32(bytes[0]) << 8 | UInt32(bytes[1])
        default: AnalyzedText.anyKey
        }
    }

    /// Where the patterns may start in one text: each distinct test tried, the first time a pattern asks for it, at
    /// every word it can match by their first bytes; what it matched is kept for the other patterns holding it.
    struct Starts {
        private let heads: PatternHeads
        private let text: AnalyzedText
        /// The words by the first two bytes of their forms and corrections, and the words every test is tried at
        /// (`WordsByKey`), made once for the text.
        private let byKey: WordsByKey
        /// Per test, where the words it matches start in `matchedWords`, or -1 until it is first asked for.
        private var matchedStart: [Int32]
        /// Per test, how many words it matches.
        private var matchedCount: [Int32]
        /// The words each test asked for matches, one test's after another.
        private var matchedWords: [Int32] = []
        /// Per word, the last pass (`words(startingWith:of:)`) that found a start there.
        private var marks: [UInt32]
        private var pass: UInt32 = 0

        init(_ heads: PatternHeads, in text: AnalyzedText) {
            self.heads = heads
            self.text = text
            byKey = WordsByKey(text)
            matchedStart = Array(repeating: -1, count: heads.isExact.count)
            matchedCount = Array(repeating: 0, count: heads.isExact.count)
            marks = Array(repeating: 0, count: text.words.count)
        }

        /// Where pattern `index` of the heads' list may start: `nil` when its first step is optional, a number or a
        /// code (it may start at any word), none when it cannot match the text (`WordPattern.mayMatch`), else
        /// `words(startingWith:of:)` with its heads.
        mutating func words(ofPattern index: Int, _ pattern: WordPattern) -> [Int]? {
            guard let tests = heads.heads[index] else { return nil }
            guard pattern.mayMatch(text) else { return [] }
            return words(startingWith: tests, of: pattern)
        }

        /// The words, in order, where `pattern` — whose first step's tests are `tests` (`PatternHeads.heads`) — may
        /// start (`WordPattern.mayStart`) and one of those tests matches.
        mutating func words(startingWith tests: [Int32], of pattern: WordPattern) -> [Int] {
            guard !tests.isEmpty, !text.words.isEmpty else { return [] }
            for test in tests where matchedStart[Int(test)] < 0 { findMatches(of: Int(test)) }
            pass += 1
            let pass = self.pass
            var found: [Int] = []
            for test in tests.lazy.map(Int.init) {
                let start = Int(matchedStart[test]), end = start + Int(matchedCount[test])
                guard start < end else { continue }
                // A test without a lead key was tried at every word: a start only where the pattern may start.
                let anyKey = heads.leadKeys[test] == AnalyzedText.anyKey
                for position in start..<end {
                    let word = Int(matchedWords[position])
                    if marks[word] != pass, !anyKey || pattern.mayStart(text.leadKeys[word]) {
                        marks[word] = pass
                        found.append(word)
                    }
                }
            }
            if found.count > 1 { found.sort() }
            return found
        }

        /// Tries test `test` at the words it can match by their first bytes — with a lead key, the words having it and
        /// `WordsByKey.anyKeyWords`; without, every word — and keeps those it matches.
        private mutating func findMatches(of test: Int) {
            let key = heads.leadKeys[test], byKey = self.byKey, count = text.words.count
            let tryAtHavingKey = key != AnalyzedText.anyKey && text.wordKeys.contains(UInt16(truncatingIfNeeded: key))
            matchedStart[test] = Int32(truncatingIfNeeded: matchedWords.count)
            // No word has the test's lead key and every word has one: nothing to try.
            if key != AnalyzedText.anyKey, !tryAtHavingKey, byKey.anyKeyWords.isEmpty { return }
            let morphology = heads.isExact[test] ? nil : text.morphology
            var words: [Int32] = []
            PatternRun.with(heads.program, text.matchWords, morphology: morphology) { run in
                if key == AnalyzedText.anyKey {
                    for word in 0..<count where run.testMatches(test, at: word) { words.append(Int32(truncatingIfNeeded: word)) }
                    return
                }
                if tryAtHavingKey {
                    for position in byKey.positions(of: key) where run.testMatches(test, at: Int(byKey.words[position])) {
                        words.append(byKey.words[position])
                    }
                }
                for word in byKey.anyKeyWords where run.testMatches(test, at: word) { words.append(Int32(truncatingIfNeeded: word)) }
            }
            guard !words.isEmpty else { return }
            matchedCount[test] = Int32(truncatingIfNeeded: words.count)
            matchedWords += words
        }
    }
}
