import Foundation
import TrenazherCore

/// How a stored attempt's grading differs from what the current grader gives its transcript.
public struct RegradeFinding: Sendable, Hashable {
    public struct VerdictChange: Sendable, Hashable {
        public var standardID: String
        public var stored: Verdict?
        public var regraded: Verdict?
    }

    public var attempt: AttemptInfo
    public var traineeName: String
    public var storedScore: Int
    public var regradedScore: Int
    public var storedPassed: Bool
    public var regradedPassed: Bool
    public var verdictChanges: [VerdictChange]
    /// The scenario file changed since the attempt was played (its hash differs).
    public var scenarioChanged: Bool

    /// Whether anything HR relies on would change.
    public var changes: Bool {
        storedScore != regradedScore || storedPassed != regradedPassed || !verdictChanges.isEmpty
    }
}

/// What a regrade run found.
public struct RegradeReport: Sendable, Hashable {
    /// Attempts whose score, pass or verdicts would change.
    public var changed: [RegradeFinding]
    /// Attempts that were re-graded.
    public var checked: Int
    /// Attempts whose scenario is no longer in the library (cannot be re-graded).
    public var missingScenarios: [AttemptInfo]
}

/// Re-grades stored transcripts with the current grader (`Replay.play` over the stored inputs) and lists
/// the attempts whose verdicts or score would change: a grader change, or an edited row in the database.
public enum Regrader {
    /// Replays every finished attempt whose scenario is still in the library, on the variant its recorded seed
    /// draws.
    public static func regrade(store: ProgressStore, library: ScenarioLibrary, content: ContentBundle) throws -> RegradeReport {
        let trainees = Dictionary(uniqueKeysWithValues: try store.trainees().map { ($0.id, $0) })
        var changed: [RegradeFinding] = []
        var missing: [AttemptInfo] = []
        var checked = 0
        for attempt in try store.attempts(status: .finished) {
            guard let scenario = try? library.scenario(id: attempt.scenarioID)?.played(seed: attempt.variantSeed, content: content) else {
                missing.append(attempt)
                continue
            }
            let trainee = trainees[attempt.traineeID]
            let stored = try store.storedResult(attemptID: attempt.id)
            let regraded = Replay.play(scenario: scenario, content: content, traineeName: trainee?.firstName ?? "",
                                       inputs: try store.inputs(attemptID: attempt.id))
            checked += 1
            let finding = compare(attempt: attempt, traineeName: trainee?.fullName ?? "#\(attempt.traineeID)", stored: stored,
                                  regraded: regraded, scenarioChanged: scenario.sourceHash != attempt.scenarioHash)
            if finding.changes { changed.append(finding) }
        }
        return RegradeReport(changed: changed, checked: checked, missingScenarios: missing)
    }

    /// Compares a stored result with a fresh one; the stored score and pass are the attempt row's.
    public static func compare(attempt: AttemptInfo, traineeName: String, stored: AttemptResult, regraded: AttemptResult,
                               scenarioChanged: Bool) -> RegradeFinding {
        let storedVerdicts = Dictionary(stored.standards.map { ($0.id, $0.verdict) }, uniquingKeysWith: { first, _ in first })
        let regradedVerdicts = Dictionary(regraded.standards.map { ($0.id, $0.verdict) }, uniquingKeysWith: { first, _ in first })
        var order = regraded.standards.map(\.id)
        order += stored.standards.map(\.id).filter { regradedVerdicts[$0] == nil }
        let changes = order.compactMap { id -> RegradeFinding.VerdictChange? in
            storedVerdicts[id] == regradedVerdicts[id] ? nil
                : RegradeFinding.VerdictChange(standardID: id, stored: storedVerdicts[id], regraded: regradedVerdicts[id])
        }
        return RegradeFinding(attempt: attempt, traineeName: traineeName, storedScore: attempt.score ?? stored.score,
                              regradedScore: regraded.score, storedPassed: attempt.passed ?? stored.passed,
                              regradedPassed: regraded.passed, verdictChanges: changes, scenarioChanged: scenarioChanged)
    }
}
