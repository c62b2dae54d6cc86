import Foundation
import GRDB
import Testing
import TerminalHarness
import TrenazherCore
@testable import TrenazherStore

/// The real `trenazher` binary against faults of the machine — a full disk, another process holding the
/// database past the busy timeout, a damaged page, a directory where the database should be — and many
/// processes registering one new name at once: each fault gives one line naming the file and the
/// remedy, exit 1 and no usage text, and nothing recorded before it is lost.
@Suite(.serialized)
final class FaultsEndToEndTests {
    static let root = HRCommandsEndToEndTests.root
    static let binary = HRCommandsEndToEndTests.binary
    static let scenarioID = "hotline-long-lookup"

    let directory: URL
    var database: String { directory.appendingPathComponent("progress.sqlite").path }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Standard error's lines, blank ones left out.
        var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    init() throws {
        directory = try Fixtures.temporaryDirectory()
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    func run(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = Self.root
        let out = Pipe(), err = Pipe(), typed = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : typed
        try process.run()
        if let input {
            typed.fileHandleForWriting.write(Data(input.utf8))
            try typed.fileHandleForWriting.close()
        }
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// The scenario's first passing example transcript, in a file.
    func transcript() throws -> String {
        let content = try ContentBundle.load(from: Self.root.appendingPathComponent("Content"))
        let (library, _) = ScenarioLibrary.load(paths: [Self.root.appendingPathComponent("Scenarios")], content: content)
        let scenario = try #require(library.scenario(id: Self.scenarioID))
        let example = try #require(scenario.examples.first { $0.passed == true })
        let path = directory.appendingPathComponent("transcript.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(scenario.fill(example.transcript, trainee: "Олена").utf8)))
        return path
    }

    func record(_ transcript: String, as trainee: String = "Коваль Олена Петрівна", database: String? = nil,
                environment: [String: String] = [:]) throws -> Run {
        try run(["play", Self.scenarioID, "--transcript", transcript, "--name", "Олена", "--record", trainee,
                 "--database", database ?? self.database], environment: environment)
    }

    /// A fault told as the brief asks: exit 1, no usage text, and the last line names the file and says
    /// `words` (the fault and its remedy).
    func expectFault(_ run: Run, path: String, _ words: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(run.status == 1, "exit \(run.status): \(run.stderr)", sourceLocation: sourceLocation)
        #expect(!run.stderr.contains("--help"), "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(!run.stderr.contains("SQLite error"), "\(run.stderr)", sourceLocation: sourceLocation)
        let last = run.errorLines.last ?? ""
        #expect(last.contains(path) && last.contains(words), "\(run.stderr)", sourceLocation: sourceLocation)
    }

    /// The finished attempts in a database, and its integrity check.
    func recorded(_ path: String) throws -> (finished: Int, integrity: [String]) {
        let store = try ProgressStore.open(path: path)
        return (try store.attempts(status: .finished).count, try store.integrityCheck())
    }

    @Test func aFullDiskStopsRecordingWithOneLineAndKeepsWhatWasStored() throws {
        let transcript = try transcript()
        let disk = try SmallDisk(megabytes: 4, at: directory.appendingPathComponent("disk"))
        let mount = disk.mountPoint.path
        let database = mount + "/progress.sqlite"
        let filler = mount + "/filler"
        let outcome = directory.appendingPathComponent("outcome")
        // Inside a mount namespace of its own, so the small file system vanishes with the script.
        let script = """
            set -u
            mount -t tmpfs -o size=\(disk.megabytes)m trenazher-small "\(mount)" || exit 90
            run() { name=$1; shift; "$@" >"\(outcome.path)/$name.out" 2>"\(outcome.path)/$name.err"; echo $? >"\(outcome.path)/$name.status"; }
            run first "\(Self.binary.path)" play \(Self.scenarioID) --transcript "\(transcript)" --name Олена --record "Коваль Олена Петрівна" --database "\(database)"
            dd if=/dev/zero of="\(filler)" bs=4096 2>/dev/null
            run play "\(Self.binary.path)" play \(Self.scenarioID) --transcript "\(transcript)" --name Олена --record "Коваль Олена Петрівна" --database "\(database)"
            printf 'Добрий вечір, гаряча лінія, мене звати Олена.\\nЗачекайте, будь ласка.\\n' | run train "\(Self.binary.path)" train \(Self.scenarioID) --trainee Олена --fast --database "\(database)"
            rm -f "\(filler)"
            cp "\(database)" "\(outcome.path)/progress.sqlite"
            """
        try FileManager.default.createDirectory(at: outcome, withIntermediateDirectories: true)
        let status = try disk.runIsolated(script)
        #expect(status == 0, "the small file system could not be mounted (status \(status))")
        func result(_ name: String) throws -> Run {
            func read(_ suffix: String) throws -> String { try String(contentsOf: outcome.appendingPathComponent("\(name).\(suffix)"), encoding: .utf8) }
            return Run(status: Int32(try read("status").trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1,
                       stdout: try read("out"), stderr: try read("err"))
        }
        let first = try result("first")
        #expect(first.status == 0, "\(first.stderr)")
        expectFault(try result("play"), path: database, "на диску немає місця")
        expectFault(try result("train"), path: database, "на диску немає місця")
        let kept = try recorded(outcome.appendingPathComponent("progress.sqlite").path)
        #expect(kept.finished == 1)
        #expect(kept.integrity == ["ok"])
    }

    @Test func aLockHeldPastTheBusyTimeoutIsToldAfterASecondAndGivesUp() throws {
        let transcript = try transcript()
        #expect(try record(transcript).status == 0)
        let holder = try SQLiteLockHolder(database: database)
        let started = Date()
        let blocked = try record(transcript, environment: ["TRENAZHER_BUSY_TIMEOUT": "3"])
        let waited = Date().timeIntervalSince(started)
        holder.release()
        #expect(blocked.stderr.contains("база зайнята іншим процесом"), "\(blocked.stderr)")
        expectFault(blocked, path: database, "базу понад 3 с тримає інший процес")
        #expect(waited >= 3 && waited < 60, "waited \(waited) s")
        let kept = try recorded(database)
        #expect(kept.finished == 1)
        #expect(kept.integrity == ["ok"])
        #expect(try record(transcript).status == 0)
    }

    @Test func aMeaninglessBusyTimeoutIsBadInput() throws {
        let refused = try record(try transcript(), environment: ["TRENAZHER_BUSY_TIMEOUT": "nan"])
        #expect(refused.status == 2)
        #expect(refused.errorLines.count == 1 && refused.stderr.contains("TRENAZHER_BUSY_TIMEOUT"), "\(refused.stderr)")
    }

    @Test func aDamagedPageIsFoundAtOpenAndNothingIsWritten() throws {
        let transcript = try transcript()
        #expect(try record(transcript).status == 0)
        let (pageSize, rootPage) = try DatabaseQueue(path: database).read { db in
            (try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096,
             try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'turn'") ?? 2)
        }
        let handle = try #require(FileHandle(forUpdatingAtPath: database))
        try handle.seek(toOffset: UInt64((rootPage - 1) * pageSize))
        try handle.write(contentsOf: Data(repeating: 0xAB, count: pageSize))
        try handle.close()
        let damaged = try #require(FileManager.default.contents(atPath: database))
        expectFault(try record(transcript), path: database, "файл бази пошкоджений")
        expectFault(try run(["progress", "Олена", "--database", database]), path: database, "файл бази пошкоджений")
        #expect(FileManager.default.contents(atPath: database) == damaged)
    }

    @Test func aDirectoryAsTheDatabaseIsNamedSoAndNotReadOnly() throws {
        let transcript = try transcript()
        let folder = directory.appendingPathComponent("folder").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let refused = try record(transcript, database: folder)
        expectFault(refused, path: folder, "це тека, а не файл бази")
        #expect(!refused.stderr.contains("лише для читання") && !refused.stderr.contains("read-only"), "\(refused.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    /// Many processes recording under one name no trainee has yet: one registers it, every attempt is
    /// stored (`make bench` measures 210 at once).
    @Test func processesRegisteringOneNewNameAtOnceStoreEveryAttempt() throws {
        let transcript = try transcript()
        let processes = try (1...24).map { _ -> Process in
            let process = Process()
            process.executableURL = Self.binary
            process.arguments = ["play", Self.scenarioID, "--transcript", transcript, "--name", "Олена", "--record", "Новенька Оксана Іванівна",
                                 "--database", database]
            process.currentDirectoryURL = Self.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        processes.forEach { $0.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == Array(repeating: 0, count: processes.count))
        let store = try ProgressStore.open(path: database)
        #expect(try store.trainees().map(\.fullName) == ["Новенька Оксана Іванівна"])
        #expect(try store.attempts(status: .finished).count == processes.count)
        #expect(try store.integrityCheck() == ["ok"])
    }
}

/// A small tmpfs file system for the disk-full test, mounted by a script in a mount namespace of its own
/// (`unshare`: directly under root, through `sudo -n`, or as an unprivileged user namespace).
struct SmallDisk {
    let megabytes: Int
    let mountPoint: URL

    init(megabytes: Int, at mountPoint: URL) throws {
        self.megabytes = megabytes
        self.mountPoint = mountPoint
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
    }

    /// Runs `script` with bash in a new mount namespace; its exit status.
    func runIsolated(_ script: String) throws -> Int32 {
        let file = mountPoint.deletingLastPathComponent().appendingPathComponent("\(mountPoint.lastPathComponent).sh")
        try script.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let launchers: [[String]] = getuid() == 0
            ? [["/usr/bin/unshare", "--mount", "--propagation", "private"]]
            : [["/usr/bin/sudo", "-n", "/usr/bin/unshare", "--mount", "--propagation", "private"],
               ["/usr/bin/unshare", "--mount", "--map-root-user", "--propagation", "private"]]
        var status: Int32 = -1
        for launcher in launchers {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: launcher[0])
            process.arguments = Array(launcher.dropFirst()) + ["/bin/bash", file.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            status = process.terminationStatus
            if status == 0 { break }
        }
        return status
    }
}

