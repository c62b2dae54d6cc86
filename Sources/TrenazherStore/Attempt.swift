import Foundation
import TrenazherCore

/// Practice attempts give feedback as they go; exam attempts count for certification.
public enum AttemptMode: String, Codable, Sendable, CaseIterable, Hashable {
    case practice
    case exam
}

/// Where an attempt stands.
public enum AttemptStatus: String, Codable, Sendable, CaseIterable, Hashable {
    /// Being played, or interrupted and resumable.
    case inProgress = "in_progress"
    case finished
    /// Left by the trainee; kept, never graded.
    case abandoned
}

/// One attempt's record without its turns.
public struct AttemptInfo: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var traineeID: Int64
    public var scenarioID: String
    /// SHA-256 hex of the scenario file the attempt was played on.
    public var scenarioHash: String
    public var channel: Channel
    public var mode: AttemptMode
    /// The seed that chose the scenario variant, when the scenario has variants.
    public var variantSeed: Int64?
    public var graderVersion: String
    public var startedAt: Date
    public var finishedAt: Date?
    public var score: Int?
    public var passed: Bool?
    public var status: AttemptStatus

    public init(id: Int64, traineeID: Int64, scenarioID: String, scenarioHash: String, channel: Channel, mode: AttemptMode,
                variantSeed: Int64?, graderVersion: String, startedAt: Date, finishedAt: Date?, score: Int?, passed: Bool?,
                status: AttemptStatus) {
        self.id = id
        self.traineeID = traineeID
        self.scenarioID = scenarioID
        self.scenarioHash = scenarioHash
        self.channel = channel
        self.mode = mode
        self.variantSeed = variantSeed
        self.graderVersion = graderVersion
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.score = score
        self.passed = passed
        self.status = status
    }
}

/// An interrupted attempt and everything the trainee typed in it, in order: replaying the inputs through
/// the engine restores the conversation where it stopped.
public struct UnfinishedAttempt: Sendable, Hashable {
    public var attempt: AttemptInfo
    public var inputs: [TraineeInput]
}
