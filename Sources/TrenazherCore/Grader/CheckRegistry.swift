/// Which mechanism grades which catalogue ID. The mechanisms read their phrases, thresholds and
/// facts from `Content/` and the scenario; this table only says which mechanism a Standard uses.
public enum CheckRegistry {
    static let checks: [String: any StandardCheck] = [
        "GEN-FORMAL": FormalAddressCheck(),
        "GEN-COURTESY": CourtesyCheck(),
        "GEN-NO-INTERRUPT": NoInterruptCheck(),
        "GEN-ACCURATE": AccuracyCheck(),
        "GEN-LANGUAGE": LanguageCheck(),
        "VIS-GREET": GreetingCheck(requiresOwnName: false, checksTimeOfDay: false),
        "VIS-NEED": NeedCheck(acceptsInvitation: true),
        "VIS-DOCS-CHECK": DocumentsCheck(),
        "VIS-DOCS-EXPLAIN": DocumentsExplainCheck(),
        "VIS-TERMS": ClaimShownCheck(),
        "VIS-REGISTER": RegisterCheck(),
        "VIS-ID": IdentificationCheck(),
        "VIS-SUMMARY": SummaryCheck(requiresService: false),
        "VIS-FAREWELL": FarewellCheck(),
        "PHN-GREET": GreetingCheck(requiresOwnName: true, checksTimeOfDay: false),
        "PHN-NEED": NeedCheck(acceptsInvitation: false),
        "PHN-CONCISE": ConciseCheck(),
        "PHN-CALLBACK": CallbackCheck(),
        "PHN-SUMMARY": SummaryCheck(requiresService: true),
        "PHN-FAREWELL": FarewellCheck(),
        "HOT-GREET": GreetingCheck(requiresOwnName: true, checksTimeOfDay: true),
        "HOT-ASK-NAME": AskNameCheck(withinTurns: 2),
        "HOT-NEED": NeedCheck(acceptsInvitation: false),
        "HOT-CONCISE": ConciseCheck(),
        "HOT-HOLD": HoldCheck(),
        "HOT-HOLD-THANKS": HoldThanksCheck(),
        "HOT-ID": IdentificationCheck(),
        "HOT-TICKET": TicketCheck(),
        "HOT-MORE": MoreQuestionsCheck(),
        "HOT-SERVICES": ServicesCheck(),
        "HOT-FAREWELL": FarewellCheck(),
        "WRT-SALUTATION": SalutationCheck(),
        "WRT-ANSWERS": AnswersCheck(),
        "WRT-DEADLINE": WrittenDeadlineCheck(),
        "WRT-PLAIN": PlainLanguageCheck(),
    ]

    /// The mechanism for a catalogue ID, or `nil` when none exists.
    public static func check(for id: String) -> (any StandardCheck)? { checks[id] }

    /// Every ID that has a mechanism.
    public static var gradedIDs: [String] { checks.keys.sorted() }

    /// The Standards a claim's or a false statement's `shows` may name: those whose mechanism reads it.
    public static let shownByClaims: [String] = checks.filter { $0.value is any ReadsClaimShows }.keys.sorted()
}

/// A mechanism that decides its Standard from the claims that `shows` it (a term, a cost, a documents
/// deadline stated right or wrong); for any other Standard a claim's `shows` would do nothing.
protocol ReadsClaimShows {}

extension ClaimShownCheck: ReadsClaimShows {}
extension DocumentsExplainCheck: ReadsClaimShows {}
extension WrittenDeadlineCheck: ReadsClaimShows {}
