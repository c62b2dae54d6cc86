import Foundation
import TrenazherCore

/// Where a trainee stands on one scenario a track requires.
public enum RequirementState: Sendable, Hashable {
    /// Passed in exam mode with enough score, recently enough: this attempt counts.
    case passed(attemptID: Int64, score: Int, finishedAt: Date)
    /// Taken in exam mode, never passed with the minimum score; the best exam score so far, and the
    /// critical Standards that failed in that best attempt (a critical failure fails whatever the score).
    case failed(bestScore: Int, examAttempts: Int, criticalFailures: [String])
    /// Passed in exam mode, but longer ago than the track's validity.
    case outdated(lastPassed: Date)
    /// Only practised, never taken as an exam; the best practice score.
    case practiceOnly(bestScore: Int)
    /// Never played.
    case notAttempted

    /// Whether the requirement is met.
    public var isMet: Bool {
        if case .passed = self { return true }
        return false
    }
}

/// One required scenario and the trainee's standing on it.
public struct RequirementStatus: Sendable, Hashable {
    public var scenarioID: String
    public var state: RequirementState
}

/// An exam attempt that was the evidence of a revoked certificate.
public struct SpentEvidence: Sendable, Hashable {
    public var attemptID: Int64
    public var scenarioID: String
    /// The revoked certificate's number.
    public var certificate: String
}

/// An attempt of a required scenario left out because its record was changed outside Trenazher (found by
/// `hr check`, whether HR accepted the finding or not): it is never evidence.
public struct ChangedEvidence: Sendable, Hashable {
    public var attemptID: Int64
    public var scenarioID: String
}

/// Whether a trainee may be certified on a track, and why not.
public struct Eligibility: Sendable, Hashable {
    public var track: CertificationTrack
    /// One entry per required scenario, in the track's order.
    public var requirements: [RequirementStatus]
    /// Passed exams that would have met a missing requirement but were the evidence of a revoked certificate:
    /// they no longer count (re-certifying needs new exams).
    public var spentEvidence: [SpentEvidence] = []
    /// Attempts of the missing scenarios left out because their records were changed outside Trenazher: a
    /// refusal names them, so that «no exam taken» is not said of a scenario whose exam was excluded.
    public var changedEvidence: [ChangedEvidence] = []

    /// Every required scenario is passed.
    public var isEligible: Bool { requirements.allSatisfy(\.state.isMet) }
    /// The exam attempts a certificate would rest on.
    public var evidence: [Int64] {
        requirements.compactMap {
            if case .passed(let id, _, _) = $0.state { return id }
            return nil
        }
    }
    /// The required scenarios not yet passed.
    public var missing: [RequirementStatus] { requirements.filter { !$0.state.isMet } }

    /// The changed attempts (`changedEvidence`) of one required scenario, in order.
    public func changedAttempts(of scenarioID: String) -> [Int64] {
        changedEvidence.filter { $0.scenarioID == scenarioID }.map(\.attemptID)
    }

    /// Notes which of `recorded` (every attempt, the changed ones included) were left out as `changed`, for
    /// the scenarios still missing.
    public mutating func noteChanged(_ changed: Set<Int64>, among recorded: [AttemptInfo]) {
        let missingIDs = Set(missing.map(\.scenarioID))
        changedEvidence = recorded.filter { changed.contains($0.id) && missingIDs.contains($0.scenarioID) }
            .sorted { $0.id < $1.id }
            .map { ChangedEvidence(attemptID: $0.id, scenarioID: $0.scenarioID) }
    }

    /// Judges eligibility from the trainee's attempts: each required scenario needs a finished, passed exam
    /// attempt with at least the track's minimum score, finished within the track's validity before `date`.
    /// `verdicts` (by attempt) let a refusal name the critical Standards that failed.
    public static func evaluate(track: CertificationTrack, attempts: [AttemptInfo], verdicts: [Int64: [StandardVerdict]] = [:],
                                at date: Date) -> Eligibility {
        let windowStart = Timestamp.calendar.date(byAdding: .month, value: -track.validityMonths, to: date) ?? date
        let finished = attempts.filter { $0.status == .finished }
        let requirements = track.scenarios.map { scenarioID -> RequirementStatus in
            let played = finished.filter { $0.scenarioID == scenarioID }
            let exams = played.filter { $0.mode == .exam }
            let passing = exams.filter { $0.passed == true && ($0.score ?? 0) >= track.minScore }
            let recent = passing.filter { ($0.finishedAt ?? .distantPast) >= windowStart }
            if let best = recent.max(by: { ($0.score ?? 0, $0.finishedAt ?? .distantPast) < ($1.score ?? 0, $1.finishedAt ?? .distantPast) }) {
                return RequirementStatus(scenarioID: scenarioID,
                                         state: .passed(attemptID: best.id, score: best.score ?? 0, finishedAt: best.finishedAt ?? date))
            }
            if let last = passing.compactMap(\.finishedAt).max() {
                return RequirementStatus(scenarioID: scenarioID, state: .outdated(lastPassed: last))
            }
            if let best = exams.max(by: { ($0.score ?? 0, $0.finishedAt ?? .distantPast) < ($1.score ?? 0, $1.finishedAt ?? .distantPast) }) {
                let critical = (verdicts[best.id] ?? []).filter { $0.severity == .critical && $0.verdict.isFailure }.map(\.id)
                return RequirementStatus(scenarioID: scenarioID,
                                         state: .failed(bestScore: best.score ?? 0, examAttempts: exams.count, criticalFailures: critical))
            }
            if !played.isEmpty {
                return RequirementStatus(scenarioID: scenarioID, state: .practiceOnly(bestScore: played.compactMap(\.score).max() ?? 0))
            }
            return RequirementStatus(scenarioID: scenarioID, state: .notAttempted)
        }
        return Eligibility(track: track, requirements: requirements)
    }
}
