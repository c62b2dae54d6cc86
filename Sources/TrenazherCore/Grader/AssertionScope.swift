/// Where a statement the trainee makes is asserted, compiled from `AssertionScopeWords`
/// (`lexicon/negation.yaml`): `ClaimJudge` asks it which negators deny nothing («не лише») and
/// which words of a match then exclude nothing.
public struct AssertionScope: Sendable {
    let negatorsNot: [WordPattern]
    /// The words adding phrases follow their negator with («лише», «тільки» of «не лише»), as the
    /// analysed text of a pattern writes them: a pattern holding one says something exclusive.
    let addingTails: Set<String>

    /// Phrases are matched as written.
    public init(_ words: AssertionScopeWords = AssertionScopeWords()) {
        func compiled(_ sources: [PatternSource]) -> [WordPattern] { sources.compactMap { $0.compile(bindings: [:], log: nil)?.exact() } }
        negatorsNot = compiled(words.negatorsNot)
        addingTails = Set(words.negatorsNot.flatMap { AnalyzedText($0.text).words.dropFirst().map(\.form) })
    }

    /// The words of every phrase that adds with a negator («не лише»), in a text: a negator among them
    /// denies nothing, a match holding one of their exclusive words excludes nothing.
    func addingWords(in text: AnalyzedText) -> Set<Int> {
        guard !negatorsNot.isEmpty else { return [] }
        var words = Set<Int>()
        for index in text.words.indices {
            for pattern in negatorsNot {
                if let length = pattern.matchLength(in: text, at: index) { words.formUnion(index..<index + length) }
            }
        }
        return words
    }
}

extension ClaimJudge {
    /// Whether a match holds a word of an adding phrase other than its negator («лише» of «не лише»):
    /// for a pattern that says something exclusive, the match excludes nothing.
    func excludesNothing(_ match: PatternMatch, adding: Set<Int>) -> Bool {
        guard !adding.isEmpty else { return false }
        return (match.firstWord...match.lastWord).contains { index in
            adding.contains(index) && !negators.contains { $0.matchLength(in: match.text, at: index) != nil }
        }
    }
}
