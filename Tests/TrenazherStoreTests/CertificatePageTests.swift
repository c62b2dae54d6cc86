import Crypto
import Foundation
import Testing
@testable import TrenazherStore

/// The printed certificate: rendered only from its signed credential, so `verify` can compare what it shows.
@Suite struct CertificatePageTests {
    let key = Curve25519.Signing.PrivateKey()
    static let base = "https://hr.example.com/certificates"

    @Test func thePageShowsScenarioTitlesASignatureLineAStampAndAQRCode() throws {
        let (_, certificate) = try Fixtures.certifiedStore(key: key, base: Self.base)
        let page = CertificatePage.html(certificate, status: .valid(asOf: Fixtures.now), english: false)
        let titles = Fixtures.hotlineTrack.scenarios.compactMap { Fixtures.library.scenario(id: $0)?.title }
        #expect(titles.count == 2)
        for title in titles { #expect(page.contains("«\(HTML.escape(title))»")) }
        let visible = CertificatePage.visibleLines(page).joined(separator: "\n")
        for id in Fixtures.hotlineTrack.scenarios { #expect(!visible.contains(id)) }
        #expect(visible.contains("підпис уповноваженої особи") && visible.contains("М. П."))
        #expect(page.contains("<svg class=\"qr\"") && visible.contains(Self.base + "/#" + certificate.code))
        #expect(visible.contains("Чинний станом на"))
        #expect(CertificatePage.mismatch(in: page) == nil)
    }

    @Test func revokedAndExpiredPagesAreMarkedAndStillMatchTheirCredential() throws {
        let (_, certificate) = try Fixtures.certifiedStore(key: key, base: Self.base)
        let revoked = CertificatePage.html(certificate, status: .revoked(on: Fixtures.now, reason: "порушення"), english: false)
        #expect(revoked.contains("class=\"status revoked\">ВІДКЛИКАНО") && revoked.contains("порушення"))
        #expect(CertificatePage.mismatch(in: revoked) == nil)
        let expired = CertificatePage.html(certificate, status: .expired(on: certificate.expiresAt), english: true)
        #expect(expired.contains("class=\"status expired\">EXPIRED"))
        #expect(CertificatePage.mismatch(in: expired) == nil)
    }

    @Test func theEnglishPageSaysTheCriteriaInEnglishFromTheSignedLine() throws {
        let (_, certificate) = try Fixtures.certifiedStore(key: key, base: Self.base)
        let page = CertificatePage.html(certificate, status: .valid(asOf: Fixtures.now), english: true)
        let visible = CertificatePage.visibleLines(page)
        let criteria = try #require(visible.first { $0.hasPrefix("Exams passed (score at least \(Fixtures.hotlineTrack.minScore)): «") })
        #expect(!visible.contains { $0.contains("Іспити складено") }, "\(visible)")
        // The scenario titles are shown as signed.
        for title in Fixtures.hotlineTrack.scenarios.compactMap({ Fixtures.library.scenario(id: $0)?.title }) {
            #expect(criteria.contains("«\(title)»"))
        }
        #expect(CertificatePage.mismatch(in: page) == nil)
        // The English words are bound to the signed line: a lower minimum on the page is told.
        let lowered = page.replacingOccurrences(of: "score at least \(Fixtures.hotlineTrack.minScore)", with: "score at least 50")
        #expect(lowered != page)
        #expect(CertificatePage.mismatch(in: lowered) == .text(page: criteria.replacingOccurrences(of: "least \(Fixtures.hotlineTrack.minScore)", with: "least 50"),
                                                              signed: criteria))
        // A criteria line of another form is shown as signed.
        #expect(CriteriaText.shown("Passed.", english: true) == "Passed.")
        #expect(CriteriaText.shown(CriteriaText.signed(minScore: 80, titles: ["«А»"]), english: false) == "Іспити складено (не менше 80 балів): «А».")
    }

    @Test func anEditedPageIsTold() throws {
        let (_, certificate) = try Fixtures.certifiedStore(key: key, base: Self.base)
        let page = CertificatePage.html(certificate, status: .valid(asOf: Fixtures.now), english: false)
        let renamed = page.replacingOccurrences(of: "<p class=\"name\">\(certificate.traineeName)</p>", with: "<p class=\"name\">Інша Особа</p>")
        #expect(renamed != page)
        #expect(CertificatePage.mismatch(in: renamed) == .text(page: "Інша Особа", signed: certificate.traineeName))
        let hidden = page.replacingOccurrences(of: ".name { font-size: 2rem;", with: ".name { display: none; font-size: 2rem;")
        #expect(hidden != page && CertificatePage.mismatch(in: hidden) == .markup)
        let added = page.replacingOccurrences(of: "<h1>", with: "<p>Оцінка: відмінно</p><h1>")
        #expect(CertificatePage.mismatch(in: added) == .text(page: "Оцінка: відмінно", signed: "Сертифікат"))
        #expect(CertificatePage.mismatch(in: "<html></html>") == .noCredential)
    }

    @Test func aCertificateFromBeforeThePublicationAddressHoldsTheVerifyCommand() throws {
        let (_, certificate) = try Fixtures.certifiedStore(key: key)
        let page = CertificatePage.html(certificate, english: true)
        #expect(CertificatePage.visibleLines(page).contains("trenazher verify \(certificate.code)"))
        #expect(CertificatePage.mismatch(in: page) == nil)
    }
}
