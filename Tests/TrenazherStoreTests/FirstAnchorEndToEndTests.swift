import Foundation
import Testing
@testable import TrenazherStore

/// A database sealed only by builds that kept no anchor of the chain head outside it: the first HR command that
/// seals writes the anchor and says so — that a rollback to before that moment cannot be detected.
extension HRCommandsEndToEndTests {
    @Test func theFirstAnchorIsAnnouncedOnceAndNotAfterHRInit() throws {
        #expect(try run(["hr", "init", "--key-dir", keys, "--issuer", "ПрАТ Тест"]).status == 0)
        let fresh = try run(["hr", "check", "--key-dir", keys])
        #expect(fresh.status == 0 && !fresh.stdout.contains("записано вперше"), "hr init anchored it: \(fresh.stdout)")

        // The key folder as a build without anchors left it.
        let anchor = URL(fileURLWithPath: keys).appendingPathComponent(ChainAnchor.fileName).path
        try FileManager.default.removeItem(atPath: anchor)
        let first = try run(["hr", "check", "--key-dir", keys])
        #expect(first.status == 0)
        #expect(first.stdout.contains("Засвідчений кінець ланцюжка записано вперше: \(anchor)"), "\(first.stdout)")
        #expect(first.stdout.contains("досі базу засвідчували без нього") && first.stdout.contains("виявити не можна"))
        #expect(FileManager.default.fileExists(atPath: anchor))
        let again = try run(["hr", "check", "--key-dir", keys])
        #expect(again.status == 0 && !again.stdout.contains("вперше") && !again.stderr.contains("вперше"))

        // Any other HR command says it too (on standard error, its output being something else), in English with --lang en.
        try FileManager.default.removeItem(atPath: anchor)
        let status = try run(["hr", "status", "--key-dir", keys, "--lang", "en"])
        #expect(status.status == 0 && status.stderr.contains("anchored for the first time") && !status.stdout.contains("first time"),
                "\(status.stderr)")
    }
}

/// A trainee name that begins with «-» is read as an option: one clear line (exit 2, nothing written), and the
/// name is taken after `--`.
extension HRCommandsEndToEndTests {
    @Test func aNameBeginningWithADashIsExplainedAndTakenAfterTheSeparator() throws {
        let typed = try run(["trainees", "add", "-Коваль Олена", "--first-name", "Олена", "--role", "hotline"])
        #expect(typed.status == 2)
        #expect(typed.stderr.contains("«-Коваль Олена» починається з «-»") && typed.stderr.contains("після «--»"), "\(typed.stderr)")
        #expect(typed.stderr.split(separator: "\n").count == 1)
        #expect(try ProgressStore.open(path: database).trainees().isEmpty)
        let separated = try run(["trainees", "add", "--first-name", "Олена", "--role", "hotline", "--", "-Коваль Олена"])
        #expect(separated.status == 0, "\(separated.stderr)")
        #expect(try ProgressStore.open(path: database).trainees().map(\.fullName) == ["-Коваль Олена"])
        let option = try run(["exam", "hotline-operator", "--trainee", "-Коваль Олена", "--lang", "en"])
        #expect(option.status == 2 && option.stderr.contains("(--trainee=-Коваль Олена)"), "\(option.stderr)")
    }
}

/// `hr audit` speaks the interface language: Ukrainian, English with `--lang en`.
extension HRCommandsEndToEndTests {
    @Test func theAuditLogIsShownInTheInterfaceLanguage() throws {
        #expect(try run(["hr", "init", "--key-dir", keys, "--issuer", "ПрАТ Тест"]).status == 0)
        #expect(try run(["hr", "regrade", "--key-dir", keys]).status == 0)
        let ukrainian = try run(["hr", "audit", "--key-dir", keys])
        #expect(ukrainian.stdout.contains("спроби переоцінено  спроб: 0: без змін") && ukrainian.stdout.contains("ключ HR створено"),
                "\(ukrainian.stdout)")
        #expect(!ukrainian.stdout.contains("no change") && !ukrainian.stdout.contains("attempts"))
        let english = try run(["hr", "audit", "--key-dir", keys, "--lang", "en"])
        #expect(english.stdout.contains("attempts re-graded  0 attempts: no change"), "\(english.stdout)")
    }
}
