import Crypto
import Foundation
import GRDB
import Testing
@testable import TrenazherStore

/// `hr check` hashes rows straight from SQLite (`LedgerRowReader`); the chain's entries were written from the
/// values GRDB reads (`Ledger.digest`). Both must give the same digest for every kind of stored value.
@Suite struct LedgerRowReaderTests {
    @Test func readingRawColumnsGivesTheDigestGRDBValuesGive() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE sample (id INTEGER PRIMARY KEY, a, b, c, d, e)")
            let rows: [[DatabaseValueConvertible?]] = [
                [1, "Коваль Олена", 42, 3.25, nil, Data([0, 1, 2, 255])],
                [2, "", -9_223_372_036_854_775_808, -0.0, Double.infinity, Data()],
                [3, "a\u{0}b", 0, 1e-300, "ʼ̈é́ 😀", "=HYPERLINK(\"x\")"],
            ]
            for row in rows {
                try db.execute(sql: "INSERT INTO sample VALUES (?, ?, ?, ?, ?, ?)", arguments: StatementArguments(row))
            }
            // Bytes no Swift string holds: invalid UTF-8 stored as text by another writer.
            try db.execute(sql: "INSERT INTO sample VALUES (4, CAST(x'D0FF41C3' AS TEXT), x'00', 'x', NULL, CAST(x'E282' AS TEXT))")
        }
        let columns = ["id", "a", "b", "c", "d", "e"]
        try queue.read { db in
            let expected = try Row.fetchAll(db, sql: "SELECT * FROM sample ORDER BY id").map {
                Ledger.digest(kind: .audit, row: $0, columns: columns)
            }
            let reader = try LedgerRowReader(db, sql: "SELECT * FROM sample ORDER BY id")
            var hasher = Ledger.RowHasher(kind: .audit, columns: columns)
            var actual: [String] = []
            while try reader.next(db) {
                hasher.begin(reader)
                actual.append(hasher.digest())
            }
            #expect(actual.count == 4)
            #expect(actual == expected)
        }
    }

    @Test func decimalsAreSpelledAsSwiftSpellsThem() {
        for number: Int64 in [0, 7, -1, 10, 1_234_567_890, .max, .min] {
            var bytes: [UInt8] = []
            Ledger.appendDecimal(number, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "\(number)")
        }
        var bytes: [UInt8] = []
        Ledger.appendDecimal(UInt64.max, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "\(UInt64.max)")
    }

    @Test func digestsAreLowercaseHexadecimal() {
        #expect(Ledger.hex(SHA256.hash(data: Data("abc".utf8)))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
