/// VIS-DOCS-CHECK: every missing document is named (after looking at the documents). When none is
/// missing, looking at them (`/docs`) or naming what was handed over is the check. Accepting the
/// package (`accepts_documents`: «Усе гаразд, документи в порядку, я їх приймаю») after looking at it,
/// with no missing document named yet, is a violation: an incomplete package accepted without a remark
/// (a faulty document named as sufficient, «довідки нотаріуса достатньо», is no remark). Not looking at
/// all stays `missed`.
struct DocumentsCheck: StandardCheck {
    /// Whether `analysis` accepts the package with no missing document named so far (`remarked`: one
    /// was named in an earlier turn).
    static func acceptsWithoutRemark(_ analysis: TurnAnalysis, scenario: Scenario, remarked: Bool) -> PatternMatch? {
        guard !remarked, let accepted = analysis.intents["accepts_documents"] else { return nil }
        let remarkHere = analysis.documentsNamed.keys.contains { scenario.documents[$0].status == .missing }
        return remarkHere ? nil : accepted
    }

    func evaluate(_ context: GradingContext) -> [Finding] {
        let missing = context.scenario.documents.indices.filter { context.scenario.documents[$0].status == .missing }
        if missing.isEmpty {
            if let looked = context.turns.first(where: { $0.action?.name == "docs" }) {
                return [context.finding(.met, turn: looked, evidence: looked.input.text)]
            }
            if let named = context.speech.first(where: { !($0.analysis?.documentsNamed.isEmpty ?? true) }),
               let match = named.analysis?.documentsNamed.values.min(by: { $0.firstWord < $1.firstWord }) {
                return [context.finding(.met, turn: named, evidence: match.evidence)]
            }
            return context.missedIfFinal(detail: "документи не переглянуто")
        }
        var named: [Int: (PlayedTurn, PatternMatch)] = [:]
        var looked = false, remarked = false
        for turn in context.turns {
            if turn.action?.name == "docs" { looked = true }
            guard let analysis = turn.analysis else { continue }
            if looked, let accepted = Self.acceptsWithoutRemark(analysis, scenario: context.scenario, remarked: remarked) {
                return [context.finding(.violated, turn: turn, evidence: accepted.evidence, detail: "неповний пакет прийнято без зауважень")]
            }
            if analysis.documentsNamed.keys.contains(where: { context.scenario.documents[$0].status == .missing }) { remarked = true }
            for (index, match) in analysis.documentsNamed where missing.contains(index) && named[index] == nil {
                named[index] = (turn, match)
            }
            if missing.allSatisfy({ named[$0] != nil }) { break }
        }
        if !missing.isEmpty, missing.allSatisfy({ named[$0] != nil }) {
            let last = missing.compactMap { named[$0] }.max { $0.0.index < $1.0.index }!
            return [context.finding(.met, turn: last.0, evidence: last.1.evidence)]
        }
        let notNamed = missing.filter { named[$0] == nil }.map { context.scenario.documents[$0].name }
        return context.missedIfFinal(detail: notNamed.isEmpty ? nil : "не названо: " + notNamed.joined(separator: "; "))
    }

    func findings(at turn: PlayedTurn, context: GradingContext, memory: inout CheckMemory) -> [Finding] {
        guard !memory.settled else { return [] }
        let missing = context.scenario.documents.indices.filter { context.scenario.documents[$0].status == .missing }
        if turn.action?.name == "docs" { memory.noted.insert("looked") }
        guard let analysis = turn.analysis else { return [] }
        let documentsNamed = analysis.documentsNamed
        if !missing.isEmpty, memory.noted.contains("looked"),
           let accepted = Self.acceptsWithoutRemark(analysis, scenario: context.scenario, remarked: memory.noted.contains("remarked")) {
            memory.settled = true
            return [context.finding(.violated, turn: turn, evidence: accepted.evidence, detail: "неповний пакет прийнято без зауважень")]
        }
        if documentsNamed.keys.contains(where: { context.scenario.documents[$0].status == .missing }) { memory.noted.insert("remarked") }
        let newlyNamed = missing.filter { documentsNamed[$0] != nil && !memory.noted.contains(String($0)) }
        memory.noted.formUnion(newlyNamed.map(String.init))
        guard !missing.isEmpty, missing.allSatisfy({ memory.noted.contains(String($0)) }) else { return [] }
        memory.settled = true
        guard let first = newlyNamed.first, let match = documentsNamed[first] else { return [] }
        return [context.finding(.met, turn: turn, evidence: match.evidence)]
    }
}

/// VIS-DOCS-EXPLAIN: explains what to bring (or names a missing document) and gives the deadline
/// for the full package: a claim that shows this Standard stated, or — in a scenario without such a
/// claim — a term or date in the explaining turn. A wrong procedure or a vague deadline for the documents
/// («коли зможете»: a statement showing the Standard that the data contradicts) is a violation whatever else
/// was said. A definite deadline with a wrong date or figure («до 5 грудня» for 9 грудня) still states a
/// deadline: GEN-ACCURATE alone counts the wrong value (`Statement.namesValue`).
struct DocumentsExplainCheck: StandardCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        let id = context.standard.id
        let tagged = context.analyzer.claims.hasClaim(showing: id)
        var explained: (PlayedTurn, PatternMatch)?
        var deadline = false
        for turn in context.speech {
            if let wrong = turn.analysis?.statements.first(where: { $0.shows.contains(id) && !$0.correct && !$0.namesValue }) {
                return [context.finding(.violated, turn: turn, evidence: wrong.evidence, detail: "строк чи порядок подання документів названо неправильно")]
            }
        }
        for turn in context.speech {
            guard let analysis = turn.analysis else { continue }
            let explanation = analysis.intents["explains_procedure"] ?? analysis.intents["names_missing_document"]
                ?? analysis.intents["names_incomplete_document"]
            if explained == nil, let explanation { explained = (turn, explanation) }
            if tagged {
                if analysis.statements.contains(where: { $0.shows.contains(id) })
                    || (explanation != nil && context.analyzer.claims.acceptsAnyValue(in: analysis.mentions, showing: id)) { deadline = true }
            } else if explanation != nil, !analysis.mentions.dates.isEmpty || analysis.mentions.quantities.contains(where: { ["days", "working_days"].contains($0.kind) }) {
                deadline = true
            }
            if let explained, deadline { return [context.finding(.met, turn: explained.0, evidence: explained.1.evidence)] }
        }
        if explained == nil { return context.missedIfFinal(detail: "не пояснили, що принести") }
        return context.missedIfFinal(detail: "не назвали строк подання повного пакета")
    }

    func findings(at turn: PlayedTurn, context: GradingContext, memory: inout CheckMemory) -> [Finding] {
        guard let analysis = turn.analysis else { return [] }
        let id = context.standard.id
        if !memory.noted.contains("wrong"), let wrong = analysis.statements.first(where: { $0.shows.contains(id) && !$0.correct && !$0.namesValue }) {
            memory.noted.insert("wrong")
            // A wrong term decides the Standard, as in `evaluate`: no later explanation earns it back.
            memory.settled = true
            return [context.finding(.violated, turn: turn, evidence: wrong.evidence, detail: "строк чи порядок подання документів названо неправильно")]
        }
        guard !memory.settled else { return [] }
        let explanation = analysis.intents["explains_procedure"] ?? analysis.intents["names_missing_document"]
                ?? analysis.intents["names_incomplete_document"]
        if context.analyzer.claims.hasClaim(showing: id) {
            if analysis.statements.contains(where: { $0.shows.contains(id) })
                || (explanation != nil && context.analyzer.claims.acceptsAnyValue(in: analysis.mentions, showing: id)) { memory.noted.insert("deadline") }
        } else if explanation != nil, !analysis.mentions.dates.isEmpty || analysis.mentions.quantities.contains(where: { ["days", "working_days"].contains($0.kind) }) {
            memory.noted.insert("deadline")
        }
        let explainedHere = explanation != nil && !memory.noted.contains("explained")
        if explanation != nil { memory.noted.insert("explained") }
        guard memory.noted.contains("explained"), memory.noted.contains("deadline") else { return [] }
        memory.settled = true
        guard explainedHere, let explanation else { return [] }
        return [context.finding(.met, turn: turn, evidence: explanation.evidence)]
    }
}

/// VIS-TERMS: the service's term stated correctly (a claim that shows the Standard, with a time
/// value) and, where the service is paid, its cost; a wrong term or cost alone is a violation, and a
/// statement the service's data contradicts («переоформлення платне») or a wrong cost («150 грн» for a free
/// service) is one whatever else was said: the customer is told to pay what they need not.
struct ClaimShownCheck: StandardCheck {
    static let timeKinds: Set<String> = ["days", "working_days", "date", "time", "hours", "minutes"]

    func evaluate(_ context: GradingContext) -> [Finding] {
        let id = context.standard.id
        let paid = context.analyzer.claims.hasPaidClaim(showing: id)
        var term: (PlayedTurn, ClaimJudge.Statement)?
        var cost: (PlayedTurn, ClaimJudge.Statement)?
        var wrong: (PlayedTurn, ClaimJudge.Statement)?
        var wrongCost: (PlayedTurn, ClaimJudge.Statement)?
        for turn in context.speech {
            for statement in turn.analysis?.statements ?? [] where statement.shows.contains(id) {
                if !statement.correct {
                    wrong = wrong ?? (turn, statement)
                    if context.analyzer.isWrongCost(statement) { wrongCost = wrongCost ?? (turn, statement) }
                } else if !statement.kinds.isDisjoint(with: Self.timeKinds) {
                    term = term ?? (turn, statement)
                } else if statement.kinds.contains("money") {
                    cost = cost ?? (turn, statement)
                }
            }
        }
        if let wrong, wrong.1.contradicts {
            return [context.finding(.violated, turn: wrong.0, evidence: wrong.1.evidence, detail: "не відповідає умовам послуги")]
        }
        if let wrongCost {
            return [context.finding(.violated, turn: wrongCost.0, evidence: wrongCost.1.evidence, detail: "не відповідає умовам послуги")]
        }
        if let term, !paid || cost != nil { return [context.finding(.met, turn: term.0, evidence: term.1.evidence)] }
        if let wrong { return [context.finding(.violated, turn: wrong.0, evidence: wrong.1.evidence, detail: "не відповідає умовам послуги")] }
        return context.missedIfFinal(detail: term == nil ? "не назвали строк надання послуги" : "не назвали вартість послуги")
    }

    func findings(at turn: PlayedTurn, context: GradingContext, memory: inout CheckMemory) -> [Finding] {
        guard let analysis = turn.analysis else { return [] }
        let id = context.standard.id
        var term: ClaimJudge.Statement?
        var wrong: ClaimJudge.Statement?
        var wrongCost: ClaimJudge.Statement?
        for statement in analysis.statements where statement.shows.contains(id) {
            if !statement.correct {
                wrong = wrong ?? statement
                if context.analyzer.isWrongCost(statement) { wrongCost = wrongCost ?? statement }
            } else if !statement.kinds.isDisjoint(with: Self.timeKinds) {
                term = term ?? statement
            } else if statement.kinds.contains("money") {
                memory.noted.insert("cost")
            }
        }
        let termHere = memory.noted.contains("term") ? nil : term
        let wrongHere = memory.noted.contains("wrong") ? nil : wrong
        let costHere = memory.noted.contains("wrong cost") ? nil : wrongCost
        if term != nil { memory.noted.insert("term") }
        if wrong != nil { memory.noted.insert("wrong") }
        if wrongCost != nil { memory.noted.insert("wrong cost") }
        // As the whole conversation's verdict: the first wrong statement when it contradicts the service, else the
        // first wrong cost, else the term (and cost) told, else the first wrong statement.
        if let wrongHere, wrongHere.contradicts {
            memory.noted.insert("contradicted")
            return [context.finding(.violated, turn: turn, evidence: wrongHere.evidence, detail: "не відповідає умовам послуги")]
        }
        if let costHere, !memory.noted.contains("contradicted") {
            return [context.finding(.violated, turn: turn, evidence: costHere.evidence, detail: "не відповідає умовам послуги")]
        }
        if memory.noted.contains("wrong cost") { return [] }
        if memory.noted.contains("term"), !context.analyzer.claims.hasPaidClaim(showing: id) || memory.noted.contains("cost") {
            return termHere.map { [context.finding(.met, turn: turn, evidence: $0.evidence)] } ?? []
        }
        guard let wrongHere else { return [] }
        return [context.finding(.violated, turn: turn, evidence: wrongHere.evidence, detail: "не відповідає умовам послуги")]
    }
}

/// VIS-REGISTER: the application is registered (`/ticket`).
struct RegisterCheck: FirstQualifyingTurnCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        if let turn = context.turns.first(where: { $0.action?.name == "ticket" }) {
            return [context.finding(.met, turn: turn, evidence: turn.input.text)]
        }
        return context.missedIfFinal()
    }
}
