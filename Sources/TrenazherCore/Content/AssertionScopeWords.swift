/// The words of `lexicon/negation.yaml` that tell where a statement the trainee makes is asserted:
/// what a negator does not deny, what it denies beyond its reach, and what the trainee says without
/// asserting it (the customer's words reflected, a topic a service is about).
public struct AssertionScopeWords: Sendable {
    /// Phrases that begin with a negator and add («не лише», «не тільки»: `negators_not`): the negator
    /// denies nothing and the exclusive word after it excludes nothing.
    public var negatorsNot: [PatternSource] = []
    /// A negated copula («не є»: `clause_negators`): it negates every word of its clause, whatever the
    /// order («Безкоштовним стандартне приєднання не є»).
    public var clauseNegators: [PatternSource] = []
    /// Phrases that open the customer's words or feelings told back (`reported`: «розумію, що»,
    /// «Ви пишете, що»): what follows them in the clause they end in is not the trainee's assertion.
    public var reported: [PatternSource] = []
    /// `topic_of_service`: a word that names a topic («про», «щодо») right before a statement, in a
    /// clause with a word of a service offered («можна», «можете»), names the topic without asserting
    /// it («Про планові відключення можна отримувати SMS»).
    public var topics: [PatternSource] = []
    public var services: [PatternSource] = []

    public init(negatorsNot: [PatternSource] = [], clauseNegators: [PatternSource] = [], reported: [PatternSource] = [],
                topics: [PatternSource] = [], services: [PatternSource] = []) {
        self.negatorsNot = negatorsNot
        self.clauseNegators = clauseNegators
        self.reported = reported
        self.topics = topics
        self.services = services
    }
}
