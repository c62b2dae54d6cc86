import Crypto
import Foundation
import GRDB
import Testing
import TrenazherCore
@testable import TrenazherStore

/// `hr publish` and `verify --status` as HR and a third party would use them: the third party holds only the
/// published folder (no database, no key folder).
@Suite(.serialized)
final class PublishEndToEndTests {
    static let base = "https://hr.example.com/certs"
    let harness: HRCommandsEndToEndTests
    var directory: URL { harness.directory }
    var keys: String { harness.keys }
    var folder: String { directory.appendingPathComponent("published").path }
    /// A database path where nothing is, with no key folder beside it: the third party's view.
    var nowhere: String { directory.appendingPathComponent("third-party/none.sqlite").path }

    init() throws {
        harness = try HRCommandsEndToEndTests()
    }

    func run(_ arguments: [String], database: String? = nil) throws -> HRCommandsEndToEndTests.Run {
        try harness.run(arguments, database: database)
    }

    func certify(_ name: String, first: String) throws -> String {
        try harness.recordExam("hotline-account-no-id", passing: true, trainee: name, firstName: first)
        try harness.recordExam("hotline-long-lookup", passing: true, trainee: name, firstName: first)
        let issued = try run(["hr", "certify", first, "hotline-operator", "--key-dir", keys])
        #expect(issued.status == 0, "\(issued.stderr)")
        return try #require(harness.code(of: issued.stdout))
    }

    /// `verify --status http://…` downloads with the system's `curl` from a server on a free loopback port (in this
    /// process, stopped at the end whatever happens): a valid and a revoked certificate, a server error and a server
    /// that is gone, each told as such.
    @Test func aThirdPartyVerifiesFromTheFolderHostedOverHTTP() throws {
        #expect(try run(["hr", "init", "--key-dir", keys, "--issuer", "ПрАТ Тест", "--base-url", Self.base]).status == 0)
        let olena = try certify("Коваль Олена", first: "Олена")
        let ivan = try certify("Петренко Іван", first: "Іван")
        #expect(try run(["hr", "revoke", ivan, "--reason", "порушення", "--key-dir", keys]).status == 0)
        #expect(try run(["hr", "publish", folder, "--key-dir", keys]).status == 0)
        let hosted = folder
        let server = try LoopbackHTTPServer { path in
            if path.hasPrefix("/broken/") { return (500, Data("internal error".utf8)) }
            guard path.hasPrefix("/certs/"), !path.contains("..") else { return (404, Data()) }
            guard let data = FileManager.default.contents(atPath: hosted + "/" + path.dropFirst("/certs/".count)) else { return (404, Data()) }
            return (200, data)
        }
        defer { server.stop() }
        let direct = ["no_proxy": "*", "NO_PROXY": "*"]
        func verify(_ code: String, _ status: String, _ language: String = "uk") throws -> HRCommandsEndToEndTests.Run {
            try harness.run(["verify", code, "--status", status, "--lang", language], database: nowhere, environment: direct)
        }

        let valid = try verify(olena, server.address + "/certs")
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
        #expect(valid.stdout.hasPrefix("ДІЙСНИЙ") && valid.stdout.contains("за опублікованим списком відкликань"), "\(valid.stdout)")
        #expect(server.paths.contains("/certs/" + RevocationStatusList.relativePath), "\(server.paths)")
        let revoked = try verify(ivan, server.address + "/certs/")
        #expect(revoked.status == 1 && revoked.stdout.contains("відкликано"), "\(revoked.stdout)\(revoked.stderr)")
        let failing = try verify(olena, server.address + "/broken", "en")
        #expect(failing.status == 1 && failing.stderr.contains("the server answered 500"), "\(failing.stdout)\(failing.stderr)")
        server.stop()
        let gone = try verify(olena, server.address + "/certs")
        #expect(gone.status == 1 && gone.stderr.contains("не вдається завантажити"), "\(gone.stdout)\(gone.stderr)")
    }

    @Test func aThirdPartyWithOnlyThePublishedFolderSeesValidRevokedExpiredAndTamperedLists() throws {
        #expect(try run(["hr", "init", "--key-dir", keys, "--issuer", "ПрАТ Тест", "--base-url", "ftp://x"]).status == 2)
        #expect(try run(["hr", "init", "--key-dir", keys, "--issuer", "ПрАТ Тест", "--base-url", Self.base + "/"]).status == 0)
        let olena = try certify("Коваль Олена", first: "Олена")
        let ivan = try certify("Петренко Іван", first: "Іван")
        #expect(try run(["hr", "revoke", ivan, "--reason", "порушення", "--key-dir", keys]).status == 0)
        let changed = try run(["hr", "publish", folder, "--base-url", "https://elsewhere.example.com", "--key-dir", keys])
        #expect(changed.status == 2 && changed.stderr.contains("вже записано"))
        let published = try run(["hr", "publish", folder, "--key-dir", keys])
        #expect(published.status == 0, "\(published.stderr)")
        #expect(published.stdout.contains("відкликано 1") && published.stdout.contains(Self.base))

        let valid = try run(["verify", olena, "--status", folder], database: nowhere)
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
        #expect(valid.stdout.hasPrefix("ДІЙСНИЙ") && valid.stdout.contains("за опублікованим списком відкликань"))
        let revoked = try run(["verify", ivan, "--status", "file://" + folder], database: nowhere)
        #expect(revoked.status == 1 && revoked.stdout.contains("відкликано"), "\(revoked.stdout)\(revoked.stderr)")
        let scanned = try run(["verify", Self.base + "/#" + olena, "--status", folder], database: nowhere)
        #expect(scanned.status == 0, "\(scanned.stdout)\(scanned.stderr)")
        let unchecked = try run(["verify", folder + "/badges/\(ivan).json", "--key-dir", folder + "/key"], database: nowhere)
        #expect(unchecked.status == 0 && unchecked.stdout.contains("стан відкликання НЕ перевірено"))
        let english = try run(["verify", ivan, "--status", folder, "--lang", "en"], database: nowhere)
        #expect(english.status == 1 && english.stdout.contains("INVALID") && english.stdout.contains("revoked"))
        // HR's own register and the published list agree.
        let both = try run(["verify", olena, "--key-dir", keys, "--status", folder])
        #expect(both.status == 0 && both.stdout.contains("реєстр і опублікований список"), "\(both.stdout)\(both.stderr)")

        // The printed page: marked when revoked, checked against its credential.
        let page = directory.appendingPathComponent("olena.html").path
        #expect(try run(["hr", "certificate", olena, "--output", page, "--key-dir", keys]).status == 0)
        #expect(try run(["verify", page, "--status", folder], database: nowhere).status == 0)
        let text = try String(contentsOfFile: page, encoding: .utf8)
        try text.replacingOccurrences(of: "<p class=\"name\">Коваль Олена</p>", with: "<p class=\"name\">Коваль Олеся</p>")
            .write(toFile: page, atomically: true, encoding: .utf8)
        let edited = try run(["verify", page, "--status", folder], database: nowhere)
        #expect(edited.status == 1 && edited.stdout.contains("текст сторінки змінено") && edited.stdout.contains("Коваль Олеся"))
        let revokedPage = directory.appendingPathComponent("ivan.html").path
        #expect(try run(["hr", "certificate", ivan, "--output", revokedPage, "--key-dir", keys]).status == 0)
        #expect(try String(contentsOfFile: revokedPage, encoding: .utf8).contains("ВІДКЛИКАНО"))

        // An expired certificate (a track valid for no months), issued through the store with HR's key and sealed.
        let old = try Fixtures.expiredCertificate(database: harness.database, keys: keys)
        let store = try ProgressStore.open(path: harness.database)
        #expect(try run(["hr", "publish", folder, "--key-dir", keys]).status == 0)
        let expired = try run(["verify", old.code, "--status", folder], database: nowhere)
        #expect(expired.status == 1 && expired.stdout.contains("строк дії минув"), "\(expired.stdout)\(expired.stderr)")
        let status = try run(["hr", "status", "--key-dir", keys])
        #expect(status.stdout.contains("Строк дії минув:") && status.stdout.contains(old.number))
        let ivanNumber = try #require(try store.certificate(reference: ivan)).certificate.number
        #expect(status.stdout.contains("Петренко Іван — \(ivanNumber): відкликано"))
        // Іван's exams were the evidence of the revoked certificate: he is not «ready to certify» again.
        #expect(!status.stdout.contains("Петренко Іван — «Оператор кол-центру»: можна сертифікувати"))
        let team = try run(["hr", "report", "team", "--format", "csv", "--key-dir", keys])
        #expect(team.stdout.contains("строк дії минув") && team.stdout.contains("відкликано"))
        let index = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        #expect(index.contains("строк дії минув") && index.contains("відкликано") && index.contains("id=\"\(olena)\""))

        // A list edited in the folder (the revoked bit cleared) is not trusted.
        let listPath = folder + "/" + RevocationStatusList.relativePath
        let list = try #require(JSONDocument.parse(try Data(contentsOf: URL(fileURLWithPath: listPath))))
        let encoded = try #require(list["credentialSubject"]?["encodedList"]?.stringValue)
        let cleared = try #require(RevocationStatusList().encodedList)
        try String(contentsOfFile: listPath, encoding: .utf8).replacingOccurrences(of: encoded, with: cleared)
            .write(toFile: listPath, atomically: true, encoding: .utf8)
        let tampered = try run(["verify", ivan, "--status", folder], database: nowhere)
        #expect(tampered.status == 1 && tampered.stdout.contains("не підписано ключем HR"), "\(tampered.stdout)")

        // A revocation deleted with sqlite3 is reported, and nothing is published from such a register.
        try store.writer.write { db in
            try db.execute(sql: "DROP TRIGGER revocation_no_delete")
            try db.execute(sql: "DELETE FROM revocation")
        }
        let check = try run(["hr", "check", "--key-dir", keys])
        #expect(check.status == 1 && check.stderr.contains("ВИДАЛЕНО"), "\(check.stdout)\(check.stderr)")
        let refused = try run(["hr", "publish", folder, "--key-dir", keys])
        #expect(refused.status == 1 && refused.stderr.contains("не опубліковано"))
        let register = try run(["verify", ivan, "--key-dir", keys])
        #expect(register.status == 1 && register.stdout.contains("НЕПЕРЕВІРНИЙ"))
    }
}
