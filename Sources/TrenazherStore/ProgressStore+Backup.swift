import Foundation
import GRDB

/// Online backup and restore of the progress database, safe while trainees are recording.
extension ProgressStore {
    /// Writes a consistent copy of the database to `destination` with `VACUUM INTO` (a read
    /// transaction: writers in other processes go on), mode 0600, then checks the copy. Refuses to
    /// overwrite an existing file.
    public func backup(to destination: String) throws {
        try Self.vacuum(writer, into: destination)
    }

    /// The same copy of the database at `path` taken without opening it as a store, so nothing is
    /// migrated: the copy `admin upgrade` keeps of the database as the previous version left it.
    public static func backupWithoutMigrating(path: String, to destination: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.cannotOpen(path: path, reason: "no such file") }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
        try vacuum(queue, into: destination)
    }

    private static func vacuum(_ queue: DatabaseQueue, into destination: String) throws {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw StoreError.cannotOpen(path: destination, reason: "the file already exists; choose another name")
        }
        do {
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "VACUUM INTO ?", arguments: [destination])
            }
            chmod(destination, 0o600)
            let copy = try DatabaseQueue(path: destination, configuration: readOnlyConfiguration())
            let verdict = try copy.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            guard verdict == ["ok"] else { throw StoreError.notADatabase(path: destination) }
        } catch let error as DatabaseError {
            try? FileManager.default.removeItem(atPath: destination)
            throw StoreError.cannotOpen(path: destination, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// Replaces the contents of the database at `path` with the backup at `source`: the backup is
    /// checked (a Trenazher database, not from a newer version, intact) on a private copy, brought up
    /// to the current schema, then copied page by page with SQLite's backup API under the database's
    /// own locks, so a trainee recording meanwhile waits instead of corrupting anything. The database
    /// as it was is first saved next to it (`….before-restore-TIME`); returns that file.
    @discardableResult
    public static func restore(from source: String, into path: String, at date: Date = Date()) throws -> String {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: source) else { throw StoreError.cannotOpen(path: source, reason: "no such file") }
        let scratch = (NSTemporaryDirectory() as NSString).appendingPathComponent("trenazher-restore-\(getpid())-\(UUID().uuidString).sqlite")
        defer {
            for suffix in ["", "-wal", "-shm"] { try? fileManager.removeItem(atPath: scratch + suffix) }
        }
        do {
            try fileManager.copyItem(atPath: source, toPath: scratch)
        } catch {
            throw StoreError.cannotOpen(path: source, reason: "cannot read")
        }
        let candidate = try ProgressStore.open(path: scratch)
        guard try candidate.integrityCheck() == ["ok"] else { throw StoreError.notADatabase(path: source) }
        let target = try ProgressStore.open(path: path)
        let stamp = Timestamp.string(date).replacingOccurrences(of: ":", with: "")
        let saved = path + ".before-restore-" + stamp
        try target.backup(to: saved)
        do {
            try candidate.writer.backup(to: target.writer)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
        return saved
    }

    private static func readOnlyConfiguration() -> Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        return configuration
    }
}
