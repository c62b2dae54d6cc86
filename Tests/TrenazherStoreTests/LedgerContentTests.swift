import Crypto
import Foundation
import GRDB
import Testing
import TrenazherCore
@testable import TrenazherStore

/// The record keeps each covered row's content as its ledger entry recorded it (`ledger_content`): `hr check`
/// shows an edited row's values as they were and as they are, a deleted row as it was — and a kept copy that
/// was changed too is said to be, never shown.
@Suite struct LedgerContentTests {
    let key = Curve25519.Signing.PrivateKey()

    /// A certified trainee, a revoked certificate, everything sealed by HR.
    private func sealedStore() throws -> (ProgressStore, Certificate) {
        let (store, certificate) = try Fixtures.certifiedStore(key: key)
        try store.pinIssuerKey(key.publicKey, did: "did:key:test", ownerUID: getuid())
        try store.revoke(reference: certificate.number, reason: "перевірка", actor: "hr", at: Fixtures.now)
        try store.sealLedger(with: key, at: Fixtures.now)
        return (store, certificate)
    }

    private func original(_ store: ProgressStore, _ kind: LedgerKind, _ id: Int64) throws -> RecordedOriginal? {
        try store.checkLedger(trustedKey: key.publicKey).originals[LedgerEntryName(kind: kind, rowID: id)]
    }

    @Test func everyKeptCopyReadsBackToTheRowAsItIs() throws {
        let (store, _) = try sealedStore()
        try store.writer.read { db in
            let entries = try Row.fetchAll(db, sql: "SELECT l.kind, l.row_id, c.content FROM ledger l JOIN ledger_content c USING (seq)")
            #expect(entries.count == (try Int.fetchOne(db, sql: "SELECT count(*) FROM ledger")), "every entry keeps its row's content")
            for entry in entries {
                let kind = try #require(LedgerKind(rawValue: entry["kind"]))
                let kept = try #require(LedgerContent.decode(Array(entry["content"] as Data), kind: kind))
                let present = try #require(try Ledger.currentContent(db, kind: kind, rowID: entry["row_id"]))
                #expect(LedgerContent.decode(present, kind: kind) == kept)
                #expect(LedgerContent.changes(from: kept, to: kept).isEmpty)
                #expect(kept.value("id") == (entry["row_id"] as Int64).databaseValue)
            }
        }
    }

    @Test func anEditedScoreAndAnswerShowWhatWasThereBefore() throws {
        let (store, certificate) = try sealedStore()
        let attempt = certificate.evidence[0]
        let (score, text) = try store.writer.read { db in
            (try Int.fetchOne(db, sql: "SELECT score FROM attempt WHERE id = ?", arguments: [attempt]) ?? 0,
             try String.fetchOne(db, sql: "SELECT text FROM input WHERE attempt_id = ? AND seq = 1", arguments: [attempt]) ?? "")
        }
        try store.writer.write { db in
            try db.execute(sql: "UPDATE attempt SET score = 42 WHERE id = ?", arguments: [attempt])
            try db.execute(sql: "UPDATE input SET text = 'Алло.' WHERE attempt_id = ? AND seq = 1", arguments: [attempt])
        }
        let shown = try #require(try original(store, .attempt, attempt))
        guard case .changed(let changes) = shown else {
            Issue.record("expected the changes, got \(shown)")
            return
        }
        #expect(changes.contains(FieldChange(field: LedgerField(column: "score", input: nil), before: "\(score)", after: "42")))
        #expect(changes.contains { $0.field == LedgerField(column: "text", input: 1) && $0.after == "«Алло.»"
                && $0.before?.hasPrefix("«" + text.prefix(20)) == true })
        #expect(changes.count == 2, "\(changes)")
    }

    @Test func aDeletedRevocationShowsTheRowItWas() throws {
        let (store, _) = try sealedStore()
        try store.writer.write { db in
            try db.execute(sql: "DROP TRIGGER revocation_no_delete")
            try db.execute(sql: "DELETE FROM revocation")
        }
        let shown = try #require(try original(store, .revocation, 1))
        guard case .removed(let row, let values) = shown else {
            Issue.record("expected the removed row, got \(shown)")
            return
        }
        #expect(row.contains("перевірка") && values["certificate_id"] == "1" && values["reason"] == "перевірка")
    }

    @Test func aCopyChangedTooIsSaidNotShownAndAMissingOneIsNotKept() throws {
        let (store, certificate) = try sealedStore()
        let attempt = certificate.evidence[0]
        try store.writer.write { db in
            try db.execute(sql: "UPDATE attempt SET score = 42 WHERE id = ?", arguments: [attempt])
            // The copy rewritten to look like the edited row: it no longer hashes to the sealed digest.
            let seq = try Int64.fetchOne(db, sql: "SELECT seq FROM ledger WHERE kind = 'attempt' AND row_id = ?", arguments: [attempt])
            let edited = try #require(try Ledger.currentContent(db, kind: .attempt, rowID: attempt))
            try db.execute(sql: "UPDATE ledger_content SET content = ? WHERE seq = ?", arguments: [Data(edited), seq])
        }
        #expect(try original(store, .attempt, attempt) == .copyAltered)
        try store.writer.write { db in
            try db.execute(sql: "DELETE FROM ledger_content WHERE seq = (SELECT seq FROM ledger WHERE kind = 'attempt' AND row_id = ?)",
                           arguments: [attempt])
        }
        #expect(try original(store, .attempt, attempt) == .notKept)
    }

    @Test func anUntouchedRowHasNoOriginalToShow() throws {
        let (store, _) = try sealedStore()
        #expect(try store.checkLedger(trustedKey: key.publicKey).originals.isEmpty)
    }
}
