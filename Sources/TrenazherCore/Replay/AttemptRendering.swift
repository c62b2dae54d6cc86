/// Renders a graded attempt: the replay contract's JSON, or text for a person.
public enum AttemptRendering {
    /// The JSON document of docs/replay-contract.md (plus `grader_version`, `trainee`, `reached_end`, `final_mood`, `outcome`,
    /// and `variant`/`seed` when the scenario played is given).
    public static func json(_ result: AttemptResult, trainee: String? = nil, played scenario: Scenario? = nil) -> String {
        jsonValue(result, trainee: trainee, played: scenario).serialized() + "\n"
    }

    /// The JSON value (for embedding in other documents).
    public static func jsonValue(_ result: AttemptResult, trainee: String? = nil, played scenario: Scenario? = nil) -> JSONValue {
        var root: [(String, JSONValue)] = [
            ("scenario", .string(result.scenarioID)),
            ("channel", .string(result.channel.rawValue)),
            ("score", .int(result.score)),
            ("passed", .bool(result.passed)),
            ("standards", .array(result.standards.map(standardJSON))),
            ("turns", .array(result.turns.map(turnJSON))),
            ("grader_version", .string(result.graderVersion)),
            ("reached_end", .bool(result.reachedEnd)),
        ]
        if let trainee { root.append(("trainee", .string(trainee))) }
        if let mood = result.finalMood { root.append(("final_mood", .string(mood))) }
        if let outcome = result.outcome { root.append(("outcome", outcomeJSON(outcome))) }
        if let scenario {
            root.append(("variant", .string(scenario.variantName)))
            if let seed = scenario.seed { root.append(("seed", .int(Int(seed)))) }
        }
        return .object(root)
    }

    /// The `outcome` object: was the customer served, which goals, what false statements, in a sentence.
    static func outcomeJSON(_ outcome: CustomerOutcome) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("status", .string(outcome.status.rawValue)),
            ("resolved", .bool(outcome.resolved)),
            ("sentence", .string(outcome.sentence)),
            ("sentence_en", .string(outcome.sentenceEN)),
            ("goals", .array(outcome.goals.map { goal in
                var g: [(String, JSONValue)] = [("id", .string(goal.id)), ("reached", .bool(goal.reached))]
                if let turn = goal.turn { g.append(("turn", .int(turn))) }
                if !goal.reached { g.append(("missing", .string(goal.missing))) }
                return .object(g)
            })),
            ("false_statements", .array(outcome.falseStatements.map { item in
                .object([("turn", .int(item.turn)), ("said", .string(item.said)), ("truth", .string(item.truth))])
            })),
        ]
        if let mood = outcome.mood { pairs.append(("mood", .string(mood))) }
        return .object(pairs)
    }

    static func standardJSON(_ item: StandardVerdict) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("id", .string(item.id)), ("verdict", .string(item.verdict.rawValue)), ("severity", .string(item.severity.rawValue))]
        if item.verdict != .notApplicable {
            if let turn = item.turn { pairs.append(("turn", .int(turn))) }
            if let evidence = item.evidence, item.verdict != .missed { pairs.append(("evidence", .string(evidence))) }
            if let note = item.note { pairs.append(("note", .string(note))) }
        }
        return .object(pairs)
    }

    static func turnJSON(_ turn: TurnRecord) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("index", .int(turn.index)), ("speaker", .string(turn.speaker.rawValue)), ("text", .string(turn.text))]
        if let action = turn.action { pairs.append(("action", .string(action))) }
        if let seconds = turn.seconds { pairs.append(("seconds", .double(seconds))) }
        if turn.interrupted { pairs.append(("interrupted", .bool(true))) }
        if turn.ignored { pairs.append(("ignored", .bool(true))) }
        if let clock = turn.clock { pairs.append(("clock", .string(clock))) }
        if let node = turn.node { pairs.append(("node", .string(node))) }
        if turn.speaker == .trainee && !turn.ignored {
            pairs.append(("findings", .array(turn.findings.map { finding in
                var f: [(String, JSONValue)] = [("id", .string(finding.standardID)), ("verdict", .string(finding.verdict.rawValue))]
                if let evidence = finding.evidence { f.append(("evidence", .string(evidence))) }
                f.append(("note", .string(finding.note)))
                return .object(f)
            })))
        }
        return .object(pairs)
    }

    /// The conversation and the feedback as a person reads it.
    public static func text(_ result: AttemptResult, content: ContentBundle, english: Bool) -> String {
        let labels = english
            ? (customer: "Customer", trainee: "You", system: "Software", ignored: "(after the end, not graded)", score: "Score", passed: "PASSED", failed: "NOT PASSED", next: "Practise next")
            : (customer: "Клієнт", trainee: "Ви", system: "Програма", ignored: "(після завершення, не оцінюється)", score: "Бал", passed: "СКЛАДЕНО", failed: "НЕ СКЛАДЕНО", next: "Що потренувати далі")
        var out: [String] = []
        for turn in result.turns {
            let who = turn.speaker == .customer ? labels.customer : turn.speaker == .trainee ? labels.trainee : labels.system
            let clock = turn.clock.map { "[\($0)] " } ?? ""
            out.append("\(clock)\(who): \(turn.text)\(turn.ignored ? " " + labels.ignored : "")")
            for finding in turn.findings {
                let mark = finding.verdict == .met ? "✓" : "✗"
                let note = english ? (content.standard(finding.standardID)?.note(for: finding.verdict, english: true) ?? finding.note) : finding.note
                out.append("    \(mark) \(finding.standardID) — \(note)\(finding.evidence.map { ": «\($0)»" } ?? "")")
            }
        }
        out.append("")
        out.append(summaryTable(result, content: content, english: english))
        out.append("")
        if let outcome = result.outcome { out.append(english ? outcome.sentenceEN : outcome.sentence) }
        out.append("\(labels.score): \(result.score) — \(result.passed ? labels.passed : labels.failed)")
        let next = practiseNext(result, content: content).map(\.id)
        if !next.isEmpty { out.append("\(labels.next): " + next.joined(separator: ", ")) }
        return out.joined(separator: "\n") + "\n"
    }

    /// A table of every applicable Standard with its verdict.
    public static func summaryTable(_ result: AttemptResult, content: ContentBundle, english: Bool) -> String {
        let verdictNames: [Verdict: String] = english
            ? [.met: "met", .violated: "violated", .missed: "missed", .notApplicable: "n/a"]
            : [.met: "виконано", .violated: "порушено", .missed: "пропущено", .notApplicable: "н/з"]
        let applicable = result.standards.filter { $0.verdict != .notApplicable }
        let idWidth = applicable.map(\.id.count).max() ?? 10
        return applicable.map { item in
            let mark = item.verdict == .met ? "✓" : "✗"
            let title = content.standard(item.id)?.title(english: english) ?? ""
            let id = item.id + String(repeating: " ", count: idWidth - item.id.count)
            let verdict = verdictNames[item.verdict] ?? item.verdict.rawValue
            return "\(mark) \(id)  \(verdict.padding(toLength: 10, withPad: " ", startingAt: 0)) \(title)"
        }.joined(separator: "\n")
    }

    /// The Standards to practise next (`scoring.yaml` `practise_next_count` of them): failed ones,
    /// most severe first — not those left `missed` only because the conversation was too short to
    /// judge them (`absence_credit`): there is nothing in them to practise but the conversation itself.
    public static func practiseNext(_ result: AttemptResult, content: ContentBundle) -> [StandardVerdict] {
        let credit = content.scoring.absenceCredit
        let unjudged = { (item: StandardVerdict) in
            item.verdict == .missed && item.note == credit.note && credit.standards.contains(item.id)
        }
        return Array(result.failures.filter { !unjudged($0) }.prefix(content.scoring.practiseNextCount))
    }
}
