import Crypto
import Foundation
import GRDB

/// The kinds of rows the hash chain covers.
public enum LedgerKind: String, Sendable, CaseIterable, Hashable {
    /// A finished attempt with every input typed in it.
    case attempt
    case certificate
    case revocation
    /// An entry of the HR audit log.
    case audit
}

/// The hash chain over finished attempts (with their inputs), certificates, revocations and the audit log.
/// Each row gets a ledger entry when it is written: the SHA-256 of its canonical content, and the chain value
/// SHA-256(previous chain ‖ kind ‖ row id ‖ digest). HR's key signs the chain head (a seal) at every HR
/// action, so an edited, inserted or deleted row — or a rewritten ledger — shows against the last seal.
enum Ledger {
    /// The chain value before the first entry.
    static let genesis = String(repeating: "0", count: 64)

    /// The columns of each kind whose values the digest covers, in order. A column added to a table later is
    /// not covered until it is listed here by a new ledger version.
    static let attemptColumns = ["id", "trainee_id", "scenario_id", "scenario_hash", "channel", "mode", "variant_seed", "grader_version",
                                 "started_at", "finished_at", "score", "passed", "status", "final_mood", "reached_end"]
    static let inputColumns = ["attempt_id", "seq", "text", "seconds", "interrupted", "first_key_seconds", "typing_seconds", "keys_typed",
                               "pasted_chars"]
    static let certificateColumns = ["id", "number", "code", "trainee_id", "trainee_name", "track_id", "track_title", "track_description",
                                     "criteria", "issued_at", "expires_at", "evidence", "issuer", "public_key", "signature"]
    /// Columns added to a covered table after the ledger began: each is fed (with its name) only where it is not
    /// NULL — and only once the table has it — so rows written before it keep their digests.
    static let laterColumns: [LedgerKind: [String]] = [.certificate: ["status_index", "status_list"]]
    static let revocationColumns = ["id", "certificate_id", "revoked_at", "reason", "actor"]
    static let auditColumns = ["id", "at", "actor", "action", "subject", "details"]

    /// The table and columns of a kind (attempts also take their inputs).
    static func source(_ kind: LedgerKind) -> (table: String, columns: [String], filter: String) {
        switch kind {
        case .attempt: return ("attempt", attemptColumns, "WHERE status = 'finished'")
        case .certificate: return ("certificate", certificateColumns, "")
        case .revocation: return ("revocation", revocationColumns, "")
        case .audit: return ("audit_log", auditColumns, "")
        }
    }

    /// Feeds one value, typed and length-prefixed so no two different rows hash alike.
    static func feed(_ value: DatabaseValue, into hasher: inout SHA256) {
        switch value.storage {
        case .null:
            hasher.update(data: Data("n;".utf8))
        case .int64(let number):
            hasher.update(data: Data("i\(number);".utf8))
        case .double(let number):
            hasher.update(data: Data("r\(number.bitPattern);".utf8))
        case .string(let text):
            let bytes = Data(text.utf8)
            hasher.update(data: Data("t\(bytes.count):".utf8))
            hasher.update(data: bytes)
        case .blob(let data):
            hasher.update(data: Data("b\(data.count):".utf8))
            hasher.update(data: data)
        }
    }

    static func hex<D: Digest>(_ digest: D) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }

    /// The columns of a kind that the table has now: its columns and those later columns it already has.
    static func columns(_ db: Database, kind: LedgerKind) throws -> [String] {
        let (table, columns, _) = source(kind)
        guard let later = laterColumns[kind] else { return columns }
        let present = Set(try db.columns(in: table).map(\.name))
        return columns + later.filter(present.contains)
    }

    /// The digest of a row (values in `columns` order) and, for an attempt, its input rows.
    static func digest(kind: LedgerKind, row: Row, columns: [String], inputs: [Row] = []) -> String {
        var hasher = SHA256()
        hasher.update(data: Data(kind.rawValue.utf8))
        let later = Set(laterColumns[kind] ?? [])
        for column in columns {
            let value = row[column] as DatabaseValue
            if later.contains(column) {
                if value.isNull { continue }
                hasher.update(data: Data("|\(column)=".utf8))
            }
            feed(value, into: &hasher)
        }
        for input in inputs {
            hasher.update(data: Data("|input".utf8))
            for column in inputColumns { feed(input[column] as DatabaseValue, into: &hasher) }
        }
        return hex(hasher.finalize())
    }

    /// The chain value after an entry.
    static func chain(previous: String, kind: LedgerKind, rowID: Int64, digest: String) -> String {
        hex(SHA256.hash(data: Data("\(previous)|\(kind.rawValue)|\(rowID)|\(digest)".utf8)))
    }

    /// The current digest of one row, `nil` when the row is not there (or not finished, for an attempt).
    static func currentDigest(_ db: Database, kind: LedgerKind, rowID: Int64) throws -> String? {
        let (table, _, filter) = source(kind)
        let columns = try self.columns(db, kind: kind)
        let condition = filter.isEmpty ? "WHERE id = ?" : filter + " AND id = ?"
        guard let row = try Row.fetchOne(db, sql: "SELECT \(columns.joined(separator: ", ")) FROM \(table) \(condition)",
                                         arguments: [rowID]) else { return nil }
        let inputs = kind == .attempt
            ? try Row.fetchAll(db, sql: "SELECT \(inputColumns.joined(separator: ", ")) FROM input WHERE attempt_id = ? ORDER BY seq",
                               arguments: [rowID])
            : []
        return digest(kind: kind, row: row, columns: columns, inputs: inputs)
    }

    /// Appends the entry of a row just written (in the writer's transaction).
    static func append(_ db: Database, kind: LedgerKind, rowID: Int64) throws {
        guard let digest = try currentDigest(db, kind: kind, rowID: rowID) else { return }
        let previous = try String.fetchOne(db, sql: "SELECT chain FROM ledger ORDER BY seq DESC LIMIT 1") ?? genesis
        try db.cachedStatement(sql: "INSERT INTO ledger (kind, row_id, digest, chain) VALUES (?, ?, ?, ?)")
            .execute(arguments: [kind.rawValue, rowID, digest, chain(previous: previous, kind: kind, rowID: rowID, digest: digest)])
    }

    /// The bytes a seal signs.
    static func sealMessage(seq: Int64, head: String, sealedAt: String) -> Data {
        Data("trenazher-chain-seal\n\(seq)\n\(head)\n\(sealedAt)".utf8)
    }
}
