import Foundation
import Testing
import TrenazherCore
@testable import TrenazherStore

/// `Checkpointing.deferred`: commits leave the write-ahead log alone until `checkpointIfDue()` copies it into the
/// database; `automatic` copies it inside the commit that fills it, as SQLite does by default.
struct CheckpointingTests {
    /// A store on a new file with one attempt in progress, and the sizes of the database file and of its log.
    private static func store(_ checkpoints: Checkpointing) throws -> (ProgressStore, Int64, () -> (database: Int, log: Int)) {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("trenazher.sqlite").path
        let store = try ProgressStore.open(path: path, pages: .pagesUsed, checkpoints: checkpoints)
        let trainee = try Fixtures.trainee(store)
        let attempt = try store.startAttempt(traineeID: trainee.id, scenarioID: "hotline-long-lookup", scenarioHash: "h",
                                             channel: .hotline, mode: .practice)
        func size(_ file: String) -> Int { ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int) ?? 0 }
        return (store, attempt.id, { (size(path), size(path + "-wal")) })
    }

    /// Twelve drafts of 400,000 characters each: some 1,200 pages of log, past the 1,000 of a checkpoint.
    private static func fillTheLog(_ store: ProgressStore, attempt: Int64) throws -> String {
        var last = ""
        for round in 0..<12 {
            last = String(repeating: "Шановна пані Ірино \(round)! ", count: 400_000 / 24)
            try store.saveDraft(attemptID: attempt, text: last)
        }
        return last
    }

    @Test func deferredCommitsLeaveTheLogUntilTheCheckpointIsAskedFor() throws {
        let (store, attempt, sizes) = try Self.store(.deferred)
        let last = try Self.fillTheLog(store, attempt: attempt)
        #expect(sizes().database < 400_000, "a commit copied the log into the database")
        #expect(sizes().log > 4_000_000)
        store.checkpointIfDue()
        #expect(sizes().database >= 400_000, "the checkpoint did not copy the log")
        #expect(try store.draft(attemptID: attempt) == last)
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func nothingIsCopiedBeforeTheLogReachesTheThreshold() throws {
        let (store, attempt, sizes) = try Self.store(.deferred)
        try store.saveDraft(attemptID: attempt, text: String(repeating: "чернетка ", count: 50_000))
        let before = sizes().database
        store.checkpointIfDue()
        #expect(sizes().database == before)
    }

    @Test func automaticCommitsCopyTheLogAsSQLiteDoes() throws {
        let (store, attempt, sizes) = try Self.store(.automatic)
        _ = try Self.fillTheLog(store, attempt: attempt)
        #expect(sizes().database >= 400_000)
        store.checkpointIfDue()
        #expect(try store.integrityCheck() == ["ok"])
    }
}
