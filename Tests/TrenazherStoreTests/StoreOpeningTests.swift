import Foundation
import GRDB
import Testing
@testable import TrenazherStore

@Suite struct StoreOpeningTests {
    @Test func createsTheDatabaseAndItsDirectoryAndMigrates() throws {
        let directory = try Fixtures.temporaryDirectory()
        let path = directory.appendingPathComponent("nested/data/trenazher.sqlite").path
        let store = try ProgressStore.open(path: path)
        #expect(try store.appliedMigrations() == StoreSchema.migrator.migrations)
        #expect(FileManager.default.fileExists(atPath: path))
        let mode = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        _ = try Fixtures.trainee(store)
        let reopened = try ProgressStore.open(path: path)
        #expect(try reopened.trainees().count == 1)
    }

    @Test func refusesAFileThatIsNotSQLiteAndLeavesItAlone() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("notes.sqlite").path
        let content = Data("це не база даних, а нотатки\n".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: content))
        #expect(throws: StoreError.notADatabase(path: path)) { try ProgressStore.open(path: path) }
        #expect(FileManager.default.contents(atPath: path) == content)
    }

    @Test func refusesADamagedDatabase() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("damaged.sqlite").path
        var bytes = Data("SQLite format 3\0".utf8)
        bytes.append(Data(repeating: 0xAB, count: 4096))
        #expect(FileManager.default.createFile(atPath: path, contents: bytes))
        #expect(throws: StoreError.notADatabase(path: path)) { try ProgressStore.open(path: path) }
        #expect(FileManager.default.contents(atPath: path) == bytes)
    }

    @Test func refusesAnotherProgramsDatabase() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("other.sqlite").path
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE invoice (id INTEGER PRIMARY KEY)") }
        let before = FileManager.default.contents(atPath: path)
        #expect(throws: StoreError.foreignDatabase(path: path)) { try ProgressStore.open(path: path) }
        #expect(FileManager.default.contents(atPath: path) == before)
    }

    @Test func refusesADatabaseFromANewerVersion() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("future.sqlite").path
        _ = try ProgressStore.open(path: path)
        try DatabaseQueue(path: path).write {
            try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
        }
        #expect(throws: StoreError.newerSchema(path: path, unknownMigrations: ["v99"])) { try ProgressStore.open(path: path) }
    }

    /// A read-only directory gets a one-line refusal and nothing is created. Root may write anywhere,
    /// so under root (as in CI) the real binary is run as the unprivileged user «nobody».
    @Test func refusesAReadOnlyDirectory() throws {
        let directory = try Fixtures.temporaryDirectory()
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: directory.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path) }
        let path = directory.appendingPathComponent("trenazher.sqlite").path
        if getuid() != 0 {
            #expect(throws: StoreError.readOnly(path: path)) { try ProgressStore.open(path: path) }
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", HRCommandsEndToEndTests.binary.path,
                             "trainees", "add", "Коваль Олена", "--first-name", "Олена", "--role", "hotline", "--database", path]
        process.currentDirectoryURL = HRCommandsEndToEndTests.root
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(stderr.split(separator: "\n").count == 1, "\(stderr)")
        #expect(stderr.contains(StoreError.readOnly(path: path).errorDescription ?? "read-only"), "\(stderr)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func errorsAreOneLine() {
        let errors: [StoreError] = [.notADatabase(path: "/a"), .foreignDatabase(path: "/a"), .readOnly(path: "/a"),
                                    .newerSchema(path: "/a", unknownMigrations: ["v2"]), .unknownTrainee("Іван")]
        for error in errors {
            #expect(error.errorDescription?.contains("\n") == false)
        }
    }

    @Test func databaseLocationFollowsOptionThenEnvironmentThenXDG() {
        #expect(DatabaseLocation.resolve(option: "/x/db.sqlite", environment: ["TRENAZHER_DB": "/y"]) == "/x/db.sqlite")
        #expect(DatabaseLocation.resolve(option: nil, environment: ["TRENAZHER_DB": "/y/t.sqlite"]) == "/y/t.sqlite")
        #expect(DatabaseLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/o"])
                == "/data/trenazher/trenazher.sqlite")
        #expect(DatabaseLocation.resolve(option: nil, environment: ["HOME": "/home/o"])
                == "/home/o/.local/share/trenazher/trenazher.sqlite")
        #expect(DatabaseLocation.keyDirectory(option: nil, databasePath: "/d/t.sqlite", environment: [:]) == "/d/keys")
    }
}
