/// Grades a conversation against the Standards: pure and deterministic — the same turns always
/// give the same findings, verdicts and score.
public struct Grader: Sendable {
    public let analyzer: TurnAnalyzer
    /// The scenario's Standards that have a mechanism, in catalogue order.
    let applicable: [(standard: StandardDefinition, check: any StandardCheck)]

    public init(analyzer: TurnAnalyzer) {
        self.analyzer = analyzer
        applicable = analyzer.content.catalogue.compactMap { standard in
            guard analyzer.scenario.applies(standard.id), let check = CheckRegistry.check(for: standard.id) else { return nil }
            return (standard, check)
        }
    }

    /// The findings at the newest turn while the conversation goes on — the same as
    /// `findings(for: allTurns, final: false)` restricted to that turn — at a cost that does not
    /// depend on how many turns came before.
    public func findings(atNewest turn: PlayedTurn, progress: inout GradingProgress) -> [Finding] {
        if progress.memories.isEmpty { progress.memories = Array(repeating: CheckMemory(), count: applicable.count) }
        var result: [Finding] = []
        // The one turn and its speech, built once for every Standard.
        let turns = [turn], speech = turn.isSpeech ? turns : []
        for (position, entry) in applicable.enumerated() {
            let context = GradingContext(standard: entry.standard, turns: turns, analyzer: analyzer, final: false, speech: speech)
            result += entry.check.findings(at: turn, context: context, memory: &progress.memories[position])
        }
        return result
    }

    /// Every finding of every applicable Standard. With `final`, Standards never shown are `missed`.
    public func findings(for turns: [PlayedTurn], final: Bool) -> [Finding] {
        var result: [Finding] = []
        let speech = turns.filter(\.isSpeech)
        for entry in applicable {
            let context = GradingContext(standard: entry.standard, turns: turns, analyzer: analyzer, final: final, speech: speech)
            result += entry.check.evaluate(context)
        }
        return final ? withAbsenceCredit(result, turns: turns) : result
    }

    /// The final verdict of the Standard `id` over `turns`, grading that Standard alone: the verdict
    /// `verdicts(from: findings(for: turns, final: true))` gives it (checks judge independently), except
    /// that a conversation too short to judge still earns the Standards judged by the absence of a fault
    /// (what was said is judged, not how much); `notApplicable` when the scenario does not grade it.
    public func verdict(of id: String, for turns: [PlayedTurn]) -> Verdict {
        guard let entry = applicable.first(where: { $0.standard.id == id }) else { return .notApplicable }
        let context = GradingContext(standard: entry.standard, turns: turns, analyzer: analyzer, final: true, speech: turns.filter(\.isSpeech))
        let own = entry.check.evaluate(context).filter { $0.standardID == id }
        return verdicts(from: own).first { $0.id == id }?.verdict ?? .missed
    }

    /// In a conversation too short to judge (`scoring.yaml` `absence_credit`), the Standards judged only
    /// by the absence of a fault earn no `met`: they are `missed`, unless a fault was found.
    func withAbsenceCredit(_ findings: [Finding], turns: [PlayedTurn]) -> [Finding] {
        let credit = analyzer.content.scoring.absenceCredit
        let speech = turns.compactMap(\.analysis)
        guard !credit.judgeable(channel: analyzer.scenario.channel, turns: speech.count, words: speech.reduce(0) { $0 + $1.wordCount }) else {
            return findings
        }
        var result = findings
        for id in credit.standards where analyzer.scenario.applies(id) {
            result.removeAll { $0.standardID == id && $0.verdict == .met }
            if !result.contains(where: { $0.standardID == id }) {
                result.append(Finding(standardID: id, verdict: .missed, note: credit.note))
            }
        }
        return result
    }

    /// The final verdict of every catalogue Standard: `violated` wins over `met`, `met` over `missed`;
    /// Standards the scenario does not list are `not_applicable`.
    public func verdicts(from findings: [Finding]) -> [StandardVerdict] {
        analyzer.content.catalogue.map { standard in
            guard analyzer.scenario.applies(standard.id) else {
                return StandardVerdict(id: standard.id, verdict: .notApplicable, severity: standard.severity)
            }
            let own = findings.filter { $0.standardID == standard.id }
            // A failure at a particular turn (a wait started without warning) outweighs a success elsewhere;
            // «never shown» (no turn) does not.
            let deciding = own.first { $0.verdict == .violated } ?? own.first { $0.verdict == .missed && $0.turn != nil }
                ?? own.first { $0.verdict == .met } ?? own.first { $0.verdict == .missed }
            guard let deciding else {
                return StandardVerdict(id: standard.id, verdict: .missed, severity: standard.severity,
                                       note: standard.note(for: .missed))
            }
            return StandardVerdict(id: standard.id, verdict: deciding.verdict, severity: standard.severity, turn: deciding.turn,
                                   evidence: deciding.verdict == .missed ? nil : deciding.evidence, note: deciding.note)
        }
    }
}
