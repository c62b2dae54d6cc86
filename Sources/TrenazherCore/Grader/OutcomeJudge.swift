/// Judges whether the customer was served: every goal of the scenario's `outcome` reached by the
/// graded turns, and nothing said that the company's data contradicts — no `false` statement, no
/// wrong value of a claim the goals depend on (`GoalClaims`) or of the customer's own case
/// (`Claim.customerValues`), and no other customer's name (`OtherCustomerNames`). Pure and deterministic.
public struct OutcomeJudge: Sendable {
    let scenario: Scenario
    let wording: OutcomeWording
    let moods: MoodDefaults?
    let goals: [(goal: OutcomeGoal, said: [WordPattern], values: [GoalValue])]
    let analyzer: TurnAnalyzer
    /// The claims whose wrong value misinforms the customer about what they asked.
    let goalClaims: GoalClaims

    public init(analyzer: TurnAnalyzer) {
        self.analyzer = analyzer
        scenario = analyzer.scenario
        wording = analyzer.content.scoring.outcome
        moods = analyzer.content.moodDefaults
        let bindings = analyzer.scenario.bindings(trainee: analyzer.traineeName)
        goals = (analyzer.scenario.outcome?.goals ?? []).map { Self.compiled($0, bindings: bindings, analyzer: analyzer) }
        goalClaims = GoalClaims(analyzer: analyzer)
    }

    /// The outcome of a conversation; `nil` when the scenario states no outcome and nothing false was said.
    public func judge(_ turns: [PlayedTurn], mood: String?) -> CustomerOutcome? {
        var falseStatements: [CustomerOutcome.FalseStatement] = []
        for turn in turns {
            guard let analysis = turn.analysis else { continue }
            let answering = goalSentences(in: analysis)
            if let name = analysis.otherCustomerName {
                falseStatements.append(.init(turn: turn.index, said: name, truth: OtherCustomerNames.truth(scenario, content: analyzer.content)))
            }
            for statement in analysis.statements where statement.contradicts || (!statement.correct && misinforms(statement, in: analysis, answering)) {
                if PackageCorrection.isTakenBack(statement, turnIndex: turn.index, in: turns, scenario: scenario, claims: analyzer.claims.claims) { continue }
                falseStatements.append(.init(turn: turn.index, said: statement.evidence, truth: statement.truth ?? ""))
            }
        }
        guard scenario.outcome != nil || !falseStatements.isEmpty else { return nil }
        let results = goals.map { entry in
            let turn = reachingTurn(entry.goal, said: entry.said, values: entry.values, in: turns)
            return CustomerOutcome.Goal(id: entry.goal.id, reached: turn != nil, turn: turn, missing: entry.goal.missing)
        }
        let missing = goals.indices.filter { !results[$0].reached }.map { goals[$0].goal }
        let status: CustomerOutcome.Status = !falseStatements.isEmpty ? .misinformed : missing.isEmpty ? .resolved : .unresolved
        return CustomerOutcome(status: status, goals: results, falseStatements: falseStatements, mood: mood,
                               sentence: sentence(status, missing: missing, falseStatements: falseStatements, mood: mood, english: false),
                               sentenceEN: sentence(status, missing: missing, falseStatements: falseStatements, mood: mood, english: true))
    }

    /// Whether a wrong value misinforms the customer about what they asked: its claim is one the goals
    /// name a value of (`GoalClaims`), or it stands in a sentence that meets a goal's intent or `said`
    /// pattern or answers a question of the appeal the goal names («електропостачання відновлять до 20:00» answering «when is the power back» with the wrong time),
    /// or it is a wrong cost of the service (a claim that shows a Standard: «переоформлення — 150 грн» for a
    /// free one): the customer would pay what they need not.
    func misinforms(_ statement: ClaimJudge.Statement, in analysis: TurnAnalysis, _ answering: Set<Int>) -> Bool {
        if goalClaims.indices.contains(statement.claimIndex) { return true }
        if !statement.shows.isEmpty, analyzer.isWrongCost(statement) { return true }
        let claims = analyzer.claims.claims
        if claims.indices.contains(statement.claimIndex), isAboutTheCustomer(statement, claims[statement.claimIndex].claim) { return true }
        let mentions = analysis.mentions
        let sentence = mentions.quantities.first { $0.evidence == statement.evidence }?.sentence
            ?? mentions.dates.first { $0.evidence == statement.evidence }?.sentence
            ?? mentions.times.first { $0.evidence == statement.evidence }?.sentence
        return sentence.map(answering.contains) ?? false
    }

    /// Whether a wrong value is of the kind of a value the claim accepts from the customer's own case
    /// (`Claim.customerValues`): «1 120 грн» for their bill, «17 листопада» for the day their letter came —
    /// not «45 днів» for the statutory term a claim also holds.
    func isAboutTheCustomer(_ statement: ClaimJudge.Statement, _ claim: Claim) -> Bool {
        guard !claim.customerValues.isEmpty else { return false }
        let said = analyzer.parseValue(statement.evidence)
        return claim.customerValues.contains { value in
            let own = analyzer.parseValue(value)
            return (!said.dates.isEmpty && !own.dates.isEmpty) || (!said.times.isEmpty && !own.times.isEmpty)
                || said.quantities.contains { mention in own.quantities.contains { GoalValue.sameKind(mention.kind, $0.kind) } }
        }
    }

    /// The sentences of a turn where a goal's intent or `said` pattern is met.
    func goalSentences(in analysis: TurnAnalysis) -> Set<Int> {
        var sentences = Set<Int>()
        for entry in goals {
            for intent in entry.goal.intents { if let match = analysis.intents[intent] { sentences.insert(match.sentence) } }
            for pattern in entry.said { sentences.formUnion(pattern.allMatches(in: analysis.text).map(\.sentence)) }
            // A written appeal's question the goal answers: every sentence its `answered_by` words stand in answers it
            // («…: надається розстрочка на строк до трьох місяців» tells the customer a wrong term).
            for question in analyzer.questions where entry.goal.answers.contains(question.id) {
                for pattern in question.patterns { sentences.formUnion(pattern.allMatches(in: analysis.text).map(\.sentence)) }
            }
        }
        return sentences
    }

    /// A goal with its `said` patterns compiled and the values they name (`GoalValue`).
    static func compiled(_ goal: OutcomeGoal, bindings: [String: String], analyzer: TurnAnalyzer)
        -> (goal: OutcomeGoal, said: [WordPattern], values: [GoalValue]) {
        (goal, goal.said.compactMap { $0.compile(bindings: bindings, log: nil) },
         goal.said.compactMap { GoalValue(pattern: $0, bindings: bindings, analyzer: analyzer) })
    }

    /// The first turn that met any condition of a goal, or `nil`.
    func reachingTurn(_ goal: OutcomeGoal, said: [WordPattern], values: [GoalValue], in turns: [PlayedTurn]) -> Int? {
        turns.first { Self.reaches(goal, said: said, values: values, turn: $0, analyzer: analyzer) }?.index
    }

    /// Whether `turn` meets any condition of a goal. A `said` value (an amount, a date) is met in any
    /// form the grader reads it (`GoalValue`), besides the words written.
    static func reaches(_ goal: OutcomeGoal, said: [WordPattern], values: [GoalValue], turn: PlayedTurn, analyzer: TurnAnalyzer) -> Bool {
        guard !goal.afterIdentification || turn.identifiedBefore else { return false }
        if let action = turn.action { return goal.actions.contains(action.name) && isKept(action, analyzer: analyzer) }
        guard let analysis = turn.analysis else { return false }
        return goal.intents.contains(where: analysis.shows)
            || said.contains { $0.firstMatch(in: analysis.text) != nil }
            || values.contains { $0.isSaid(in: analysis.mentions) }
            || goal.answers.contains { analysis.answeredQuestions[$0] != nil }
    }

    /// A `/callback` counts only within the scenario's `callback_window` (`CallbackTiming`); other actions always.
    static func isKept(_ action: TraineeAction, analyzer: TurnAnalyzer) -> Bool {
        guard action.name == "callback" else { return true }
        let scenario = analyzer.scenario
        let mentions = analyzer.parseValue(action.argument)
        guard let date = mentions.dates.first, date.date >= scenario.date else { return true }
        return CallbackTiming.problem(date: date.date, minutes: mentions.times.first?.minutes, window: scenario.callbackWindow, hours: nil) == nil
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
        if let mood { parts.append(say(.mood, override: nil, ["mood": english ? moods?.english(mood, persona: scenario.persona) ?? mood : mood])) }
        return parts.joined(separator: " ")
    }
}
