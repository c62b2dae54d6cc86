import Foundation
import TerminalHarness
import Testing
import TrenazherStore

/// A temporary folder with a progress database of its own, and the real `trenazher` binary started in
/// it on a pseudo-terminal with the repository's Content/ and Scenarios/: the set-up of the console's
/// end-to-end suites. The folder is removed with the sandbox.
final class ConsoleSandbox {
    /// The built binary: beside the test bundle, else the debug build of the repository.
    static let binary: URL = {
        let besideTests = Bundle.main.bundleURL.appendingPathComponent("trenazher")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return Fixtures.root.appendingPathComponent(".build/debug/trenazher")
    }()

    let directory: URL
    let database: URL

    init(named prefix: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        database = directory.appendingPathComponent("progress.sqlite")
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Starts `trenazher ARGUMENTS` on the sandbox's database (or `path`), optionally with a shorter busy timeout.
    func launch(_ arguments: [String], database path: String? = nil, busySeconds: Int? = nil) throws -> PseudoTerminal {
        var environment = [
            "TRENAZHER_DB": path ?? database.path,
            "TRENAZHER_CONTENT": Fixtures.root.appendingPathComponent("Content").path,
            "TRENAZHER_SCENARIOS": Fixtures.root.appendingPathComponent("Scenarios").path,
        ]
        if let busySeconds { environment["TRENAZHER_BUSY_TIMEOUT"] = "\(busySeconds)" }
        return try PseudoTerminal(executable: Self.binary, arguments: arguments, environment: environment, currentDirectory: directory)
    }

    /// Opens the sandbox's database and registers the suites' trainee, «Коваль Олена Петрівна» known as «Олена»,
    /// in `role`.
    func registerOlena(_ role: TraineeRole) throws -> (ProgressStore, Trainee) {
        let store = try ProgressStore.open(path: database.path)
        return (store, try store.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: role))
    }

    /// After an attempt is ended: its score is shown, then the offer of its review; Enter leaves it, and the
    /// program exits 0.
    static func leaveAfterTheScore(_ terminal: PseudoTerminal, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try terminal.expect("Бал: ")
        try terminal.expect("Enter — до меню")
        terminal.type("\r")
        #expect(terminal.waitForExit() == 0, sourceLocation: sourceLocation)
    }
}
