import Foundation
import Testing
@testable import TrenazherStore

/// A certificate past its expiry is shown as expired wherever it appears: the printed page, `hr status`, the
/// trainee and team reports and `verify` against the register, in Ukrainian and in English. The binary has no
/// clock to move: the certificate is issued through the store on a past day (`Fixtures.now`) on a track valid
/// for no months, with HR's key, and sealed.
extension HRCommandsEndToEndTests {
    @Test func anExpiredCertificateIsShownExpiredOnThePageInStatusReportsAndVerify() throws {
        #expect(try run(["hr", "init", "--key-dir", keys, "--issuer", "ПрАТ Тест"]).status == 0)
        let old = try Fixtures.expiredCertificate(database: database, keys: keys)
        let day = Timestamp.kyivDay(old.expiresAt)

        let page = directory.appendingPathComponent("expired.html").path
        let printed = try run(["hr", "certificate", old.code, "--output", page, "--key-dir", keys])
        #expect(printed.status == 0, "\(printed.stderr)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("class=\"status expired\">СТРОК ДІЇ МИНУВ \(day)") && !html.contains("Чинний станом на"))
        let englishPage = directory.appendingPathComponent("expired-en.html").path
        #expect(try run(["hr", "certificate", old.code, "--output", englishPage, "--key-dir", keys, "--lang", "en"]).status == 0)
        #expect(try String(contentsOfFile: englishPage, encoding: .utf8).contains("class=\"status expired\">EXPIRED \(day)"))

        let status = try run(["hr", "status", "--key-dir", keys])
        #expect(status.status == 0)
        #expect(status.stdout.contains("Строк дії минув:\n  Бондар Олеся — «\(old.trackTitle)» \(old.number): строк дії минув \(day)"), "\(status.stdout)")
        #expect(status.stdout.contains("Сертифіковані (чинні сертифікати):\n  —"), "\(status.stdout)")
        let englishStatus = try run(["hr", "status", "--key-dir", keys, "--lang", "en"])
        #expect(englishStatus.stdout.contains("Expired:\n  Бондар Олеся — «\(old.trackTitle(english: true))» \(old.number): expired \(day)"),
                "\(englishStatus.stdout)")

        let trainee = try run(["hr", "report", "trainee", "Олеся", "--key-dir", keys])
        #expect(trainee.status == 0 && trainee.stdout.contains(old.number) && trainee.stdout.contains("строк дії минув"), "\(trainee.stdout)")
        let team = try run(["hr", "report", "team", "--format", "csv", "--key-dir", keys])
        #expect(team.stdout.contains("строк дії минув"), "\(team.stdout)")

        for reference in [old.code, old.number, page] {
            let verified = try run(["verify", reference, "--key-dir", keys])
            #expect(verified.status == 1 && verified.stdout == "НЕДІЙСНИЙ: \(old.number) — строк дії минув \(day)\n", "\(reference): \(verified.stdout)\(verified.stderr)")
        }
        let english = try run(["verify", old.code, "--key-dir", keys, "--lang", "en"])
        #expect(english.status == 1 && english.stdout.contains("INVALID: \(old.number) — expired on \(day)"), "\(english.stdout)")
    }
}
