/// VIS-DOCS-CHECK: every missing document is named (after looking at the documents).
struct DocumentsCheck: StandardCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        let missing = context.scenario.documents.indices.filter { context.scenario.documents[$0].status == .missing }
        var named: [Int: (PlayedTurn, PatternMatch)] = [:]
        for turn in context.speech {
            for (index, match) in turn.analysis?.documentsNamed ?? [:] where missing.contains(index) && named[index] == nil {
                named[index] = (turn, match)
            }
        }
        if !missing.isEmpty, missing.allSatisfy({ named[$0] != nil }) {
            let last = missing.compactMap { named[$0] }.max { $0.0.index < $1.0.index }!
            return [context.finding(.met, turn: last.0, evidence: last.1.evidence)]
        }
        let notNamed = missing.filter { named[$0] == nil }.map { context.scenario.documents[$0].name }
        return context.missedIfFinal(detail: notNamed.isEmpty ? nil : "не названо: " + notNamed.joined(separator: "; "))
    }
}

/// VIS-DOCS-EXPLAIN: explains what to bring (or names a missing document) and gives the deadline
/// for the full package (a deadline claim stated, or a term/date in the same turn).
struct DocumentsExplainCheck: StandardCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        var explained: (PlayedTurn, PatternMatch)?
        var deadline = false
        for turn in context.speech {
            guard let analysis = turn.analysis else { continue }
            let explanation = analysis.intents["explains_procedure"] ?? analysis.intents["names_missing_document"]
            if explained == nil, let explanation { explained = (turn, explanation) }
            let statedDeadline = analysis.statements.contains { $0.shows.contains(context.standard.id) }
            let termInTurn = explanation != nil && (!analysis.mentions.dates.isEmpty || analysis.mentions.quantities.contains { ["days", "working_days"].contains($0.kind) })
            if statedDeadline || termInTurn { deadline = true }
            if let explained, deadline { return [context.finding(.met, turn: explained.0, evidence: explained.1.evidence)] }
        }
        if explained == nil { return context.missedIfFinal(detail: "не пояснили, що принести") }
        return context.missedIfFinal(detail: "не назвали строк подання повного пакета")
    }
}

/// Standards shown by stating a claim (VIS-TERMS, WRT-DEADLINE's quoted term): met when a claim that
/// `shows` the Standard is stated.
struct ClaimShownCheck: StandardCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        for turn in context.speech {
            guard let analysis = turn.analysis else { continue }
            if let statement = analysis.statements.first(where: { $0.shows.contains(context.standard.id) }) {
                return [context.finding(.met, turn: turn, evidence: statement.evidence)]
            }
        }
        return context.missedIfFinal()
    }
}

/// VIS-REGISTER: the application is registered (`/ticket`).
struct RegisterCheck: StandardCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        if let turn = context.turns.first(where: { $0.action?.name == "ticket" }) {
            return [context.finding(.met, turn: turn, evidence: turn.input.text)]
        }
        return context.missedIfFinal()
    }
}
