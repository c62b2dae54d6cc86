/// Everything the grader and the dialogue engine need to know about one trainee turn,
/// computed once when the turn is played.
public struct TurnAnalysis: Sendable {
    public var text: AnalyzedText
    /// Intent name → its first match. Built intents (`informal`, `rude`, `offers_service`,
    /// `tells_account_fact`, `names_missing_document`, `names_incomplete_document`, `question`, `shouting`; the engine adds
    /// `interrupts` for a turn spoken over the customer) are included.
    public var intents: [String: PatternMatch]
    public var informal: [Evidence]
    public var discourtesy: [Evidence]
    public var foreignLanguage: [Evidence]
    public var accountFacts: [PatternMatch]
    public var mentions: MentionExtractor.Mentions
    /// Indices of the scenario's documents the turn names, with the match.
    public var documentsNamed: [Int: PatternMatch]
    /// Additional services named: (service, match).
    public var servicesNamed: [(service: AdditionalService, match: PatternMatch)]
    /// Sentences that are questions.
    public var questionSentences: [Int]
    /// The trainee's own first name appears (any case form).
    public var ownName: String?
    /// What the turn states about the scenario's claims (GEN-ACCURATE and the Standards claims show).
    public var statements: [ClaimJudge.Statement]
    /// Written channel: appeal question ID → the words that answer it.
    public var answeredQuestions: [String: String]
    /// Abbreviations used with none of their expansions in the turn (WRT-PLAIN).
    public var unexplainedJargon: [Evidence]
    /// Formal-address words («Ви», «Вас», «Ваш» …), for evidence of GEN-FORMAL.
    public var formalAddress: String?
    /// The words calling the customer by the name of another variant's customer (`OtherCustomerNames`):
    /// a wrong fact (GEN-ACCURATE) that misinforms the customer.
    public var otherCustomerName: String? = nil
    /// Facts of the identification rule the turn states (`IdentificationValues`): fact → the words.
    /// Said before the customer gave them, they are account data told before identification.
    public var identificationFactsSaid: [String: String] = [:]

    /// Whether the turn shows an intent.
    public func shows(_ intent: String) -> Bool { intents[intent] != nil }

    /// The number of words.
    public var wordCount: Int { text.wordCount }
}
