import Crypto
import Foundation
import GRDB
import Testing
import TrenazherCore
@testable import TrenazherStore

/// `hr check --accept`: HR acknowledges named findings in a sealed audit entry; they stop blocking, but an
/// attempt changed outside Trenazher never counts as evidence, and a row changed again is a new finding.
@Suite struct LedgerAcceptanceTests {
    let key = Curve25519.Signing.PrivateKey()

    /// Two passed exams of one trainee, sealed; the first one's score edited afterwards.
    private func editedExam() throws -> (ProgressStore, Trainee, Int64) {
        let store = try ProgressStore.inMemory()
        let trainee = try Fixtures.trainee(store)
        let first = try Fixtures.liveExam(store, trainee, scenario: "hotline-account-no-id")
        try Fixtures.liveExam(store, trainee, scenario: "hotline-long-lookup")
        try store.pinIssuerKey(key.publicKey, did: "did:key:test", ownerUID: getuid())
        try store.sealLedger(with: key, at: Fixtures.now)
        try store.writer.write { try $0.execute(sql: "UPDATE attempt SET score = 42 WHERE id = ?", arguments: [first.id]) }
        return (store, trainee, first.id)
    }

    /// What `hr check --accept` writes: the acceptance entry, then a seal.
    private func accept(_ report: LedgerReport, in store: ProgressStore) throws {
        try store.appendAudit(actor: "hr", action: LedgerAcceptance.action, subject: AuditText.findingsAccepted(report.findings.count),
                              details: AuditText.findingsAccepted(report))
        try store.sealLedger(with: key, at: Fixtures.now)
    }

    @Test func anAcceptedFindingStopsBlockingButTheAttemptNeverCountsAsEvidence() throws {
        let (store, trainee, edited) = try editedExam()
        let before = try store.checkLedger(trustedKey: key.publicKey)
        #expect(before.findings.count == 1 && before.keys.count == 1)
        try accept(before, in: store)
        let after = try store.checkLedger(trustedKey: key.publicKey)
        #expect(after.isClean, "\(after.findings)")
        #expect(after.accepted.count == 1)
        #expect(after.taintedAttempts == [edited])
        let outcome = try store.certify(traineeID: trainee.id, track: Fixtures.hotlineTrack, evidence: Fixtures.replay, signingKey: key,
                                        issuer: "Т", actor: "hr", excluding: after.taintedAttempts, at: Fixtures.now)
        guard case .refusedNotEligible(let eligibility) = outcome else {
            Issue.record("the tampered attempt was taken as evidence: \(outcome)")
            return
        }
        #expect(eligibility.missing.map(\.scenarioID) == ["hotline-account-no-id"])
    }

    @Test func theSameRowChangedAgainIsANewFinding() throws {
        let (store, _, edited) = try editedExam()
        try accept(try store.checkLedger(trustedKey: key.publicKey), in: store)
        try store.writer.write { try $0.execute(sql: "UPDATE attempt SET score = 43 WHERE id = ?", arguments: [edited]) }
        let report = try store.checkLedger(trustedKey: key.publicKey)
        #expect(report.findings.count == 1)
        #expect(report.accepted.isEmpty)
    }

    @Test func anAcceptanceWrittenAroundTrenazherAcceptsNothing() throws {
        let (store, _, _) = try editedExam()
        let report = try store.checkLedger(trustedKey: key.publicKey)
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO audit_log (at, actor, action, subject, details) VALUES ('2026-11-18', 'hr', ?, '1', ?)",
                           arguments: [LedgerAcceptance.action, AuditText.findingsAccepted(report)])
        }
        let after = try store.checkLedger(trustedKey: key.publicKey)
        #expect(after.accepted.isEmpty)
        #expect(after.findings.count == 2, "the edit and the inserted audit row: \(after.findings)")
    }

    @Test func anAcceptanceOfAnEarlierBuildInWordsWithItsKeysStillAccepts() throws {
        let (store, _, _) = try editedExam()
        let report = try store.checkLedger(trustedKey: key.publicKey)
        try store.appendAudit(actor: "hr", action: LedgerAcceptance.action, subject: "1 findings",
                              details: "ЗМІНЕНО поза тренажером: спроба #1 (…) ⟦" + report.keys.joined(separator: " ") + "⟧")
        try store.sealLedger(with: key, at: Fixtures.now)
        let after = try store.checkLedger(trustedKey: key.publicKey)
        #expect(after.isClean && after.accepted.count == 1, "\(after.findings)")
    }

    @Test func anAcceptanceIsStoredAsDataAndShownInTheReadersLanguage() throws {
        let (store, _, edited) = try editedExam()
        let report = try store.checkLedger(trustedKey: key.publicKey, english: false)
        try accept(report, in: store)
        let entry = try #require(try store.auditLog().last)
        #expect(!entry.details.contains("ЗМІНЕНО") && !entry.details.contains("EDITED") && entry.subject == "1", "\(entry.details)")
        let ukrainian = AuditText.details(of: entry, english: false)
        #expect(ukrainian.hasPrefix("ЗМІНЕНО поза тренажером: спроба #\(edited) (працівник #") && ukrainian.contains("було → стало: бал "),
                "\(ukrainian)")
        #expect(ukrainian.contains(" → 42"))
        let english = AuditText.details(of: entry, english: true)
        #expect(english.hasPrefix("EDITED outside Trenazher: attempt #\(edited) (trainee #") && english.contains("before → now: score "),
                "\(english)")
        #expect(!english.contains("спроба") && !english.contains("бал"))
        #expect(AuditText.subject(of: entry, english: true) == "1 findings" && AuditText.subject(of: entry, english: false) == "знахідок: 1")
    }
}
