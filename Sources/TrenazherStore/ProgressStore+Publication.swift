import Foundation
import GRDB

/// Why the address of the published folder cannot be recorded.
public enum PublicationError: Error, Equatable, Sendable {
    /// Another address is already recorded: certificates issued since point at it.
    case anotherAddressRecorded(String)
}

extension ProgressStore {
    /// The audit action that records the address of the published folder (the audit log is in the hash chain
    /// and sealed by HR, so the address cannot be changed unnoticed).
    static let publicationAddressAction = "set-base-url"

    /// The address of the published folder, once HR has recorded it.
    public func publicationBase() throws -> String? {
        try writer.read { db in try Self.publicationBase(db) }
    }

    /// Records the address of the published folder (already normalised by `PublicationAddress.normalized`).
    /// Returns `false` when that same address was recorded before; refuses another one.
    @discardableResult
    public func recordPublicationBase(_ address: String, actor: String, at date: Date = Date()) throws -> Bool {
        try writer.write { db in
            if let recorded = try Self.publicationBase(db) {
                guard recorded == address else { throw PublicationError.anotherAddressRecorded(recorded) }
                return false
            }
            try Self.audit(db, at: date, actor: actor, action: Self.publicationAddressAction, subject: "", details: address)
            return true
        }
    }

    /// Every certificate with its revocation, for publishing. A revocation the audit log records but the
    /// register no longer holds (deleted around Trenazher, and the finding accepted) still counts: a published
    /// revocation is never withdrawn.
    public func certificatesForPublication() throws -> [RegisteredCertificate] {
        try writer.read { db in
            var logged: [String: Revocation] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT at, actor, details FROM audit_log WHERE action = 'revoke' ORDER BY id") {
                let details: String = row["details"]
                guard let colon = details.firstIndex(of: ":") else { continue }
                let number = String(details[..<colon])
                if logged[number] == nil {
                    logged[number] = Revocation(revokedAt: Timestamp.date(row["at"]) ?? Date(timeIntervalSince1970: 0),
                                                reason: details[details.index(after: colon)...].trimmingCharacters(in: .whitespaces),
                                                actor: row["actor"])
                }
            }
            return try Self.registered(db, where: "1", []).map { registered in
                var registered = registered
                if registered.revocation == nil { registered.revocation = logged[registered.certificate.number] }
                return registered
            }
        }
    }

    /// The trainee's exam attempts that were the evidence of a revoked certificate: they no longer count towards
    /// a certificate.
    public func spentEvidence(traineeID: Int64) throws -> Set<Int64> {
        try writer.read { db in
            Set(try Self.registered(db, where: "c.trainee_id = ? AND r.revoked_at IS NOT NULL", [traineeID]).flatMap(\.certificate.evidence))
        }
    }

    static func publicationBase(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT details FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1",
                            arguments: [publicationAddressAction])
    }

    /// A free bit of the status list for a new certificate, drawn at random (the specification's advice: the
    /// position must not tell the order of issue).
    static func freeStatusIndex(_ db: Database) throws -> Int? {
        let used = Set(try Int.fetchAll(db, sql: "SELECT status_index FROM certificate WHERE status_index IS NOT NULL"))
        guard used.count < RevocationStatusList.minimumBits else { return nil }
        var generator = SystemRandomNumberGenerator()
        while true {
            let index = Int(generator.next() % UInt64(RevocationStatusList.minimumBits))
            if !used.contains(index) { return index }
        }
    }
}
