import Foundation
import GRDB

/// The progress database: trainees, attempts turn by turn, verdicts, certificates, revocations and the
/// HR audit log, in one SQLite file shared by every trainee working on the machine.
///
/// Each process opens its own connection (a `DatabaseQueue`); SQLite's WAL mode and a generous busy
/// timeout let many processes write at once without losing a record. Every write is one immediate
/// transaction, so a killed process loses nothing it had committed.
public struct ProgressStore: Sendable {
    private let queue: DatabaseQueue
    /// `PRAGMA quick_check` running alongside the first reads (`open(…, pages: .alongside)`).
    private let pageCheck: PageCheck?
    /// The log's size after each commit, when checkpoints are deferred (`Checkpointing.deferred`).
    private let walSize: WALSize?
    /// The database file, or `:memory:`.
    public let path: String

    /// The connection, once the pages are known sound: a page check running alongside is waited for, and a
    /// damaged page refuses every use (`StoreFault.damaged`).
    var writer: DatabaseQueue {
        get throws {
            try pageCheck?.passed()
            return queue
        }
    }

    /// Reads with `body` while the page check running alongside goes on, then waits for it: a damaged page is
    /// the fault reported (also when it made the read fail), never what the read found.
    func readAlongsidePageCheck<T>(_ body: (Database) throws -> T) throws -> T {
        let value: T
        do {
            value = try queue.read(body)
        } catch {
            try pageCheck?.passed()
            throw error
        }
        try pageCheck?.passed()
        return value
    }

    /// How long a writer waits for another process's transaction before giving up: 60 s, or what the
    /// installation sets in `TRENAZHER_BUSY_TIMEOUT` (seconds, see `busyTimeout(from:)`).
    public static let busyTimeout: TimeInterval = busyTimeout(from: ProcessInfo.processInfo.environment[busyTimeoutVariable]) ?? 60
    /// The environment variable that sets `busyTimeout`.
    public static let busyTimeoutVariable = "TRENAZHER_BUSY_TIMEOUT"
    /// The busy timeouts an installation may set, in seconds.
    public static let busyTimeoutRange: ClosedRange<TimeInterval> = 1...3_600

    /// The busy timeout a `TRENAZHER_BUSY_TIMEOUT` value gives: whole or decimal seconds within
    /// `busyTimeoutRange`; `nil` for no value or a meaningless one (the command refuses that, exit 2).
    public static func busyTimeout(from value: String?) -> TimeInterval? {
        guard let value, let seconds = Double(value.trimmingCharacters(in: .whitespaces)), seconds.isFinite,
              busyTimeoutRange.contains(seconds) else { return nil }
        return seconds
    }
    /// How long a writer waits before telling the user that another process holds the database.
    static let busyNoticeAfter: TimeInterval = 1

    private init(queue: DatabaseQueue, path: String, pageCheck: PageCheck? = nil, walSize: WALSize? = nil) {
        self.queue = queue
        self.path = path
        self.pageCheck = pageCheck
        self.walSize = walSize
    }

    /// The write-ahead log's size, in pages, at which a checkpoint copies it into the database: SQLite's default
    /// (`PRAGMA wal_autocheckpoint`), also for deferred checkpoints.
    public static let checkpointPages = 1_000

    /// With `Checkpointing.deferred`: once the log has reached `checkpointPages` (as this connection's last
    /// commit left it), copies what it can of it into the database without waiting for other processes
    /// (`PRAGMA wal_checkpoint(PASSIVE)`, what SQLite's automatic checkpoint runs). A failure is left for the next
    /// time, as the automatic checkpoint leaves it. Does nothing for a store that checkpoints automatically.
    public func checkpointIfDue() {
        guard let walSize, walSize.current >= Self.checkpointPages else { return }
        walSize.set(0)
        try? queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)") }
    }

    /// A private in-memory database, migrated: for tests and benchmarks.
    public static func inMemory() throws -> ProgressStore {
        let queue = try DatabaseQueue(configuration: configuration())
        try StoreSchema.migrator.migrate(queue)
        return ProgressStore(queue: queue, path: ":memory:")
    }

    /// Opens (creating it and its directory when missing) the database at `path` and brings its schema up
    /// to date. Refuses, without writing anything, a file that is not SQLite, a database of another
    /// program, a database from a newer Trenazher, a read-only location, a directory, and a file whose
    /// pages are damaged (`PRAGMA quick_check`, as `pages` says). `onWait` is called once when a write has
    /// waited a second for another process (so the user can be told); the wait gives up after `busyTimeout`.
    ///
    /// `pages: .alongside` runs the page check on a connection and a thread of its own while the caller
    /// reads (`hr check` reads every covered row: on two cores the check then costs little of its time); the
    /// store waits for it before its first write, before `readAlongsidePageCheck` returns anything, and at
    /// once when opening itself would write (a new database, a migration, the switch to WAL).
    /// `pages: .pagesUsed` checks the whole file only when opening itself would write (the switch to WAL,
    /// a migration): then it is about to change the file, as the HR commands do.
    ///
    /// `checkpoints: .deferred` keeps commits from copying the write-ahead log into the database (see
    /// `Checkpointing`): the caller runs `checkpointIfDue()` when a pause suits it.
    public static func open(path: String, onWait: (@Sendable () -> Void)? = nil,
                            pages: PageChecking = .atOpen, checkpoints: Checkpointing = .automatic) throws -> ProgressStore {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw StoreFault(.directory, path: path)
        }
        let directory = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        if fileManager.fileExists(atPath: path) {
            try checkHeader(path: path)
            guard access(path, R_OK | W_OK) == 0, access(directory, W_OK) == 0 else { throw StoreError.readOnly(path: path) }
        } else {
            if !fileManager.fileExists(atPath: directory) {
                do {
                    try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true)
                } catch {
                    throw StoreError.readOnly(path: path)
                }
            }
            guard access(directory, W_OK) == 0 else { throw StoreError.readOnly(path: path) }
        }
        do {
            let walSize = checkpoints == .deferred ? WALSize() : nil
            let queue = try DatabaseQueue(path: path, configuration: configuration(onWait: onWait, walSize: walSize))
            try validate(queue, path: path)
            var alongside: PageCheck?
            switch pages {
            case .atOpen:
                try checkPages(queue, path: path)
            case .alongside:
                let check = PageCheck(path: path)
                if try openingWouldWrite(queue) { try check.passed() }
                alongside = check
            case .pagesUsed:
                if try openingWouldWrite(queue) { try checkPages(queue, path: path) }
            }
            // Switching to WAL and migrating a brand-new file may meet another process doing the same
            // (trainees starting at once); SQLite then answers «busy» without waiting, so retry.
            try retryingWhileBusy {
                try queue.writeWithoutTransaction { db in
                    let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? ""
                    if mode.lowercased() != "wal" {
                        try db.execute(sql: "PRAGMA journal_mode = WAL")
                    }
                }
                try migrate(queue)
            }
            return ProgressStore(queue: queue, path: path, pageCheck: alongside, walSize: walSize)
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        }
    }

    /// Runs `body` again while SQLite reports the database busy, for at most the busy timeout.
    private static func retryingWhileBusy(_ body: () throws -> Void) throws {
        let deadline = Date().addingTimeInterval(busyTimeout)
        while true {
            do {
                return try body()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                usleep(20_000)
            }
        }
    }

    private static func configuration(onWait: (@Sendable () -> Void)? = nil, walSize: WALSize? = nil) -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .callback(busyCallback(onWait: onWait))
        configuration.foreignKeysEnabled = true
        configuration.label = "trenazher"
        configuration.prepareDatabase { db in
            // WAL with synchronous=NORMAL is durable against a killed process; only a power cut may lose
            // the last commits.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            walSize?.watch(db)
        }
        return configuration
    }

    /// Waits for another process's lock: first in steps of a millisecond (a turn's commit takes about
    /// that long, so a writer behind it goes on at once), growing to 10 ms; tells `onWait` once after
    /// `busyNoticeAfter` and gives up after `busyTimeout` (SQLite then reports «busy»).
    private static func busyCallback(onWait: (@Sendable () -> Void)?) -> Database.BusyCallback {
        let started = LockWait()
        return { tries in
            if tries == 0 { started.reset() }
            let waited = started.seconds
            if waited >= busyNoticeAfter, started.noteOnce() { onWait?() }
            guard waited < busyTimeout else { return false }
            usleep(useconds_t(min(10, 1 << min(tries, 4)) * 1_000))
            return true
        }
    }

    /// `PRAGMA quick_check` on opening: damaged pages are reported before anything is written.
    private static func checkPages(_ queue: DatabaseQueue, path: String) throws {
        let result = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
        guard result == ["ok"] else { throw StoreFault(.damaged, path: path) }
    }

    /// Whether the rest of `open` would write: the switch to WAL or a migration.
    private static func openingWouldWrite(_ queue: DatabaseQueue) throws -> Bool {
        try queue.read { db in
            let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? ""
            let migrated = try StoreSchema.migrator.hasCompletedMigrations(db)
            return mode.lowercased() != "wal" || !migrated
        }
    }

    /// A non-empty file must start with the SQLite magic string before SQLite is let near it.
    private static func checkHeader(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw StoreError.readOnly(path: path) }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return }
        guard header == Data("SQLite format 3\0".utf8) else { throw StoreError.notADatabase(path: path) }
    }

    /// Reads (never writes) enough to tell whether the file is ours and not from the future.
    private static func validate(_ queue: DatabaseQueue, path: String) throws {
        try queue.read { db in
            let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            // grdb_migrations alone is what another process creating the database leaves before its first migration commits.
            let tables = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT IN ('grdb_migrations', 'sqlite_sequence')
                """) ?? 0
            if applicationID != StoreSchema.applicationID && (applicationID != 0 || tables > 0) {
                throw StoreError.foreignDatabase(path: path)
            }
            if try db.tableExists("grdb_migrations") {
                let migrator = StoreSchema.migrator
                let known = Set(migrator.migrations)
                let applied = try migrator.appliedIdentifiers(db)
                let unknown = applied.subtracting(known)
                if !unknown.isEmpty {
                    throw StoreError.newerSchema(path: path, unknownMigrations: unknown.sorted())
                }
            }
        }
    }

    /// Runs the migrations; when several processes create the database at once, the losers of the
    /// race find the work done.
    private static func migrate(_ queue: DatabaseQueue) throws {
        let migrator = StoreSchema.migrator
        var lastError: Error?
        for _ in 0..<5 {
            do {
                try migrator.migrate(queue)
                return
            } catch {
                lastError = error
                if try queue.read({ try migrator.hasCompletedMigrations($0) }) { return }
            }
        }
        if let lastError { throw lastError }
    }

    static func translate(_ error: DatabaseError, path: String) -> Error {
        switch error.resultCode {
        case .SQLITE_FULL, .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_IOERR:
            return StoreFault.classify(error, path: path) ?? StoreError.cannotOpen(path: path, reason: "\(error.resultCode)")
        case .SQLITE_CORRUPT:
            // An SQLite file (its header was checked) with a damaged page.
            return StoreFault(.damaged, path: path)
        case .SQLITE_NOTADB:
            return StoreError.notADatabase(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN:
            return StoreError.readOnly(path: path)
        default:
            return StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// `PRAGMA integrity_check`: `["ok"]` for a healthy database.
    public func integrityCheck() throws -> [String] {
        try writer.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// The schema migrations applied to this database, oldest first.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try StoreSchema.migrator.appliedMigrations(db) }
    }
}

/// When the current wait for another process's lock began, and whether the user was told.
private final class LockWait: @unchecked Sendable {
    private let lock = NSLock()
    private var start = Date()
    private var told = false

    /// A new wait begins.
    func reset() {
        lock.withLock {
            start = Date()
            told = false
        }
    }

    /// Seconds since the wait began.
    var seconds: TimeInterval { lock.withLock { Date().timeIntervalSince(start) } }

    /// True the first time it is asked during a wait.
    func noteOnce() -> Bool {
        lock.withLock {
            defer { told = true }
            return !told
        }
    }
}
