import Foundation
import GRDB
import GRDBSQLite

/// When a connection copies the write-ahead log back into the database file (an SQLite checkpoint).
///
/// In WAL mode a commit only appends to the log; once the log holds `ProgressStore.checkpointPages` pages, SQLite
/// by default copies it into the database and syncs both files inside the call that committed — on a loaded disk
/// that sync can take a tenth of a second, and in the trainee's console that call stands between the Enter and the
/// customer's reply (the turn is saved before the reply is shown). `deferred` leaves the copy to a moment the
/// caller chooses, with the same threshold and the same kind of checkpoint.
public enum Checkpointing: Sendable {
    /// SQLite's own: the commit that brings the log to the threshold checkpoints (HR, administration, `play --record`).
    case automatic
    /// Commits never checkpoint; `ProgressStore.checkpointIfDue()` does when the log has reached the threshold
    /// (the trainee's console, once the customer's reply is on the screen).
    case deferred
}

/// The size of the write-ahead log after this connection's last commit, as SQLite reports it to the WAL hook
/// (`sqlite3_wal_hook`, which replaces the automatic checkpoint of that connection).
final class WALSize: @unchecked Sendable {
    private let lock = NSLock()
    private var pages = 0

    /// The log's pages after the last commit seen (0 once a checkpoint has been asked for since).
    var current: Int { lock.withLock { pages } }

    func set(_ value: Int) {
        lock.withLock { pages = value }
    }

    /// Reports the log's size to this object after every commit of `db`, instead of checkpointing. The object is
    /// retained for the life of the process (one a deferred store: a console opens one).
    func watch(_ db: Database) {
        let context = Unmanaged.passRetained(self).toOpaque()
        sqlite3_wal_hook(db.sqliteConnection, { context, _, _, pages in
            if let context { Unmanaged<WALSize>.fromOpaque(context).takeUnretainedValue().set(Int(pages)) }
            return SQLITE_OK
        }, context)
    }
}
