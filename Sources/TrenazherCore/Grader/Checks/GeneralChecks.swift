/// GEN-FORMAL: any «ти»-form in any turn is a violation; otherwise met.
struct FormalAddressCheck: PerTurnCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        var findings: [Finding] = []
        for turn in context.speech {
            guard let analysis = turn.analysis else { continue }
            if let hit = analysis.informal.first {
                findings.append(context.finding(.violated, turn: turn, evidence: hit.text, detail: hit.reason))
            } else if let formal = analysis.formalAddress {
                findings.append(context.finding(.met, turn: turn, evidence: formal))
            }
        }
        if context.final, findings.isEmpty, let first = context.speech.first {
            findings.append(context.finding(.met, turn: first))
        }
        return findings
    }
}

/// GEN-COURTESY: prohibited, dismissive, insulting or obscene words and shouting violate it.
struct CourtesyCheck: PerTurnCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        var findings: [Finding] = []
        for turn in context.speech {
            if let hit = turn.analysis?.discourtesy.first {
                findings.append(context.finding(.violated, turn: turn, evidence: hit.text, detail: hit.reason))
            }
        }
        if context.final, findings.isEmpty, let first = context.speech.first {
            findings.append(context.finding(.met, turn: first))
        }
        return findings
    }
}

/// GEN-NO-INTERRUPT: a turn typed while the customer was still speaking violates it.
struct NoInterruptCheck: PerTurnCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        var findings: [Finding] = []
        for turn in context.turns where turn.input.interrupted {
            findings.append(context.finding(.violated, turn: turn, evidence: turn.input.text))
        }
        if context.final, findings.isEmpty, let first = context.speech.first {
            findings.append(context.finding(.met, turn: first))
        }
        return findings
    }
}

/// GEN-LANGUAGE: Russian letters or words, or heavy surzhyk, violate it.
struct LanguageCheck: PerTurnCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        var findings: [Finding] = []
        for turn in context.speech {
            if let hit = turn.analysis?.foreignLanguage.first {
                findings.append(context.finding(.violated, turn: turn, evidence: hit.text, detail: hit.reason))
            }
        }
        if context.final, findings.isEmpty, let first = context.speech.first {
            findings.append(context.finding(.met, turn: first))
        }
        return findings
    }
}

/// GEN-ACCURATE: a figure, date or term that contradicts the scenario's claims, or a statement its
/// data contradicts (a claim's `false` pattern, not negated), violates it, quoting the true fact in the words of
/// `statements.yaml` `truth_note`;
/// correct statements are met; with no statement at all nothing inaccurate was said (met). Calling the
/// customer by the name of another variant's customer (`OtherCustomerNames`) is a wrong fact too.
/// A call-back promised for a time it cannot be kept (`CallbackTiming`: before the scenario's
/// `callback_window`, on a day off, out of working hours) — scheduled with `/callback`, or, where the
/// scenario has a `callback_window`, said in the sentence that promises it — is a wrong date too.
struct AccuracyCheck: PerTurnCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        var findings: [Finding] = []
        for turn in context.turns {
            if let (evidence, problem) = Self.untimelyCallback(in: turn, context: context) {
                findings.append(context.finding(.violated, turn: turn, evidence: evidence, detail: problem))
            }
            guard turn.isSpeech, let analysis = turn.analysis else { continue }
            if let name = analysis.otherCustomerName {
                findings.append(context.finding(.violated, turn: turn, evidence: name, detail: OtherCustomerNames.truth(context.scenario, content: context.content)))
            }
            for statement in analysis.statements where !PackageCorrection.isTakenBack(statement, turnIndex: turn.index, in: context.turns,
                                                                                        scenario: context.scenario, claims: context.analyzer.claims.claims) {
                let detail = statement.correct ? nil : statement.truth.map { context.content.truthNote.quoting($0) }
                findings.append(context.finding(statement.correct ? .met : .violated, turn: turn, evidence: statement.evidence, detail: detail))
            }
        }
        if context.final, findings.isEmpty, let first = context.speech.first {
            findings.append(context.finding(.met, turn: first))
        }
        return findings
    }

    /// A call-back in this turn that cannot be kept, with the words that set it and why; only dates
    /// from today on are a call-back's (an earlier one is another event's).
    static func untimelyCallback(in turn: PlayedTurn, context: GradingContext) -> (String, String)? {
        let window = context.scenario.callbackWindow, hours = context.content.time.workingHours
        guard window != nil || hours != nil else { return nil }
        if let action = turn.action {
            guard action.name == "callback" else { return nil }
            let mentions = context.analyzer.parseValue(action.argument)
            guard let date = mentions.dates.first, date.date >= context.scenario.date,
                  let problem = CallbackTiming.problem(date: date.date, minutes: mentions.times.first?.minutes, window: window, hours: hours)
            else { return nil }
            return (turn.input.text, problem)
        }
        // Said aloud, only where the scenario says when the answer can exist: «сьогодні до 18:00» is
        // mostly another promise's time.
        // The promise's date is the one of its own clause when it has one: «завтра дзвонити нам не варто — я
        // сама Вам зателефоную 27 листопада» promises the 27th.
        guard window != nil, let analysis = turn.analysis, let promise = analysis.intents["callback_promise"] else { return nil }
        let dates = analysis.mentions.dates.filter { $0.sentence == promise.sentence && !$0.isToday && $0.date >= context.scenario.date }
        guard let date = dates.first(where: { Self.sameClause($0.word, promise.firstWord, in: analysis.text) }) ?? dates.first else { return nil }
        let time = analysis.mentions.times.first { $0.sentence == promise.sentence }
        guard let problem = CallbackTiming.problem(date: date.date, minutes: time?.minutes, window: window, hours: hours) else { return nil }
        return (analysis.text.sentence(containingWord: date.word), problem)
    }

    /// Whether two words of one sentence stand in one clause (no word between them opens a clause).
    static func sameClause(_ one: Int, _ other: Int, in text: AnalyzedText) -> Bool {
        let first = min(one, other), last = max(one, other)
        return first == last || !text.words[(first + 1)...last].contains { $0.startsClause }
    }
}
