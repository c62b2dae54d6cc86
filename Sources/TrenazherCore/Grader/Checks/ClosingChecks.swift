/// *-FAREWELL: the last spoken turn (or the one before it) holds a polite farewell; an informal
/// farewell is a violation.
struct FarewellCheck: StandardCheck {
    /// A familiar farewell with no polite one in its turn: «Бувай, гарного вечора!» is a polite farewell
    /// on «ти» (GEN-FORMAL's, counted once), «Бувай» alone is the familiar one.
    static func familiar(_ analysis: TurnAnalysis) -> PatternMatch? {
        guard analysis.intents["farewell"] == nil else { return nil }
        return analysis.intents["farewell_informal"]
    }

    func evaluate(_ context: GradingContext) -> [Finding] {
        let speech = context.speech
        for turn in speech {
            if let analysis = turn.analysis, let informal = Self.familiar(analysis) {
                return [context.finding(.violated, turn: turn, evidence: informal.evidence, detail: "неофіційне прощання")]
            }
        }
        for turn in speech.suffix(2).reversed() {
            if let match = turn.analysis?.intents["farewell"] { return [context.finding(.met, turn: turn, evidence: match.evidence)] }
        }
        return context.missedIfFinal()
    }

    func findings(at turn: PlayedTurn, context: GradingContext, memory: inout CheckMemory) -> [Finding] {
        guard !memory.settled, let analysis = turn.analysis else { return [] }
        if let informal = Self.familiar(analysis) {
            memory.settled = true
            return [context.finding(.violated, turn: turn, evidence: informal.evidence, detail: "неофіційне прощання")]
        }
        if let match = analysis.intents["farewell"] { return [context.finding(.met, turn: turn, evidence: match.evidence)] }
        return []
    }
}

/// VIS-SUMMARY / PHN-SUMMARY: a summary and a next step; PHN also a relevant additional service. A
/// summary is a summary's words (`summary`) or a recap: a turn repeating `recap_values` values
/// (dates, times, terms, amounts) the trainee told in earlier turns (scoring.yaml).
struct SummaryCheck: StandardCheck {
    var requiresService: Bool

    /// The words that sum up in the turn: its summary's words, or else the first value it repeats when it
    /// repeats enough of those told before (`earlier`).
    static func summary(_ analysis: TurnAnalysis, earlier: Set<String>, context: GradingContext) -> String? {
        if let match = analysis.intents["summary"] { return match.evidence }
        let least = context.content.scoring.recapValues
        guard least > 0 else { return nil }
        let repeated = ToldValues.repeated(analysis.mentions, from: earlier)
        return repeated.count >= least ? repeated.evidence : nil
    }

    func evaluate(_ context: GradingContext) -> [Finding] {
        var summary: (PlayedTurn, String)?
        var nextStep: PatternMatch?
        var service: PatternMatch?
        var told: Set<String> = []
        // A summary closes the conversation: «Отже, у Вас питання…» at the start is a clarification.
        let speech = context.speech
        let closing = Set(speech.suffix(max(1, speech.count - max(1, speech.count / 2))).map(\.index))
        for turn in context.speech {
            guard let analysis = turn.analysis else { continue }
            if summary == nil, closing.contains(turn.index), let words = Self.summary(analysis, earlier: told, context: context) {
                summary = (turn, words)
            }
            told.formUnion(ToldValues.keys(analysis.mentions))
            if let match = analysis.intents["next_step"], summary != nil || nextStep == nil { nextStep = match }
            if service == nil, let named = analysis.servicesNamed.first(where: { context.analyzer.isRelevant($0.service) }) { service = named.match }
        }
        guard let (turn, words) = summary else { return context.missedIfFinal(detail: "немає підсумку") }
        guard nextStep != nil else { return context.missedIfFinal(detail: "не сказали про подальші дії") }
        if requiresService, service == nil { return context.missedIfFinal(detail: "не повідомили про додаткові сервіси") }
        return [context.finding(.met, turn: turn, evidence: words)]
    }

    func findings(at turn: PlayedTurn, context: GradingContext, memory: inout CheckMemory) -> [Finding] {
        guard let analysis = turn.analysis else { return [] }
        let position = memory.speechCount
        memory.speechCount += 1
        if analysis.intents["next_step"] != nil { memory.noted.insert("next_step") }
        if analysis.servicesNamed.contains(where: { context.analyzer.isRelevant($0.service) }) { memory.noted.insert("service") }
        let earlierSummary = memory.positions["summary"]
        let told = Set(memory.noted.compactMap { $0.hasPrefix(Self.toldPrefix) ? String($0.dropFirst(Self.toldPrefix.count)) : nil })
        let summary = Self.summary(analysis, earlier: told, context: context)
        for key in ToldValues.keys(analysis.mentions) { memory.noted.insert(Self.toldPrefix + key) }
        if summary != nil { memory.positions["summary"] = position }
        // The closing part is the last `count - max(1, count / 2)` spoken turns (at least one).
        let count = memory.speechCount
        let closingStart = count - max(1, count - max(1, count / 2))
        if let earlierSummary, earlierSummary >= closingStart { return [] }
        guard let summary, memory.noted.contains("next_step"), !requiresService || memory.noted.contains("service") else { return [] }
        return [context.finding(.met, turn: turn, evidence: summary)]
    }

    /// How a value told in an earlier turn is noted in the check's memory.
    static let toldPrefix = "told "
}

/// HOT-MORE: asks whether the caller has other questions.
struct MoreQuestionsCheck: FirstQualifyingTurnCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        for turn in context.speech {
            if let match = turn.analysis?.intents["more_questions"] { return [context.finding(.met, turn: turn, evidence: match.evidence)] }
        }
        return context.missedIfFinal()
    }
}

/// HOT-SERVICES: names an additional service relevant to the topic.
struct ServicesCheck: FirstQualifyingTurnCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        for turn in context.speech {
            if let named = turn.analysis?.servicesNamed.first(where: { context.analyzer.isRelevant($0.service) }) {
                return [context.finding(.met, turn: turn, evidence: named.match.evidence)]
            }
        }
        return context.missedIfFinal()
    }
}

/// HOT-TICKET: tells the caller a request is or will be registered (`ticket_told`: «я зараз
/// зареєструю скаргу» too; the customer's reaction to a request already registered is `ticket_registered`).
/// Once `/ticket` has registered it, naming the request with its number tells it too
/// (`names_request_number`: «Заявка аварійна, номер АВ-2511-0317»); before, the same words may be
/// another request's («Ваша заявка номер ПР-1147 ще в роботі»). Refusing the request the matter needs
/// (`ticket_refused`: «претензію реєструвати немає сенсу», «аварійних заявок ми не приймаємо») before
/// telling one is a violation: the caller is sent away without it, not merely left untold.
struct TicketCheck: FirstQualifyingTurnCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        judge(context, ticketedBefore: false)
    }

    /// Turn by turn: whether `/ticket` was taken before is the check's memory.
    func findings(at turn: PlayedTurn, context: GradingContext, memory: inout CheckMemory) -> [Finding] {
        guard !memory.settled else { return [] }
        let found = judge(context, ticketedBefore: memory.noted.contains("ticketed"))
        if turn.action?.name == "ticket" { memory.noted.insert("ticketed") }
        if !found.isEmpty { memory.settled = true }
        return found
    }

    func judge(_ context: GradingContext, ticketedBefore: Bool) -> [Finding] {
        var ticketed = ticketedBefore
        for turn in context.turns {
            if turn.action?.name == "ticket" { ticketed = true }
            guard let analysis = turn.analysis else { continue }
            if let match = analysis.intents["ticket_told"] ?? (ticketed ? analysis.intents["names_request_number"] : nil) {
                return [context.finding(.met, turn: turn, evidence: match.evidence)]
            }
            if let refusal = analysis.intents["ticket_refused"] {
                return [context.finding(.violated, turn: turn, evidence: refusal.evidence, detail: "у заявці відмовлено")]
            }
        }
        return context.missedIfFinal()
    }
}
