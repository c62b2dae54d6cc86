import Foundation
import Testing
import TerminalHarness
import TrenazherCore
import TrenazherStore

/// `trenazher train` on a pseudo-terminal against faults of the machine: another process holding the
/// database past the busy timeout in the middle of a conversation, a damaged page, a directory where
/// the database should be. Each gives one line naming the file, exit 1; no turn is stored out of
/// order, and `train --resume` continues exactly from the last stored turn.
@Suite(.serialized)
final class TrainFaultsEndToEndTests {
    let sandbox: ConsoleSandbox

    init() throws {
        sandbox = try ConsoleSandbox(named: "trenazher-faults")
    }

    static let greeting = "Гаряча лінія, добрий день, мене звати Олена. Як я можу до вас звертатися?"
    static let second = "Назвіть, будь ласка, номер особового рахунку."

    /// The one line of a fault: it names the file and says `words`; no usage text, no SQLite jargon.
    private func expectFault(_ terminal: PseudoTerminal, path: String, _ words: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try terminal.expect(words)
        #expect(terminal.waitForExit() == 1, sourceLocation: sourceLocation)
        let line = terminal.visibleText.split(separator: "\n").first { $0.contains(words) }.map(String.init) ?? ""
        #expect(line.contains(path), "\(terminal.visibleText)", sourceLocation: sourceLocation)
        #expect(!terminal.visibleText.contains("--help") && !terminal.visibleText.contains("SQLite error"), sourceLocation: sourceLocation)
    }

    @Test func aLockHeldPastTheBusyTimeoutStopsTheConversationAndResumeContinuesExactly() throws {
        let (store, olena) = try sandbox.registerOlena(.hotline)
        let first = try sandbox.launch(["train", "hotline-account-no-id", "--trainee", "Олена", "--fast"], busySeconds: 2)
        try first.expect("Ви › ")
        first.type(Self.greeting + "\r")
        try first.expect("Клієнт: ")
        try first.expect("Ви › ")
        let holder = try SQLiteLockHolder(database: sandbox.database.path)
        first.type(Self.second + "\r")
        try expectFault(first, path: sandbox.database.path, "базу понад 2 с тримає інший процес")
        holder.release()

        let unfinished = try #require(try store.unfinishedAttempt(traineeID: olena.id))
        #expect(unfinished.inputs.map(\.text) == [Self.greeting])
        #expect(try store.integrityCheck() == ["ok"])

        let second = try sandbox.launch(["train", "--resume", "--trainee", "Олена", "--fast"])
        try second.expect("відновлено відповідей: 1")
        try second.expect("Ви › ")
        second.type(Self.second + "\r")
        try second.expect("Ви › ")
        second.type("/end\r")
        // A resumed practice attempt offers its review too.
        try ConsoleSandbox.leaveAfterTheScore(second)
        let attempt = try #require(try store.attempts(traineeID: olena.id).first)
        #expect(attempt.status == .finished)
        #expect(try store.inputs(attemptID: attempt.id).map(\.text) == [Self.greeting, Self.second])
    }

    @Test func aDamagedPageIsToldAtTheStartAndNothingIsWritten() throws {
        _ = try sandbox.registerOlena(.hotline)
        // Every page after the first (the schema) overwritten: the tables' pages are garbage.
        let handle = try #require(FileHandle(forUpdatingAtPath: sandbox.database.path))
        let size = try handle.seekToEnd()
        #expect(size >= 8192)
        try handle.seek(toOffset: 4096)
        try handle.write(contentsOf: Data(repeating: 0xAB, count: Int(size) - 4096))
        try handle.close()
        let damaged = try #require(FileManager.default.contents(atPath: sandbox.database.path))
        let terminal = try sandbox.launch(["train", "hotline-account-no-id", "--trainee", "Олена", "--fast"])
        try expectFault(terminal, path: sandbox.database.path, "файл бази пошкоджений")
        #expect(FileManager.default.contents(atPath: sandbox.database.path) == damaged)
    }

    @Test func aDirectoryAsTheDatabaseIsNamedSo() throws {
        let folder = sandbox.directory.appendingPathComponent("folder").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let terminal = try sandbox.launch(["train", "hotline-account-no-id", "--trainee", "Олена", "--fast"], database: folder)
        try expectFault(terminal, path: folder, "це тека, а не файл бази")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}
