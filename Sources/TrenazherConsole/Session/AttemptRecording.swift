import TrenazherCore
import TrenazherStore

/// Keeps one attempt as it is played, so a crash or a closed terminal loses at most the turn being
/// typed. The progress store implements it; tests use an in-memory one.
public protocol AttemptRecording: AnyObject {
    /// Records the lines said before the trainee's first turn (a written appeal).
    func open(with turns: [TurnRecord]) throws

    /// Records one trainee turn or action the moment it has been played: the input as typed and the
    /// lines it produced (the trainee's turn with its findings, then the replies).
    func record(_ input: TraineeInput, turns: [TurnRecord]) throws

    /// Records the graded end of the attempt; after it the attempt can no longer be resumed.
    func finish(_ result: AttemptResult) throws

    /// Keeps the written reply being typed (empty: none); recording a turn removes it.
    func saveDraft(_ text: String) throws

    /// The draft kept by `saveDraft`, restored when the attempt is resumed.
    func savedDraft() throws -> String?

    /// The attempt's number in the records (disputes refer to it).
    var attemptID: Int64 { get }

    /// Upkeep the records may put off while the trainee waits for a reply (the store's checkpoint,
    /// `ProgressStore.checkpointIfDue`): called once the customer's reply to a turn is on the screen.
    func afterReply()
}

extension AttemptRecording {
    /// Records with no upkeep to put off.
    public func afterReply() {}
}
