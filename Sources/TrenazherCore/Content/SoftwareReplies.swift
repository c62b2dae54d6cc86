/// What the simulated company software says when a scenario's `actions` do not say it
/// (`Content/software.yaml`), in Ukrainian and English; `{placeholders}` are filled by the software.
public struct SoftwareReplies: Sendable, Codable {
    /// Every reply the software composes itself.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// `/lookup` without an argument found nothing.
        case lookupNothing = "lookup_nothing"
        /// `/lookup QUERY` found nothing: `{query}`.
        case lookupNothingFor = "lookup_nothing_for"
        /// `/lookup ADDRESS` names only part of the customer's address (no house, or no street): `{query}`.
        case lookupAddressAmbiguous = "lookup_address_ambiguous"
        /// `/lookup ADDRESS` found no address: `{query}`.
        case lookupAddressNothing = "lookup_address_nothing"
        /// `/docs` when the customer handed nothing over.
        case documentsNone = "documents_none"
        /// `/docs`: the line above the list of documents.
        case documentsList = "documents_list"
        /// `/docs`: a document without a problem.
        case documentOK = "document_ok"
        /// `/ticket`: `{kind}` and `{number}`.
        case ticket
        /// `/ticket` without a kind: the kind named instead.
        case ticketKind = "ticket_kind"
        /// `/ticket` again for a request this conversation already registered: `{registration}` is
        /// the first registration's text (with its number).
        case ticketRepeated = "ticket_repeated"
        /// `/callback`: `{when}`.
        case callback
        /// `/callback` without a time: what `{when}` says.
        case callbackNoTime = "callback_no_time"
        /// A second `/callback` replaces the first: said before the new booking, `{earlier}` the
        /// first one's date and time.
        case callbackMoved = "callback_moved"
        /// `/hold`.
        case hold
        /// `/kb` without search words: the line above the list of articles.
        case knowledgePrompt = "kb_prompt"
        /// `/kb WORDS` found nothing: `{query}`.
        case knowledgeNothing = "kb_nothing"
        /// A service's article (`services.yaml`): its documents, `{documents}` joined by «; ».
        case knowledgeServiceDocuments = "kb_service_documents"
        /// A service's article: the full package of documents within `{deadline}`.
        case knowledgeServiceDocumentsDeadline = "kb_service_documents_deadline"
        /// A service's article: its term, `{term}`.
        case knowledgeServiceTerm = "kb_service_term"
        /// A service's article: its cost, `{cost}`.
        case knowledgeServiceCost = "kb_service_cost"
        /// A service's article: its search words, separated by commas.
        case knowledgeServiceKeywords = "kb_service_keywords"
        /// The article of additional services: its title.
        case knowledgeAdditionalTitle = "kb_additional_title"
        /// The article of additional services of the scenario's topic: its title, `{topic}`.
        case knowledgeAdditionalTitleTopic = "kb_additional_title_topic"
        /// The article of additional services: the line above the list.
        case knowledgeAdditionalIntro = "kb_additional_intro"
        /// The article of additional services: its search words, separated by commas.
        case knowledgeAdditionalKeywords = "kb_additional_keywords"
        /// One additional service's own article: its title, `{name}`.
        case knowledgeAdditionalOne = "kb_additional_one"
        /// One additional service's own article: its search words, separated by commas.
        case knowledgeAdditionalOneKeywords = "kb_additional_one_keywords"

        /// Replies added after `software.yaml` first came: a content version without one says what
        /// the program said before it was data (`Defaults/software-before-content.yaml`).
        public static let laterAdditions: Set<Kind> = [
            .knowledgeServiceDocuments, .knowledgeServiceDocumentsDeadline, .knowledgeServiceTerm, .knowledgeServiceCost,
            .knowledgeServiceKeywords, .knowledgeAdditionalTitle, .knowledgeAdditionalTitleTopic, .knowledgeAdditionalIntro,
            .knowledgeAdditionalKeywords, .knowledgeAdditionalOne, .knowledgeAdditionalOneKeywords, .callbackMoved,
            .lookupAddressAmbiguous, .lookupAddressNothing,
        ]
    }

    var texts: [Kind: Bilingual]
    /// The words that mark the parts of an address (`address_words`), for `/lookup`.
    public var addressWords: AddressWords

    public init(texts: [Kind: Bilingual], addressWords: AddressWords = AddressWords()) {
        self.texts = texts
        self.addressWords = addressWords
    }

    /// A list reply (search words) split at its commas, each trimmed.
    public func list(_ kind: Kind) -> [String] {
        text(kind, english: false).split(separator: ",").map { String($0).trimmingCharacters() }.filter { !$0.isEmpty }
    }

    /// The reply in the software's language with its placeholders filled.
    public func text(_ kind: Kind, english: Bool, _ values: [String: String] = [:]) -> String {
        let template = texts[kind]?.text(english: english) ?? ""
        return values.reduce(template) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }
}
