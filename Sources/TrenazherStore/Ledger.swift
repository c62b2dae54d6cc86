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
    static let laterColumns: [LedgerKind: [String]] = [.certificate: ["status_index", "status_list", "track_title_en", "criteria_en"]]
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

    /// Feeds one value, typed and length-prefixed so no two different rows hash alike: `n;`, `i<decimal>;`,
    /// `r<the double's bit pattern in decimal>;`, `t<UTF-8 byte count>:<bytes>`, `b<byte count>:<bytes>`.
    static func feed(_ value: DatabaseValue, into bytes: inout [UInt8]) {
        switch value.storage {
        case .null:
            bytes.append(0x6E)
            bytes.append(0x3B)
        case .int64(let number):
            bytes.append(0x69)
            appendDecimal(number, to: &bytes)
            bytes.append(0x3B)
        case .double(let number):
            bytes.append(0x72)
            appendDecimal(number.bitPattern, to: &bytes)
            bytes.append(0x3B)
        case .string(var text):
            text.withUTF8 { utf8 in
                bytes.append(0x74)
                appendDecimal(utf8.count, to: &bytes)
                bytes.append(0x3A)
                bytes.append(contentsOf: utf8)
            }
        case .blob(let data):
            bytes.append(0x62)
            appendDecimal(data.count, to: &bytes)
            bytes.append(0x3A)
            bytes.append(contentsOf: data)
        }
    }

    /// Appends the decimal digits of an integer (with `-` when negative), as `"\(number)"` spells it.
    static func appendDecimal<Number: BinaryInteger>(_ number: Number, to bytes: inout [UInt8]) {
        if number < 0 { bytes.append(0x2D) }
        var magnitude = number.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = 0x30 + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Lowercase hexadecimal of a digest.
    static func hex<D: Digest>(_ digest: D) -> String {
        digest.withUnsafeBytes { raw in
            String(unsafeUninitializedCapacity: raw.count * 2) { out in
                for (index, byte) in raw.enumerated() {
                    out[index * 2] = hexDigits[Int(byte >> 4)]
                    out[index * 2 + 1] = hexDigits[Int(byte & 0x0F)]
                }
                return raw.count * 2
            }
        }
    }

    /// The columns of a kind that the table has now: its columns and those later columns it already has.
    static func columns(_ db: Database, kind: LedgerKind) throws -> [String] {
        let (table, columns, _) = source(kind)
        guard let later = laterColumns[kind] else { return columns }
        let present = Set(try db.columns(in: table).map(\.name))
        return columns + later.filter(present.contains)
    }

    /// Builds row digests in one reusable buffer. The row must hold exactly `columns`, in that order (as
    /// `SELECT` lists them), and each input row exactly `inputColumns`.
    struct RowHasher {
        let kind: LedgerKind
        /// Per column: its name when it is a later column (fed only when not NULL, after its name).
        private let later: [String?]
        private var bytes: [UInt8] = []

        init(kind: LedgerKind, columns: [String]) {
            self.kind = kind
            let laterNames = Set(laterColumns[kind] ?? [])
            later = columns.map { laterNames.contains($0) ? $0 : nil }
            bytes.reserveCapacity(4_096)
        }

        /// Starts a row: its kind and its columns' values.
        mutating func begin(_ row: Row) {
            start()
            for (index, name) in later.enumerated() {
                let value = row[index] as DatabaseValue
                if let name {
                    if value.isNull { continue }
                    bytes.append(contentsOf: "|\(name)=".utf8)
                }
                Ledger.feed(value, into: &bytes)
            }
        }

        /// Starts a row from the reader's current row, as `begin(_:)` does from a GRDB row.
        mutating func begin(_ reader: LedgerRowReader) {
            start()
            for (index, name) in later.enumerated() {
                let column = Int32(index)
                if let name {
                    if reader.isNull(column) { continue }
                    bytes.append(contentsOf: "|\(name)=".utf8)
                }
                reader.feed(column, into: &bytes)
            }
        }

        private mutating func start() {
            bytes.removeAll(keepingCapacity: true)
            bytes.append(contentsOf: kind.rawValue.utf8)
        }

        /// Adds one input row of the attempt begun.
        mutating func add(input: Row) {
            bytes.append(contentsOf: "|input".utf8)
            for index in inputColumns.indices { Ledger.feed(input[index] as DatabaseValue, into: &bytes) }
        }

        /// Adds the reader's current input row, as `add(input:)` does from a GRDB row.
        mutating func add(inputFrom reader: LedgerRowReader) {
            bytes.append(contentsOf: "|input".utf8)
            for index in inputColumns.indices { reader.feed(Int32(index), into: &bytes) }
        }

        /// The digest of the row begun, with the inputs added.
        func digest() -> String {
            Ledger.hex(SHA256.hash(data: bytes))
        }

        /// The canonical content the digest hashes (`LedgerContent` reads it back).
        var content: [UInt8] { bytes }
    }

    /// The digest of a row (values in `columns` order) and, for an attempt, its input rows (values in
    /// `inputColumns` order).
    static func digest(kind: LedgerKind, row: Row, columns: [String], inputs: [Row] = []) -> String {
        hex(SHA256.hash(data: content(kind: kind, row: row, columns: columns, inputs: inputs)))
    }

    /// The canonical content of a row (what its digest hashes), as `digest(kind:row:columns:inputs:)` takes it.
    static func content(kind: LedgerKind, row: Row, columns: [String], inputs: [Row] = []) -> [UInt8] {
        var hasher = RowHasher(kind: kind, columns: columns)
        hasher.begin(row)
        for input in inputs { hasher.add(input: input) }
        return hasher.content
    }

    /// The chain value after an entry: SHA-256 of «previous|kind|row id|digest».
    static func chain(previous: String, kind: LedgerKind, rowID: Int64, digest: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(160)
        bytes.append(contentsOf: previous.utf8)
        bytes.append(0x7C)
        bytes.append(contentsOf: kind.rawValue.utf8)
        bytes.append(0x7C)
        appendDecimal(rowID, to: &bytes)
        bytes.append(0x7C)
        bytes.append(contentsOf: digest.utf8)
        return hex(SHA256.hash(data: bytes))
    }

    /// The current digest of one row, `nil` when the row is not there (or not finished, for an attempt).
    static func currentDigest(_ db: Database, kind: LedgerKind, rowID: Int64) throws -> String? {
        try currentContent(db, kind: kind, rowID: rowID).map { hex(SHA256.hash(data: $0)) }
    }

    /// The current canonical content of one row, `nil` when the row is not there (or not finished, for an attempt).
    static func currentContent(_ db: Database, kind: LedgerKind, rowID: Int64) throws -> [UInt8]? {
        let (table, _, filter) = source(kind)
        let columns = try self.columns(db, kind: kind)
        let condition = filter.isEmpty ? "WHERE id = ?" : filter + " AND id = ?"
        guard let row = try Row.fetchOne(db, sql: "SELECT \(columns.joined(separator: ", ")) FROM \(table) \(condition)",
                                         arguments: [rowID]) else { return nil }
        let inputs = kind == .attempt
            ? try Row.fetchAll(db, sql: "SELECT \(inputColumns.joined(separator: ", ")) FROM input WHERE attempt_id = ? ORDER BY seq",
                               arguments: [rowID])
            : []
        return content(kind: kind, row: row, columns: columns, inputs: inputs)
    }

    /// Appends the entry of a row just written (in the writer's transaction), and keeps the row's content as
    /// written in `ledger_content` under the entry's number: what `hr check` shows as the original value of a
    /// row changed later. The copy cannot be changed unnoticed: it must hash to the entry's digest, which the
    /// chain and HR's seals vouch for (`LedgerContent.original`).
    static func append(_ db: Database, kind: LedgerKind, rowID: Int64) throws {
        guard let content = try appendEntry(db, kind: kind, rowID: rowID) else { return }
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO ledger_content (seq, content) VALUES (?, ?)")
            .execute(arguments: [db.lastInsertedRowID, Data(content)])
    }

    /// Appends the entry alone and returns the content it hashes (`nil`: no such row). The `v6-ledger` migration
    /// uses it, before `ledger_content` exists; the `v9-ledger-content` migration then keeps the content of every
    /// row still as its entry recorded.
    static func appendEntry(_ db: Database, kind: LedgerKind, rowID: Int64) throws -> [UInt8]? {
        guard let content = try currentContent(db, kind: kind, rowID: rowID) else { return nil }
        let digest = hex(SHA256.hash(data: content))
        let previous = try String.fetchOne(db, sql: "SELECT chain FROM ledger ORDER BY seq DESC LIMIT 1") ?? genesis
        try db.cachedStatement(sql: "INSERT INTO ledger (kind, row_id, digest, chain) VALUES (?, ?, ?, ?)")
            .execute(arguments: [kind.rawValue, rowID, digest, chain(previous: previous, kind: kind, rowID: rowID, digest: digest)])
        return content
    }

    /// The bytes a seal signs.
    static func sealMessage(seq: Int64, head: String, sealedAt: String) -> Data {
        Data("trenazher-chain-seal\n\(seq)\n\(head)\n\(sealedAt)".utf8)
    }
}
