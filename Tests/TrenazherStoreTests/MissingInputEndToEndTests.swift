import Foundation
import Testing
@testable import TrenazherStore

/// A mistyped path is bad input: one line, exit 2, nothing created. A read-only command does not make a database
/// (or its folder) where none is; `verify` tells a missing file or a JSON that is no credential from a certificate
/// that is not valid.
extension HRCommandsEndToEndTests {
    @Test func readOnlyCommandsCreateNoDatabaseWhereNoneIs() throws {
        let folder = directory.appendingPathComponent("no-such-folder")
        let missing = folder.appendingPathComponent("x.sqlite").path
        for arguments in [["progress"], ["hr", "status", "--key-dir", keys], ["hr", "report", "team"], ["hr", "audit"],
                          ["trainees", "list"], ["disputes", "list"]] {
            let refused = try run(arguments, database: missing)
            #expect(refused.status == 2, "\(arguments): \(refused.stdout)\(refused.stderr)")
            #expect(refused.stderr.contains("\(missing): бази немає"), "\(arguments): \(refused.stderr)")
            #expect(refused.stderr.split(separator: "\n").count == 1, "\(arguments): \(refused.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.path), "\(arguments) created \(folder.path)")
        }
        // `verify` needs a register or HR's published folder (`--status`): neither is bad input too.
        let unverified = try run(["verify", "ABCD-EFGH-JKLM"], database: missing)
        #expect(unverified.status == 2 && unverified.stderr.contains("\(missing): реєстру сертифікатів немає"), "\(unverified.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        let english = try run(["progress", "--lang", "en"], database: missing)
        #expect(english.status == 2 && english.stderr.contains("\(missing): no database here"), "\(english.stderr)")
        // The commands that start a record still make it, with its folder.
        #expect(try run(["trainees", "add", "Коваль Олена", "--first-name", "Олена", "--role", "hotline"], database: missing).status == 0)
        #expect(FileManager.default.fileExists(atPath: missing))
        #expect(try run(["progress"], database: missing).stdout.contains("Коваль Олена"))
    }

    @Test func verifyTellsAMissingFileOrAnotherJSONAsBadInput() throws {
        let (code, _) = try certifiedOlena()
        let missing = try run(["verify", "nonexist.json", "--key-dir", keys])
        #expect(missing.status == 2 && missing.stdout.isEmpty, "\(missing.stdout)")
        #expect(missing.stderr.contains("nonexist.json: файлу немає"), "\(missing.stderr)")
        #expect(try run(["verify", directory.appendingPathComponent("gone/c.html").path, "--key-dir", keys]).status == 2)
        let other = directory.appendingPathComponent("bad.json").path
        #expect(FileManager.default.createFile(atPath: other, contents: Data("{\"a\":1}".utf8)))
        let notBadge = try run(["verify", other, "--key-dir", keys, "--lang", "en"])
        #expect(notBadge.status == 2 && notBadge.stdout.isEmpty, "\(notBadge.stdout)")
        #expect(notBadge.stderr.contains("\(other):1: not a certificate"), "\(notBadge.stderr)")
        // A code, a number or a code that is in no register are still certificates to look up.
        #expect(try run(["verify", code, "--key-dir", keys]).status == 0)
        let unknown = try run(["verify", "ABCD-EFGH-JKLM", "--key-dir", keys])
        #expect(unknown.status == 1 && unknown.stdout.contains("такого сертифіката немає в реєстрі"), "\(unknown.stdout)")
        let number = try #require(try ProgressStore.open(path: database).certificate(reference: code)).certificate.number
        #expect(try run(["verify", number, "--key-dir", keys]).status == 0)
    }
}
