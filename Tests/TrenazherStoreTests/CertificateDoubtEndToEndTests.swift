import Foundation
import GRDB
import Testing
@testable import TrenazherStore

/// A certificate that rests on rows changed outside Trenazher is flagged in the normal output of `hr status`,
/// `hr certificate` and `verify` (not only in `hr check`'s warnings), with a non-zero exit: the real binary,
/// a real database tampered with by SQL.
extension HRCommandsEndToEndTests {
    /// `hr init`, two passed exams of Олена and her certificate; returns its code and the evidence attempts.
    func certifiedOlena() throws -> (code: String, evidence: [Int64]) {
        #expect(try run(["hr", "init", "--key-dir", keys, "--issuer", "ПрАТ Тест"]).status == 0)
        try recordExam("hotline-account-no-id", passing: true, trainee: "Коваль Олена", firstName: "Олена")
        try recordExam("hotline-long-lookup", passing: true, trainee: "Коваль Олена", firstName: "Олена")
        let issued = try run(["hr", "certify", "Олена", "hotline-operator", "--key-dir", keys])
        #expect(issued.status == 0, "\(issued.stderr)")
        let issuedCode = try #require(self.code(of: issued.stdout))
        let evidence = try #require(try ProgressStore.open(path: database).certificate(reference: issuedCode)).certificate.evidence
        #expect(evidence.count == 2)
        return (issuedCode, evidence)
    }

    @Test func aCertificateOnAnEditedEvidenceAttemptIsInDoubtInStatusPageAndVerify() throws {
        let (code, evidence) = try certifiedOlena()
        let page = directory.appendingPathComponent("certificate.html").path

        // Untouched: a clean standing everywhere.
        let clean = try run(["hr", "status", "--key-dir", keys])
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(!clean.stdout.contains("ПІД СУМНІВОМ"))
        #expect(clean.stdout.contains("Сертифіковані (чинні сертифікати):\n  Коваль Олена"), "\(clean.stdout)")
        #expect(try run(["hr", "certificate", code, "--key-dir", keys, "--output", page]).status == 0)
        #expect(try !String(contentsOfFile: page, encoding: .utf8).contains("ПІД СУМНІВОМ"))
        #expect(try run(["verify", code, "--key-dir", keys]).status == 0)

        // An attempt of another trainee edited: Олена's certificate is not touched.
        try recordExam("hotline-long-lookup", passing: true, trainee: "Петренко Іван", firstName: "Іван")
        let queue = try DatabaseQueue(path: database)
        try queue.write { try $0.execute(sql: "UPDATE attempt SET score = 100 WHERE id NOT IN (?, ?)", arguments: [evidence[0], evidence[1]]) }
        let unrelated = try run(["hr", "status", "--key-dir", keys])
        #expect(unrelated.status == 0 && !unrelated.stdout.contains("ПІД СУМНІВОМ"), "\(unrelated.stdout)")
        #expect(try run(["verify", code, "--key-dir", keys]).status == 0)

        // One evidence answer rewritten with sqlite3.
        try queue.write { try $0.execute(sql: "UPDATE input SET text = text || ' ' WHERE attempt_id = ? AND seq = 1", arguments: [evidence[1]]) }
        try queue.close()
        let status = try run(["hr", "status", "--key-dir", keys])
        #expect(status.status == 1)
        #expect(status.stdout.contains("ПІД СУМНІВОМ") && status.stdout.contains("спробу #\(evidence[1]), на якій він ґрунтується, змінено поза тренажером"),
                "\(status.stdout)")
        #expect(status.stdout.contains("Сертифіковані (чинні сертифікати):\n  —"), "\(status.stdout)")
        let english = try run(["hr", "status", "--key-dir", keys, "--lang", "en"])
        #expect(english.status == 1 && english.stdout.contains("IN DOUBT") && english.stdout.contains("attempt #\(evidence[1]) it rests on was edited"))

        let printed = try run(["hr", "certificate", code, "--key-dir", keys, "--output", page])
        #expect(printed.status == 1 && printed.stderr.contains("ПІД СУМНІВОМ"), "\(printed.stderr)")
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("class=\"status doubt\">ПІД СУМНІВОМ: спробу #\(evidence[1])"))
        let verified = try run(["verify", code, "--key-dir", keys])
        #expect(verified.status == 1 && verified.stdout.hasPrefix("НЕПЕРЕВІРНИЙ") && verified.stdout.contains("спробу #\(evidence[1])"),
                "\(verified.stdout)")
        #expect(try run(["verify", page, "--key-dir", keys]).status == 1)

        // Accepting the finding lets HR work on, but the certificate still rests on the edited attempt.
        #expect(try run(["hr", "check", "--accept", "--key-dir", keys]).status == 0)
        let accepted = try run(["hr", "status", "--key-dir", keys])
        #expect(accepted.status == 1 && accepted.stdout.contains("знахідку прийнято"), "\(accepted.stdout)\(accepted.stderr)")
        #expect(accepted.stderr.isEmpty, "\(accepted.stderr)")
        #expect(try run(["verify", code, "--key-dir", keys]).status == 1)
        // The reports and the published verification page say so too.
        let team = try run(["hr", "report", "team", "--format", "csv", "--key-dir", keys])
        #expect(team.status == 0 && team.stdout.contains("ПІД СУМНІВОМ: спробу #\(evidence[1])"), "\(team.stdout)\(team.stderr)")
        let folder = directory.appendingPathComponent("published").path
        let published = try run(["hr", "publish", folder, "--base-url", "https://hr.example.com/c", "--key-dir", keys, "--lang", "en"])
        #expect(published.status == 0 && published.stdout.contains("1 certificate(s) IN DOUBT"), "\(published.stdout)\(published.stderr)")
        let index = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        #expect(index.contains("class=\"doubt\"") && index.contains("IN DOUBT: attempt #\(evidence[1]) it rests on was edited"))

        // Revoked, it is no longer a certificate anyone could rely on: listed as revoked, with the reason it was in doubt.
        #expect(try run(["hr", "revoke", code, "--reason", "докази змінено", "--key-dir", keys]).status == 0)
        let revoked = try run(["hr", "status", "--key-dir", keys])
        #expect(revoked.status == 0, "\(revoked.stdout)")
        #expect(revoked.stdout.contains("відкликано") && revoked.stdout.contains("спробу #\(evidence[1])"))
    }

    @Test func aCertificateWhoseRevocationWasDeletedIsInDoubtNotCertified() throws {
        let (code, _) = try certifiedOlena()
        #expect(try run(["hr", "revoke", code, "--reason", "порушення", "--key-dir", keys]).status == 0)
        let queue = try DatabaseQueue(path: database)
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER revocation_no_delete")
            try db.execute(sql: "DELETE FROM revocation")
        }
        try queue.close()
        let status = try run(["hr", "status", "--key-dir", keys])
        #expect(status.status == 1)
        #expect(status.stdout.contains("його відкликання видалено поза тренажером"), "\(status.stdout)")
        #expect(status.stdout.contains("Сертифіковані (чинні сертифікати):\n  —"), "\(status.stdout)")
        let printed = try run(["hr", "certificate", code, "--key-dir", keys])
        #expect(printed.status == 1 && printed.stdout.contains("ПІД СУМНІВОМ"))
    }
}

/// An edited row is shown as it was and as it is — by `hr check`, in the acceptance it records and in `hr audit`.
extension HRCommandsEndToEndTests {
    @Test func anEditedScoreIsShownBeforeAndAfterByCheckAcceptanceAndAudit() throws {
        let (_, evidence) = try certifiedOlena()
        let queue = try DatabaseQueue(path: database)
        let score = try #require(try queue.read { try Int.fetchOne($0, sql: "SELECT score FROM attempt WHERE id = ?", arguments: [evidence[0]]) })
        try queue.write { try $0.execute(sql: "UPDATE attempt SET score = 11 WHERE id = ?", arguments: [evidence[0]]) }
        try queue.close()
        let checked = try run(["hr", "check", "--key-dir", keys])
        #expect(checked.status == 1)
        #expect(checked.stderr.contains("ЗМІНЕНО поза тренажером: спроба #\(evidence[0])") && checked.stderr.contains("було → стало: бал \(score) → 11"),
                "\(checked.stderr)")
        let english = try run(["hr", "check", "--key-dir", keys, "--lang", "en"])
        #expect(english.stderr.contains("before → now: score \(score) → 11"), "\(english.stderr)")
        #expect(try run(["hr", "check", "--accept", "--key-dir", keys]).status == 0)
        let after = try run(["hr", "check", "--key-dir", keys])
        #expect(after.status == 0 && after.stdout.contains("прийнято раніше") && after.stdout.contains("бал \(score) → 11"), "\(after.stdout)")
        let audit = try run(["hr", "audit", "--key-dir", keys])
        #expect(audit.stdout.contains("було → стало: бал \(score) → 11"), "\(audit.stdout)")
        // Accepted in Ukrainian, read in English: the entry holds data, not the words of the check that wrote it.
        let englishAudit = try run(["hr", "audit", "--key-dir", keys, "--lang", "en"])
        #expect(englishAudit.stdout.contains("EDITED outside Trenazher: attempt #\(evidence[0])")
                && englishAudit.stdout.contains("before → now: score \(score) → 11") && !englishAudit.stdout.contains("було"), "\(englishAudit.stdout)")
    }
}
