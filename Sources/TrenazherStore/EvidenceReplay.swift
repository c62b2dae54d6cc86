import Foundation
import TrenazherCore

/// Why an exam attempt cannot serve as evidence for a certificate.
public enum EvidenceProblem: Sendable, Hashable {
    /// The attempt was graded by another grader version than this build's; it cannot be replayed as it was.
    case graderChanged(attemptID: Int64, recorded: String, current: String)
    /// No kept scenario file has the hash the attempt was played on.
    case scenarioVersionUnknown(attemptID: Int64, scenarioID: String, hash: String)
    /// The kept scenario text does not hash to the attempt's recorded hash (edited in the database).
    case scenarioVersionAltered(attemptID: Int64, scenarioID: String)
    /// The kept scenario version no longer loads with this build's Content.
    case scenarioUnreadable(attemptID: Int64, scenarioID: String, reason: String)
    /// Replaying the stored inputs gives another result than the one recorded.
    case resultDiffers(RegradeFinding)

    /// The attempt concerned.
    public var attemptID: Int64 {
        switch self {
        case .graderChanged(let id, _, _), .scenarioVersionUnknown(let id, _, _), .scenarioVersionAltered(let id, _),
             .scenarioUnreadable(let id, _, _):
            return id
        case .resultDiffers(let finding):
            return finding.attempt.id
        }
    }
}

/// Replays exam attempts from their stored inputs on the scenario version they were taken on and the variant
/// their recorded seed draws, with this build's grader, and compares the result with the record: a certificate rests on what the grader gives
/// the stored answers, never on a stored score alone.
public struct EvidenceReplay: Sendable {
    public let content: ContentBundle
    /// The scenario files of the library, for attempts whose version was not kept in the database.
    public let library: ScenarioLibrary

    public init(content: ContentBundle, library: ScenarioLibrary) {
        self.content = content
        self.library = library
    }

    /// The problem with one attempt as evidence, or `nil` when replaying it reproduces the record.
    /// `source` is the kept text of the scenario version (by the attempt's hash), if any.
    public func check(attempt: AttemptInfo, inputs: [TraineeInput], stored: AttemptResult, source: String?,
                      traineeFirstName: String, traineeName: String) -> EvidenceProblem? {
        guard attempt.graderVersion == GraderVersion.current else {
            return .graderChanged(attemptID: attempt.id, recorded: attempt.graderVersion, current: GraderVersion.current)
        }
        let scenario: Scenario
        switch loadScenario(attempt: attempt, source: source) {
        case .success(let loaded):
            do {
                scenario = try loaded.played(seed: attempt.variantSeed, content: content)
            } catch {
                return .scenarioUnreadable(attemptID: attempt.id, scenarioID: attempt.scenarioID, reason: "\(error)")
            }
        case .failure(let problem): return problem.problem
        }
        let replayed = Replay.play(scenario: scenario, content: content, traineeName: traineeFirstName, inputs: inputs)
        let finding = Regrader.compare(attempt: attempt, traineeName: traineeName, stored: stored, regraded: replayed,
                                       scenarioChanged: false)
        return finding.changes ? .resultDiffers(finding) : nil
    }

    private struct Failure: Error {
        var problem: EvidenceProblem
    }

    private func loadScenario(attempt: AttemptInfo, source: String?) -> Result<Scenario, Failure> {
        guard let source else {
            if let bundled = library.scenario(id: attempt.scenarioID), bundled.sourceHash == attempt.scenarioHash {
                return .success(bundled)
            }
            return .failure(Failure(problem: .scenarioVersionUnknown(attemptID: attempt.id, scenarioID: attempt.scenarioID,
                                                                     hash: attempt.scenarioHash)))
        }
        guard StableHash.hex(of: Array(source.utf8)) == attempt.scenarioHash else {
            return .failure(Failure(problem: .scenarioVersionAltered(attemptID: attempt.id, scenarioID: attempt.scenarioID)))
        }
        // The kept text is the library file's own text (same hash): the library already loaded it.
        if let bundled = library.scenario(id: attempt.scenarioID), bundled.sourceHash == attempt.scenarioHash,
           bundled.sourceText == source {
            return .success(bundled)
        }
        let (loaded, diagnostics) = ScenarioLibrary.load(text: source, file: "\(attempt.scenarioID)@\(attempt.scenarioHash.prefix(12))",
                                                         content: content)
        guard let loaded, loaded.id == attempt.scenarioID else {
            return .failure(Failure(problem: .scenarioUnreadable(attemptID: attempt.id, scenarioID: attempt.scenarioID,
                                                                 reason: diagnostics.first.map(\.description) ?? "another scenario")))
        }
        return .success(loaded)
    }
}
