/// What the simulated company software says when a scenario's `actions` do not say it
/// (`Content/software.yaml`), in Ukrainian and English; `{placeholders}` are filled by the software.
public struct SoftwareReplies: Sendable {
    /// Every reply the software composes itself.
    public enum Kind: String, Sendable, CaseIterable {
        /// `/lookup` without an argument found nothing.
        case lookupNothing = "lookup_nothing"
        /// `/lookup QUERY` found nothing: `{query}`.
        case lookupNothingFor = "lookup_nothing_for"
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
        /// `/hold`.
        case hold
        /// `/kb` without search words: the line above the list of articles.
        case knowledgePrompt = "kb_prompt"
        /// `/kb WORDS` found nothing: `{query}`.
        case knowledgeNothing = "kb_nothing"
    }

    var texts: [Kind: Bilingual]

    public init(texts: [Kind: Bilingual]) {
        self.texts = texts
    }

    /// The reply in the software's language with its placeholders filled.
    public func text(_ kind: Kind, english: Bool, _ values: [String: String] = [:]) -> String {
        let template = texts[kind]?.text(english: english) ?? ""
        return values.reduce(template) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }
}
