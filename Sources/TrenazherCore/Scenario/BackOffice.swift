/// A record of the company's systems that `/lookup` finds (an account, an application, an outage
/// at an address): `records:` in a scenario file.
public struct BackOfficeRecord: Sendable {
    /// Facts whose values find the record (`/lookup 20417385`, `/lookup Світязь`); empty: always found.
    public var findBy: [String]
    /// What the software shows (placeholders filled).
    public var shows: String
    public var location: SourceLocation
}

/// One article of the company's knowledge base (`/kb WORDS`): a rule, a term, the documents of a
/// service, an additional service and how to use it.
public struct KnowledgeArticle: Sendable, Codable {
    public var id: String
    public var title: String
    public var text: String
    /// Extra words the article is found by (synonyms the text does not contain).
    public var keywords: [String]
    /// Topics of `Content/services.yaml` the article is about; empty: every topic.
    public var topics: [String]
    /// Statements the article's rule contradicts (`false_statements:`), judged under GEN-ACCURATE.
    public var falsehoods: [KnownFalsehood]
    /// What the article's rule says of subjects of `Content/statements.yaml` (`statements:`:
    /// `self_readings: yes`), judged like `falsehoods` where the article applies.
    public var statements: [SubjectStatement] = []
    /// Values the article's rule fixes (`rules:`: the days readings are sent), judged like a
    /// scenario's claims where the article applies: a value said about it that it does not accept is wrong.
    public var rules: [Claim] = []
    /// The identification procedure the article states (`identifies:`): scenarios that name the article
    /// (`identification: {article: ID}`) identify the customer by it.
    public var identifies: Identification? = nil

    public init(id: String, title: String, text: String, keywords: [String] = [], topics: [String] = [], falsehoods: [KnownFalsehood] = [],
                statements: [SubjectStatement] = []) {
        self.id = id
        self.title = title
        self.text = text
        self.keywords = keywords
        self.topics = topics
        self.falsehoods = falsehoods
        self.statements = statements
    }
}
