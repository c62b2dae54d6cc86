/// The words of `lexicon/negation.yaml` that tell where a statement the trainee makes is asserted:
/// what a negator does not deny.
public struct AssertionScopeWords: Sendable {
    /// Phrases that begin with a negator and add («не лише», «не тільки»: `negators_not`): the negator
    /// denies nothing and the exclusive word after it excludes nothing.
    public var negatorsNot: [PatternSource] = []

    public init(negatorsNot: [PatternSource] = []) {
        self.negatorsNot = negatorsNot
    }
}
