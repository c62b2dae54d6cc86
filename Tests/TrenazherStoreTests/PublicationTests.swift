import Crypto
import Foundation
import GRDB
import Testing
@testable import TrenazherStore

/// The published, signed revocation list (W3C Bitstring Status List) and the certificates that point at it.
@Suite struct PublicationTests {
    let key = Curve25519.Signing.PrivateKey()
    static let base = "https://hr.example.com/certificates"

    private func published(_ store: ProgressStore, key signer: Curve25519.Signing.PrivateKey? = nil) throws -> [String: JSONDocument] {
        let files = try PublishedFolder.files(certificates: try store.certificates(), base: Self.base, key: signer ?? key,
                                              issuerName: "ПрАТ Тест", at: Fixtures.now, english: false)
        return Dictionary(uniqueKeysWithValues: files.compactMap { file in JSONDocument.parse(file.data).map { (file.path, $0) } })
    }

    @Test func theAddressIsAnHTTPURLRecordedOnce() throws {
        #expect(PublicationAddress.normalized("https://hr.example.com/certs/") == "https://hr.example.com/certs")
        for bad in ["ftp://hr.example.com", "hr.example.com", "https://", "https://hr.example.com/?a=1", "https://hr.example.com/#x",
                    "https://hr.example.com/a b", "javascript:alert(1)"] {
            #expect(PublicationAddress.normalized(bad) == nil, "\(bad)")
        }
        let store = try ProgressStore.inMemory()
        #expect(try store.recordPublicationBase(Self.base, actor: "hr"))
        #expect(try !store.recordPublicationBase(Self.base, actor: "hr"))
        #expect(throws: PublicationError.anotherAddressRecorded(Self.base)) {
            try store.recordPublicationBase("https://elsewhere.example.com", actor: "hr")
        }
        #expect(try store.publicationBase() == Self.base)
    }

    @Test func aCertificateIssuedAfterTheAddressCarriesItsCredentialStatus() throws {
        let (_, certificate) = try Fixtures.certifiedStore(key: key, base: Self.base)
        let entry = try #require(certificate.status)
        let status = try #require(OpenBadgeCredential.signed(certificate)["credentialStatus"])
        #expect(status["type"] == .string("BitstringStatusListEntry") && status["statusPurpose"] == .string("revocation"))
        #expect(status["statusListIndex"] == .string(String(entry.index)))
        #expect(status["statusListCredential"] == .string(Self.base + "/status/revocation.json"))
        #expect(CertificateSignature.isValid(certificate, trustedKey: key.publicKey))

        let (_, older) = try Fixtures.certifiedStore(key: key)
        #expect(older.status == nil && OpenBadgeCredential.signed(older)["credentialStatus"] == nil)
        #expect(CertificateSignature.isValid(older, trustedKey: key.publicKey))
    }

    @Test func revokingSetsTheCertificatesBitInTheSignedList() throws {
        let (store, certificate) = try Fixtures.certifiedStore(key: key, base: Self.base)
        let index = try #require(certificate.status?.index)
        let credential = OpenBadgeCredential.signed(certificate)
        let before = try #require(try published(store)[RevocationStatusList.relativePath])
        #expect(PublishedStatus.check(credential: credential, list: before, trustedKey: key.publicKey) == .notRevoked(listPublished: Fixtures.now))

        try store.revoke(reference: certificate.code, reason: "порушення", actor: "hr", at: Fixtures.now)
        let after = try #require(try published(store)[RevocationStatusList.relativePath])
        #expect(PublishedStatus.check(credential: credential, list: after, trustedKey: key.publicKey) == .revoked(listPublished: Fixtures.now))
        let encoded = try #require(after["credentialSubject"]?["encodedList"]?.stringValue)
        #expect(encoded.hasPrefix("u") && !encoded.contains("=") && !encoded.contains("+") && !encoded.contains("/"))
        let bits = try #require(RevocationStatusList(encodedList: encoded))
        #expect(bits.count >= 131_072)
        #expect(bits.isRevoked(index) == true)
        #expect((0..<bits.count).filter { bits.isRevoked($0) == true } == [index])
        #expect(after["type"] == .array([.string("VerifiableCredential"), .string("BitstringStatusListCredential")]))
        #expect(after["issuer"] == .string(certificate.issuerDID))
    }

    @Test func anEditedForeignOrWrongListIsNotTrusted() throws {
        let (store, certificate) = try Fixtures.certifiedStore(key: key, base: Self.base)
        try store.revoke(reference: certificate.code, reason: "порушення", actor: "hr", at: Fixtures.now)
        let credential = OpenBadgeCredential.signed(certificate)
        let list = try #require(try published(store)[RevocationStatusList.relativePath])

        guard case .object(var members) = list, case .object(var subject)? = members["credentialSubject"] else {
            Issue.record("the list is not an object")
            return
        }
        subject["encodedList"] = .string(try #require(RevocationStatusList().encodedList))
        members["credentialSubject"] = .object(subject)
        #expect(PublishedStatus.check(credential: credential, list: .object(members), trustedKey: key.publicKey) == .listNotSigned)

        let foreign = try #require(try published(store, key: Curve25519.Signing.PrivateKey())[RevocationStatusList.relativePath])
        #expect(PublishedStatus.check(credential: credential, list: foreign, trustedKey: key.publicKey) == .listNotSigned)

        var other = RevocationStatusList()
        other.revoke(1)
        let elsewhere = try DataIntegrityProof.sign(
            try #require(other.credential(id: "https://elsewhere.example.com/status/revocation.json", issuerDID: certificate.issuerDID,
                                          publishedAt: Fixtures.now)), with: key, created: Fixtures.now)
        #expect(PublishedStatus.check(credential: credential, list: elsewhere, trustedKey: key.publicKey)
                == .wrongList(expected: Self.base + "/status/revocation.json", found: "https://elsewhere.example.com/status/revocation.json"))
        #expect(RevocationStatusList(encodedList: "uAAAA") == nil)
        #expect(RevocationStatusList(encodedList: "H4sI") == nil)
    }

    @Test func theFolderHoldsEveryBadgeTheKeyAndTheVerificationPage() throws {
        let (store, certificate) = try Fixtures.certifiedStore(key: key, base: Self.base)
        try store.revoke(reference: certificate.code, reason: "порушення", actor: "hr", at: Fixtures.now)
        let files = try PublishedFolder.files(certificates: try store.certificates(), base: Self.base, key: key, issuerName: "ПрАТ Тест",
                                              at: Fixtures.now, english: false)
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.data) })
        let badge = try #require(byPath["badges/\(certificate.code).json"].flatMap(JSONDocument.parse))
        #expect(DataIntegrityProof.verify(badge, trustedKey: key.publicKey))
        #expect(byPath["key/hr-signing.pub"] == Data((key.publicKey.rawRepresentation.base64EncodedString() + "\n").utf8))
        let page = String(decoding: try #require(byPath["index.html"]), as: UTF8.self)
        #expect(page.contains("id=\"\(certificate.code)\"") && page.contains(certificate.traineeName))
        #expect(page.contains("відкликано") && page.contains("trenazher verify \(certificate.code) --status"))
        #expect(!page.contains("<script") && !page.contains("http-equiv"))
    }

    @Test func reCertifyingAfterARevocationNamesTheSpentAttempts() throws {
        let (store, certificate) = try Fixtures.certifiedStore(key: key, base: Self.base)
        try store.revoke(reference: certificate.number, reason: "порушення", actor: "hr", at: Fixtures.now)
        let outcome = try store.certify(traineeID: certificate.traineeID, track: Fixtures.hotlineTrack, evidence: Fixtures.replay,
                                        signingKey: key, issuer: "ПрАТ Тест", actor: "hr", at: Fixtures.now)
        guard case .refusedNotEligible(let eligibility) = outcome else {
            Issue.record("expected a refusal, got \(outcome)")
            return
        }
        #expect(eligibility.spentEvidence.map(\.attemptID) == certificate.evidence)
        #expect(eligibility.spentEvidence.allSatisfy { $0.certificate == certificate.number })
        let logged = try #require(try store.auditLog().last)
        #expect(AuditText.details(of: logged, english: true).contains("spent by revoked \(certificate.number)"))
        let trainee = try store.trainee(id: certificate.traineeID)
        #expect(try store.spentEvidence(traineeID: trainee.id) == Set(certificate.evidence))
        let progress = TraineeProgress.compute(trainee: trainee, attempts: try store.attempts(traineeID: trainee.id),
                                               verdicts: try store.standardVerdicts(traineeID: trainee.id), tracks: [Fixtures.hotlineTrack],
                                               spentEvidence: try store.spentEvidence(traineeID: trainee.id), at: Fixtures.now)
        #expect(progress.tracks.first?.eligibility.isEligible == false && progress.finishedAttempts == 2)
        try Fixtures.liveExam(store, trainee, scenario: "hotline-account-no-id", daysAgo: 0)
        try Fixtures.liveExam(store, trainee, scenario: "hotline-long-lookup", daysAgo: 0)
        guard case .issued(let renewed) = try store.certify(traineeID: trainee.id, track: Fixtures.hotlineTrack, evidence: Fixtures.replay,
                                                            signingKey: key, issuer: "ПрАТ Тест", actor: "hr", at: Fixtures.now) else {
            Issue.record("new exams must certify")
            return
        }
        #expect(Set(renewed.evidence).isDisjoint(with: certificate.evidence))
        #expect(renewed.status?.index != certificate.status?.index)
    }

    @Test func aRevocationDeletedAroundTrenazherStaysPublished() throws {
        let (store, certificate) = try Fixtures.certifiedStore(key: key, base: Self.base)
        try store.revoke(reference: certificate.code, reason: "порушення", actor: "hr", at: Fixtures.now)
        try store.writer.write { db in
            try db.execute(sql: "DROP TRIGGER revocation_no_delete")
            try db.execute(sql: "DELETE FROM revocation")
        }
        #expect(try store.certificates().allSatisfy { $0.revocation == nil })
        let published = try store.certificatesForPublication()
        #expect(published.map(\.revocation?.reason) == ["порушення"])
        let index = try #require(certificate.status?.index)
        #expect(RevocationStatusList(revokedIn: published).isRevoked(index) == true)
    }

    @Test func theStatusColumnsAreInTheHashChain() throws {
        let (store, certificate) = try Fixtures.certifiedStore(key: key, base: Self.base)
        try store.sealLedger(with: key)
        #expect(try store.checkLedger(trustedKey: key.publicKey).isClean)
        try store.writer.write { try $0.execute(sql: "UPDATE certificate SET status_index = status_index + 1") }
        let findings = try store.checkLedger(trustedKey: key.publicKey).findings
        #expect(findings.contains { if case .edited(.certificate, _, _) = $0 { return true } else { return false } })
        let edited = try #require(try store.certificate(reference: certificate.code))
        #expect(!CertificateSignature.isValid(edited.certificate, trustedKey: key.publicKey))
    }
}
