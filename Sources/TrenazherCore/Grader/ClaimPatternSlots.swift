/// The `false`, restricted and denied patterns of a judge's claims, each distinct pattern once. Statements of several
/// subjects, and Content's statements, share texts, and a text compiles to one pattern for the process
/// (`CompiledPatterns`), so several claims hold the very same pattern: a turn runs it once (`Matches`) and each of
/// those claims reads its matches. Two patterns share a slot only when they are one compiled pattern matched the same
/// way (the same `WordPattern.Compiled` object, both exact or both not): what one matches, the other matches.
struct ClaimPatternSlots: Sendable {
    /// A compiled pattern and how it matches.
    private struct Key: Hashable {
        let compiled: ObjectIdentifier
        let isExact: Bool
    }

    /// The distinct patterns, in the order first met.
    let patterns: [WordPattern]
    /// Per claim, the slot of each of its `false` patterns, in their order.
    let falseSlots: [[Int]]
    /// Per claim, the slot of each of its restricted patterns.
    let restrictedSlots: [[Int]]
    /// Per claim, the slot of each of its denied patterns.
    let deniedSlots: [[Int]]
    /// The distinct patterns by the words they can start with.
    let heads: PatternHeads

    init(_ claims: [ClaimJudge.CompiledClaim]) {
        var patterns: [WordPattern] = []
        var slots: [Key: Int] = [:]
        func slot(_ pattern: WordPattern) -> Int {
            let key = Key(compiled: ObjectIdentifier(pattern.compiled), isExact: pattern.isExact)
            if let known = slots[key] { return known }
            patterns.append(pattern)
            slots[key] = patterns.count - 1
            return patterns.count - 1
        }
        falseSlots = claims.map { $0.falsePatterns.map(slot) }
        restrictedSlots = claims.map { $0.restricted.map(slot) }
        deniedSlots = claims.map { $0.deniedPatterns.map(slot) }
        self.patterns = patterns
        heads = PatternHeads(patterns)
    }

    /// The matches of the distinct patterns in one text, each pattern run the first time its matches are asked for,
    /// and only at the words its first step matches (`PatternHeads`).
    struct Matches {
        private let patterns: [WordPattern]
        private let text: AnalyzedText
        private var starts: PatternHeads.Starts
        private var found: [[PatternMatch]?]

        init(_ slots: ClaimPatternSlots, in text: AnalyzedText) {
            patterns = slots.patterns
            self.text = text
            starts = PatternHeads.Starts(slots.heads, in: text)
            found = Array(repeating: nil, count: slots.patterns.count)
        }

        /// What the pattern of `slot` matches at every start (`WordPattern.matchesAtEveryStart`).
        mutating func everyStart(_ slot: Int) -> [PatternMatch] {
            if let known = found[slot] { return known }
            let pattern = patterns[slot]
            let matches: [PatternMatch]
            if let words = starts.words(ofPattern: slot, pattern) {
                matches = pattern.matches(startingAt: words, in: text)
            } else {
                matches = pattern.matchesAtEveryStart(in: text)
            }
            found[slot] = matches
            return matches
        }
    }
}
