import Crypto
import Foundation
import Testing
@testable import TrenazherStore

/// A certificate «під сумнівом» (`CertificateDoubt`) is marked wherever certificates are listed: the trainee
/// and team reports (every format) and the published verification page — and an undoubted one is not.
@Suite struct DoubtInReportsTests {
    let key = Curve25519.Signing.PrivateKey()

    private func doubts(_ certificate: Certificate, accepted: Bool = false) -> [String: [CertificateDoubt]] {
        [certificate.number: [CertificateDoubt(reason: .evidenceEdited(attempt: certificate.evidence[0]), accepted: accepted)]]
    }

    private func traineeReport(_ store: ProgressStore, _ certificate: Certificate, doubts: [String: [CertificateDoubt]],
                               english: Bool = false) throws -> ReportDocument {
        let trainee = try store.trainee(id: certificate.traineeID)
        let progress = TraineeProgress.compute(trainee: trainee, attempts: try store.attempts(traineeID: trainee.id),
                                               verdicts: try store.standardVerdicts(traineeID: trainee.id), tracks: [Fixtures.hotlineTrack],
                                               at: Fixtures.now)
        return HRReports(english: english).trainee(progress, attempts: try store.attempts(traineeID: trainee.id),
                                                   certificates: try store.certificates(traineeID: trainee.id), doubts: doubts, at: Fixtures.now)
    }

    /// (The trainee report's CSV holds only its first table, the Standards: certificates are in text and HTML.)
    @Test func theTraineeReportSaysInDoubtInsteadOfValid() throws {
        let (store, certificate) = try Fixtures.certifiedStore(key: key)
        let clean = try traineeReport(store, certificate, doubts: [:])
        for format in [ReportFormat.text, .html] {
            #expect(!ReportRenderer.render(clean, as: format).contains("ПІД СУМНІВОМ"))
        }
        #expect(ReportRenderer.render(clean, as: .text).contains("чинний"))

        let doubted = try traineeReport(store, certificate, doubts: doubts(certificate))
        for format in [ReportFormat.text, .html] {
            let text = ReportRenderer.render(doubted, as: format)
            #expect(text.contains("ПІД СУМНІВОМ") && text.contains("Сертифікатів під сумнівом: 1"), "\(format)")
        }
        #expect(ReportRenderer.render(doubted, as: .html)
                    .contains("<td>ПІД СУМНІВОМ: спробу #\(certificate.evidence[0]), на якій він ґрунтується, змінено поза тренажером</td>"))
        let certificates = try #require(doubted.tables.first { $0.title == "Сертифікати" })
        #expect(certificates.rows.first?.last?.hasPrefix("ПІД СУМНІВОМ") == true, "\(certificates.rows)")

        let english = ReportRenderer.render(try traineeReport(store, certificate, doubts: doubts(certificate, accepted: true), english: true), as: .html)
        #expect(english.contains("IN DOUBT: attempt #\(certificate.evidence[0]) it rests on was edited outside Trenazher (the finding was accepted"))
        #expect(english.contains("Certificates in doubt: 1") && !english.contains("СУМНІВ"))
    }

    @Test func theTeamReportAppendsTheDoubtToTheCertificateItLists() throws {
        let (store, certificate) = try Fixtures.certifiedStore(key: key)
        let reports = HRReports(english: false)
        let clean = ReportRenderer.render(reports.team(try store.teamFigures(), certificates: try store.certificates(), at: Fixtures.now), as: .csv)
        #expect(clean.contains(certificate.number) && !clean.contains("СУМНІВ"))
        let doubted = ReportRenderer.render(reports.team(try store.teamFigures(), certificates: try store.certificates(), doubts: doubts(certificate),
                                                         at: Fixtures.now), as: .csv)
        #expect(doubted.contains("\(certificate.number) (до ") && doubted.contains(" — ПІД СУМНІВОМ: спробу #\(certificate.evidence[0])"), "\(doubted)")
        let english = ReportRenderer.render(HRReports(english: true).team(try store.teamFigures(), certificates: try store.certificates(),
                                                                          doubts: doubts(certificate), at: Fixtures.now), as: .html)
        #expect(english.contains("IN DOUBT: attempt #\(certificate.evidence[0])") && english.contains("Certificates in doubt: 1"))
    }

    @Test func aRevokedCertificateKeepsItsStandingWithTheDoubtAppended() throws {
        let (store, certificate) = try Fixtures.certifiedStore(key: key)
        try store.revoke(reference: certificate.number, reason: "докази змінено", actor: "hr", at: Fixtures.now)
        let registered = try #require(try store.certificates().first)
        let status = HRReports(english: false).certificateStatus(registered, at: Fixtures.now, doubts: doubts(certificate)[certificate.number] ?? [])
        #expect(status.hasPrefix("відкликано ") && status.contains("докази змінено — ПІД СУМНІВОМ: спробу"), "\(status)")
    }

    @Test func thePublishedPageMarksACertificateInDoubt() throws {
        let (store, certificate) = try Fixtures.certifiedStore(key: key, base: PublicationTests.base)
        func page(_ doubts: [String: [CertificateDoubt]], english: Bool) throws -> String {
            let files = try PublishedFolder.files(certificates: try store.certificates(), doubts: doubts, base: PublicationTests.base, key: key,
                                                  issuerName: "ПрАТ Тест", at: Fixtures.now, english: english)
            return String(decoding: try #require(files.first { $0.path == "index.html" }).data, as: UTF8.self)
        }
        let clean = try page([:], english: false)
        #expect(clean.contains("class=\"valid\"") && !clean.contains("СУМНІВ"))
        let doubted = try page(doubts(certificate, accepted: true), english: false)
        #expect(doubted.contains("id=\"\(certificate.code)\" class=\"doubt\""), "\(doubted)")
        #expect(doubted.contains("<td class=\"state\">ПІД СУМНІВОМ: спробу #\(certificate.evidence[0]), на якій він ґрунтується, змінено поза тренажером"))
        let english = try page(doubts(certificate, accepted: true), english: true)
        #expect(english.contains("<td class=\"state\">IN DOUBT: attempt #\(certificate.evidence[0]) it rests on was edited"))
    }
}
