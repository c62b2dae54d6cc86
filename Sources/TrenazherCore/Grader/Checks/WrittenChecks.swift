/// WRT-SALUTATION: a formal salutation at the start and a closing at the end of the letter.
struct SalutationCheck: StandardCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        guard let letter = context.speech.first, let analysis = letter.analysis else { return context.missedIfFinal() }
        if let informal = analysis.intents["greeting_informal"] ?? analysis.intents["farewell_informal"] {
            return [context.finding(.violated, turn: letter, evidence: informal.evidence, detail: "неофіційне звертання")]
        }
        let sentences = analysis.text.sentenceCount
        guard let salutation = analysis.intents["salutation"], salutation.sentence <= 1 else {
            return context.missedIfFinal(detail: "немає звертання на початку листа")
        }
        guard let closing = analysis.intents["closing"], closing.sentence >= max(0, sentences - 4) else {
            return context.missedIfFinal(detail: "немає завершальної формули («З повагою…»)")
        }
        return [context.finding(.met, turn: letter, evidence: salutation.evidence + " … " + closing.evidence)]
    }
}

/// WRT-ANSWERS: every question of the appeal is answered (its patterns found).
struct AnswersCheck: StandardCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        let bindings = context.scenario.bindings(trainee: context.analyzer.traineeName)
        var unanswered: [String] = []
        var evidence: [String] = []
        var turnOfLast: PlayedTurn?
        for question in context.scenario.questions {
            let patterns = question.answeredBy.compactMap { $0.compile(bindings: bindings, log: nil) }
            var found = false
            for turn in context.speech {
                guard let analysis = turn.analysis else { continue }
                if let match = patterns.lazy.compactMap({ $0.firstMatch(in: analysis.text) }).first {
                    evidence.append(match.evidence)
                    turnOfLast = turn
                    found = true
                    break
                }
            }
            if !found { unanswered.append(question.text.isEmpty ? question.id : question.text) }
        }
        if unanswered.isEmpty, let turnOfLast {
            return [context.finding(.met, turn: turnOfLast, evidence: evidence.joined(separator: " / "))]
        }
        return context.missedIfFinal(detail: "без відповіді: " + unanswered.joined(separator: "; "))
    }
}

/// WRT-DEADLINE: the reply is within the statutory term, and any term quoted is correct.
struct WrittenDeadlineCheck: StandardCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        guard let letter = context.speech.first, let analysis = letter.analysis else { return context.missedIfFinal() }
        let statements = context.claims.statements(in: analysis).filter { $0.shows.contains(context.standard.id) }
        if let wrong = statements.first(where: { !$0.correct }) {
            return [context.finding(.violated, turn: letter, evidence: wrong.evidence, detail: "неправильний строк")]
        }
        if let received = context.scenario.received, let term = context.scenario.replyTermDays,
           context.scenario.date.dayNumber - received.dayNumber > term {
            return [context.finding(.violated, turn: letter, detail: "відповідь пізніше \(term) днів від отримання")]
        }
        if let right = statements.first { return [context.finding(.met, turn: letter, evidence: right.evidence)] }
        return context.final ? [context.finding(.met, turn: letter)] : []
    }
}

/// WRT-PLAIN: an abbreviation from the jargon list with none of its expansions in the text.
struct PlainLanguageCheck: StandardCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        for turn in context.speech {
            guard let analysis = turn.analysis else { continue }
            for entry in context.content.jargon {
                let abbreviation = TextNormalizer.fixLookalikes(in: entry.abbreviation).uppercased()
                guard let word = analysis.text.words.first(where: { w in
                    w.isAllCaps && TextNormalizer.fixLookalikes(in: w.text).uppercased().split(separator: "-").contains { String($0) == abbreviation }
                }) else { continue }
                let explained = entry.expansions.contains { source in
                    source.compile(bindings: [:], log: nil)?.firstMatch(in: analysis.text) != nil
                }
                if !explained {
                    return [context.finding(.violated, turn: turn, evidence: word.text, detail: "абревіатуру «\(entry.abbreviation)» не пояснено")]
                }
            }
        }
        return context.final && !context.speech.isEmpty ? [context.finding(.met, turn: context.speech.first)] : []
    }
}
