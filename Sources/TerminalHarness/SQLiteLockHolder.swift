import Foundation

/// Another process (the `sqlite3` shell) holding an exclusive transaction on the database until released (the
/// fault tests of `play --record` and `train`).
public final class SQLiteLockHolder {
    private let process = Process()
    private let input = Pipe()

    /// Starts the shell on `database` and returns once it holds the lock.
    public init(database: String) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [database]
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("BEGIN EXCLUSIVE;\nSELECT 'locked';\n".utf8))
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("locked") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { throw LockFailure() }
            seen.append(chunk)
        }
    }

    /// Commits the empty transaction and waits for the shell to end.
    public func release() {
        input.fileHandleForWriting.write(Data("COMMIT;\n.quit\n".utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    /// The shell ended before it held the lock.
    public struct LockFailure: Error {}
}
