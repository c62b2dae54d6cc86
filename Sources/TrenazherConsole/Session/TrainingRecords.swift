import Foundation
import TrenazherCore
import TrenazherStore

/// What the trainer needs from the progress store: trainees, attempts to record and resume, and
/// the attempts behind "my progress". `ProgressStore` implements it; tests may use an in-memory one.
public protocol TrainingRecords {
    /// Every registered trainee.
    func trainees() throws -> [Trainee]
    /// Registers a new trainee.
    func register(fullName: String, firstName: String, role: TraineeRole) throws -> Trainee
    /// Opens a new attempt, in progress, and returns where its turns go.
    func begin(_ scenario: Scenario, mode: AttemptMode, trainee: Trainee) throws -> any AttemptRecording
    /// The trainee's attempts still in progress, newest first, each with where its further turns go.
    func resumable(trainee: Trainee) throws -> [(attempt: UnfinishedAttempt, recording: any AttemptRecording)]
    /// The trainee's attempts, oldest first.
    func attempts(trainee: Trainee) throws -> [AttemptInfo]
    /// The graded result stored for a finished attempt (the review shows it).
    func storedResult(attemptID: Int64) throws -> AttemptResult
    /// The trainee's preferred pace of the customer's speech, in words per minute, if set.
    func pace(trainee: Trainee) throws -> Int?
    /// Remembers the trainee's preferred pace.
    func setPace(trainee: Trainee, wordsPerMinute: Int) throws
    /// Stores a trainee's dispute of a verdict.
    func recordDispute(_ dispute: Dispute) throws -> Dispute
    /// The trainee's progress, as `trenazher progress` shows it (trends over `trendWindow` results).
    func progress(trainee: Trainee, tracks: [CertificationTrack], trendWindow: Int) throws -> TraineeProgress
    /// The trainee's drills, oldest first.
    func drillResults(trainee: Trainee) throws -> [DrillResult]
    /// Records one drill of the trainee.
    func recordDrill(trainee: Trainee, _ result: DrillResult) throws
}
