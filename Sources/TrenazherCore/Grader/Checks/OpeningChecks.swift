/// *-GREET: the first spoken turn holds a greeting; PHN/HOT also the trainee's own name; HOT also a
/// greeting that fits the time of day (a neutral one always fits). An informal greeting, or one that
/// contradicts the clock, is a violation.
struct GreetingCheck: FirstSpeechCheck {
    var requiresOwnName: Bool
    var checksTimeOfDay: Bool
    static let timedGreetings = ["greeting_morning", "greeting_day", "greeting_evening"]

    func evaluate(_ context: GradingContext) -> [Finding] {
        guard let first = context.speech.first, let analysis = first.analysis else { return context.missedIfFinal() }
        if let informal = analysis.intents["greeting_informal"] {
            return [context.finding(.violated, turn: first, evidence: informal.evidence, detail: "неофіційне привітання")]
        }
        var greeting = analysis.intents["greeting_neutral"]
        if checksTimeOfDay {
            for name in Self.timedGreetings {
                guard let match = analysis.intents[name] else { continue }
                if let window = context.content.time.greetingWindows[name],
                   !ClockTime.window(from: window.from, to: window.to, contains: context.scenario.clockMinutes) {
                    return [context.finding(.violated, turn: first, evidence: match.evidence,
                                            detail: "не відповідає часу доби (\(context.scenario.clock))")]
                }
                greeting = greeting ?? match
            }
        } else {
            greeting = greeting ?? Self.timedGreetings.lazy.compactMap { analysis.intents[$0] }.first
        }
        guard let greeting else {
            return [context.finding(.missed, turn: first, detail: "у першій репліці немає привітання")]
        }
        if requiresOwnName, analysis.ownName == nil {
            return [context.finding(.missed, turn: first, evidence: greeting.evidence, detail: "не назвали своє ім'я")]
        }
        let evidence = requiresOwnName ? analysis.text.normalized.trimmingCharacters() : greeting.evidence
        return [context.finding(.met, turn: first, evidence: String(evidence.prefix(120)))]
    }
}

/// HOT-ASK-NAME: asks how to address the caller within the first two spoken turns.
struct AskNameCheck: StandardCheck {
    var withinTurns: Int

    func evaluate(_ context: GradingContext) -> [Finding] {
        for (position, turn) in context.speech.enumerated() {
            guard let match = turn.analysis?.intents["asks_name"] else { continue }
            if position < withinTurns { return [context.finding(.met, turn: turn, evidence: match.evidence)] }
            return context.final ? [context.finding(.missed, turn: turn, evidence: match.evidence, detail: "запитали ім'я запізно")] : []
        }
        return context.missedIfFinal()
    }

    /// Only the first `withinTurns` spoken turns can ask in time.
    func isOpen(after context: GradingContext) -> Bool { context.speech.count < withinTurns }

    func findings(at turn: PlayedTurn, context: GradingContext, memory: inout CheckMemory) -> [Finding] {
        guard let analysis = turn.analysis else { return [] }
        let position = memory.speechCount
        memory.speechCount += 1
        guard !memory.settled, let match = analysis.intents["asks_name"] else { return [] }
        memory.settled = true
        return position < withinTurns ? [context.finding(.met, turn: turn, evidence: match.evidence)] : []
    }
}

/// *-NEED: a question about the need or a clarifying question. VIS-NEED also accepts an invitation
/// to tell the need («Слухаю Вас», «Розкажіть, що сталося»); on the phone only a question counts.
/// Identification, name, «more questions», wait requests and polite requests («Чи зможете Ви
/// зачекати?») are not clarifying questions — unless the same sentence also asks something else
/// («…номер рахунку і коли міняли лічильник?»), also when put as a request («підкажіть номер рахунку
/// і дату заміни лічильника»); the words before such a match at the start of the sentence («Чи можу
/// я ще чимось…») belong to it, and so do the words of every other match of those intents in the
/// sentence («назвіть номер о/р і ПІБ, на кого він записаний» only identifies).
/// A rude question («Чого ти кричиш?») does not count; a clarifying question put on «ти» does — the
/// «ти» is GEN-FORMAL's, counted once. Any other question clarifies only
/// what the customer has said: in the conversation's first turn, before they have said anything, a
/// closed question («Ви документи подаєте?») guesses the need instead of finding it out.
/// The question is asked «перш ніж відповідати» (the Standards' clause: while the purpose is found out):
/// the end of a turn that answered — stated a fact of the case (a statement of a claim) or read out
/// account data — ends the search, and a turn of that answer asking whether the customer has more
/// questions (`more_questions`) ends it at its start, its own questions included. «На какой номер
/// звонить?» after the answer, «Ще якісь питання маєте?» or «і номер тел, щоб я оновила контакт?» find
/// out no need; before anything was answered «…чи ще щось Вас турбує?» is part of finding it out.
struct NeedCheck: StandardCheck {
    var acceptsInvitation: Bool
    static let needIntents = ["asks_need", "clarifies"]
    static let notClarifying = ["asks_name", "asks_account", "asks_full_name", "asks_address", "asks_application",
                                "asks_identification", "asks_contacts", "more_questions", "wait_request", "polite_request"]

    func evaluate(_ context: GradingContext) -> [Finding] {
        judge(context, firstTurn: context.turns.first?.index)
    }

    /// Turn by turn: the first turn the check sees is the conversation's first; a turn that ends the
    /// search settles the check.
    func findings(at turn: PlayedTurn, context: GradingContext, memory: inout CheckMemory) -> [Finding] {
        guard !memory.settled else { return [] }
        let first = memory.noted.insert("seen").inserted ? turn.index : nil
        let found = judge(context, firstTurn: first)
        if !found.isEmpty || context.speech.contains(where: { $0.analysis.map(endsSearch) ?? false }) { memory.settled = true }
        return found
    }

    /// Whether no later question finds out the need: the turn answers (states a fact of the case or
    /// reads out account data).
    func endsSearch(_ analysis: TurnAnalysis) -> Bool {
        !analysis.statements.isEmpty || !analysis.accountFacts.isEmpty
    }

    /// The verdict over `context`'s turns; `firstTurn` is the index of the conversation's first turn
    /// when it is among them.
    func judge(_ context: GradingContext, firstTurn: Int?) -> [Finding] {
        for turn in context.speech {
            guard let analysis = turn.analysis else { continue }
            if endsSearch(analysis) && Self.closingIntents.contains(where: analysis.shows) { break }
            if let found = judge(turn, analysis: analysis, context: context, firstTurn: firstTurn) { return [found] }
            if endsSearch(analysis) { break }
        }
        return context.missedIfFinal()
    }

    /// The intents that close the conversation once it has answered: the search for the need is over (a
    /// question of their turn included).
    static let closingIntents = ["more_questions"]

    /// The finding of one turn asking the need, or `nil`.
    func judge(_ turn: PlayedTurn, analysis: TurnAnalysis, context: GradingContext, firstTurn: Int?) -> Finding? {
        let excludedMatches = Self.notClarifying.compactMap { analysis.intents[$0] }
        let rude = Set(analysis.intents["rude"].map { [$0.sentence] } ?? [])
        let excluded = Set(excludedMatches.map(\.sentence)).union(rude)
        let questions = Set(analysis.questionSentences)
        for name in Self.needIntents {
            guard let match = analysis.intents[name], !excluded.contains(match.sentence) else { continue }
            if acceptsInvitation || name == "clarifies" || questions.contains(match.sentence) {
                return context.finding(.met, turn: turn, evidence: match.evidence)
            }
        }
        // Before the customer has said anything only an open question (a question word of its own) finds the need.
        let opening = turn.index == firstTurn
        let requests = excludedMatches.map(\.sentence).filter { analysis.text.isRequest(sentence: $0, cues: context.content.questionCues) }
        // Every match in a sentence of an excluded intent the turn shows covers its words, the first among them:
        // «назвіть номер о/р і ПІБ, на кого він записаний» asks the holder's name twice, and «а який у вас зараз
        // номер телефону? і чи є електронна пошта?» asks for the contacts in both sentences.
        let shown = Set(Self.notClarifying.filter { analysis.intents[$0] != nil })
        let covering = context.analyzer.intents.filter { shown.contains($0.name) }
        for sentence in Set(analysis.questionSentences + requests).sorted() where !rude.contains(sentence) {
            let words = analysis.text.wordIndices(inSentence: sentence)
            guard let first = words.first else { continue }
            let matches = covering.flatMap { $0.matches(in: analysis.text, sentence: sentence) }
            let covered = Set(matches.flatMap { match in
                Array((match.firstWord - first <= 3 ? first : match.firstWord)...match.lastWord)
            })
            let uncovered = words.filter { !covered.contains($0) && !analysis.text.words[$0].isFiller }
            // A request counts only with a question word of its own: «назвіть рахунок і ПІБ повністю» is identification.
            let open = uncovered.contains { context.content.interrogatives.contains(analysis.text.words[$0].form) }
            let asksMore = open || (questions.contains(sentence) && uncovered.filter { analysis.text.words[$0].form.count > 3 }.count >= 3)
            if opening ? open : covered.isEmpty || asksMore {
                return context.finding(.met, turn: turn, evidence: analysis.text.sentence(containingWord: first))
            }
        }
        return nil
    }
}
