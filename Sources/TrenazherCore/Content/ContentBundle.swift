import Foundation

/// Everything in `Content/`: the catalogue, intents, lexicons, services and scoring.
public struct ContentBundle: Sendable {
    public var directory: URL
    /// The Standards in catalogue order.
    public var catalogue: [StandardDefinition]
    /// Intent name → definition.
    public var intents: [String: IntentDefinition]
    public var informal: InformalLexicon
    public var courtesy: CourtesyLexicon
    public var language: LanguageLexicon
    public var time: TimeLexicon
    public var jargon: [JargonEntry]
    public var interrogatives: Set<String>
    /// Words that may come before the interrogative of a question («А Вас як звати», «Скажіть, коли…»).
    public var questionLeads: Set<String>
    /// Tags and yes/no leads that make a sentence a question without «?».
    public var questionCues: QuestionCues
    /// Words patterns step over between two of their words (`lexicon/fillers.yaml`).
    public var fillers: Set<String>
    /// Negation words that deny an intent's match after them (`lexicon/denial.yaml`).
    public var negation: Negation
    /// How trainee text is read: fillers, numbers in words, stems and typo corrections.
    public var reading: TextReading
    public var topics: [String: String]
    public var services: [ServiceDefinition]
    public var additionalServices: [AdditionalService]
    public var scoring: ScoringRules
    /// Words that negate a statement in their clause (`lexicon/negation.yaml`): «компенсація не передбачена».
    public var negators: [PatternSource]
    /// Words that make a whole sentence no assertion («якщо», «чи»): a `false` pattern there does not count.
    public var conditionals: [PatternSource]
    /// Words that open an exception (`lexicon/negation.yaml` `exceptions`): «документи в порядку, крім
    /// одного» does not call the package complete, and what follows the word is excluded, not named.
    public var exceptions: [PatternSource] = []
    /// Phrases that begin with an exception word and add instead («крім того»: `exceptions_not`).
    public var exceptionsNot: [PatternSource] = []
    /// Where a statement is asserted and what it covers beyond its words (`lexicon/negation.yaml`:
    /// `negators_not`, `clause_negators`, `reported`, `topic_of_service`, `list_names`, `phrase_openers`, `asides`,
    /// `rule_conditions`, `consequences`, `governing_prepositions`, `subject_pronouns`).
    public var assertionScope = AssertionScopeWords()
    /// The company's knowledge base (`knowledge.yaml`), searched by `/kb`; scenarios add their own articles.
    public var knowledge: [KnowledgeArticle]
    /// The shared scenario building blocks (`blocks.yaml`): its text and path, read by the scenario
    /// loader for the blocks a scenario names with `use:`.
    public var blocks: ScenarioBlocksSource? = nil
    /// What a customer says to a turn showing one of these intents when nothing in the scenario
    /// answered it (`replies.yaml`), before the scenario's fallback: «Хвилинку» gets «Добре, чекаю.».
    public var defaultReplies: [(intent: String, lines: [String])] = []
    /// For the dialogue only (never the grading): intent → the intents that count as it
    /// (`replies.yaml` `counts_as`): a turn showing `farewell_informal` reacts as to `farewell`.
    public var dialogueCountsAs: [String: [String]] = [:]
    /// Phrases one customer reply says once (`replies.yaml` `said_once`: «дякую»), in lower case,
    /// longest first: when several reactions combine, the later ones leave theirs out.
    public var saidOnce: [String] = []
    /// What the simulated software says when a scenario does not say it (`software.yaml`).
    public var softwareReplies = SoftwareReplies(texts: [:])
    /// How a customer's mood moves when the scenario has no `mood:` section (`mood.yaml`).
    public var moodDefaults: MoodDefaults? = nil
    /// What a trainee may assert about a case, by subject (`statements.yaml`): rules and scenarios
    /// say which is so, and GEN-ACCURATE catches the contradicting statement.
    public var subjects: [String: StatementSubject] = [:]
    /// The truth a finding quotes when the trainee calls the customer by another customer's name
    /// (`statements.yaml` `other_customer_name`; `{name}`: how this customer is addressed).
    public var otherCustomerName: String? = nil
    /// How GEN-ACCURATE's finding quotes the company's data on a false statement (`statements.yaml` `truth_note`).
    public var truthNote = TruthNote()
    /// Each subject's kinds (empty for a subject of states): what a `statements:` may name.
    public var subjectKinds: [String: Set<String>] { subjects.mapValues { Set($0.kinds.map(\.id)) } }
    /// The shape of request numbers (`numbers.yaml`): what `/ticket` issues and scenarios quote.
    public var requestNumbering: RequestNumbering
    /// A digest of every file read, so a stored attempt can tell which content graded it.
    public var digest: String

    /// The Standard with this ID.
    public func standard(_ id: String) -> StandardDefinition? { catalogue.first { $0.id == id } }

    /// Every catalogue ID.
    public var standardIDs: [String] { catalogue.map(\.id) }

    /// Loads and validates the folder; throws `ContentError` listing every problem.
    public static func load(from directory: URL) throws -> ContentBundle {
        try ContentLoader(directory: directory).load()
    }
}

/// `Content/` could not be used.
public struct ContentError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// The text of `Content/blocks.yaml`, the building blocks scenarios name with `use:`.
public struct ScenarioBlocksSource: Sendable, Codable {
    public var text: String
    /// The path shown in diagnostics.
    public var file: String
}
