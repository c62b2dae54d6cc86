/// The words of `lexicon/negation.yaml` that tell where a statement the trainee makes is asserted and
/// what it covers beyond its own words: what a negator does not deny, what it denies beyond its reach,
/// what the trainee says without asserting it (the customer's words reflected, a topic a service is
/// about, a rule or a consequence said of no one in particular) and which word is its subject.
public struct AssertionScopeWords: Sendable, Codable {
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
    /// Words that name a list, a map or a page (`list_names`: «список», «карта», «розділ»): a statement
    /// within `AssertionScope.listWords` words after one in its clause names what the list holds
    /// («карта і список планових та аварійних відключень») without asserting it.
    public var listNames: [PatternSource] = []
    /// Phrases that say a thing is not there yet (`not_yet`: «ще не», «ще немає»): a date in their clause
    /// is a day before the thing comes («завтра відповіді ще не буде»), true when the company's date is later.
    public var notYet: [PatternSource] = []
    /// Words that open the point a term counts from (`reference_points`: «після», «з моменту»): a claim's
    /// subject within `AssertionScope.referenceWords` words after one in its clause names that point, not what
    /// the term is of («7 робочих днів після подачі повного пакета» is no term for bringing the package).
    public var referencePoints: [PatternSource] = []
    /// «Не X, а Y» (`contrast`): Y is read in place of X.
    public var contrast = ContrastWords()
    /// Words that open a phrase of its own (`phrase_openers`, a cause: «через», «внаслідок»): a negator
    /// denies a statement opened by one only right before it («не через планові роботи»).
    public var phraseOpeners: [PatternSource] = []
    /// Parenthetical words set off by commas (`asides`: «на жаль», «звісно»): a negation reaches over them.
    public var asides: [PatternSource] = []
    /// Words that make a statement said of no one in particular a rule under a condition
    /// (`rule_conditions`: «коли») or, opening its sentence after another, a consequence (`consequences`: «Тоді»).
    public var ruleConditions: [PatternSource] = []
    public var consequences: [PatternSource] = []
    /// Prepositions that govern the pronoun right after them, and the pronouns that open a statement as
    /// its subject (`governing_prepositions`, `subject_pronouns`): «на все є десять робочих днів» is no «все є».
    public var governingPrepositions: [PatternSource] = []
    public var subjectPronouns: [PatternSource] = []
    /// Words that open a clause of time up to an event (`until`: «поки», «доки»): a negator after one in its
    /// clause says «until», it denies nothing («не порахую, поки відділ обліку не відповість»).
    public var until: [PatternSource] = []
    /// Phrases that begin with an `until` word and say something else (`until_not`: «поки що» is «for now»).
    public var untilNot: [PatternSource] = []
    /// Guesses (`hedges`: «мабуть», «можливо»), conditionals too (the loader adds them to `conditionals`): a
    /// statement of a subject that a guess still tells (`StatementSubject.guessTells`: an invented cause) is
    /// asserted with one.
    public var hedges: [PatternSource] = []
    /// Words that open a clause of purpose (`purpose_openers`: «щоб», «для цього»): a statement of a service judged
    /// in its own clause (`Claim.contextInClause`) is about the service a purpose clause beside it names.
    public var purposeOpeners: [PatternSource] = []
    /// Words that join coordinated words of one statement (`coordinators`: «і», «та»): a negation of one of
    /// them denies the other too — «аварій і пошкоджень мережі немає» says there was no accident.
    public var coordinators: [PatternSource] = []

    public init(negatorsNot: [PatternSource] = [], clauseNegators: [PatternSource] = [], reported: [PatternSource] = [],
                topics: [PatternSource] = [], services: [PatternSource] = [], phraseOpeners: [PatternSource] = [],
                asides: [PatternSource] = [], ruleConditions: [PatternSource] = [], consequences: [PatternSource] = [],
                governingPrepositions: [PatternSource] = [], subjectPronouns: [PatternSource] = [], listNames: [PatternSource] = [],
                notYet: [PatternSource] = [], referencePoints: [PatternSource] = [], contrast: ContrastWords = ContrastWords()) {
        self.negatorsNot = negatorsNot
        self.clauseNegators = clauseNegators
        self.reported = reported
        self.topics = topics
        self.services = services
        self.phraseOpeners = phraseOpeners
        self.asides = asides
        self.ruleConditions = ruleConditions
        self.consequences = consequences
        self.governingPrepositions = governingPrepositions
        self.subjectPronouns = subjectPronouns
        self.listNames = listNames
        self.notYet = notYet
        self.referencePoints = referencePoints
        self.contrast = contrast
    }
}

/// «Не X, а Y» (`lexicon/negation.yaml` `contrast`): the negator that opens the denied words and the words
/// that open what is said in their place (`ContrastReading`).
public struct ContrastWords: Sendable, Codable, Hashable {
    public var negators: [PatternSource] = []
    public var openers: [PatternSource] = []
    /// Words right after a negator that make what follows still said («не пізніше 9 грудня», «не лише
    /// 10 днів»): the value after them is not denied.
    public var keeping: [PatternSource] = []

    public init(negators: [PatternSource] = [], openers: [PatternSource] = [], keeping: [PatternSource] = []) {
        self.negators = negators
        self.openers = openers
        self.keeping = keeping
    }
}
