import Crypto
import Foundation
import GRDB

/// One value of a covered row named for people: its column, and for an attempt's input the input's number
/// (1 for the first answer).
public struct LedgerField: Sendable, Hashable {
    public var column: String
    public var input: Int?
}

/// A value as it was when the row's ledger entry was written and as it is now (`nil`: not there).
public struct FieldChange: Sendable, Hashable {
    public var field: LedgerField
    public var before: String?
    public var after: String?
}

/// What `hr check` knows of a changed row's original content, kept in `ledger_content` when the row's ledger
/// entry was written.
public enum RecordedOriginal: Sendable, Hashable {
    /// An edited row: every value that differs, as it was and as it is.
    case changed([FieldChange])
    /// A deleted row as it was: `row`, the short description findings use; `values`, each column's value.
    case removed(row: String, values: [String: String])
    /// No copy was kept: the row was changed before copies were kept (`v9-ledger-content`), or the copy was deleted.
    case notKept
    /// The kept copy does not hash to the entry's digest: it was changed too, and is not shown.
    case copyAltered
}

/// The canonical content of a covered row (the bytes its ledger digest hashes: `Ledger.feed`), read back into
/// values by column.
struct LedgerContent: Equatable {
    /// The row's values: its columns in order, then any later columns present.
    var columns: [(name: String, value: DatabaseValue)]
    /// An attempt's inputs, each its values in `Ledger.inputColumns` order.
    var inputs: [[DatabaseValue]]

    static func == (left: LedgerContent, right: LedgerContent) -> Bool {
        left.columns.map { $0.name } == right.columns.map { $0.name } && left.columns.map { $0.value } == right.columns.map { $0.value }
            && left.inputs == right.inputs
    }

    /// The value of a column, `nil` when the row has no such column.
    func value(_ column: String) -> DatabaseValue? {
        columns.first { $0.name == column }?.value
    }

    /// Reads content written by `Ledger.RowHasher`; `nil` when the bytes are not the content of a row of `kind`.
    static func decode(_ bytes: [UInt8], kind: LedgerKind) -> LedgerContent? {
        let prefix = Array(kind.rawValue.utf8)
        guard bytes.starts(with: prefix) else { return nil }
        let base = Ledger.source(kind).columns
        var index = prefix.count
        var content = LedgerContent(columns: [], inputs: [])
        var later: String?
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "|") {
                index += 1
                var end = index
                while end < bytes.count, bytes[end] == UInt8(ascii: "_") || (bytes[end] >= UInt8(ascii: "a") && bytes[end] <= UInt8(ascii: "z")) {
                    end += 1
                }
                if end < bytes.count, bytes[end] == UInt8(ascii: "=") {
                    later = String(decoding: bytes[index..<end], as: UTF8.self)
                    index = end + 1
                    continue
                }
                guard bytes[index...].starts(with: Array("input".utf8)) else { return nil }
                index += 5
                content.inputs.append([])
                continue
            }
            guard let value = readValue(bytes, at: &index) else { return nil }
            if !content.inputs.isEmpty {
                content.inputs[content.inputs.count - 1].append(value)
            } else if let name = later {
                content.columns.append((name, value))
                later = nil
            } else {
                guard content.columns.count < base.count else { return nil }
                content.columns.append((base[content.columns.count], value))
            }
        }
        return content
    }

    /// One typed, length-prefixed value (`Ledger.feed`), moving `index` past it.
    private static func readValue(_ bytes: [UInt8], at index: inout Int) -> DatabaseValue? {
        guard index < bytes.count else { return nil }
        let tag = bytes[index]
        index += 1
        func number(until terminator: UInt8) -> String? {
            guard let end = bytes[index...].firstIndex(of: terminator) else { return nil }
            let text = String(decoding: bytes[index..<end], as: UTF8.self)
            index = end + 1
            return text
        }
        func counted() -> [UInt8]? {
            guard let count = number(until: UInt8(ascii: ":")).flatMap(Int.init), count >= 0, count <= bytes.count - index else { return nil }
            defer { index += count }
            return Array(bytes[index..<index + count])
        }
        switch tag {
        case UInt8(ascii: "n"):
            guard index < bytes.count, bytes[index] == UInt8(ascii: ";") else { return nil }
            index += 1
            return .null
        case UInt8(ascii: "i"):
            return number(until: UInt8(ascii: ";")).flatMap(Int64.init).map { $0.databaseValue }
        case UInt8(ascii: "r"):
            return number(until: UInt8(ascii: ";")).flatMap(UInt64.init).map { Double(bitPattern: $0).databaseValue }
        case UInt8(ascii: "t"):
            return counted().map { String(decoding: $0, as: UTF8.self).databaseValue }
        case UInt8(ascii: "b"):
            return counted().map { Data($0).databaseValue }
        default:
            return nil
        }
    }

    /// A value as shown to HR: text in «», long text shortened, NULL as «—».
    static func shown(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return "—"
        case .int64(let number): return String(number)
        case .double(let number): return String(number)
        case .string(let text):
            let line = text.replacingOccurrences(of: "\n", with: " ")
            return "«" + (line.count > 80 ? String(line.prefix(79)) + "…" : line) + "»"
        case .blob(let data): return "\(data.count) B"
        }
    }

    /// A value as a plain string (for `RecordedOriginal.removed`'s values).
    static func plain(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return ""
        case .int64(let number): return String(number)
        case .double(let number): return String(number)
        case .string(let text): return text
        case .blob(let data): return data.base64EncodedString()
        }
    }

    /// Every value that differs between the original and the present content.
    static func changes(from original: LedgerContent, to present: LedgerContent) -> [FieldChange] {
        var changes: [FieldChange] = []
        var names = original.columns.map { $0.name }
        names += present.columns.map { $0.name }.filter { !names.contains($0) }
        for name in names {
            let before = original.value(name), after = present.value(name)
            if before != after {
                changes.append(FieldChange(field: LedgerField(column: name, input: nil), before: before.map(shown), after: after.map(shown)))
            }
        }
        for number in 0..<max(original.inputs.count, present.inputs.count) {
            let before = original.inputs.indices.contains(number) ? original.inputs[number] : nil
            let after = present.inputs.indices.contains(number) ? present.inputs[number] : nil
            for (position, column) in Ledger.inputColumns.enumerated() where column != "attempt_id" && column != "seq" {
                let old = before.flatMap { $0.indices.contains(position) ? $0[position] : nil }
                let new = after.flatMap { $0.indices.contains(position) ? $0[position] : nil }
                if old != new {
                    changes.append(FieldChange(field: LedgerField(column: column, input: number + 1), before: old.map(shown), after: new.map(shown)))
                }
            }
        }
        return changes
    }

    /// What was kept of the row of a ledger entry (`seq`, `digest`) that is now edited (`present`: its content
    /// now) or deleted (`present` nil); `describe` gives the short description of a row's values.
    static func original(_ db: Database, seq: Int64, digest: String, kind: LedgerKind, present: [UInt8]?,
                         describe: (Row) -> String) throws -> RecordedOriginal {
        guard let data = try Data.fetchOne(db, sql: "SELECT content FROM ledger_content WHERE seq = ?", arguments: [seq]) else {
            return .notKept
        }
        guard Ledger.hex(SHA256.hash(data: data)) == digest, let kept = decode(Array(data), kind: kind) else { return .copyAltered }
        guard let present else {
            let row = Row(Dictionary(kept.columns.map { ($0.name, $0.value as (any DatabaseValueConvertible)?) }, uniquingKeysWith: { first, _ in first }))
            return .removed(row: describe(row), values: Dictionary(kept.columns.map { ($0.name, plain($0.value)) }, uniquingKeysWith: { first, _ in first }))
        }
        guard let now = decode(present, kind: kind) else { return .changed([]) }
        return .changed(changes(from: kept, to: now))
    }
}
