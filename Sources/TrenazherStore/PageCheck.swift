import Foundation
import GRDB

/// `PRAGMA quick_check` of a database file on a read-only connection and a thread of its own, started at
/// once; `passed()` waits for it and throws `StoreFault.damaged` unless it found every page sound.
final class PageCheck: @unchecked Sendable {
    private let path: String
    private let finished = DispatchSemaphore(value: 0)
    // Written once by the checking thread before `finished` is signalled; read only after waiting on it.
    private var verdict: Result<[String], any Error>?

    init(path: String) {
        self.path = path
        let thread = Thread { [self] in
            verdict = Result {
                var configuration = Configuration()
                configuration.readonly = true
                configuration.label = "trenazher-page-check"
                return try DatabaseQueue(path: path, configuration: configuration).read { db in
                    try String.fetchAll(db, sql: "PRAGMA quick_check")
                }
            }
            finished.signal()
        }
        thread.start()
    }

    /// Waits for the check; throws `StoreFault.damaged` when it found a damaged page, and what opening the
    /// database throws for SQLite's other failures (a full disk, a lock held past the busy timeout …).
    func passed() throws {
        finished.wait()
        defer { finished.signal() }
        switch verdict {
        case .success(let lines) where lines == ["ok"]:
            return
        case .failure(let error as DatabaseError):
            throw ProgressStore.translate(error, path: path)
        default:
            throw StoreFault(.damaged, path: path)
        }
    }
}
