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
/// its pause limit.
struct ConciseCheck: PerTurnCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        var findings: [Finding] = []
        for turn in context.speech {
            guard let analysis = turn.analysis else { continue }
            if analysis.wordCount > context.scenario.turnWordLimit {
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

/// PHN-CALLBACK: when the answer cannot be given now, a date and a time to call back (in one
/// turn), or a scheduled `/callback DATE TIME`.
struct CallbackCheck: FirstQualifyingTurnCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        evaluate(context, promisedBefore: false)
    }

    /// Turn by turn: whether the spoken turn before offered a call-back is the check's memory.
    func findings(at turn: PlayedTurn, context: GradingContext, memory: inout CheckMemory) -> [Finding] {
        guard !memory.settled else { return [] }
        let found = evaluate(context, promisedBefore: memory.noted.contains("promised"))
        if let analysis = turn.analysis {
            if analysis.intents["callback_promise"] != nil { memory.noted.insert("promised") } else { memory.noted.remove("promised") }
        }
        if !found.isEmpty { memory.settled = true }
        return found
    }

    /// Spoken, the date and time must be of a call-back: said in a turn that offers or agrees one
    /// (the intent callback_promise), or in the turn right after it (the day asked for and given).
    private func evaluate(_ context: GradingContext, promisedBefore: Bool) -> [Finding] {
        var promised = promisedBefore
        for turn in context.turns {
            if let action = turn.action, action.name == "callback" {
                let mentions = context.analyzer.parseValue(action.argument)
                if !mentions.dates.isEmpty, !mentions.times.isEmpty || action.argument.contains(":") {
                    return [context.finding(.met, turn: turn, evidence: turn.input.text)]
                }
                continue
            }
            guard let analysis = turn.analysis else { continue }
            let aboutCallback = promised || analysis.intents["callback_promise"] != nil
            promised = analysis.intents["callback_promise"] != nil
            guard aboutCallback, let date = analysis.mentions.dates.first,
                  let time = analysis.mentions.times.first(where: { $0.sentence >= date.sentence - 1 && $0.sentence <= date.sentence + 1 }) else { continue }
            let first = min(date.word, time.word)
            let last = max(date.word, time.word)
            return [context.finding(.met, turn: turn, evidence: analysis.text.quote(words: first, min(last + 1, analysis.text.words.count - 1)))]
        }
        return context.missedIfFinal(detail: "немає дати й часу зворотного зв'язку")
    }
}
