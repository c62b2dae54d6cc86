import Foundation
import TrenazherCore

/// Records an attempt played in one go (a replayed transcript, an import): the attempt, every input,
/// every turn and the result, in one transaction.
public struct AttemptRecorder: Sendable {
    public let store: ProgressStore

    public init(store: ProgressStore) {
        self.store = store
    }

    /// Stores a finished attempt and returns its record.
    @discardableResult
    public func record(result: AttemptResult, inputs: [TraineeInput], trainee: Trainee, scenarioHash: String,
                       mode: AttemptMode, variantSeed: Int64? = nil, startedAt: Date = Date(),
                       finishedAt: Date = Date()) throws -> AttemptInfo {
        try store.writer.write { db in
            try db.execute(sql: """
                INSERT INTO attempt (trainee_id, scenario_id, scenario_hash, channel, mode, variant_seed, grader_version,
                                     started_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'in_progress')
                """, arguments: [trainee.id, result.scenarioID, scenarioHash, result.channel.rawValue, mode.rawValue, variantSeed,
                                 result.graderVersion, Timestamp.string(startedAt)])
            let attemptID = db.lastInsertedRowID
            try ProgressStore.insertInputs(inputs, attemptID: attemptID, db)
            try ProgressStore.storeResult(result, attemptID: attemptID, finishedAt: finishedAt, db)
            return AttemptInfo(id: attemptID, traineeID: trainee.id, scenarioID: result.scenarioID, scenarioHash: scenarioHash,
                               channel: result.channel, mode: mode, variantSeed: variantSeed, graderVersion: result.graderVersion,
                               startedAt: startedAt, finishedAt: finishedAt, score: result.score, passed: result.passed,
                               status: .finished)
        }
    }
}
