import Foundation
import TrenazherCore

/// How reliably a trainee meets one Standard, recent attempts weighing more.
public struct StandardProgress: Sendable, Hashable {
    public var standardID: String
    public var severity: Severity
    /// Recency-weighted share of applicable attempts in which the Standard was met, 0…1.
    public var metRate: Double
    /// Attempts in which the Standard applied.
    public var attempts: Int
    /// The verdict in the most recent attempt where it applied.
    public var lastVerdict: Verdict
    /// Which way its latest results (attempts and drills) are going; `nil` with fewer than two.
    public var trend: StandardTrend?
    /// Its latest results, attempts and drills, newest first: `true` for met (at most twice the trend window).
    public var recent: [Bool]
}

/// A trainee's best result on one scenario.
public struct ScenarioProgress: Sendable, Hashable {
    public var scenarioID: String
    public var attempts: Int
    public var bestScore: Int
    public var passedInPractice: Bool
    public var passedInExam: Bool
}

/// A certification track seen from the trainee's side.
public struct TrackStanding: Sendable, Hashable {
    public var eligibility: Eligibility
    /// Eligible now; or one scenario short after some work on the track (another scenario passed, or the
    /// missing one already played); or every missing scenario already passed in practice.
    public var withinReach: Bool

    /// Judges a track from the trainee's attempts.
    public static func evaluate(track: CertificationTrack, attempts: [AttemptInfo], verdicts: [Int64: [StandardVerdict]] = [:],
                                at date: Date) -> TrackStanding {
        let eligibility = Eligibility.evaluate(track: track, attempts: attempts, verdicts: verdicts, at: date)
        let missing = eligibility.missing
        let started = missing.count < eligibility.requirements.count || missing.allSatisfy { $0.state != .notAttempted }
        let practised = missing.allSatisfy {
            if case .practiceOnly(let best) = $0.state { return best >= track.minScore }
            return false
        }
        return TrackStanding(eligibility: eligibility, withinReach: (missing.count <= 1 && started) || practised)
    }
}

/// Everything `trenazher progress` shows.
public struct TraineeProgress: Sendable, Hashable {
    public var trainee: Trainee
    public var finishedAttempts: Int
    /// Per Standard, in catalogue order of first appearance.
    public var standards: [StandardProgress]
    public var scenarios: [ScenarioProgress]
    /// The weakest Standards, most important first (at most three).
    public var practiseNext: [StandardProgress]
    /// The scenario to play next, when one can be suggested.
    public var suggestedScenario: String?
    public var tracks: [TrackStanding]
    /// Finished attempts left out of everything above because their records were changed outside Trenazher (their
    /// ledger entries do not verify, `LedgerReport.changedAttempts`), in ID order: the trainee is told so.
    public var leftOut: [Int64] = []

    /// Each older attempt weighs this much of the next newer one.
    public static let recencyDecay = 0.75

    /// Computes a trainee's progress from their attempts and their Standards' verdicts; `spentEvidence` (the
    /// exams a revoked certificate rested on) still count as practice but no longer towards a track;
    /// `changedAttempts` (changed outside Trenazher, found by the ledger check) count nowhere: each track names
    /// them (`Eligibility.changedEvidence`) and `leftOut` lists them; `drills` and `trendWindow` give each Standard's trend (`StandardTrend.of`).
    public static func compute(trainee: Trainee, attempts: [AttemptInfo], verdicts: [Int64: [StandardVerdict]],
                               tracks: [CertificationTrack], spentEvidence: Set<Int64> = [], changedAttempts: Set<Int64> = [], at date: Date,
                               drills: [DrillResult] = [], trendWindow: Int = 1) -> TraineeProgress {
        let finished = attempts.filter { $0.status == .finished && !changedAttempts.contains($0.id) }
            .sorted { ($0.finishedAt ?? .distantPast, $0.id) > ($1.finishedAt ?? .distantPast, $1.id) }
        var order: [String] = []
        var weighted: [String: (met: Double, total: Double, count: Int, severity: Severity, last: Verdict)] = [:]
        for attempt in finished.reversed() {
            for verdict in verdicts[attempt.id] ?? [] where !order.contains(verdict.id) {
                order.append(verdict.id)
            }
        }
        for attempt in finished {
            for verdict in verdicts[attempt.id] ?? [] where verdict.verdict != .notApplicable {
                var entry = weighted[verdict.id] ?? (0, 0, 0, verdict.severity, verdict.verdict)
                let weight = pow(recencyDecay, Double(entry.count))
                entry.total += weight
                if verdict.verdict == .met { entry.met += weight }
                entry.count += 1
                weighted[verdict.id] = entry
            }
        }
        var results: [String: [(date: Date, met: Bool)]] = [:]
        for attempt in finished {
            for verdict in verdicts[attempt.id] ?? [] where verdict.verdict != .notApplicable {
                results[verdict.id, default: []].append((attempt.finishedAt ?? .distantPast, verdict.verdict == .met))
            }
        }
        for drill in drills { results[drill.standardID, default: []].append((drill.drilledAt, drill.met)) }
        let standards = order.compactMap { id -> StandardProgress? in
            guard let entry = weighted[id] else { return nil }
            let latest = (results[id] ?? []).sorted { $0.date > $1.date }.map(\.met)
            return StandardProgress(standardID: id, severity: entry.severity, metRate: entry.met / entry.total,
                                    attempts: entry.count, lastVerdict: entry.last,
                                    trend: StandardTrend.of(latest, window: trendWindow),
                                    recent: Array(latest.prefix(2 * max(1, trendWindow))))
        }
        let severityRank: [Severity: Int] = [.critical: 0, .major: 1, .minor: 2]
        let practiseNext = standards.filter { $0.metRate < 1 }
            .sorted { ($0.metRate, severityRank[$0.severity] ?? 3) < ($1.metRate, severityRank[$1.severity] ?? 3) }
            .prefix(3)

        var scenarioOrder: [String] = []
        var byScenario: [String: ScenarioProgress] = [:]
        for attempt in finished.reversed() {
            if byScenario[attempt.scenarioID] == nil { scenarioOrder.append(attempt.scenarioID) }
            var entry = byScenario[attempt.scenarioID]
                ?? ScenarioProgress(scenarioID: attempt.scenarioID, attempts: 0, bestScore: 0, passedInPractice: false, passedInExam: false)
            entry.attempts += 1
            entry.bestScore = max(entry.bestScore, attempt.score ?? 0)
            if attempt.passed == true {
                if attempt.mode == .exam { entry.passedInExam = true } else { entry.passedInPractice = true }
            }
            byScenario[attempt.scenarioID] = entry
        }

        let countable = attempts.filter { !spentEvidence.contains($0.id) && !changedAttempts.contains($0.id) }
        let standings = tracks.map { track -> TrackStanding in
            var standing = TrackStanding.evaluate(track: track, attempts: countable, verdicts: verdicts, at: date)
            standing.eligibility.noteChanged(changedAttempts, among: attempts.filter { !spentEvidence.contains($0.id) })
            return standing
        }

        return TraineeProgress(trainee: trainee, finishedAttempts: finished.count, standards: standards,
                               scenarios: scenarioOrder.compactMap { byScenario[$0] }, practiseNext: Array(practiseNext),
                               suggestedScenario: suggest(practiseNext.first, finished: finished, verdicts: verdicts,
                                                          tracks: tracks, role: trainee.role, byScenario: byScenario),
                               tracks: standings,
                               leftOut: attempts.filter { $0.status == .finished && changedAttempts.contains($0.id) }.map(\.id).sorted())
    }

    /// The most recent scenario where the weakest Standard failed; otherwise the first scenario of the
    /// trainee's tracks not yet passed in an exam.
    private static func suggest(_ weakest: StandardProgress?, finished: [AttemptInfo], verdicts: [Int64: [StandardVerdict]],
                                tracks: [CertificationTrack], role: TraineeRole, byScenario: [String: ScenarioProgress]) -> String? {
        // What the trainee has not passed yet comes first: a scenario where the weakest Standard failed,
        // then the role's track scenarios; a passed one only when everything is passed.
        let passed = { (id: String) in byScenario[id].map { $0.passedInPractice || $0.passedInExam } ?? false }
        let weakestFailed = weakest.map { weakest in
            finished.filter { verdicts[$0.id]?.contains(where: { $0.id == weakest.standardID && $0.verdict.isFailure }) == true }
                .map(\.scenarioID)
        } ?? []
        let own = tracks.filter { $0.role == role }.flatMap(\.scenarios)
        return weakestFailed.first { !passed($0) } ?? own.first { !passed($0) }
            ?? weakestFailed.first ?? own.first { byScenario[$0]?.passedInExam != true }
    }
}
