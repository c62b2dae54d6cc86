import Foundation
import TrenazherCore

/// A trainee's disagreement with one verdict of a reviewed attempt, kept for trainers: the turn, the
/// verdict and the trainee's comment.
public struct Dispute: Sendable, Hashable {
    public var id: Int64
    public var attemptID: Int64
    public var traineeID: Int64
    public var scenarioID: String
    /// The trainee turn's number among the trainee's turns (1, 2, …).
    public var turnNumber: Int
    public var turnText: String
    public var standardID: String
    public var verdict: Verdict
    public var comment: String
    public var createdAt: Date

    public init(id: Int64 = 0, attemptID: Int64, traineeID: Int64, scenarioID: String, turnNumber: Int, turnText: String,
                standardID: String, verdict: Verdict, comment: String, createdAt: Date = Date()) {
        self.id = id
        self.attemptID = attemptID
        self.traineeID = traineeID
        self.scenarioID = scenarioID
        self.turnNumber = turnNumber
        self.turnText = turnText
        self.standardID = standardID
        self.verdict = verdict
        self.comment = comment
        self.createdAt = createdAt
    }
}
