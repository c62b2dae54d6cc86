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

    /// Where the patterns may start in one text: each distinct test tried at a word the first time it is asked.
    struct Starts {
        private let heads: PatternHeads
        private let text: AnalyzedText
        /// The words by the first two bytes of their forms and corrections, and the words every test is tried at
        /// (`WordsByKey`), made once for the text.
        private let byKey: WordsByKey
        /// Per test and word (`test * words + word`): 0 not yet tried, 1 no match, 2 a match.
        private var known: [UInt8]
        /// Per word, the last pass (`words(startingWith:of:)`) that found a start there.
        private var marks: [UInt32]
        private var pass: UInt32 = 0

        init(_ heads: PatternHeads, in text: AnalyzedText) {
            self.heads = heads
            self.text = text
            byKey = WordsByKey(text)
            known = Array(repeating: 0, count: heads.isExact.count * text.words.count)
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
            let count = text.words.count
            guard let first = tests.first, count > 0 else { return [] }
            pass += 1
            let pass = self.pass, leadKeys = text.leadKeys, wordKeys = text.wordKeys, byKey = self.byKey, testKeys = heads.leadKeys
            let morphology = heads.isExact[Int(first)] ? nil : text.morphology
            var found = false
            PatternRun.with(heads.program, text.matchWords, morphology: morphology) { run in
                known.withUnsafeMutableBufferPointer { known in
                    marks.withUnsafeMutableBufferPointer { marks in
                        byKey.words.withUnsafeBufferPointer { keyWords in
                            func tryTest(_ test: Int, at word: Int) {
                                guard marks[word] != pass else { return }
                                let at = test * count + word
                                if known[at] == 0 { known[at] = run.testMatches(test, at: word) ? 2 : 1 }
                                if known[at] == 2 {
                                    marks[word] = pass
                                    found = true
                                }
                            }
                            for test in tests.lazy.map(Int.init) {
                                let key = testKeys[test]
                                if key == AnalyzedText.anyKey {
                                    for word in 0..<count where pattern.mayStart(leadKeys[word]) { tryTest(test, at: word) }
                                    continue
                                }
                                if wordKeys.contains(UInt16(truncatingIfNeeded: key)) {
                                    for position in byKey.positions(of: key) { tryTest(test, at: Int(keyWords[position])) }
                                }
                                for word in byKey.anyKeyWords { tryTest(test, at: word) }
                            }
                        }
                    }
                }
            }
            guard found else { return [] }
            return marks.indices.filter { marks[$0] == pass }
        }
    }
}
