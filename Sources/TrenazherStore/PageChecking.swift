/// How much of the database file `ProgressStore.open` checks for damaged pages.
public enum PageChecking: Sendable {
    /// `PRAGMA quick_check` of every page before `open` returns (HR and administration commands, `play --record`).
    case atOpen
    /// `PRAGMA quick_check` of every page on a thread of its own while the caller reads; every write and
    /// `readAlongsidePageCheck` wait for its verdict (`hr check`, which reads every covered row anyway).
    case alongside
    /// No check of the whole file: only the pages a command reads or writes are checked, by SQLite as it
    /// uses them (a damaged one fails that statement, `StoreFault.damaged`, and its transaction writes
    /// nothing). For the trainee's console, whose start must not cost a walk over every page of a large
    /// database; the whole file is checked by `admin doctor` and the HR commands.
    case pagesUsed
}
