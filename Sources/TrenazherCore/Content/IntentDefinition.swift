/// A named thing a trainee turn can show (`wait_request`, `farewell` …) and the word patterns
/// that detect it, from `Content/intents.yaml` or a scenario's `intents:`.
public struct IntentDefinition: Sendable, Hashable {
    public var name: String
    public var description: String
    public var patterns: [PatternSource]
    /// Patterns that cancel a match in the same sentence («не треба чекати»).
    public var negations: [PatternSource]
    /// Intents that win over this one: a match in a sentence where one of them matched is dropped
    /// («чи є у Вас ще запитання» is `more_questions`, not `clarifies`).
    public var yieldsTo: [String]
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
        merged.negations += negations
        merged.yieldsTo += yieldsTo.filter { !base.yieldsTo.contains($0) }
        return merged
    }
}

/// An intent compiled for one conversation (placeholders bound).
public struct CompiledIntent: Sendable {
    public var name: String
    var patterns: [WordPattern]
    var negations: [WordPattern]
    /// Intents that win over this one in the same sentence.
    public var yieldsTo: [String]

    /// Compiles a definition; bad patterns are reported to `log` and left out.
    public init(_ definition: IntentDefinition, bindings: [String: String], log: DiagnosticLog? = nil) {
        name = definition.name
        patterns = definition.patterns.compactMap { $0.compile(bindings: bindings, log: log) }
        negations = definition.negations.compactMap { $0.compile(bindings: bindings, log: log) }
        yieldsTo = definition.yieldsTo
    }

    /// Builds an intent straight from compiled patterns.
    public init(name: String, patterns: [WordPattern], negations: [WordPattern] = []) {
        self.name = name
        self.patterns = patterns
        self.negations = negations
        yieldsTo = []
    }

    /// The first match whose sentence holds no negation, or `nil`.
    public func firstMatch(in text: AnalyzedText, excludingSentences excluded: Set<Int> = []) -> PatternMatch? {
        var cancelled = excluded
        for negation in negations {
            for match in negation.allMatches(in: text) { cancelled.insert(match.sentence) }
        }
        var best: PatternMatch?
        for pattern in patterns {
            let match = cancelled.isEmpty ? pattern.firstMatch(in: text)
                : pattern.allMatches(in: text).first { !cancelled.contains($0.sentence) }
            if let match, best == nil || match.firstWord < best!.firstWord { best = match }
        }
        return best
    }
}
