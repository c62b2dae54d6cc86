/// HOT-HOLD: before every action longer than the threshold, the last spoken turn asks the caller
/// to wait on the line.
struct HoldCheck: StandardCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        let threshold = context.content.scoring.longActionSeconds
        var findings: [Finding] = []
        var lastSpeech: PlayedTurn?
        var sawLongAction = false
        for turn in context.turns {
            if turn.isSpeech { lastSpeech = turn; continue }
            guard turn.actionSeconds > threshold else { continue }
            sawLongAction = true
            if let speech = lastSpeech, let match = speech.analysis?.intents["wait_request"] {
                findings.append(context.finding(.met, turn: speech, evidence: match.evidence))
            } else {
                findings.append(context.finding(.missed, turn: turn, evidence: nil, detail: "пошук почато без прохання зачекати"))
            }
            lastSpeech = nil
        }
        if !sawLongAction { return context.missedIfFinal(detail: "тривалого пошуку не було") }
        return findings
    }

    func findings(at turn: PlayedTurn, context: GradingContext, memory: inout CheckMemory) -> [Finding] {
        if let analysis = turn.analysis {
            memory.noted.insert("speech")
            if analysis.intents["wait_request"] != nil { memory.noted.insert("asked_to_wait") } else { memory.noted.remove("asked_to_wait") }
            return []
        }
        guard turn.actionSeconds > context.content.scoring.longActionSeconds else { return [] }
        let askedToWait = memory.noted.contains("speech") && memory.noted.contains("asked_to_wait")
        memory.noted.subtract(["speech", "asked_to_wait"])
        return askedToWait ? [] : [context.finding(.missed, turn: turn, evidence: nil, detail: "пошук почато без прохання зачекати")]
    }
}

/// HOT-HOLD-THANKS: the first spoken turn after a long action thanks the caller for waiting.
struct HoldThanksCheck: StandardCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        let threshold = context.content.scoring.longActionSeconds
        var findings: [Finding] = []
        var waiting = false
        var sawLongAction = false
        for turn in context.turns {
            if !turn.isSpeech {
                if turn.actionSeconds > threshold { waiting = true; sawLongAction = true }
                continue
            }
            guard waiting else { continue }
            waiting = false
            if let match = turn.analysis?.intents["thanks_wait"] {
                findings.append(context.finding(.met, turn: turn, evidence: match.evidence))
            } else {
                findings.append(context.finding(.missed, turn: turn, detail: "не подякували за очікування"))
            }
        }
        if waiting { findings += context.missedIfFinal(detail: "розмова не повернулася після очікування") }
        if !sawLongAction { return context.missedIfFinal(detail: "тривалого очікування не було") }
        return findings
    }

    func findings(at turn: PlayedTurn, context: GradingContext, memory: inout CheckMemory) -> [Finding] {
        guard let analysis = turn.analysis else {
            if turn.actionSeconds > context.content.scoring.longActionSeconds { memory.noted.insert("waiting") }
            return []
        }
        guard memory.noted.remove("waiting") != nil else { return [] }
        if let match = analysis.intents["thanks_wait"] { return [context.finding(.met, turn: turn, evidence: match.evidence)] }
        return [context.finding(.missed, turn: turn, detail: "не подякували за очікування")]
    }
}

/// PHN-CONCISE / HOT-CONCISE: no turn longer than the scenario's word limit, no answer slower than
/// its pause limit. The Standards ask for information given «лаконічно, чітко»: a longer turn that is a
/// complete answer told clearly (`ConciseAnswer`: short sentences, several facts, within a ceiling)
/// is concise; a lecture, a run-on sentence or padding around one fact is not.
struct ConciseCheck: PerTurnCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        var findings: [Finding] = []
        for turn in context.speech {
            guard let analysis = turn.analysis else { continue }
            if analysis.wordCount > context.scenario.turnWordLimit,
               !context.content.scoring.conciseAnswer.allows(analysis) {
                let words = analysis.text.words
                findings.append(context.finding(.violated, turn: turn, evidence: analysis.text.quote(words: 0, min(11, words.count - 1)) + "…",
                                                detail: "\(analysis.wordCount) слів, межа \(context.scenario.turnWordLimit)"))
            } else if let seconds = turn.input.seconds, seconds > context.scenario.pauseLimitSeconds {
                let words = analysis.text.words
                let evidence = words.isEmpty ? turn.input.text : analysis.text.quote(words: 0, min(7, words.count - 1))
                findings.append(context.finding(.violated, turn: turn, evidence: evidence,
                                                detail: "пауза \(Self.whole(seconds)) с, межа \(Self.whole(context.scenario.pauseLimitSeconds)) с"))
            }
        }
        if context.final, findings.isEmpty, let first = context.speech.first {
            findings.append(context.finding(.met, turn: first))
        }
        return findings
    }

    /// Whole seconds as text, for any value (a stored figure may be out of the usual range).
    static func whole(_ seconds: Double) -> String {
        seconds.isFinite && abs(seconds) < 1e15 ? String(Int(seconds)) : String(seconds)
    }
}

/// PHN-CALLBACK: when the answer cannot be given now, a date and a time to call back told to the
/// customer (in one turn). A `/callback DATE TIME` books the call, but the customer only knows of it when
/// the trainee says it: a booking never told is `missed`. A call-back that cannot bring the answer —
/// outside the scenario's `callback_window` (`CallbackTiming`) — violates it, booked or said before a
/// booking. One set on
/// a day off or out of working hours still has its date and time (the experts' verdict); GEN-ACCURATE
/// judges that.
struct CallbackCheck: FirstQualifyingTurnCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        evaluate(context, promisedBefore: false, bookedBefore: nil)
    }

    /// Turn by turn: whether the spoken turn before offered a call-back, and the booking not yet told,
    /// are the check's memory.
    func findings(at turn: PlayedTurn, context: GradingContext, memory: inout CheckMemory) -> [Finding] {
        guard !memory.settled else { return [] }
        let booked = memory.marks["booked"].map { (turn: $0.turn, argument: $0.evidence) }
        let found = evaluate(context, promisedBefore: memory.noted.contains("promised"), bookedBefore: booked)
        if let action = turn.action, action.name == "callback", Self.booking(action.argument, context: context) != nil {
            memory.marks["booked"] = .init(turn: turn.index, evidence: action.argument)
            memory.noted.insert("promised")
        } else if let analysis = turn.analysis {
            if analysis.intents["callback_promise"] != nil { memory.noted.insert("promised") } else { memory.noted.remove("promised") }
        }
        if !found.isEmpty { memory.settled = true }
        return found
    }

    /// The date and time a `/callback` argument books, or `nil` when it lacks either.
    private static func booking(_ argument: String, context: GradingContext) -> (date: CalendarDate, minutes: Int?)? {
        let mentions = context.analyzer.parseValue(argument)
        guard let date = mentions.dates.first, !mentions.times.isEmpty || argument.contains(":") else { return nil }
        return (date.date, mentions.times.first?.minutes)
    }

    /// Spoken, the date and time must be of a call-back: said in a turn that offers or agrees one
    /// (the intent callback_promise), in the turn right after it (the day asked for and given), or
    /// after a booking in the words of its date.
    private func evaluate(_ context: GradingContext, promisedBefore: Bool, bookedBefore: (turn: Int, argument: String)?) -> [Finding] {
        var promised = promisedBefore
        var booked = bookedBefore.flatMap { Self.booking($0.argument, context: context) }
        for turn in context.turns {
            if let action = turn.action, action.name == "callback" {
                guard let booking = Self.booking(action.argument, context: context) else { continue }
                let finding = judged(booking.date, minutes: booking.minutes, turn: turn, evidence: turn.input.text, context: context)
                if finding.verdict != .met { return [finding] }
                booked = booking
                promised = true
                continue
            }
            guard let analysis = turn.analysis else { continue }
            let dates = analysis.mentions.dates
            let saysBooking = booked.map { booking in dates.contains { $0.date == booking.date } } ?? false
            let aboutCallback = promised || saysBooking || analysis.intents["callback_promise"] != nil
            promised = analysis.intents["callback_promise"] != nil
            // «сьогодні ж передам …, передзвоню в п'ятницю»: the call-back's day is a day from today on, said as a day;
            // the one of the promise's own clause, else of its sentence, when it has one («завтра відповіді ще не
            // буде… Тому передзвоню Вам в п'ятницю, 27 листопада» calls back on the 27th).
            let upcoming = dates.filter { !$0.isToday && $0.date >= context.scenario.date }
            let promise = analysis.intents["callback_promise"]
            let callbackDay = promise.flatMap { promise in
                upcoming.first { $0.sentence == promise.sentence && AccuracyCheck.sameClause($0.word, promise.firstWord, in: analysis.text) }
                    ?? upcoming.first { $0.sentence == promise.sentence }
            } ?? upcoming.first
            guard aboutCallback, let date = callbackDay ?? dates.first,
                  let time = analysis.mentions.times.first(where: { $0.sentence >= date.sentence - 1 && $0.sentence <= date.sentence + 1 }) else { continue }
            let evidence = Self.quote(date, time, in: analysis.text)
            // Told after a booking that can bring the answer: the call-back is arranged; a day or time
            // told otherwise than booked misinforms the customer (GEN-ACCURATE's).
            if booked != nil { return [context.finding(.met, turn: turn, evidence: evidence)] }
            return [judged(callbackDay?.date, minutes: time.minutes, turn: turn, evidence: evidence, context: context)]
        }
        if booked != nil {
            return context.missedIfFinal(detail: "дзвінок заплановано (/callback), але дату й час клієнтові не названо")
        }
        return context.missedIfFinal(detail: "немає дати й часу зворотного зв'язку")
    }

    /// The words from the earlier of a date and a time to the end of the later one's own words
    /// («26 листопада, після 15:00», never the next sentence's first word).
    private static func quote(_ date: DateMention, _ time: TimeMention, in text: AnalyzedText) -> String {
        let later = date.word > time.word ? (word: date.word, evidence: date.evidence) : (word: time.word, evidence: time.evidence)
        let starts = [later.word - 1, later.word].filter { $0 >= 0 }
        let last = (later.word..<min(later.word + 6, text.wordCount)).first { end in
            starts.contains { text.quote(words: $0, end) == later.evidence }
        } ?? later.word
        return text.quote(words: min(date.word, time.word), last)
    }

    /// Met, or violated when the call-back cannot be kept at that date and time.
    private func judged(_ date: CalendarDate?, minutes: Int?, turn: PlayedTurn, evidence: String, context: GradingContext) -> Finding {
        // A day already past, or «сьогодні», is another event's date, not the call-back's: not judged.
        if let date, date >= context.scenario.date,
           let problem = CallbackTiming.problem(date: date, minutes: minutes, window: context.scenario.callbackWindow, hours: nil) {
            return context.finding(.violated, turn: turn, evidence: evidence, detail: problem)
        }
        return context.finding(.met, turn: turn, evidence: evidence)
    }
}
