import Foundation
import Testing
import TrenazherStore

/// The HR and administrator commands through the real binary: a group from CSV, a key given twice,
/// revocation, a backup, and `admin doctor` on what they left.
struct AdminCommandsEndToEndTests {
    @Test func aGroupFromCSVThenBackupAndDoctor() throws {
        let folder = try Fixtures.temporaryFolder("admin")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("data/trenazher.sqlite").path
        let keys = folder.appendingPathComponent("data/authorized_keys").path
        let common = ["--database", database, "--authorized-keys", keys]
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("keys"), withIntermediateDirectories: true)
        try (AuthorizedKeysTests.olena + "\n").write(to: folder.appendingPathComponent("keys/olena.pub"), atomically: true, encoding: .utf8)
        let csv = folder.appendingPathComponent("group.csv")
        try """
            ПІБ;Ім'я;Роль;Ключ
            "Коваль Олена Петрівна";Олена;hotline;keys/olena.pub
            Шевчук Іван Петрович;Іван;cok;\(AuthorizedKeysTests.ivan)

            """.write(to: csv, atomically: true, encoding: .utf8)
        let imported = try Fixtures.run(["trainees", "import", csv.path] + common)
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.output.contains("Рядків: 2."))
        let list = try Fixtures.run(["trainees", "list"] + common)
        #expect(list.output.split(separator: "\n").filter { $0.contains("SSH: ssh-ed25519 SHA256:") }.count == 2)

        // The same key for another trainee is refused before anyone is registered.
        try (AuthorizedKeysTests.ivan + "\n").write(to: folder.appendingPathComponent("keys/ivan.pub"), atomically: true, encoding: .utf8)
        let twice = try Fixtures.run(["trainees", "add", "Бондар Марія Іванівна", "--first-name", "Марія", "--role", "cok",
                                      "--ssh-key", folder.appendingPathComponent("keys/ivan.pub").path] + common)
        #expect(twice.status == 2)
        #expect(twice.error.contains("уже входить як працівник #2"))
        #expect(try ProgressStore.open(path: database).trainees().count == 2)

        // A bad row names its line, and nothing is imported.
        try "Бондар Марія Іванівна,Марія,manager,keys/olena.pub\n".write(to: csv, atomically: true, encoding: .utf8)
        let bad = try Fixtures.run(["trainees", "import", csv.path] + common)
        #expect(bad.status == 2)
        #expect(bad.error.contains("group.csv:1:1: роль «manager»"))

        let revoked = try Fixtures.run(["trainees", "remove", "Іван"] + common)
        #expect(revoked.output.contains("ключів: 1"))

        let backup = folder.appendingPathComponent("backup.sqlite").path
        let backedUp = try Fixtures.run(["admin", "backup", backup, "--database", database])
        #expect(backedUp.status == 0, "\(backedUp.error)")
        #expect(try ProgressStore.open(path: backup).trainees().count == 2)
        #expect(try Fixtures.run(["admin", "backup", backup, "--database", database]).status == 1)

        // Everything is in order but the database's mode, which lets anyone read it.
        chmod(database, 0o666)
        let doctor = try Fixtures.run(["admin", "doctor", "--key-dir", folder.appendingPathComponent("hr-keys").path] + common)
        #expect(doctor.output.contains("✗ \(database): інші користувачі можуть читати або змінювати файл (права 666)"), "\(doctor.output)")
        #expect(doctor.output.contains("✓ \(database): цілісність у порядку"), "\(doctor.output)")
        #expect(doctor.output.contains("ключів працівників: 1, усі ведуть до тренажера"), "\(doctor.output)")
        #expect(doctor.output.contains("прикладів пройдено"), "\(doctor.output)")
        #expect(doctor.status == 1, "\(doctor.output)")
    }
}
