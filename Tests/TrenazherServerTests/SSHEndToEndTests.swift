import Foundation
import Testing
import TerminalHarness
import TrenazherStore

/// A real OpenSSH server on 127.0.0.1, `authorized_keys` written by `trenazher trainees add --ssh-key`,
/// and trainees logging in with their keys through a pseudo-terminal: the key decides who trains, every
/// turn reaches the database, and nothing but the trainee's own commands is let through.
@Suite(.serialized)
final class SSHEndToEndTests {
    let directory: URL
    let database: URL

    init() throws {
        directory = try Fixtures.temporaryFolder("ssh")
        database = directory.appendingPathComponent("data/trenazher.sqlite")
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    @discardableResult
    private func hr(_ arguments: [String], authorizedKeys: URL) throws -> String {
        let result = try Fixtures.run(arguments + ["--database", database.path, "--authorized-keys", authorizedKeys.path])
        #expect(result.status == 0, "trenazher \(arguments.joined(separator: " ")): \(result.error)")
        return result.output
    }

    @Test func traineesLogInWithTheirKeysPlayAndAreKeptToTheirOwnCommands() throws {
        let server = try SSHTestServer(directory: directory.appendingPathComponent("sshd"))
        let olenaKey = try server.makeClientKey("olena")
        let ivanKey = try server.makeClientKey("ivan")
        try hr(["trainees", "add", "Коваль Олена Петрівна", "--first-name", "Олена", "--role", "hotline", "--ssh-key", olenaKey.publicKey.path],
               authorizedKeys: server.authorizedKeys)
        try hr(["trainees", "add", "Шевчук Іван Петрович", "--first-name", "Іван", "--role", "cok", "--ssh-key", ivanKey.publicKey.path],
               authorizedKeys: server.authorizedKeys)
        let lines = try String(contentsOf: server.authorizedKeys, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasPrefix("restrict,pty,command=\"") && $0.contains(" ssh-session ") })
        #expect(try hr(["trainees", "list"], authorizedKeys: server.authorizedKeys).contains("Коваль Олена Петрівна (Олена), "))

        // Olena plays a scenario through a terminal; the key, not a name she types, says who she is.
        let session = try PseudoTerminal(executable: URL(fileURLWithPath: SSHTestServer.ssh),
                                         arguments: server.sshArguments(key: olenaKey.privateKey, command: "train hotline-account-no-id --fast"),
                                         environment: ["HOME": server.directory.path])
        try session.expect("Вітаємо, Олен")
        try session.expect("Ви › ")
        let turns = ["Гаряча лінія, добрий день, мене звати Олена. Як я можу до вас звертатися?",
                     "Назвіть, будь ласка, ваше прізвище, ім'я та по батькові."]
        for turn in turns {
            session.type(turn + "\r")
            try session.expect("Ви › ")
        }
        session.type("/end\r")
        try session.expect("Бал: ")
        try session.expect("р — розбір розмови")
        session.type("\r")
        #expect(session.waitForExit() == 0)

        let store = try ProgressStore.open(path: database.path)
        let olena = try store.trainee(matching: "Коваль Олена Петрівна")
        let ivan = try store.trainee(matching: "Шевчук Іван Петрович")
        let attempt = try #require(try store.attempts(traineeID: olena.id).first)
        #expect(attempt.status == .finished)
        #expect(try store.inputs(attemptID: attempt.id).map(\.text) == turns)
        #expect(try store.attempts(traineeID: ivan.id).isEmpty)

        // Without a command the key gets the trainer's menu, not a shell.
        let menu = try PseudoTerminal(executable: URL(fileURLWithPath: SSHTestServer.ssh),
                                      arguments: server.sshArguments(key: ivanKey.privateKey), environment: ["HOME": server.directory.path])
        try menu.expect("Вітаємо, Іван")
        try menu.expect("Ваш вибір:")
        menu.type("\u{04}")
        #expect(menu.waitForExit() == 0)

        // An attempt put aside over SSH tells the trainee the ssh command that continues it, not a local one.
        let aside = try PseudoTerminal(executable: URL(fileURLWithPath: SSHTestServer.ssh),
                                       arguments: server.sshArguments(key: ivanKey.privateKey, command: "train hotline-account-no-id --fast"),
                                       environment: ["HOME": server.directory.path])
        try aside.expect("Ви › ")
        aside.type("Гаряча лінія, добрий день, мене звати Іван. Як я можу до вас звертатися?\r")
        try aside.expect("Ви › ")
        aside.type("\u{03}")
        try aside.expect("[т/Н]")
        aside.type("т\r")
        try aside.expect("Спробу відкладено")
        try aside.expect(" resume")
        let told = aside.visibleText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(told.contains("ssh -t ") && told.contains("@") && !told.contains("trenazher train --resume"), "\(told)")
        aside.type("\u{04}")
        _ = aside.waitForExit()

        // Each sees their own progress only.
        let own = try server.runSSH(key: ivanKey.privateKey, command: "progress")
        #expect(own.status == 0)
        #expect(own.output.contains("Шевчук Іван Петрович"))
        #expect(!own.output.contains("Коваль"))

        // A shell, another trainee, another database, HR's and trainers' commands: refused.
        let refused: [(String, String)] = [
            ("/bin/sh -c 'cat /etc/passwd'", "«/bin/sh» недоступне через SSH"),
            ("bash", "«bash» недоступне через SSH"),
            ("sqlite3 \(database.path)", "«sqlite3» недоступне через SSH"),
            ("progress --trainee 1", "параметр --trainee недоступний через SSH"),
            ("train --trainee=Олена", "параметр --trainee недоступний через SSH"),
            ("progress 1", "зайвий аргумент «1»"),
            ("progress --database /tmp/other.sqlite", "параметр --database недоступний через SSH"),
            ("hr report", "«hr» недоступне через SSH"),
            ("trainees list", "«trainees» недоступне через SSH"),
            ("admin backup /tmp/copy.sqlite", "«admin» недоступне через SSH"),
            ("scenarios install /tmp", "«scenarios» недоступне через SSH"),
            ("progress --lang en --output /tmp/x", "the option --output is not available over SSH"),
        ]
        for (command, message) in refused {
            let result = try server.runSSH(key: ivanKey.privateKey, command: command)
            #expect(result.status == 2, "\(command): \(result.output)")
            #expect(result.output.contains(message), "\(command): \(result.output)")
        }
        #expect(!FileManager.default.fileExists(atPath: "/tmp/copy.sqlite"))

        // No forwarding through the key.
        let forward = try server.runSSH(key: ivanKey.privateKey, command: nil, extraArguments: ["-W", "127.0.0.1:\(server.port)"])
        #expect(forward.status != 0)

        // Revoked: the key no longer logs in; the records stay.
        try hr(["trainees", "remove", "Іван"], authorizedKeys: server.authorizedKeys)
        let revoked = try server.runSSH(key: ivanKey.privateKey, command: "progress")
        #expect(revoked.status == 255)
        #expect(try store.trainee(matching: "Іван").id == ivan.id)
        #expect(try store.attempts(traineeID: olena.id).count == 1)
    }
}
