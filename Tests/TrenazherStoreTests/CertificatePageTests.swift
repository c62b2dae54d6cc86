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

    @Test func theEnglishPageShowsTheSignedEnglishTitles() throws {
        let (store, certificate) = try Fixtures.certifiedStore(key: key, base: Self.base)
        let english = try #require(certificate.english)
        #expect(english.trackTitle == "Call-centre operator")
        let englishTitles = Fixtures.hotlineTrack.scenarios.compactMap { Fixtures.library.scenario(id: $0)?.titleEN }
        #expect(englishTitles.count == 2)
        #expect(english.criteria == CriteriaText.signedEnglish(minScore: Fixtures.hotlineTrack.minScore, titles: englishTitles.map { "“\($0)”" }))
        #expect(!english.criteria.contains("«") && !english.criteria.contains("»"), "\(english.criteria)")
        // What the register holds is what was signed.
        #expect(try store.certificate(reference: certificate.number)?.certificate == certificate)
        #expect(CertificateSignature.isValid(certificate, trustedKey: key.publicKey))

        let page = CertificatePage.html(certificate, status: .valid(asOf: Fixtures.now), english: true)
        let visible = CertificatePage.visibleLines(page)
        #expect(visible.contains("«Call-centre operator»"), "\(visible)")
        #expect(visible.contains(english.criteria), "\(visible)")
        #expect(!visible.contains { $0.contains("Іспити складено") || $0.contains("Оператор кол-центру") || $0.contains("in Ukrainian") }, "\(visible)")
        #expect(CertificatePage.mismatch(in: page) == nil)
        // The English words are signed: an edited English title on the page is told.
        let renamed = page.replacingOccurrences(of: "«Call-centre operator»", with: "«Senior operator»")
        #expect(CertificatePage.mismatch(in: renamed) == .text(page: "«Senior operator»", signed: "«Call-centre operator»"))
        // The Ukrainian page is as before.
        let ukrainian = CertificatePage.visibleLines(CertificatePage.html(certificate, english: false))
        #expect(ukrainian.contains("«Оператор кол-центру»") && ukrainian.contains(certificate.criteria), "\(ukrainian)")
    }

    /// A certificate whose English line was signed with the titles in «…» (before it took English quotation marks)
    /// still verifies, and its English page shows the line as signed and matches its credential.
    @Test func anEnglishLineSignedWithGuillemetsStillVerifiesAndIsShownAsSigned() throws {
        let (_, issued) = try Fixtures.certifiedStore(key: key, base: Self.base)
        var older = issued
        let titles = Fixtures.hotlineTrack.scenarios.compactMap { Fixtures.library.scenario(id: $0)?.titleEN }
        older.english?.criteria = CriteriaText.signedEnglish(minScore: Fixtures.hotlineTrack.minScore, titles: titles.map { "«\($0)»" })
        older = try CertificateSignature.sign(older, with: key)
        #expect(CertificateSignature.isValid(older, trustedKey: key.publicKey))
        #expect(CredentialFacts(credential: OpenBadgeCredential.signed(older))?.english == older.english)
        let page = CertificatePage.html(older, status: .valid(asOf: Fixtures.now), english: true)
        let visible = CertificatePage.visibleLines(page)
        #expect(visible.contains(try #require(older.english?.criteria)), "\(visible)")
        #expect(CertificatePage.mismatch(in: page) == nil)
        // Requoted on the page (not in the credential it embeds), it no longer matches what was signed.
        let signedLine = try #require(older.english?.criteria)
        let requotedLine = signedLine.replacingOccurrences(of: "«", with: "“").replacingOccurrences(of: "»", with: "”")
        let requoted = page.replacingOccurrences(of: "<p class=\"criteria\">\(HTML.escape(signedLine))</p>",
                                                 with: "<p class=\"criteria\">\(HTML.escape(requotedLine))</p>")
        #expect(requoted != page)
        #expect(CertificatePage.mismatch(in: requoted) == .text(page: requotedLine, signed: signedLine))
    }

    /// A certificate signed before English titles were (its credential has no language-tagged criteria members)
    /// still verifies, and its English page shows the signed Ukrainian titles in an English frame, with a note.
    @Test func anOlderCertificateWithoutEnglishTitlesStillVerifiesAndShowsTheUkrainianTitles() throws {
        let (_, issued) = try Fixtures.certifiedStore(key: key, base: Self.base)
        var older = issued
        older.english = nil
        older = try CertificateSignature.sign(older, with: key)
        #expect(CertificateSignature.isValid(older, trustedKey: key.publicKey))
        let credential = OpenBadgeCredential.signed(older)
        #expect(credential["credentialSubject"]?["achievement"]?["criteria"] == .object(["narrative": .string(older.criteria)]))
        #expect(CredentialFacts(credential: credential)?.english == nil)
        // Its signature does not cover English words it never had: adding them breaks it.
        var forged = older
        forged.english = issued.english
        #expect(!CertificateSignature.isValid(forged, trustedKey: key.publicKey))

        let page = CertificatePage.html(older, status: .valid(asOf: Fixtures.now), english: true)
        let visible = CertificatePage.visibleLines(page)
        let criteria = try #require(visible.first { $0.hasPrefix("Exams passed (score at least \(Fixtures.hotlineTrack.minScore)): «") })
        #expect(!visible.contains { $0.contains("Іспити складено") }, "\(visible)")
        for title in Fixtures.hotlineTrack.scenarios.compactMap({ Fixtures.library.scenario(id: $0)?.title }) {
            #expect(criteria.contains("«\(title)»"))
        }
        #expect(visible.contains("«Оператор кол-центру»") && visible.contains("(track and exam titles as signed, in Ukrainian)"), "\(visible)")
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
