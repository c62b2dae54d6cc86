import Foundation
import GRDB
import Testing
@testable import TrenazherStore

/// What each `PageChecking` finds when one table's root page is damaged: the whole-file check refuses the
/// database at open; the trainee's `.pagesUsed` opens it, and the first statement that touches the damaged
/// table fails as `StoreFault.damaged` without writing anything, while the sound tables still read.
@Suite struct PageCheckingTests {
    /// A database with a trainee and a recorded attempt whose `attempt` table's root page is overwritten.
    private func damagedDatabase() throws -> (path: String, traineeID: Int64) {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("damaged.sqlite").path
        let traineeID: Int64
        do {
            let store = try ProgressStore.open(path: path)
            let trainee = try Fixtures.trainee(store)
            traineeID = trainee.id
            try Fixtures.record(store, trainee, scenario: "hotline-account-no-id", mode: .practice, score: 90, passed: true)
        }
        let (pageSize, rootPage) = try DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            return (try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096,
                    try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'attempt'") ?? 2)
        }
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: UInt64((rootPage - 1) * pageSize))
        try handle.write(contentsOf: Data(repeating: 0xAB, count: pageSize))
        try handle.close()
        return (path, traineeID)
    }

    @Test func theWholeFileCheckRefusesTheDatabaseAtOpen() throws {
        let (path, _) = try damagedDatabase()
        #expect(throws: StoreFault(.damaged, path: path)) { try ProgressStore.open(path: path) }
    }

    @Test func theTraineesOpenFindsTheDamageAtTheFirstUseAndWritesNothing() throws {
        let (path, traineeID) = try damagedDatabase()
        let store = try ProgressStore.open(path: path, pages: .pagesUsed)
        #expect(try store.trainee(id: traineeID).id == traineeID)
        let before = try #require(FileManager.default.contents(atPath: path))
        let walBefore = FileManager.default.contents(atPath: path + "-wal")
        #expect(StoreFault.classify(try error { try store.attempts(traineeID: traineeID) }, path: path) == StoreFault(.damaged, path: path))
        #expect(StoreFault.classify(try error {
            try store.startAttempt(traineeID: traineeID, scenarioID: "hotline-account-no-id", scenarioHash: "h", channel: .hotline,
                                   mode: .practice)
        }, path: path) == StoreFault(.damaged, path: path))
        #expect(FileManager.default.contents(atPath: path) == before)
        #expect(FileManager.default.contents(atPath: path + "-wal") == walBefore)
    }

    /// The error `body` throws (the test fails when it throws none).
    private func error<T>(_ body: () throws -> T) throws -> any Error {
        do {
            _ = try body()
        } catch {
            return error
        }
        Issue.record("no error thrown")
        return CancellationError()
    }
}
