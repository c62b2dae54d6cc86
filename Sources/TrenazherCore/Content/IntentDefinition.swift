/// A named thing a trainee turn can show (`wait_request`, `farewell` …) and the word patterns
/// that detect it, from `Content/intents.yaml` or a scenario's `intents:`.
public struct IntentDefinition: Sendable, Codable, Hashable {
    public var name: String
    public var description: String
    public var patterns: [PatternSource]
    /// Patterns that count only once the conversation is past its opening: not in the trainee's
    /// first spoken turn, nor in a turn that goes on to ask something («Дякую, що зателефонували» opens
    /// a call as often as it closes one).
    public var closingPatterns: [PatternSource]
    /// Patterns that cancel a match in the same sentence («не треба чекати»).
    public var negations: [PatternSource]
    /// Intents that win over this one: a match in a sentence where one of them matched is dropped
    /// («чи є у Вас ще запитання» is `more_questions`, not `clarifies`).
    public var yieldsTo: [String]
    /// The patterns match words only as written: a closed list of forms where another form or a typo
    /// means something else («здорово» is familiar, «здоров'я» is a wish).
    public var exact: Bool
    /// Texts that must show the intent, and texts that must not.
    public var matchExamples: [String]
    public var noMatchExamples: [String]
    public var location: SourceLocation
    /// A scenario intent that adds its patterns to the Content intent of the same name
    /// (`extends: true`) instead of replacing it.
    public var extends = false

    /// This intent with another one's patterns, negations and precedence added (`extends: true`).
    public func adding(to base: IntentDefinition) -> IntentDefinition {
        var merged = base
        merged.patterns += patterns
        merged.closingPatterns += closingPatterns
        merged.negations += negations
        merged.yieldsTo += yieldsTo.filter { !base.yieldsTo.contains($0) }
        return merged
    }
}

/// An intent compiled for one conversation (placeholders bound).
public struct CompiledIntent: Sendable {
    public var name: String
    let patterns: [WordPattern]
    let closingPatterns: [WordPattern]
    let negations: [WordPattern]
    /// Words that deny what follows them («не», «немає»), and how many words before a match they reach.
    let negation: Negation
    /// Intents that win over this one in the same sentence.
    public var yieldsTo: [String]
    /// The patterns, then the closing ones, each with whether it holds a negation word itself (then a
    /// negation word before it does not deny it): worked out once, not at every turn.
    private var ordered: [(pattern: WordPattern, ownNegation: Bool)] = []

    private mutating func noteOwnNegations() {
        let words = negation.words
        ordered = (patterns + closingPatterns).map { pattern in
            (pattern, !words.isEmpty && pattern.plainWords.contains { words.contains($0) })
        }
    }

    /// Compiles a definition; bad patterns are reported to `log` and left out.
    public init(_ definition: IntentDefinition, bindings: [String: String], negation: Negation = Negation(), log: DiagnosticLog? = nil) {
        name = definition.name
        patterns = definition.patterns.compactMap { pattern in
            pattern.compile(bindings: bindings, log: log).map { definition.exact ? $0.exact() : $0 }
        }
        closingPatterns = definition.closingPatterns.compactMap { pattern in
            pattern.compile(bindings: bindings, log: log).map { definition.exact ? $0.exact() : $0 }
        }
        self.negation = negation
        // Exclusions are written as exact forms: «оформлено» excludes the statement, not «оформлена» of a question.
        negations = definition.negations.compactMap { $0.compile(bindings: bindings, log: log)?.exact() }
        yieldsTo = definition.yieldsTo
        noteOwnNegations()
    }

    /// Builds an intent straight from compiled patterns.
    public init(name: String, patterns: [WordPattern], negations: [WordPattern] = []) {
        self.name = name
        self.patterns = patterns
        closingPatterns = []
        negation = Negation()
        self.negations = negations
        yieldsTo = []
        noteOwnNegations()
    }

    /// The first match whose sentence holds no `not` pattern and that no negation word denies, or
    /// `nil`; `closing` says whether the closing patterns count in this turn. `denied` is
    /// `negation.deniedWords(in: text)` when the caller has it already (it is the same for every
    /// intent sharing the negation words).
    public func firstMatch(in text: AnalyzedText, excludingSentences excluded: Set<Int> = [], closing: Bool = true,
                           denied knownDenied: Set<Int>? = nil) -> PatternMatch? {
        firstMatch(in: text, excludingSentences: excluded, closing: closing, denied: knownDenied, candidates: nil)
    }

    /// Every match of the intent's patterns (closing ones included) in one sentence of a text, with no
    /// `not` pattern or negation applied: the words the intent may cover there.
    func matches(in text: AnalyzedText, sentence: Int) -> [PatternMatch] {
        ordered.flatMap { $0.pattern.allMatches(in: text) }.filter { $0.sentence == sentence }
    }

    /// The patterns, then the closing ones — the order `firstMatch` tries them in — then the `not` patterns: the
    /// positions `firstMatch`'s `starts` is asked about.
    var headedPatterns: [WordPattern] { ordered.map(\.pattern) + negations }

    /// The first keys of each pattern, in the order `firstMatch` tries them (the patterns, then the
    /// closing ones); empty for a pattern without first keys (`IntentIndex`).
    var patternFirstKeys: [[UInt32]] { ordered.map(\.pattern.firstKeyList) }

    /// `firstMatch` trying only the patterns at `candidates` (positions in `patternFirstKeys`' order,
    /// increasing; `nil`: every pattern): the others must be patterns that cannot match `text`. `starts` gives, for
    /// the pattern at a position of `headedPatterns`, the only words a match of it can start at
    /// (`PatternHeads.Starts`), or `nil` when it is to be tried at every word.
    func firstMatch(in text: AnalyzedText, excludingSentences excluded: Set<Int> = [], closing: Bool = true,
                    denied knownDenied: Set<Int>? = nil, candidates: [Int32]?,
                    starts: (_ position: Int, _ pattern: WordPattern) -> [Int]? = { _, _ in nil }) -> PatternMatch? {
        // No pattern that may match: nothing to deny or cancel either.
        if let candidates, !candidates.contains(where: { Int($0) < (closing ? ordered.count : patterns.count) }) { return nil }
        var cancelled = excluded
        for (index, negation) in negations.enumerated() {
            let words = starts(ordered.count + index, negation)
            let matches = words.map { negation.allMatches(in: text, startingAt: $0, before: .max) } ?? negation.allMatches(in: text)
            for match in matches { cancelled.insert(match.sentence) }
        }
        let denied = negation.words.isEmpty ? [] : knownDenied ?? negation.deniedWords(in: text)
        var best: PatternMatch?
        let count = closing ? ordered.count : patterns.count
        // The patterns are read in place: none is copied at every turn.
        ordered.withUnsafeBufferPointer { ordered in
            func tryPattern(at position: Int) {
                let match: PatternMatch?
                // Only a match starting before the best one so far can replace it: a pattern stops looking there.
                let limit = best?.firstWord ?? .max
                let pattern = ordered[position].pattern
                let words = starts(position, pattern)
                if cancelled.isEmpty, denied.isEmpty {
                    match = words.map { pattern.firstMatch(in: text, startingAt: $0, before: limit) } ?? pattern.firstMatch(in: text, before: limit)
                } else {
                    let ownNegation = !denied.isEmpty && ordered[position].ownNegation
                    let all = words.map { pattern.allMatches(in: text, startingAt: $0, before: limit) } ?? pattern.allMatches(in: text, before: limit)
                    match = all.first { !cancelled.contains($0.sentence) && (ownNegation || !denied.contains($0.firstWord)) }
                }
                if let match, best == nil || match.firstWord < best!.firstWord { best = match }
            }
            if let candidates {
                for position in candidates where Int(position) < count { tryPattern(at: Int(position)) }
            } else {
                for position in 0..<count { tryPattern(at: position) }
            }
        }
        return best
    }
}

/// Negation words («не», «немає», «ніхто») and how far they reach: a match of an intent that starts
/// within `reach` words after one, in the same clause, is denied («немає даних про час відновлення»
/// does not tell the restoration time) — unless the pattern itself holds a negation word
/// («не кладіть слухавку»). From `Content/lexicon/negation.yaml`.
public struct Negation: Sendable, Codable, Hashable {
    public var words: Set<String>
    public var reach: Int

    public init(words: Set<String> = [], reach: Int = 0) {
        self.words = words
        self.reach = reach
    }

    /// Indices of the words a negation word denies.
    func deniedWords(in text: AnalyzedText) -> Set<Int> {
        var denied = Set<Int>()
        let words = text.words
        for (index, word) in words.enumerated() where self.words.contains(word.form) {
            var next = index + 1
            while next < words.count, next <= index + reach, words[next].sentence == word.sentence, !words[next].startsClause {
                denied.insert(next)
                next += 1
            }
        }
        return denied
    }
}
