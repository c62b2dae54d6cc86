import Foundation

/// Floors measured through the `sqlite3` shell (Debian package `sqlite3`, installed by `make deps`):
/// the same statements our code runs, without Swift, GRDB or the trainer around them.
enum ShellFloors {
    static let shell = "/usr/bin/sqlite3"

    /// Whether the shell is installed.
    static var available: Bool { FileManager.default.isExecutableFile(atPath: shell) }

    /// Runs the shell on `database` with `script` as standard input; returns the wall milliseconds.
    static func run(database: String, script: String) throws -> Double {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("trenazher-bench-\(UUID().uuidString).sql")
        try script.write(to: input, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell)
        process.arguments = [database]
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        process.waitUntilExit()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        guard process.terminationStatus == 0 else {
            throw BenchFailure(description: "sqlite3 failed (status \(process.terminationStatus)) on \(database)")
        }
        return elapsed
    }
}

/// A benchmark that could not run.
struct BenchFailure: Error, LocalizedError {
    var description: String
    var errorDescription: String? { description }
}
