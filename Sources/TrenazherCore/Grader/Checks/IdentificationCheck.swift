/// VIS-ID / HOT-ID: any account fact said before the customer was identified (the rule's facts
/// asked for and given) is a violation — and so is an identifying fact of the record (the address, the
/// account number) that the trainee reads out before the customer gave it; identification done is met;
/// neither is missed. VIS-ID with `update_contacts` also needs the contact details confirmed.
struct IdentificationCheck: StandardCheck {
    static let askIntents = ["asks_account", "asks_full_name", "asks_address", "asks_application", "asks_identification"]

    /// The account data a turn before identification tells: an account fact, or an identifying fact
    /// the customer has not given.
    static func disclosure(in turn: PlayedTurn) -> String? {
        guard let analysis = turn.analysis else { return nil }
        if let fact = analysis.accountFacts.first { return fact.evidence }
        return analysis.identificationFactsSaid.filter { !turn.disclosedBefore.contains($0.key) }.sorted { $0.key < $1.key }.first?.value
    }

    func evaluate(_ context: GradingContext) -> [Finding] {
        for turn in context.speech where !turn.identifiedBefore {
            if let evidence = Self.disclosure(in: turn) {
                return [context.finding(.violated, turn: turn, evidence: evidence, detail: "дані рахунку до ідентифікації")]
            }
        }
        guard let identifiedAt = context.turns.first(where: \.identifiedBefore) else {
            return context.missedIfFinal(detail: "клієнта не ідентифіковано")
        }
        if context.scenario.identification?.updateContacts == true,
           !context.speech.contains(where: { $0.analysis?.shows("asks_contacts") == true }) {
            return context.missedIfFinal(detail: "не актуалізували контактні дані")
        }
        let asking = context.speech.last { turn in
            turn.index < identifiedAt.index && Self.askIntents.contains { turn.analysis?.intents[$0] != nil }
        }
        let evidence = asking.flatMap { turn in Self.askIntents.lazy.compactMap { turn.analysis?.intents[$0]?.evidence }.first }
        return [context.finding(.met, turn: asking ?? identifiedAt, evidence: evidence)]
    }

    /// Identification only grows, so account facts can break it only before it is done, and once
    /// it is done its finding falls on that turn or an earlier one.
    func findings(at turn: PlayedTurn, context: GradingContext, memory: inout CheckMemory) -> [Finding] {
        guard !memory.settled else { return [] }
        if turn.analysis?.shows("asks_contacts") == true { memory.noted.insert("contacts") }
        if !turn.identifiedBefore {
            if let evidence = Self.disclosure(in: turn) {
                memory.settled = true
                return [context.finding(.violated, turn: turn, evidence: evidence, detail: "дані рахунку до ідентифікації")]
            }
            if Self.askIntents.contains(where: { turn.analysis?.intents[$0] != nil }) { memory.noted.insert("asked") }
            return []
        }
        memory.settled = true
        let contactsConfirmed = context.scenario.identification?.updateContacts != true || memory.noted.contains("contacts")
        guard contactsConfirmed, !memory.noted.contains("asked") else { return [] }
        return [context.finding(.met, turn: turn, evidence: nil)]
    }
}
