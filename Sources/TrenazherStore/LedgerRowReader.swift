import Foundation
import GRDB
import GRDBSQLite

/// Steps a prepared statement over SQLite's C interface and feeds each column of the current row into a
/// ledger digest's bytes — the same bytes `Ledger.feed` writes for the value GRDB reads (`hr check` hashes
/// every covered row, 100,000 attempts and their inputs, without building a value per column).
struct LedgerRowReader {
    let statement: Statement
    private var handle: SQLiteStatement { statement.sqliteStatement }

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
    }

    /// Moves to the next row; false after the last. Throws SQLite's error.
    func next(_ db: Database) throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: statement.sql)
        }
    }

    /// The integer in a column of the current row.
    func integer(_ column: Int32) -> Int64 {
        sqlite3_column_int64(handle, column)
    }

    /// Whether a column of the current row is NULL.
    func isNull(_ column: Int32) -> Bool {
        sqlite3_column_type(handle, column) == SQLITE_NULL
    }

    /// Feeds a column of the current row as `Ledger.feed` feeds the `DatabaseValue` GRDB reads from it. GRDB reads
    /// text as a C string (up to the first NUL, invalid UTF-8 repaired with U+FFFD); so does this.
    func feed(_ column: Int32, into bytes: inout [UInt8]) {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_NULL:
            bytes.append(0x6E)
            bytes.append(0x3B)
        case SQLITE_INTEGER:
            bytes.append(0x69)
            Ledger.appendDecimal(sqlite3_column_int64(handle, column), to: &bytes)
            bytes.append(0x3B)
        case SQLITE_FLOAT:
            bytes.append(0x72)
            Ledger.appendDecimal(sqlite3_column_double(handle, column).bitPattern, to: &bytes)
            bytes.append(0x3B)
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, column) else {
                bytes.append(contentsOf: "t0:".utf8)
                return
            }
            let raw = UnsafeBufferPointer(start: text, count: strlen(UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self)))
            bytes.append(0x74)
            if Self.isPlainUTF8(raw) {
                Ledger.appendDecimal(raw.count, to: &bytes)
                bytes.append(0x3A)
                bytes.append(contentsOf: raw)
            } else {
                let repaired = Array(String(decoding: raw, as: UTF8.self).utf8)
                Ledger.appendDecimal(repaired.count, to: &bytes)
                bytes.append(0x3A)
                bytes.append(contentsOf: repaired)
            }
        default:
            let count = Int(sqlite3_column_bytes(handle, column))
            bytes.append(0x62)
            Ledger.appendDecimal(count, to: &bytes)
            bytes.append(0x3A)
            if count > 0, let blob = sqlite3_column_blob(handle, column) {
                bytes.append(contentsOf: UnsafeRawBufferPointer(start: blob, count: count))
            }
        }
    }

    /// Whether the bytes are valid UTF-8 (then decoding them changes nothing).
    static func isPlainUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if !bytes.contains(where: { $0 >= 0x80 }) { return true }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
