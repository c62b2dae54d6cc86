import Crypto
import Foundation
import GRDB

/// Why the HR key cannot be pinned or used with this database.
public enum KeyPinError: Error, Equatable, Sendable, LocalizedError, BilingualError {
    /// `hr init` recorded another key's fingerprint in this database.
    case anotherKeyPinned(pinned: String, offered: String)
    /// No key was recorded: `hr init` was not run on this database.
    case nonePinned

    public func message(english: Bool) -> String {
        switch (self, english) {
        case (.anotherKeyPinned(let pinned, let offered), false):
            return "ключ підпису \(offered) не той, що записаний у цій базі під час `hr init` (\(pinned)); теку ключа підмінено або вона від іншої бази"
        case (.nonePinned, false):
            return "у цій базі не записано ключа HR; спершу виконайте `trenazher hr init`"
        case (.anotherKeyPinned(let pinned, let offered), true):
            return "the signing key \(offered) is not the one recorded in this database at `hr init` (\(pinned)); the key folder was replaced or belongs to another database"
        case (.nonePinned, true):
            return "no HR key is recorded in this database; run `trenazher hr init` first"
        }
    }
}

extension ProgressStore {
    /// The SHA-256 fingerprint (hex) of a public key, as recorded at `hr init`.
    public static func fingerprint(_ key: Curve25519.Signing.PublicKey) -> String {
        Ledger.hex(SHA256.hash(data: key.rawRepresentation))
    }

    /// Records the HR key's fingerprint and its owner (the account that ran `hr init`); refuses another key
    /// once one is recorded.
    public func pinIssuerKey(_ key: Curve25519.Signing.PublicKey, did: String, ownerUID: UInt32, at date: Date = Date()) throws {
        try writer.write { db in
            let fingerprint = Self.fingerprint(key)
            if let pinned = try String.fetchOne(db, sql: "SELECT fingerprint FROM issuer_key ORDER BY id DESC LIMIT 1") {
                guard pinned == fingerprint else { throw KeyPinError.anotherKeyPinned(pinned: pinned, offered: fingerprint) }
                return
            }
            try db.execute(sql: "INSERT INTO issuer_key (did, fingerprint, owner_uid, recorded_at) VALUES (?, ?, ?, ?)",
                           arguments: [did, fingerprint, Int64(ownerUID), Timestamp.string(date)])
        }
    }

    /// The fingerprint and owner recorded at `hr init`, if any.
    public func pinnedIssuerKey() throws -> (fingerprint: String, ownerUID: UInt32)? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT fingerprint, owner_uid FROM issuer_key ORDER BY id DESC LIMIT 1").map {
                ($0["fingerprint"], UInt32(clamping: $0["owner_uid"] as Int64))
            }
        }
    }

    /// Refuses a key whose fingerprint is not the one recorded at `hr init`.
    public func requirePinned(_ key: Curve25519.Signing.PublicKey) throws {
        guard let pinned = try pinnedIssuerKey() else { throw KeyPinError.nonePinned }
        let offered = Self.fingerprint(key)
        guard pinned.fingerprint == offered else { throw KeyPinError.anotherKeyPinned(pinned: pinned.fingerprint, offered: offered) }
    }

    /// Checks every finished attempt (with its inputs), certificate, revocation and audit entry against the
    /// hash chain, and the chain against the seals HR's key signed.
    /// With the pages checked alongside (`open(…, pages: .alongside)`), the rows are read while the
    /// check runs and a damaged page is reported (`StoreFault.damaged`) instead of the report.
    /// `anchors`: the heads HR sealed, as kept outside the database (`ChainAnchor`); a chain shorter than or
    /// different from one of them is reported (`LedgerFinding.rolledBack`).
    /// `english`: the language of the rows' descriptions in the findings.
    public func checkLedger(trustedKey: Curve25519.Signing.PublicKey, anchors: [AnchorSource] = [], english: Bool = false) throws -> LedgerReport {
        try readAlongsidePageCheck { db in try LedgerCheck.run(db, trustedKey: trustedKey, anchors: anchors, english: english) }
    }

    /// The trainee's finished attempts whose records were changed outside Trenazher (`LedgerCheck.changedAttempts`):
    /// `trenazher progress` and the console leave them out, as `hr certify` does.
    public func changedAttempts(traineeID: Int64) throws -> Set<Int64> {
        try writer.read { db in try LedgerCheck.changedAttempts(db, traineeID: traineeID) }
    }

    /// Signs the chain's current head with HR's key: everything written so far is vouched for. Returns the
    /// anchor to keep outside the database (HR's key folder, the published folder).
    @discardableResult
    public func sealLedger(with key: Curve25519.Signing.PrivateKey, at date: Date = Date()) throws -> ChainAnchor {
        try writer.write { db in
            let head = try Row.fetchOne(db, sql: "SELECT seq, chain FROM ledger ORDER BY seq DESC LIMIT 1")
            let seq: Int64 = head?["seq"] ?? 0
            let chain: String = head?["chain"] ?? Ledger.genesis
            let at = Timestamp.string(date)
            let signature = try key.signature(for: Ledger.sealMessage(seq: seq, head: chain, sealedAt: at))
            try db.execute(sql: "INSERT INTO chain_seal (seq, head, sealed_at, public_key, signature) VALUES (?, ?, ?, ?, ?)",
                           arguments: [seq, chain, at, "did:key:" + DIDKey.multibase(key.publicKey), signature.base64EncodedString()])
            let attempts = try Int.fetchOne(db, sql: "SELECT count(*) FROM ledger WHERE kind = 'attempt' AND seq <= ?", arguments: [seq]) ?? 0
            let marks = try Row.fetchAll(db, sql: "SELECT seq, kind, row_id FROM ledger WHERE kind != 'attempt' AND seq <= ? ORDER BY seq",
                                         arguments: [seq]).map { ChainAnchor.Mark(seq: $0[0], kind: $0[1], row: $0[2]) }
            return ChainAnchor(seq: seq, head: chain, sealedAt: at, signature: signature.base64EncodedString(), attempts: attempts, marks: marks)
        }
    }
}
