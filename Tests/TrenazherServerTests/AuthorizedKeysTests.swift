import Foundation
import Testing
import TrenazherServer
import TrenazherStore

/// Trainees' keys in `authorized_keys`: the line's form, adding, refusing a shared key, revoking, and
/// keeping every line Trenazher did not write.
struct AuthorizedKeysTests {
    static let olena = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl olena@pc"
    static let ivan = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBbXh2ZGvX1e1m8n8m5M2y3kq0f0WbGQxgVqv0H8uZ1q"

    @Test func aPublicKeyIsParsedAndAnythingElseIsRefused() throws {
        let key = try SSHPublicKey.parse("# Olena's laptop\n\(Self.olena)\n")
        #expect(key.type == "ssh-ed25519")
        #expect(key.fingerprint.hasPrefix("SHA256:") && key.fingerprint.count == 50)
        #expect(throws: SSHPublicKey.Problem.empty) { try SSHPublicKey.parse("\n# nothing\n") }
        #expect(throws: SSHPublicKey.Problem.severalKeys) { try SSHPublicKey.parse(Self.olena + "\n" + Self.ivan) }
        #expect(throws: SSHPublicKey.Problem.unknownType("-----BEGIN")) { try SSHPublicKey.parse("-----BEGIN OPENSSH PRIVATE KEY-----") }
        #expect(throws: SSHPublicKey.Problem.unknownType("command=\"/bin/sh\"")) { try SSHPublicKey.parse("command=\"/bin/sh\" " + Self.olena) }
        #expect(throws: SSHPublicKey.Problem.damaged) { try SSHPublicKey.parse("ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl") }
        #expect(throws: SSHPublicKey.Problem.damaged) { try SSHPublicKey.parse("ssh-ed25519 not-base64!") }
    }

    @Test func theLineRestrictsTheKeyToTheTraineesSession() throws {
        let key = try SSHPublicKey.parse(Self.olena)
        let command = AuthorizedKeyEntry.sessionCommand(binary: "/usr/local/bin/trenazher", traineeID: 12, database: "/var/lib/my \"db\"/t.sqlite")
        let entry = AuthorizedKeyEntry(traineeID: 12, key: key, command: command)
        #expect(entry.line.hasPrefix("restrict,pty,command=\"/usr/local/bin/trenazher ssh-session 12 --database '/var/lib/my \\\"db\\\"/t.sqlite'\" ssh-ed25519 "))
        #expect(entry.line.hasSuffix(" trenazher-trainee:12"))
        #expect(!entry.line.contains("olena@pc"))
        #expect(AuthorizedKeyEntry.parse(entry.line) == entry)
        #expect(try ShellWords.split(entry.command) == ["/usr/local/bin/trenazher", "ssh-session", "12", "--database", "/var/lib/my \"db\"/t.sqlite"])
        #expect(AuthorizedKeyEntry.parse(Self.olena) == nil)
    }

    @Test func keysAreAddedRevokedAndOtherLinesKept() throws {
        let folder = try Fixtures.temporaryFolder("keys")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("authorized_keys").path
        let foreign = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJm admin@server"
        try (foreign + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o640)
        let access = TraineeAccess(keys: AuthorizedKeysFile(path: path), binary: "/usr/local/bin/trenazher", database: "/srv/t/../t.sqlite")
        let olena = Trainee(id: 1, fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .hotline)
        let ivan = Trainee(id: 2, fullName: "Шевчук Іван Петрович", firstName: "Іван", role: .cok)
        let entry = try access.grant(olena, key: try SSHPublicKey.parse(Self.olena))
        #expect(entry.command.hasSuffix("--database /srv/t.sqlite"))
        try access.grant(ivan, key: try SSHPublicKey.parse(Self.ivan))
        #expect(throws: AuthorizedKeysError.keyInUse(fingerprint: try SSHPublicKey.parse(Self.olena).fingerprint, traineeID: 1)) {
            try access.grant(ivan, key: try SSHPublicKey.parse(Self.olena))
        }
        #expect(try access.keysByTrainee().mapValues(\.count) == [1: 1, 2: 1])
        #expect(try access.revoke(olena) == 1)
        #expect(try access.revoke(olena) == 0)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0] == foreign)
        #expect(lines[1].hasSuffix("trenazher-trainee:2"))
        var status = stat()
        stat(path, &status)
        #expect(status.st_mode & 0o777 == 0o640)
    }

    @Test func aRosterIsReadFromCommaOrSemicolonCSV() throws {
        let comma = "\u{FEFF}full_name,first_name,role,ssh_key\r\n\"Коваль Олена Петрівна\",Олена,hotline,keys/olena.pub\r\n\n"
        #expect(try TraineeRoster.parse(comma) == [
            RosterRow(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: "hotline", sshKey: "keys/olena.pub", line: 2),
        ])
        let semicolon = "ПІБ;Ім'я;Роль;Ключ\nШевчук Іван Петрович; Іван ;cok;\(Self.ivan)\n"
        #expect(try TraineeRoster.parse(semicolon).first?.sshKey == Self.ivan)
        #expect(try TraineeRoster.parse(semicolon).first?.firstName == "Іван")
        #expect(throws: RosterError(line: 1, message: "unclosed quote")) { try TraineeRoster.parse("\"Коваль,Олена,hotline,k") }
        #expect(throws: RosterError(line: 2, message: "expected 4 fields (full_name, first_name, role, ssh_key), found 3")) {
            try TraineeRoster.parse("a,b,cok,k\nКоваль,Олена,hotline")
        }
        #expect(throws: RosterError(line: 1, message: "an empty field")) { try TraineeRoster.parse("Коваль,,hotline,k") }
    }
}
