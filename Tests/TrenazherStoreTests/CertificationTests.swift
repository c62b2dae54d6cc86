import Crypto
import Foundation
import GRDB
import Testing
@testable import TrenazherStore

@Suite struct CertificationTests {
    let key = Curve25519.Signing.PrivateKey()

    private func certifiedStore() throws -> (ProgressStore, Certificate) {
        try Fixtures.certifiedStore(key: key)
    }

    @Test func refusesWithTheReasonForEachScenario() throws {
        let store = try ProgressStore.inMemory()
        let trainee = try Fixtures.trainee(store)
        try Fixtures.record(store, trainee, scenario: "hotline-account-no-id", mode: .exam, score: 72, passed: false)
        try Fixtures.record(store, trainee, scenario: "hotline-long-lookup", mode: .practice, score: 95, passed: true)
        let outcome = try store.certify(traineeID: trainee.id, track: Fixtures.hotlineTrack, evidence: Fixtures.replay, signingKey: key, issuer: "Т",
                                        actor: "hr", at: Fixtures.now)
        guard case .refusedNotEligible(let eligibility) = outcome else {
            Issue.record("expected a refusal, got \(outcome)")
            return
        }
        #expect(eligibility.requirements.map(\.state) == [.failed(bestScore: 72, examAttempts: 1, criticalFailures: []),
                                                          .practiceOnly(bestScore: 95)])
        #expect(try store.certificates().isEmpty)
        #expect(try store.auditLog().map(\.action) == ["certify-refused"])
    }

    @Test func aRefusalNamesTheCriticalStandardsThatFailed() throws {
        let store = try ProgressStore.inMemory()
        let trainee = try Fixtures.trainee(store)
        var result = Fixtures.result(scenario: "hotline-account-no-id", score: 85, passed: false)
        result.standards[0].verdict = .violated
        let attempt = try store.startAttempt(traineeID: trainee.id, scenarioID: result.scenarioID, scenarioHash: "h", channel: .hotline,
                                             mode: .exam, at: Fixtures.now)
        try store.finishAttempt(attemptID: attempt.id, result: result, at: Fixtures.now)
        guard case .refusedNotEligible(let eligibility) = try store.certify(
            traineeID: trainee.id, track: Fixtures.hotlineTrack, evidence: Fixtures.replay, signingKey: key, issuer: "Т", actor: "hr",
            at: Fixtures.now) else {
            Issue.record("expected a refusal")
            return
        }
        #expect(eligibility.requirements[0].state == .failed(bestScore: 85, examAttempts: 1, criticalFailures: ["GEN-FORMAL"]))
        #expect(ReportWording(english: false).requirement(eligibility.requirements[0], track: Fixtures.hotlineTrack)
                .contains("критичні стандарти не виконано (GEN-FORMAL)"))
    }

    @Test func examsOlderThanTheValidityDoNotCount() throws {
        let store = try ProgressStore.inMemory()
        let trainee = try Fixtures.trainee(store)
        let old = try Fixtures.record(store, trainee, scenario: "hotline-long-lookup", mode: .exam, score: 90, passed: true, daysAgo: 400)
        let attempts = try store.attempts(traineeID: trainee.id)
        let eligibility = Eligibility.evaluate(track: Fixtures.hotlineTrack, attempts: attempts, at: Fixtures.now)
        #expect(eligibility.requirements[1].state == .outdated(lastPassed: old.finishedAt!))
        #expect(eligibility.requirements[0].state == .notAttempted)
    }

    @Test func issuesANumberedSignedCertificateAndRefusesASecond() throws {
        let (store, certificate) = try certifiedStore()
        #expect(certificate.number == "ТР-2026-000001")
        #expect(certificate.code.count == 14)
        #expect(certificate.evidence.count == 2)
        #expect(try store.verify(reference: certificate.code, trustedKey: key.publicKey, at: Fixtures.now) == .valid(certificate))
        #expect(try store.verify(reference: certificate.number, trustedKey: key.publicKey, at: Fixtures.now) == .valid(certificate))
        let again = try store.certify(traineeID: certificate.traineeID, track: Fixtures.hotlineTrack, evidence: Fixtures.replay, signingKey: key,
                                      issuer: "ПрАТ Тест", actor: "hr", at: Fixtures.now)
        #expect(again == .refusedAlreadyCertified(certificate))
    }

    @Test func aTypedCodeIsFoundWhateverItsCaseAndDashes() throws {
        let (store, certificate) = try certifiedStore()
        let typed = certificate.code.lowercased().replacingOccurrences(of: "-", with: " ")
        #expect(try store.certificate(reference: typed)?.certificate == certificate)
    }

    @Test func revokedAndExpiredCertificatesFailVerification() throws {
        let (store, certificate) = try certifiedStore()
        let later = Calendar(identifier: .gregorian).date(byAdding: .month, value: 13, to: Fixtures.now)!
        #expect(try store.verify(reference: certificate.code, trustedKey: key.publicKey, at: later) == .expired(certificate))
        try store.revoke(reference: certificate.number, reason: "порушення", actor: "hr", at: Fixtures.now)
        guard case .revoked(_, let revocation) = try store.verify(reference: certificate.code, trustedKey: key.publicKey,
                                                                   at: Fixtures.now) else {
            Issue.record("expected revoked")
            return
        }
        #expect(revocation.reason == "порушення")
        #expect(throws: StoreError.alreadyRevoked(certificate.number)) {
            try store.revoke(reference: certificate.code, reason: "ще раз", actor: "hr")
        }
        #expect(throws: DatabaseError.self) { try store.writer.write { try $0.execute(sql: "DELETE FROM revocation") } }
    }

    @Test(arguments: ["trainee_name = 'Інша Особа'", "expires_at = '2030-01-01T00:00:00Z'", "track_id = 'cok-specialist'",
                      "evidence = '1'", "issuer = 'Хтось'", "code = 'AAAA-BBBB-CCCC'"])
    func editingAnyFieldOfTheRowBreaksTheSignature(edit: String) throws {
        let (store, certificate) = try certifiedStore()
        try store.writer.write { try $0.execute(sql: "UPDATE certificate SET \(edit)") }
        let outcome = try store.verify(reference: certificate.number, trustedKey: key.publicKey, at: Fixtures.now)
        #expect(outcome == .badSignature(reference: certificate.number))
    }

    @Test func anotherKeyIsNotTrusted() throws {
        let (store, certificate) = try certifiedStore()
        let stranger = Curve25519.Signing.PrivateKey().publicKey
        #expect(try store.verify(reference: certificate.code, trustedKey: stranger, at: Fixtures.now)
                == .badSignature(reference: certificate.number))
    }

    @Test func theExportedBadgeVerifiesAndAnEditedOneDoesNot() throws {
        let (store, certificate) = try certifiedStore()
        let exported = OpenBadgeCredential.signed(certificate).pretty
        let document = try #require(JSONDocument.parse(Data(exported.utf8)))
        #expect(try store.verify(document: document, trustedKey: key.publicKey, at: Fixtures.now) == .valid(certificate))
        let edited = exported.replacingOccurrences(of: certificate.traineeName, with: "Підроблене Ім'я")
        let forged = try #require(JSONDocument.parse(Data(edited.utf8)))
        #expect(try store.verify(document: forged, trustedKey: key.publicKey, at: Fixtures.now)
                == .badSignature(reference: certificate.number))
        #expect(document["type"]?.arrayValue == [.string("VerifiableCredential"), .string("OpenBadgeCredential")])
    }

    @Test func keysAreCreatedOnceWithPrivatePermissions() throws {
        let directory = try Fixtures.temporaryDirectory().appendingPathComponent("keys").path
        let issuer = try SigningKeys.create(in: directory, issuerName: "ПрАТ Тест")
        #expect(issuer.did.hasPrefix("did:key:z6Mk"))
        let attributes = try FileManager.default.attributesOfItem(atPath: directory + "/hr-signing.key")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try SigningKeys.issuer(in: directory).publicKey.rawRepresentation == issuer.publicKey.rawRepresentation)
        #expect(try SigningKeys.privateKey(in: directory).publicKey.rawRepresentation == issuer.publicKey.rawRepresentation)
        #expect(throws: SigningKeyError.alreadyExists(directory: directory)) {
            try SigningKeys.create(in: directory, issuerName: "Х")
        }
    }
}

@Suite struct RegisterTamperTests {
    @Test func aGenuineFileWithAnAlteredRegisterEntryIsReportedAsSuch() throws {
        let key = Curve25519.Signing.PrivateKey()
        let (store, certificate) = try Fixtures.certifiedStore(key: key, issuer: "Т")
        let document = OpenBadgeCredential.signed(certificate)
        try store.writer.write { try $0.execute(sql: "UPDATE certificate SET expires_at = '2031-01-01T00:00:00Z'") }
        #expect(try store.verify(document: document, trustedKey: key.publicKey, at: Fixtures.now)
                == .registerAltered(reference: certificate.number))
    }
}
