import Foundation
import Testing
@testable import TrenazherStore

/// Which certificates `hr check`'s findings touch (`CertificateDoubt.find`): what must and must not cast doubt.
@Suite struct CertificateDoubtTests {
    let certificates: [(id: Int64, number: String, evidence: [Int64])] = [
        (1, "ТР-2026-000001", [10, 11]),
        (2, "ТР-2026-000002", [12, 13]),
    ]
    /// Certificate 2 is revoked (revocation #1).
    let revocations: [Int64: Int64] = [1: 2]

    func report(_ findings: [LedgerFinding], accepted: [LedgerFinding] = []) -> LedgerReport {
        LedgerReport(findings: findings, accepted: accepted, entries: 10, sealedSeq: 10, sealedAt: nil, pendingAttempts: 0)
    }

    func doubts(_ findings: [LedgerFinding], accepted: [LedgerFinding] = []) -> [String: [CertificateDoubt.Reason]] {
        CertificateDoubt.find(certificates: certificates, revocations: revocations, report: report(findings, accepted: accepted))
            .mapValues { $0.map(\.reason) }
    }

    @Test func anEvidenceAttemptChangedCastsDoubtOnItsCertificateOnly() {
        #expect(doubts([.edited(.attempt, rowID: 11, row: "")]) == ["ТР-2026-000001": [.evidenceEdited(attempt: 11)]])
        #expect(doubts([.inserted(.attempt, rowID: 12, row: "")]) == ["ТР-2026-000002": [.evidenceInserted(attempt: 12)]])
        #expect(doubts([.deleted(.attempt, rowID: 10)]) == ["ТР-2026-000001": [.evidenceDeleted(attempt: 10)]])
    }

    @Test func anAcceptedEditStillCastsDoubtAndSaysItWasAccepted() {
        let found = CertificateDoubt.find(certificates: certificates, revocations: revocations,
                                          report: report([], accepted: [.edited(.attempt, rowID: 10, row: "")]))
        #expect(found["ТР-2026-000001"] == [CertificateDoubt(reason: .evidenceEdited(attempt: 10), accepted: true)])
        #expect(found["ТР-2026-000001"]?.first?.text(english: false).contains("знахідку прийнято") == true)
    }

    @Test func whatTheCertificateDoesNotRestOnCastsNoDoubt() {
        #expect(doubts([.edited(.attempt, rowID: 99, row: ""), .deleted(.attempt, rowID: 98), .edited(.audit, rowID: 3, row: ""),
                        .unsealed(.audit, rowID: 4, row: "")]).isEmpty)
        #expect(doubts([]).isEmpty)
    }

    @Test func itsRowOrItsRevocationChangedCastsDoubt() {
        #expect(doubts([.edited(.certificate, rowID: 1, row: "")]) == ["ТР-2026-000001": [.certificateChanged]])
        #expect(doubts([.unsealed(.revocation, rowID: 1, row: "")]) == ["ТР-2026-000002": [.revocationChanged(revocation: 1)]])
        #expect(doubts([.revocationMissing(certificate: "ТР-2026-000001", auditID: 7), .deleted(.revocation, rowID: 2)])
                    == ["ТР-2026-000001": [.revocationDeleted(auditID: 7)]])
    }

    @Test func aRevocationDeletedWithItsAuditEntryCastsDoubtOnEveryUnrevokedCertificate() {
        #expect(doubts([.deleted(.revocation, rowID: 2), .deleted(.audit, rowID: 9)])
                    == ["ТР-2026-000001": [.someRevocationDeleted(revocation: 2)]])
    }

    @Test func aDeletedRevocationWhoseCopyNamesItsCertificateCastsDoubtOnThatOneOnly() {
        // Certificate 1 had a second revocation row (#2), deleted with its audit entry; its kept copy names certificate 1.
        var deleted = report([.deleted(.revocation, rowID: 2), .deleted(.audit, rowID: 9)])
        deleted.originals[LedgerEntryName(kind: .revocation, rowID: 2)] = .removed(row: "", values: ["certificate_id": "1"])
        let found = CertificateDoubt.find(certificates: certificates + [(3, "ТР-2026-000003", [14])], revocations: revocations, report: deleted)
        #expect(found.mapValues { $0.map(\.reason) } == ["ТР-2026-000001": [.revocationRowDeleted(revocation: 2)]])
    }

    @Test func aRewrittenOrRolledBackRecordCastsDoubtOnEveryCertificateUntilAccepted() {
        let rolledBack = LedgerFinding.rolledBack(place: .keyFolder(path: "x"), anchoredSeq: 15, sealedAt: "", chainSeq: 11, missing: [], missingAttempts: 1)
        for finding in [rolledBack, .chainBroken(seq: 3), .sealInvalid(sealID: 1, seq: 2, sealedAt: ""), .anchorInvalid(place: .keyFolder(path: "x"))] {
            #expect(doubts([finding]) == ["ТР-2026-000001": [.recordRewritten], "ТР-2026-000002": [.recordRewritten]])
            #expect(doubts([], accepted: [finding]).isEmpty)
        }
    }
}
