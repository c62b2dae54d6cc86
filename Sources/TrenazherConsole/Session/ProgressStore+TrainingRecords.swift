import Foundation
import TrenazherCore
import TrenazherStore

/// The progress store behind the trainer: every turn is committed as it is played.
extension ProgressStore: TrainingRecords {
    public func register(fullName: String, firstName: String, role: TraineeRole) throws -> Trainee {
        try registerTrainee(fullName: fullName, firstName: firstName, role: role)
    }

    public func begin(_ scenario: Scenario, mode: AttemptMode, trainee: Trainee) throws -> any AttemptRecording {
        let attempt = try startAttempt(traineeID: trainee.id, scenario: scenario, mode: mode)
        return StoreAttemptRecording(store: self, attemptID: attempt.id)
    }

    public func resumable(trainee: Trainee) throws -> [(attempt: UnfinishedAttempt, recording: any AttemptRecording)] {
        try unfinishedAttempts(traineeID: trainee.id).map { ($0, StoreAttemptRecording(store: self, attemptID: $0.attempt.id)) }
    }

    public func attempts(trainee: Trainee) throws -> [AttemptInfo] {
        try attempts(traineeID: trainee.id)
    }

    public func pace(trainee: Trainee) throws -> Int? {
        try pace(traineeID: trainee.id)
    }

    public func setPace(trainee: Trainee, wordsPerMinute: Int) throws {
        try setPace(traineeID: trainee.id, wordsPerMinute: wordsPerMinute)
    }

    public func progress(trainee: Trainee, tracks: [CertificationTrack], trendWindow: Int) throws -> TraineeProgress {
        TraineeProgress.compute(trainee: trainee, attempts: try attempts(traineeID: trainee.id),
                                verdicts: try standardVerdicts(traineeID: trainee.id), tracks: tracks,
                                spentEvidence: try spentEvidence(traineeID: trainee.id),
                                changedAttempts: try changedAttempts(traineeID: trainee.id), at: Date(),
                                drills: try drillResults(traineeID: trainee.id), trendWindow: trendWindow)
    }

    public func drillResults(trainee: Trainee) throws -> [DrillResult] {
        try drillResults(traineeID: trainee.id)
    }

    public func recordDrill(trainee: Trainee, _ result: DrillResult) throws {
        try recordDrill(traineeID: trainee.id, result)
    }
}

/// One attempt in the progress store.
final class StoreAttemptRecording: AttemptRecording {
    let store: ProgressStore
    let attemptID: Int64

    init(store: ProgressStore, attemptID: Int64) {
        self.store = store
        self.attemptID = attemptID
    }

    func open(with turns: [TurnRecord]) throws {
        try classified { try store.recordOpening(attemptID: attemptID, turns: turns) }
    }

    func record(_ input: TraineeInput, turns: [TurnRecord]) throws {
        try classified { try store.appendTurn(attemptID: attemptID, input: input, turns: turns) }
    }

    func finish(_ result: AttemptResult) throws {
        try classified { try store.finishAttempt(attemptID: attemptID, result: result) }
    }

    /// SQLite's failures (disk full, lock, damage) as the fault they are, naming the database.
    private func classified(_ write: () throws -> Void) throws {
        do {
            try write()
        } catch {
            throw StoreFault.classify(error, path: store.path) ?? error
        }
    }

    func saveDraft(_ text: String) throws {
        try classified { try store.saveDraft(attemptID: attemptID, text: text) }
    }

    func savedDraft() throws -> String? {
        try store.draft(attemptID: attemptID)
    }

    func afterReply() {
        store.checkpointIfDue()
    }
}
