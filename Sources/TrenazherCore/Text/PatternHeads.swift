/// The word tests a list of patterns can start with, each distinct test once: an index of the patterns by the words
/// they can start with. A pattern whose first step is a required word, or required phrases, matches at a word only
/// where one of that step's tests (a phrase's first word's) matches the word itself — `PatternRun.match` tries its
/// first step at the start word alone, with no filler before it. So a text's words are tested against each distinct
/// test once (`PatternHeads.Starts`), and such a pattern is run only at the words one of its tests matched: the same
/// matches, in the same order, as when it is run at every start.
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
    /// Per pattern, the positions in `program.tests` of its first step's tests, or `nil` when its first step
    /// is optional, a number or a code (it may start at any word).
    let heads: [[Int32]?]

    init(_ patterns: [WordPattern]) {
        var tests: [WordPattern.WordTest] = [], isExact: [Bool] = []
        var positions: [Key: Int32] = [:]
        func position(_ test: WordPattern.WordTest, exact: Bool) -> Int32 {
            let key = Key(test: test, isExact: exact)
            if let known = positions[key] { return known }
            tests.append(test)
            isExact.append(exact)
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
    }

    /// Which of the distinct tests match which words of one text, each pair tested the first time it is asked.
    struct Starts {
        private let heads: PatternHeads
        private let text: AnalyzedText
        /// Per test and word (`test * words + word`): 0 not yet tested, 1 no match, 2 a match.
        private var known: [UInt8]

        init(_ heads: PatternHeads, in text: AnalyzedText) {
            self.heads = heads
            self.text = text
            known = Array(repeating: 0, count: heads.isExact.count * text.words.count)
        }

        /// The words of `candidates` (in order) where one of `tests` (positions in `PatternHeads.program`, all of
        /// one exactness) matches the word, in order.
        mutating func words(_ candidates: [Int], matchingAnyOf tests: [Int32]) -> [Int] {
            guard let first = tests.first, !candidates.isEmpty else { return [] }
            let count = text.words.count
            let morphology = heads.isExact[Int(first)] ? nil : text.morphology
            return PatternRun.with(heads.program, text.matchWords, morphology: morphology) { run in
                known.withUnsafeMutableBufferPointer { known in
                    candidates.filter { word in
                        for test in tests {
                            let at = Int(test) * count + word
                            if known[at] == 0 { known[at] = run.testMatches(Int(test), at: word) ? 2 : 1 }
                            if known[at] == 2 { return true }
                        }
                        return false
                    }
                }
            }
        }
    }
}
