extension ClaimJudge {
    /// Whether a match stands coordinated with a negated statement: a `coordinators` word («і», «та») right after it
    /// (or right before it) in its clause, and a match of `patterns` (any claim's `false` words) right after
    /// that word (or ending right before it) that a negation denies — «аварій і пошкоджень мережі немає» denies
    /// «аварій» too, «не було аварії й пошкоджень» denies «пошкоджень». The chain is followed word by word, so
    /// «аварій, збоїв і пошкоджень немає» is not: a comma parts the first.
    func isNegatedCoordinate(_ match: PatternMatch, patterns: [WordPattern], adding: Set<Int> = [], asides: Set<Int> = []) -> Bool {
        guard !scope.coordinators.isEmpty, !patterns.isEmpty else { return false }
        let text = match.text
        let words = text.words
        func isCoordinator(_ index: Int) -> Bool {
            index >= 0 && index < words.count && words[index].sentence == match.sentence && !words[index].startsClause
                && scope.coordinators.contains { $0.matchLength(in: text, at: index) == 1 }
        }
        var current = match
        while isCoordinator(current.lastWord + 1), current.lastWord + 2 < words.count,
              words[current.lastWord + 2].sentence == match.sentence, !words[current.lastWord + 2].startsClause,
              let length = patterns.lazy.compactMap({ $0.matchLength(in: text, at: current.lastWord + 2) }).first {
            current = PatternMatch(text: text, firstWord: current.lastWord + 2, lastWord: current.lastWord + 1 + length)
            if isNegated(current, adding: adding, asides: asides) { return true }
        }
        current = match
        while !words[current.firstWord].startsClause, isCoordinator(current.firstWord - 1),
              let previous = matchEnding(at: current.firstWord - 2, patterns: patterns, in: text, sentence: match.sentence) {
            current = previous
            if isNegated(current, adding: adding, asides: asides) { return true }
        }
        return false
    }

    /// A match of `patterns` whose last word is `end`, starting in the same clause at most `reach` words before it.
    private func matchEnding(at end: Int, patterns: [WordPattern], in text: AnalyzedText, sentence: Int, reach: Int = 4) -> PatternMatch? {
        guard end >= 0, text.words[end].sentence == sentence else { return nil }
        var start = end
        while start >= 0, end - start < reach, text.words[start].sentence == sentence {
            if patterns.contains(where: { $0.matchLength(in: text, at: start) == end - start + 1 }) {
                return PatternMatch(text: text, firstWord: start, lastWord: end)
            }
            if text.words[start].startsClause { break }
            start -= 1
        }
        return nil
    }
}
