/// Where a statement the trainee makes is asserted, compiled from `AssertionScopeWords`
/// (`lexicon/negation.yaml`): `ClaimJudge` asks it whether a negator denies, whether a negated copula
/// denies a whole clause, and whether a match is the customer's words told back or a topic a service
/// is about, not the trainee's assertion.
public struct AssertionScope: Sendable {
    let negatorsNot: [WordPattern]
    let clauseNegators: [WordPattern]
    let reported: [WordPattern]
    let topics: [WordPattern]
    let services: [WordPattern]
    /// The words adding phrases follow their negator with («лише», «тільки» of «не лише»), as the
    /// analysed text of a pattern writes them: a pattern holding one says something exclusive.
    let addingTails: Set<String>

    /// Phrases, topic and service words are matched as written: «я кажу, що …» is no customer's word
    /// told back, and «могли» no service offered.
    public init(_ words: AssertionScopeWords = AssertionScopeWords()) {
        func compiled(_ sources: [PatternSource]) -> [WordPattern] { sources.compactMap { $0.compile(bindings: [:], log: nil)?.exact() } }
        negatorsNot = compiled(words.negatorsNot)
        clauseNegators = compiled(words.clauseNegators)
        reported = compiled(words.reported)
        topics = compiled(words.topics)
        services = compiled(words.services)
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

    /// Whether a negated copula («не є») stands among these words of a text (the clauses of a match),
    /// inside the match too: no pattern writes one as its own statement, so a pattern that holds a
    /// negator elsewhere («нічого не коштує») is still denied by it.
    func negatesClause(_ words: ClosedRange<Int>, in text: AnalyzedText) -> Bool {
        words.contains { index in clauseNegators.contains { $0.matchLength(in: text, at: index) != nil } }
    }

    /// Whether a reported phrase stands before a match and its clause reaches the match's first word:
    /// «розумію, що вас ніхто не попередив» tells the visitor's words back; a phrase that ends its clause
    /// («за вашими словами, …») reports the clause after it. `clause` gives a word's clause.
    func isReported(_ match: PatternMatch, clause: (Int) -> ClosedRange<Int>) -> Bool {
        guard !reported.isEmpty else { return false }
        let text = match.text, sentence = match.sentence
        var index = match.firstWord - 1
        while index >= 0, text.words[index].sentence == sentence {
            for pattern in reported {
                if let length = pattern.matchLength(in: text, at: index) {
                    let last = index + length - 1
                    guard last < match.firstWord else { continue }
                    // A phrase that ends its clause («за вашими словами, …») reports the next one.
                    var told = clause(last)
                    if told.upperBound == last, last + 1 < text.words.count, text.words[last + 1].sentence == sentence { told = clause(last + 1) }
                    if told.upperBound >= match.firstWord { return true }
                }
            }
            index -= 1
        }
        return false
    }

    /// Whether a match is the topic a service is about: a topic word right before it (or one word
    /// between) and a service word in its clauses — «про планові відключення можна отримувати SMS».
    func isTopicOfService(_ match: PatternMatch, clauses: ClosedRange<Int>) -> Bool {
        guard !topics.isEmpty, !services.isEmpty else { return false }
        let text = match.text
        let before = max(clauses.lowerBound, match.firstWord - 2)
        guard before < match.firstWord,
              (before..<match.firstWord).contains(where: { index in topics.contains { $0.matchLength(in: text, at: index) != nil } })
        else { return false }
        return clauses.contains { index in services.contains { $0.matchLength(in: text, at: index) != nil } }
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

    /// Whether the trainee asserts nothing with a match: it tells the customer's words or feelings back
    /// («розумію, що вас ніхто не попередив особисто») or names the topic of a service («про планові
    /// відключення можна отримувати SMS»).
    func assertsNothing(_ match: PatternMatch) -> Bool {
        scope.isReported(match, clause: { clauseRange(of: $0, in: match.text) }) || scope.isTopicOfService(match, clauses: clauses(of: match))
    }
}
