import Crypto
import Foundation
import GRDB
import Testing
import TrenazherCore
@testable import TrenazherStore

/// A chain cannot prove its own length: deleting a revocation together with the audit rows, ledger entries
/// and seals written after it leaves an earlier state that is whole and sealed. The head HR sealed, kept
/// outside the database (`ChainAnchor`), shows the rollback and names what is missing.
@Suite struct ChainAnchorTests {
    let key = Curve25519.Signing.PrivateKey()

    /// A certified trainee sealed by HR, then a revocation sealed again: the earlier seal and the anchor of the later.
    private func revokedAfterASeal() throws -> (ProgressStore, Certificate, earlierSeq: Int64, anchor: ChainAnchor) {
        let (store, certificate) = try Fixtures.certifiedStore(key: key)
        try store.pinIssuerKey(key.publicKey, did: "did:key:test", ownerUID: getuid())
        let earlier = try store.sealLedger(with: key, at: Fixtures.now)
        try store.revoke(reference: certificate.number, reason: "перевірка", actor: "hr", at: Fixtures.now)
        let anchor = try store.sealLedger(with: key, at: Fixtures.now)
        #expect(anchor.seq > earlier.seq)
        #expect(anchor.marks.contains { $0.kind == "revocation" })
        return (store, certificate, earlier.seq, anchor)
    }

    /// Deletes everything written after the entry `seq`: the rows, their ledger entries and the later seals.
    private func rollBack(_ store: ProgressStore, to seq: Int64) throws {
        try store.writer.write { db in
            try db.execute(sql: "DROP TRIGGER revocation_no_delete")
            try db.execute(sql: "DROP TRIGGER audit_log_no_delete")
            for row in try Row.fetchAll(db, sql: "SELECT kind, row_id FROM ledger WHERE seq > ?", arguments: [seq]) {
                let table = ["revocation": "revocation", "audit": "audit_log", "certificate": "certificate", "attempt": "attempt"][row["kind"] as String] ?? "audit_log"
                try db.execute(sql: "DELETE FROM \(table) WHERE id = ?", arguments: [row["row_id"] as Int64])
            }
            try db.execute(sql: "DELETE FROM ledger WHERE seq > ?", arguments: [seq])
            try db.execute(sql: "DELETE FROM chain_seal WHERE seq > ?", arguments: [seq])
        }
    }

    @Test func aRollbackToAnEarlierSealIsWholeWithoutTheAnchor() throws {
        let (store, _, earlier, _) = try revokedAfterASeal()
        try rollBack(store, to: earlier)
        #expect(try store.checkLedger(trustedKey: key.publicKey).isClean, "the chain alone cannot tell: that is why the head is anchored")
    }

    @Test func theAnchoredHeadShowsTheRollbackAndNamesWhatIsMissing() throws {
        let (store, _, earlier, anchor) = try revokedAfterASeal()
        try rollBack(store, to: earlier)
        let found = try store.checkLedger(trustedKey: key.publicKey, anchors: [AnchorSource(place: .keyFolder(path: "keys"), anchor: anchor)]).findings
        guard case .rolledBack(let place, let anchored, _, let chainSeq, let missing, _) = found.first, found.count == 1 else {
            Issue.record("expected one rollback, got \(found)")
            return
        }
        #expect(place == .keyFolder(path: "keys") && anchored == anchor.seq && chainSeq == earlier)
        #expect(missing.contains(LedgerEntryName(kind: .revocation, rowID: 1)))
        #expect(missing.contains { $0.kind == .audit })
    }

    @Test func aChainThatGrewSinceTheAnchorIsFine() throws {
        let (store, _, _, anchor) = try revokedAfterASeal()
        try store.appendAudit(actor: "hr", action: "publish", subject: "pub", details: "—")
        try store.sealLedger(with: key, at: Fixtures.now)
        #expect(try store.checkLedger(trustedKey: key.publicKey, anchors: [AnchorSource(place: .keyFolder(path: "keys"), anchor: anchor)]).isClean)
    }

    @Test func anAnchorNotSignedByHRIsReported() throws {
        let (store, _, _, anchor) = try revokedAfterASeal()
        var forged = anchor
        forged.seq += 5
        let found = try store.checkLedger(trustedKey: key.publicKey, anchors: [AnchorSource(place: .keyFolder(path: "keys"), anchor: forged),
                                                                                  AnchorSource(place: .publishedFolder(source: "pub"), anchor: nil)]).findings
        #expect(found == [.anchorInvalid(place: .keyFolder(path: "keys")), .anchorInvalid(place: .publishedFolder(source: "pub"))])
        let decoded = try #require(ChainAnchor.decode(try anchor.encoded()))
        #expect(decoded == anchor && decoded.isSigned(by: key.publicKey))
    }
}
