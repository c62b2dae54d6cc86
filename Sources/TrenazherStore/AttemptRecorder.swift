import Foundation
import GRDB
import TrenazherCore

/// A finished attempt to be stored in one go: a replayed transcript, or an import.
public struct PlayedAttempt: Sendable {
    public var result: AttemptResult
    public var inputs: [TraineeInput]
    public var traineeID: Int64
    public var scenarioHash: String
    public var mode: AttemptMode
    public var variantSeed: Int64?
    public var startedAt: Date
    public var finishedAt: Date

    public init(result: AttemptResult, inputs: [TraineeInput], traineeID: Int64, scenarioHash: String, mode: AttemptMode,
                variantSeed: Int64? = nil, startedAt: Date, finishedAt: Date) {
        self.result = result
        self.inputs = inputs
        self.traineeID = traineeID
        self.scenarioHash = scenarioHash
        self.mode = mode
        self.variantSeed = variantSeed
        self.startedAt = startedAt
        self.finishedAt = finishedAt
    }
}

/// Records attempts played in one go (a replayed transcript, an import): the attempt, every input,
/// every turn and the result, in one transaction. Practice only: an exam is recorded turn by turn
/// from a live console session (`startAttempt`, `appendTurn`, `finishAttempt`), never from a file.
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
        let played = PlayedAttempt(result: result, inputs: inputs, traineeID: trainee.id, scenarioHash: scenarioHash, mode: mode,
                                   variantSeed: variantSeed, startedAt: startedAt, finishedAt: finishedAt)
        return try store.writer.write { db in try Self.insert(played, db) }
    }

    /// Stores many finished attempts in one transaction (imports); all or none.
    @discardableResult
    public func record(_ attempts: [PlayedAttempt]) throws -> [AttemptInfo] {
        try store.writer.write { db in try attempts.map { try Self.insert($0, db) } }
    }

    private static func insert(_ played: PlayedAttempt, _ db: Database) throws -> AttemptInfo {
        guard played.mode == .practice else { throw StoreError.examNotLive }
        let result = played.result
        try db.cachedStatement(sql: """
            INSERT INTO attempt (trainee_id, scenario_id, scenario_hash, channel, mode, variant_seed, grader_version,
                                 started_at, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'in_progress')
            """).execute(arguments: [played.traineeID, result.scenarioID, played.scenarioHash, result.channel.rawValue,
                                     played.mode.rawValue, played.variantSeed, result.graderVersion, Timestamp.string(played.startedAt)])
        let attemptID = db.lastInsertedRowID
        try ProgressStore.insertInputs(played.inputs, attemptID: attemptID, db)
        try ProgressStore.storeResult(result, attemptID: attemptID, finishedAt: played.finishedAt, db)
        return AttemptInfo(id: attemptID, traineeID: played.traineeID, scenarioID: result.scenarioID, scenarioHash: played.scenarioHash,
                           channel: result.channel, mode: played.mode, variantSeed: played.variantSeed,
                           graderVersion: result.graderVersion, startedAt: played.startedAt, finishedAt: played.finishedAt,
                           score: result.score, passed: result.passed, status: .finished)
    }
}

extension AttemptRecorder {
    /// Stores a finished attempt played on `scenario` (its ID, channel, file hash and the seed that drew its
    /// variant go with it).
    @discardableResult
    public func record(result: AttemptResult, inputs: [TraineeInput], trainee: Trainee, scenario: Scenario, mode: AttemptMode,
                       variantSeed: Int64? = nil, startedAt: Date = Date(), finishedAt: Date = Date()) throws -> AttemptInfo {
        try store.keepVersion(of: scenario, at: startedAt)
        return try record(result: result, inputs: inputs, trainee: trainee, scenarioHash: scenario.sourceHash, mode: mode,
                          variantSeed: variantSeed ?? scenario.seed, startedAt: startedAt, finishedAt: finishedAt)
    }
}
