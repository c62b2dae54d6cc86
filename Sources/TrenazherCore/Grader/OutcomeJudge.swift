/// Judges whether the customer was served: every goal of the scenario's `outcome` reached by the
/// graded turns, and nothing said that the company's data contradicts. Pure and deterministic.
public struct OutcomeJudge: Sendable {
    let scenario: Scenario
    let wording: OutcomeWording
    let goals: [(goal: OutcomeGoal, said: [WordPattern])]

    public init(analyzer: TurnAnalyzer) {
        scenario = analyzer.scenario
        wording = analyzer.content.scoring.outcome
        let bindings = analyzer.scenario.bindings(trainee: analyzer.traineeName)
        goals = (analyzer.scenario.outcome?.goals ?? []).map { goal in
            (goal, goal.said.compactMap { $0.compile(bindings: bindings, log: nil) })
        }
    }

    /// The outcome of a conversation; `nil` when the scenario states no outcome and nothing false was said.
    public func judge(_ turns: [PlayedTurn], mood: String?) -> CustomerOutcome? {
        var falseStatements: [CustomerOutcome.FalseStatement] = []
        for turn in turns {
            for statement in turn.analysis?.statements ?? [] where statement.contradicts {
                falseStatements.append(.init(turn: turn.index, said: statement.evidence, truth: statement.truth ?? ""))
            }
        }
        guard scenario.outcome != nil || !falseStatements.isEmpty else { return nil }
        let results = goals.map { entry in
            let turn = reachingTurn(entry.goal, said: entry.said, in: turns)
            return CustomerOutcome.Goal(id: entry.goal.id, reached: turn != nil, turn: turn, missing: entry.goal.missing)
        }
        let missing = goals.indices.filter { !results[$0].reached }.map { goals[$0].goal }
        let status: CustomerOutcome.Status = !falseStatements.isEmpty ? .misinformed : missing.isEmpty ? .resolved : .unresolved
        return CustomerOutcome(status: status, goals: results, falseStatements: falseStatements, mood: mood,
                               sentence: sentence(status, missing: missing, falseStatements: falseStatements, mood: mood, english: false),
                               sentenceEN: sentence(status, missing: missing, falseStatements: falseStatements, mood: mood, english: true))
    }

    /// The turn by which every condition of a goal was met, or `nil`.
    func reachingTurn(_ goal: OutcomeGoal, said: [WordPattern], in turns: [PlayedTurn]) -> Int? {
        let counted = turns.filter { !goal.afterIdentification || $0.identifiedBefore }
        var conditions: [(PlayedTurn) -> Bool] = []
        if !goal.intents.isEmpty { conditions.append { turn in goal.intents.contains { turn.analysis?.shows($0) ?? false } } }
        if !said.isEmpty {
            conditions.append { turn in
                guard let text = turn.analysis?.text else { return false }
                return said.contains { $0.firstMatch(in: text) != nil }
            }
        }
        if !goal.actions.isEmpty { conditions.append { turn in turn.action.map { goal.actions.contains($0.name) } ?? false } }
        if !goal.answers.isEmpty { conditions.append { turn in goal.answers.contains { turn.analysis?.answeredQuestions[$0] != nil } } }
        var last: Int?
        for condition in conditions {
            guard let turn = counted.first(where: condition) else { return nil }
            last = max(last ?? turn.index, turn.index)
        }
        return last
    }

    func sentence(_ status: CustomerOutcome.Status, missing: [OutcomeGoal], falseStatements: [CustomerOutcome.FalseStatement],
                  mood: String?, english: Bool) -> String {
        let feminine = wording.isFeminine(scenario.persona.name)
        let rules = scenario.outcome
        func say(_ kind: OutcomeWording.Kind, override: String?, _ values: [String: String]) -> String {
            guard let override else { return wording.sentence(kind, feminine: feminine, english: english, values: values) }
            return values.reduce(override) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
        }
        var parts: [String] = []
        if let first = falseStatements.first {
            parts.append(say(.misinformed, override: nil, ["said": first.said, "truth": first.truth]))
        }
        if !missing.isEmpty {
            let list = wording.list(missing.map { english ? ($0.missingEN ?? $0.missing) : $0.missing }, english: english)
            parts.append(say(.unresolved, override: english ? rules?.unresolvedEN : rules?.unresolved, ["missing": list]))
        } else if status == .resolved {
            parts.append(say(.resolved, override: english ? rules?.resolvedEN : rules?.resolved, [:]))
        }
        if let mood { parts.append(say(.mood, override: nil, ["mood": mood])) }
        return parts.joined(separator: " ")
    }
}
