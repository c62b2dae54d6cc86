import Foundation
import GRDB
import Testing
import TrenazherCore
@testable import TrenazherStore

/// Runs the real `trenazher` binary as HR would: record attempts, certify one trainee, refuse another with
/// reasons, revoke, verify codes and exported files, and find edited rows.
@Suite(.serialized)
final class HRCommandsEndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = root.appendingPathComponent(".build/debug/trenazher")

    let directory: URL
    var database: String { directory.appendingPathComponent("progress.sqlite").path }
    var keys: String { directory.appendingPathComponent("keys").path }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    init() throws {
        directory = try Fixtures.temporaryDirectory()
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    func run(_ arguments: [String], database: String? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        // `--database` goes before a `--`, after which every word is a positional value.
        var arguments = arguments
        arguments.insert(contentsOf: ["--database", database ?? self.database], at: arguments.firstIndex(of: "--") ?? arguments.endIndex)
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        process.currentDirectoryURL = Self.root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// Writes a scenario's own example transcript (the first that passes, or the first that fails) to a file.
    func transcript(_ scenarioID: String, passing: Bool, trainee: String) throws -> String {
        let content = try ContentBundle.load(from: Self.root.appendingPathComponent("Content"))
        let (library, _) = ScenarioLibrary.load(paths: [Self.root.appendingPathComponent("Scenarios")], content: content)
        let scenario = try #require(library.scenario(id: scenarioID))
        let example = try #require(scenario.examples.first { $0.passed == passing })
        let path = directory.appendingPathComponent("\(scenarioID)-\(passing)-\(trainee).txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(scenario.fill(example.transcript, trainee: trainee).utf8)))
        return path
    }

    /// Records an exam as the console does (turn by turn, every answer with its typing evidence): the
    /// binary takes exams only on a terminal.
    func recordExam(_ scenarioID: String, passing: Bool, trainee: String, firstName: String) throws {
        let store = try ProgressStore.open(path: database)
        let person = try (try? store.trainee(matching: trainee))
            ?? store.registerTrainee(fullName: trainee, firstName: firstName, role: .hotline)
        try Fixtures.liveExam(store, person, scenario: scenarioID, passing: passing, daysAgo: 0)
    }

    @Test func anExamFromATranscriptFileOrAPipeIsRefused() throws {
        let file = try transcript("hotline-long-lookup", passing: true, trainee: "Олена")
        let recorded = try run(["play", "hotline-long-lookup", "--transcript", file, "--name", "Олена", "--record", "Коваль Олена",
                                "--mode", "exam"])
        #expect(recorded.status == 2)
        #expect(recorded.stderr.contains("іспит не записують зі стенограми"))
        let store = try ProgressStore.open(path: database)
        #expect(try store.attempts().isEmpty)
        #expect(try run(["trainees", "add", "Коваль Олена", "--first-name", "Олена", "--role", "hotline"]).status == 0)
        let piped = try run(["exam", "hotline-operator", "--trainee", "Олена", "--fast"])
        #expect(piped.status == 2)
        #expect(piped.stderr.contains("іспит складають лише наживо"))
        #expect(try store.attempts().isEmpty)
    }

    func code(of output: String) -> String? {
        output.split(separator: "\n").first { $0.contains("Код перевірки:") }.map { String($0.split(separator: " ").last ?? "") }
    }

    @Test func certifyRefuseRevokeAndVerifyAsHRWould() throws {
        #expect(try run(["hr", "init", "--key-dir", keys, "--issuer", "ПрАТ Тест"]).status == 0)
        try recordExam("hotline-account-no-id", passing: true, trainee: "Коваль Олена", firstName: "Олена")
        try recordExam("hotline-long-lookup", passing: true, trainee: "Коваль Олена", firstName: "Олена")
        try recordExam("hotline-long-lookup", passing: true, trainee: "Петренко Іван", firstName: "Іван")
        try recordExam("hotline-account-no-id", passing: false, trainee: "Петренко Іван", firstName: "Іван")

        let issued = try run(["hr", "certify", "Олена", "hotline-operator", "--key-dir", keys])
        #expect(issued.status == 0, "\(issued.stderr)")
        let olenaCode = try #require(code(of: issued.stdout))

        let refused = try run(["hr", "certify", "Іван", "Оператор кол-центру", "--key-dir", keys])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("✗ hotline-account-no-id: іспит не складено"))
        #expect(refused.stderr.contains("✓ hotline-long-lookup"))

        // A failed exam's score raised with sqlite3 does not make a certificate: the chain names the edited row.
        let edit = try DatabaseQueue(path: database)
        let failed = try edit.read { try Row.fetchOne($0, sql: "SELECT id, score FROM attempt WHERE passed = 0") }
        let failedID: Int64 = try #require(failed?["id"])
        let failedScore: Int = try #require(failed?["score"])
        try edit.write { try $0.execute(sql: "UPDATE attempt SET score = 95, passed = 1 WHERE id = ?", arguments: [failedID]) }
        let tampered = try run(["hr", "certify", "Іван", "hotline-operator", "--key-dir", keys])
        #expect(tampered.status == 1)
        #expect(tampered.stderr.contains("ЗМІНЕНО поза тренажером: спроба #\(failedID)") && tampered.stderr.contains("сертифікат не видано"))
        try edit.write { try $0.execute(sql: "UPDATE attempt SET score = ?, passed = 0 WHERE id = ?", arguments: [failedScore, failedID]) }
        try edit.close()

        try recordExam("hotline-account-no-id", passing: true, trainee: "Петренко Іван", firstName: "Іван")
        let second = try run(["hr", "certify", "Іван", "hotline-operator", "--key-dir", keys])
        #expect(second.status == 0)
        let ivanCode = try #require(code(of: second.stdout))
        #expect(try run(["hr", "revoke", ivanCode, "--reason", "перевірка"]).status == 0)

        let valid = try run(["verify", olenaCode, "--key-dir", keys])
        #expect(valid.status == 0 && valid.stdout.hasPrefix("ДІЙСНИЙ"))
        #expect(valid.stdout.split(separator: "\n").count == 1)
        let revoked = try run(["verify", ivanCode, "--key-dir", keys])
        #expect(revoked.status == 1 && revoked.stdout.contains("відкликано"))

        let badge = directory.appendingPathComponent("badge.json").path
        #expect(try run(["hr", "export", "badge", olenaCode, "--output", badge]).status == 0)
        #expect(try run(["verify", badge, "--key-dir", keys]).status == 0)
        let page = directory.appendingPathComponent("certificate.html").path
        #expect(try run(["hr", "certificate", olenaCode, "--output", page]).status == 0)
        #expect(try run(["verify", page, "--key-dir", keys]).status == 0)
        let edited = try String(contentsOfFile: badge, encoding: .utf8).replacingOccurrences(of: "Коваль Олена", with: "Коваль Олеся")
        try edited.write(toFile: badge, atomically: true, encoding: .utf8)
        let forged = try run(["verify", badge, "--key-dir", keys])
        #expect(forged.status == 1 && forged.stdout.contains("підпис не збігається"))

        let queue = try DatabaseQueue(path: database)
        try queue.write { try $0.execute(sql: "UPDATE certificate SET trainee_name = 'Інша Особа' WHERE code = ?", arguments: [olenaCode]) }
        #expect(try run(["verify", olenaCode, "--key-dir", keys]).status == 1)

        #expect(try run(["hr", "regrade"]).status == 0)
        try queue.write { try $0.execute(sql: "UPDATE attempt SET score = 99, passed = 1 WHERE score < 80 OR passed = 0") }
        let regrade = try run(["hr", "regrade"])
        #expect(regrade.status == 1)
        #expect(regrade.stdout.contains("Петренко Іван, hotline-account-no-id") && regrade.stdout.contains("бал 99 →"))
        try queue.close()

        let quarterly = try run(["hr", "report", "quarterly", "--format", "html"])
        #expect(quarterly.status == 0 && quarterly.stdout.contains("HOT-ID") && !quarterly.stdout.contains("Петренко"))
    }

    /// Under `--lang en` HR's reports, status, the certificate's line, the trainee's progress and the scenario list
    /// name scenarios and tracks by their English titles (`title_en`), never by the Ukrainian ones.
    @Test func englishOutputNamesScenariosAndTracksInEnglish() throws {
        #expect(try run(["hr", "init", "--key-dir", keys, "--issuer", "ПрАТ Тест"]).status == 0)
        try recordExam("hotline-account-no-id", passing: true, trainee: "Коваль Олена", firstName: "Олена")
        try recordExam("hotline-long-lookup", passing: true, trainee: "Коваль Олена", firstName: "Олена")
        let issued = try run(["hr", "certify", "Олена", "hotline-operator", "--key-dir", keys, "--lang", "en"])
        #expect(issued.status == 0, "\(issued.stderr)")
        #expect(issued.stdout.contains("«Call-centre operator»"))
        let content = try ContentBundle.load(from: Self.root.appendingPathComponent("Content"))
        let (library, _) = ScenarioLibrary.load(paths: [Self.root.appendingPathComponent("Scenarios")], content: content)
        let ukrainian = library.scenarios.map(\.title) + ["Оператор кол-центру"]
        let outputs = [
            ("hr report trainee", try run(["hr", "report", "trainee", "Олена", "--lang", "en"])),
            ("hr report team", try run(["hr", "report", "team", "--lang", "en"])),
            ("hr status", try run(["hr", "status", "--key-dir", keys, "--lang", "en"])),
            ("progress", try run(["progress", "Олена", "--lang", "en"])),
            ("scenarios list", try run(["scenarios", "list", "--lang", "en"])),
        ]
        for (command, output) in outputs {
            #expect(output.status == 0, "\(command): \(output.stderr)")
            for title in ukrainian {
                #expect(!output.stdout.contains(title), "\(command) shows «\(title)» under --lang en")
            }
        }
        #expect(outputs[0].1.stdout.contains("Meter readings without identification"))
        #expect(outputs[0].1.stdout.contains("Call-centre operator"))
    }

    /// `hr check` reads the chain's rows while `PRAGMA quick_check` runs alongside: a damaged page — of an index
    /// no row read touches, or of the attempts the check reads — is the fault reported (exit 1), before any
    /// finding or count is told, and nothing is written.
    @Test(arguments: ["finding_by_attempt", "attempt"])
    func aDamagedPageIsHRChecksFaultAndNothingIsWritten(damagedObject: String) throws {
        #expect(try run(["hr", "init", "--issuer", "ПрАТ Тест"]).status == 0)
        try recordExam("hotline-account-no-id", passing: true, trainee: "Коваль Олена", firstName: "Олена")
        #expect(try run(["hr", "check"]).status == 0)
        let (pageSize, rootPage) = try DatabaseQueue(path: database).read { db in
            (try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096,
             try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = ?", arguments: [damagedObject]) ?? 0)
        }
        #expect(rootPage > 1)
        let handle = try #require(FileHandle(forUpdatingAtPath: database))
        try handle.seek(toOffset: UInt64((rootPage - 1) * pageSize))
        try handle.write(contentsOf: Data(repeating: 0xAB, count: pageSize))
        try handle.close()
        let damaged = try #require(FileManager.default.contents(atPath: database))
        for language in [["--lang", "uk"], ["--lang", "en"]] {
            let checked = try run(["hr", "check"] + language)
            #expect(checked.status == 1, "\(checked.stdout)\(checked.stderr)")
            #expect(checked.stderr.contains(language[1] == "uk" ? "файл бази пошкоджений" : "damaged"), "\(checked.stderr)")
            #expect(checked.stdout.isEmpty, "\(checked.stdout)")
        }
        #expect(FileManager.default.contents(atPath: database) == damaged)
    }

    @Test func aSwappedKeyFolderIsRefusedAndTheActorIsTheAccount() throws {
        #expect(try run(["hr", "init", "--issuer", "ПрАТ Тест"]).status == 0)
        try recordExam("hotline-account-no-id", passing: true, trainee: "Коваль Олена", firstName: "Олена")
        try recordExam("hotline-long-lookup", passing: true, trainee: "Коваль Олена", firstName: "Олена")
        let checked = try run(["hr", "check"], environment: ["USER": "mallory", "LOGNAME": "mallory"])
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.contains("знахідок: 0"))
        let store = try ProgressStore.open(path: database)
        #expect(try !store.auditLog().contains { $0.actor == "mallory" })

        // A trainee replaces keys/ (in the shared folder) with a folder holding their own key.
        let own = directory.appendingPathComponent("own").path
        #expect(try run(["hr", "init", "--key-dir", own], database: directory.appendingPathComponent("other.sqlite").path).status == 0)
        try FileManager.default.moveItem(atPath: keys, toPath: keys + "-hr")
        try FileManager.default.moveItem(atPath: own, toPath: keys)
        let forged = try run(["hr", "certify", "Олена", "hotline-operator"])
        #expect(forged.status == 1 && forged.stderr.contains("не той, що записаний у цій базі"), "\(forged.stderr)")
        let forgedEnglish = try run(["hr", "certify", "Олена", "hotline-operator", "--lang", "en"])
        #expect(forgedEnglish.status == 1 && forgedEnglish.stderr.contains("not the one recorded in this database"), "\(forgedEnglish.stderr)")
        #expect(try store.certificates().isEmpty)

        // HR's own folder, made writable by others, is refused too.
        try FileManager.default.removeItem(atPath: keys)
        try FileManager.default.moveItem(atPath: keys + "-hr", toPath: keys)
        chmod(keys, 0o777)
        let loose = try run(["hr", "certify", "Олена", "hotline-operator"])
        #expect(loose.status == 1 && loose.stderr.contains("у неї можуть писати інші"), "\(loose.stderr)")
        let looseEnglish = try run(["hr", "certify", "Олена", "hotline-operator", "--lang", "en"])
        #expect(looseEnglish.status == 1 && looseEnglish.stderr.contains("can be written by others"), "\(looseEnglish.stderr)")
        chmod(keys, 0o700)
        #expect(try run(["hr", "certify", "Олена", "hotline-operator"]).status == 0)
    }

    @Test func storedEscapeSequencesAndFormulasReachNeitherTheTerminalNorTheSpreadsheet() throws {
        #expect(try run(["hr", "init", "--issuer", "ПрАТ Тест"]).status == 0)
        let typed = try run(["trainees", "add", "Коваль\u{1B}]0;pwned\u{07} Олена", "--first-name", "Олена", "--role", "hotline"])
        #expect(typed.status == 2 && typed.stderr.contains("керівний або невидимий символ"))
        // Rows written around Trenazher (sqlite3) still cannot drive the terminal or a spreadsheet.
        let queue = try DatabaseQueue(path: database)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO trainee (full_name, first_name, role, created_at) VALUES (?, 'Олена', 'hotline', '')",
                           arguments: ["Коваль\u{1B}]0;pwned\u{07}\r\u{1B}[2KОлена"])
            try db.execute(sql: "INSERT INTO trainee (full_name, first_name, role, created_at) VALUES (?, 'Х', 'cok', '')",
                           arguments: ["=HYPERLINK(\"http://evil\",\"Іван\")"])
        }
        try queue.close()
        let team = try run(["hr", "report", "team"])
        #expect(team.status == 0 && team.stdout.contains("Коваль") && !team.stdout.contains("pwned"))
        #expect(!team.stdout.contains("\u{1B}") && !team.stdout.contains("\r") && !team.stdout.contains("\u{07}"))
        let csv = try run(["hr", "report", "team", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("\u{FEFF}") && csv.stdout.contains("\"'=HYPERLINK("))
    }

    /// HR gives and takes SSH access as the deployment guide says: each grant and revocation is sealed into
    /// the chain at once, so the next HR command does not report HR's own actions as unwitnessed rows.
    @Test func grantingAndRevokingAccessIsSealedIntoTheChain() throws {
        #expect(try run(["hr", "init", "--issuer", "ПрАТ Тест"]).status == 0)
        let key = directory.appendingPathComponent("olena").path
        let keygen = Process()
        keygen.executableURL = URL(fileURLWithPath: "/usr/bin/ssh-keygen")
        keygen.arguments = ["-q", "-t", "ed25519", "-N", "", "-f", key]
        keygen.standardOutput = FileHandle.nullDevice
        try keygen.run()
        keygen.waitUntilExit()
        let authorized = directory.appendingPathComponent("authorized_keys").path
        let added = try run(["trainees", "add", "Коваль Олена", "--first-name", "Олена", "--role", "hotline",
                             "--ssh-key", key + ".pub", "--authorized-keys", authorized])
        #expect(added.status == 0, "\(added.stderr)")
        let afterGrant = try run(["hr", "check"])
        #expect(afterGrant.status == 0 && afterGrant.stdout.contains("знахідок: 0"), "\(afterGrant.stdout)\(afterGrant.stderr)")
        #expect(try run(["trainees", "remove", "Коваль Олена", "--authorized-keys", authorized]).status == 0)
        let afterRevoke = try run(["hr", "check"])
        #expect(afterRevoke.status == 0 && afterRevoke.stdout.contains("знахідок: 0"), "\(afterRevoke.stdout)\(afterRevoke.stderr)")
        #expect(try ProgressStore.open(path: database).auditLog().map(\.action).filter { $0.hasPrefix("ssh-") } == ["ssh-grant", "ssh-revoke"])
    }

    @Test func aKilledTraineeProcessLosesNoCommittedTurn() throws {
        #expect(try run(["trainees", "add", "Коваль Олена", "--first-name", "Олена", "--role", "hotline"]).status == 0)
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["train", "hotline-long-lookup", "--trainee", "Олена", "--fast", "--database", database]
        process.currentDirectoryURL = Self.root
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let turns = ["Добрий вечір! Гаряча лінія, мене звати Олена. Як я можу до Вас звертатися?",
                     "Назвіть, будь ласка, номер заявки та Ваше прізвище, ім'я та по батькові."]
        input.fileHandleForWriting.write(Data((turns.joined(separator: "\n") + "\n").utf8))
        let store = try ProgressStore.open(path: database)
        let trainee = try store.trainee(matching: "Олена")
        var committed: [TraineeInput] = []
        // Returns as soon as both turns are committed; the bound is generous (3 min) so a loaded
        // machine does not kill the process before it has committed them.
        for _ in 0..<1800 where committed.count < turns.count {
            Thread.sleep(forTimeInterval: 0.1)
            committed = try store.unfinishedAttempt(traineeID: trainee.id)?.inputs ?? []
        }
        #expect(committed.map(\.text) == turns, "the turns were not committed within 3 minutes")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let reopened = try ProgressStore.open(path: database)
        #expect(try reopened.unfinishedAttempt(traineeID: trainee.id)?.inputs.map(\.text) == turns)
        #expect(try reopened.integrityCheck() == ["ok"])
    }

    @Test func twentyProcessesRecordingAtOnceLoseNothing() throws {
        let file = try transcript("hotline-long-lookup", passing: true, trainee: "Олена")
        let processes = try (1...20).map { number -> Process in
            let process = Process()
            process.executableURL = Self.binary
            process.arguments = ["play", "hotline-long-lookup", "--transcript", file, "--name", "Олена", "--record", "Працівник \(number)",
                                 "--database", database]
            process.currentDirectoryURL = Self.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            try process.run()
            return process
        }
        processes.forEach { $0.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let store = try ProgressStore.open(path: database)
        #expect(try store.trainees().count == 20)
        #expect(try store.attempts(status: .finished).count == 20)
        #expect(try store.integrityCheck() == ["ok"])
    }
}
