import Crypto
import Foundation
import GRDB
import Testing
import TrenazherCore
@testable import TrenazherStore

/// The hash chain names every row edited, inserted or deleted outside Trenazher since HR's last seal —
/// also when the append-only triggers are dropped first.
@Suite struct LedgerTests {
    let key = Curve25519.Signing.PrivateKey()

    /// A certified trainee, a revoked second certificate, everything sealed by HR.
    private func sealedStore() throws -> (ProgressStore, Certificate) {
        let (store, certificate) = try Fixtures.certifiedStore(key: key)
        try store.pinIssuerKey(key.publicKey, did: "did:key:test", ownerUID: getuid())
        try store.revoke(reference: certificate.number, reason: "перевірка", actor: "hr", at: Fixtures.now)
        try store.sealLedger(with: key, at: Fixtures.now)
        #expect(try store.checkLedger(trustedKey: key.publicKey).isClean)
        return (store, certificate)
    }

    private func findings(_ store: ProgressStore) throws -> [LedgerFinding] {
        try store.checkLedger(trustedKey: key.publicKey).findings
    }

    @Test func anEditedScoreIsNamed() throws {
        let (store, certificate) = try sealedStore()
        let attempt = certificate.evidence[0]
        try store.writer.write { try $0.execute(sql: "UPDATE attempt SET score = 42 WHERE id = ?", arguments: [attempt]) }
        let found = try findings(store)
        #expect(found.count == 1)
        guard case .edited(.attempt, let id, let row) = found.first else {
            Issue.record("expected an edited attempt, got \(found)")
            return
        }
        #expect(id == attempt && row.contains("· 42 ·"))
    }

    @Test func replacedInputsAreNamed() throws {
        let (store, certificate) = try sealedStore()
        let attempt = certificate.evidence[1]
        try store.writer.write {
            try $0.execute(sql: "UPDATE input SET text = 'Добрий вечір, гаряча лінія.' WHERE attempt_id = ? AND seq = 1", arguments: [attempt])
        }
        #expect(try findings(store).map(Self.kindAndID) == ["edited attempt \(attempt)"])
    }

    @Test func aRevocationDeletedAfterDroppingTheTriggerIsNamed() throws {
        let (store, certificate) = try sealedStore()
        try store.writer.write { db in
            try db.execute(sql: "DROP TRIGGER revocation_no_delete")
            try db.execute(sql: "DELETE FROM revocation")
        }
        let found = try findings(store)
        #expect(found.contains(.deleted(.revocation, rowID: 1)))
        #expect(found.contains { if case .revocationMissing(certificate.number, _) = $0 { return true } else { return false } })
    }

    @Test func auditRowsRewrittenOrDeletedAreNamed() throws {
        let (store, _) = try sealedStore()
        let audit = try store.auditLog()
        try store.writer.write { db in
            try db.execute(sql: "DROP TRIGGER audit_log_no_update")
            try db.execute(sql: "DROP TRIGGER audit_log_no_delete")
            try db.execute(sql: "UPDATE audit_log SET actor = 'хтось' WHERE id = ?", arguments: [audit[0].id])
            try db.execute(sql: "DELETE FROM audit_log WHERE id = ?", arguments: [audit[1].id])
        }
        #expect(try findings(store).map(Self.kindAndID) == ["edited audit \(audit[0].id)", "deleted audit \(audit[1].id)"])
    }

    @Test func anUnsignedInsertedRevocationOrCertificateIsNamed() throws {
        let (store, certificate) = try sealedStore()
        try store.writer.write { db in
            try db.execute(sql: """
                INSERT INTO certificate (number, code, trainee_id, trainee_name, track_id, track_title, track_description, criteria,
                                         issued_at, expires_at, evidence, issuer, public_key, signature)
                SELECT 'ТР-2026-000099', 'AAAA-BBBB-CCCC', trainee_id, trainee_name, track_id, track_title, track_description, criteria,
                       issued_at, expires_at, evidence, issuer, public_key, signature FROM certificate WHERE number = ?
                """, arguments: [certificate.number])
        }
        let found = try findings(store)
        #expect(found.count == 1)
        guard case .inserted(.certificate, _, let row) = found.first else {
            Issue.record("expected an inserted certificate, got \(found)")
            return
        }
        #expect(row.contains("ТР-2026-000099"))
    }

    @Test func aLedgerRewrittenToHideAnEditBreaksTheSeal() throws {
        let (store, certificate) = try sealedStore()
        let attempt = certificate.evidence[0]
        try store.writer.write { db in
            try db.execute(sql: "UPDATE attempt SET score = 42 WHERE id = ?", arguments: [attempt])
            // Recompute the whole chain from the edited rows, as a careful forger would.
            try db.execute(sql: "DELETE FROM ledger")
            for kind in LedgerKind.allCases {
                let (table, _, filter) = Ledger.source(kind)
                for id in try Int64.fetchAll(db, sql: "SELECT id FROM \(table) \(filter) ORDER BY id") {
                    try Ledger.append(db, kind: kind, rowID: id)
                }
            }
        }
        #expect(try findings(store).contains { if case .sealInvalid = $0 { return true } else { return false } })
    }

    @Test func aSealSignedWithAnotherKeyDoesNotCount() throws {
        let (store, certificate) = try sealedStore()
        try store.writer.write { try $0.execute(sql: "UPDATE attempt SET score = 42 WHERE id = ?", arguments: [certificate.evidence[0]]) }
        try store.sealLedger(with: Curve25519.Signing.PrivateKey(), at: Fixtures.now)
        let found = try findings(store)
        #expect(found.contains { if case .sealInvalid = $0 { return true } else { return false } })
        #expect(found.contains { if case .edited(.attempt, _, _) = $0 { return true } else { return false } })
    }

    @Test func attemptsFinishedAfterTheSealArePendingNotFindings() throws {
        let (store, certificate) = try sealedStore()
        let trainee = try store.trainee(id: certificate.traineeID)
        try Fixtures.liveExam(store, trainee, scenario: "hotline-long-lookup", daysAgo: 0)
        let report = try store.checkLedger(trustedKey: key.publicKey)
        #expect(report.isClean && report.pendingAttempts == 1)
    }

    @Test func anotherKeyIsRefusedOnceOneIsPinned() throws {
        let store = try ProgressStore.inMemory()
        try store.pinIssuerKey(key.publicKey, did: "did:key:a", ownerUID: 0)
        let stranger = Curve25519.Signing.PrivateKey().publicKey
        #expect(throws: KeyPinError.self) { try store.requirePinned(stranger) }
        #expect(throws: KeyPinError.self) { try store.pinIssuerKey(stranger, did: "did:key:b", ownerUID: 0) }
        try store.requirePinned(key.publicKey)
        #expect(throws: KeyPinError.nonePinned) { try ProgressStore.inMemory().requirePinned(key.publicKey) }
    }

    @Test func aKeyFolderWritableByOthersIsRefusedAndOneCreatedLooseIsFixed() throws {
        let directory = try Fixtures.temporaryDirectory().appendingPathComponent("keys").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        chmod(directory, 0o777)
        #expect(throws: SigningKeyError.writableByOthers(path: directory, mode: 0o777)) {
            try SigningKeys.checkFolder(directory, owner: getuid())
        }
        try SigningKeys.create(in: directory, issuerName: "Т")
        let mode = ((try FileManager.default.attributesOfItem(atPath: directory))[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o700)
        try SigningKeys.checkFolder(directory, owner: getuid())
        chmod(directory + "/hr-signing.key", 0o644)
        #expect(throws: SigningKeyError.privateKeyExposed(path: directory + "/hr-signing.key", mode: 0o644)) {
            try SigningKeys.checkFolder(directory, owner: getuid())
        }
        chmod(directory + "/hr-signing.key", 0o600)
        #expect(throws: SigningKeyError.notOwned(path: directory, owner: getuid())) {
            try SigningKeys.checkFolder(directory, owner: getuid() &+ 1)
        }
    }

    private static func kindAndID(_ finding: LedgerFinding) -> String {
        switch finding {
        case .edited(let kind, let id, _): return "edited \(kind.rawValue) \(id)"
        case .deleted(let kind, let id): return "deleted \(kind.rawValue) \(id)"
        case .inserted(let kind, let id, _): return "inserted \(kind.rawValue) \(id)"
        case .unsealed(let kind, let id, _): return "unsealed \(kind.rawValue) \(id)"
        default: return "\(finding)"
        }
    }
}
