import Foundation
import Testing
@testable import TrenazherCore

@Suite struct LiteralSearchTests {
    /// The column Foundation's `range(of:)` gives, which the search must reproduce.
    static func foundationColumn(_ needle: String, _ line: Substring) -> Int? {
        line.range(of: needle).map { line.distance(from: line.startIndex, to: $0.lowerBound) + 1 }
    }

    @Test func findsWhatFoundationFindsInPlainAndOtherTexts() {
        let cases: [(String, String)] = [
            ("рахунок", "Ваш рахунок 20417385, пане"), ("й", "Ваш й та ї"), ("и", "Ваш й та ї"), ("ї", "Ваш й та ї"),
            ("и\u{306}", "Ваш й та ї"), ("й", "и\u{306} x"), ("и", "и\u{306} x"), ("K", "Kelvin \u{212A}"), ("\u{212A}", "a K"),
            ("e", "caf\u{E9}"), ("\u{E9}", "cafe\u{301}"), ("1 грудня", "до 01 грудня, тобто 1 грудня"), ("abc", "ab"), ("б", ""),
            ("«Оплата»", "  say: «Оплата» — 1 846,20 грн"), ("ПР-1147", "заявка ПР-1147…"), ("x", "a\r\nx"),
        ]
        for (needle, line) in cases {
            let found = LiteralSearch.firstColumn(of: LiteralSearch.Prepared(needle), in: LiteralSearch.Prepared(Substring(line)))
            #expect(found == Self.foundationColumn(needle, Substring(line)), "\(needle.debugDescription) in \(line.debugDescription)")
        }
    }

    @Test func agreesWithFoundationOnRandomMixes() {
        // Plain letters, their decomposed twins, combining marks, singletons and a carriage return.
        let alphabet: [String] = ["а", "и", "й", "и\u{306}", "ї", "і\u{308}", "і", "K", "\u{212A}", "e", "\u{E9}", "e\u{301}", " ", ",",
                                  "\u{301}", "’", "«", "»", "\r", "\n", "1", "№", "\u{AD}", "ʼ"]
        var generator = SeededGenerator(seed: 17)
        for _ in 0..<3000 {
            let line = (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let needle = (0..<Int.random(in: 1...3, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let found = LiteralSearch.firstColumn(of: LiteralSearch.Prepared(needle), in: LiteralSearch.Prepared(Substring(line)))
            #expect(found == Self.foundationColumn(needle, Substring(line)), "\(needle.debugDescription) in \(line.debugDescription)")
        }
    }

    @Test func firstRangeIsFoundationsRange() {
        let alphabet: [String] = ["а", "и", "й", "и\u{306}", "ї", "і\u{308}", "і", "K", "\u{212A}", "e", "\u{E9}", "e\u{301}", " ", ",",
                                  "\u{301}", "’", "«", "»", "\r", "\n", "1", "№", "ʼ", "б", "ла", "ка"]
        var generator = SeededGenerator(seed: 19)
        var cases: [(String, String)] = [("будь ласка", "Зачекайте, будь ласка, на лінії"), ("лінії", "на лінії"), ("x", "a\r\nx"), ("б", "")]
        for _ in 0..<3000 {
            let line = (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let needle = (0..<Int.random(in: 1...3, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            cases.append((needle, line))
        }
        for (needle, line) in cases {
            #expect(LiteralSearch.firstRange(of: needle, in: line) == line.range(of: needle), "\(needle.debugDescription) in \(line.debugDescription)")
        }
    }

    @Test func containsAgreesWithFoundation() {
        for (needle, text) in [("!!", "Що?!! Ні"), ("!!", "Що?! Ні"), ("?!", "так?!"), ("!", "")] {
            #expect(LiteralSearch.contains(needle, in: LiteralSearch.Prepared(text)) == text.contains(needle))
        }
    }

    /// The lines a value stands in, found by one search of the whole text (`ScenarioLoader.linesHolding`), are the
    /// lines where searching each line finds it; a value or text that is not plain is left to the line-by-line search.
    @Test func linesHoldingAValueAreTheLinesWhereItIsFound() {
        let alphabet: [String] = ["а", "б", "ла", "ка", " ", ",", "1", "2", "\n", "\n", "«", "’", "й", "и\u{306}", "\r", "K", "e\u{301}"]
        var generator = SeededGenerator(seed: 47)
        var plainTexts = 0
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let values = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                (0..<Int.random(in: 1...3, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            }
            let found = ScenarioLoader.linesHolding(values, in: text)
            #expect(found.count == values.count)
            let lines = TextLines.of(text)
            for (value, holding) in zip(values, found) {
                guard let holding else {
                    #expect(!LiteralSearch.isPlain(text) || !LiteralSearch.isPlain(value))
                    continue
                }
                plainTexts += 1
                let expected = Set(lines.indices.filter {
                    LiteralSearch.firstColumn(of: LiteralSearch.Prepared(value), in: LiteralSearch.Prepared(lines[$0])) != nil
                })
                #expect(holding == expected, "\(value.debugDescription) in \(text.debugDescription)")
            }
        }
        #expect(plainTexts > 500)
    }

    /// The byte search (`memchr` on a pivot byte, then the whole) finds the first occurrence at or after the start
    /// that comparing at every offset finds: random texts of few bytes (many partial matches), Cyrillic letters
    /// and spaces (the pivot's exceptions), needles made only of them, and every start.
    @Test func theFirstOffsetIsTheFirstOccurrence() {
        func naive(_ wanted: [UInt8], _ bytes: [UInt8], _ start: Int) -> Int? {
            guard !wanted.isEmpty else { return start <= bytes.count ? start : nil }
            guard start >= 0, bytes.count - start >= wanted.count else { return nil }
            for offset in start...(bytes.count - wanted.count) where Array(bytes[offset..<(offset + wanted.count)]) == wanted { return offset }
            return nil
        }
        var generator = SeededGenerator(seed: 11)
        let alphabets: [[UInt8]] = [[0x61, 0x62], [0xD0, 0xD1, 0x20, 0xB0], [0xD0, 0x20], Array(0...255), Array("абв гґ".utf8)]
        for round in 0..<3_000 {
            let alphabet = alphabets[round % alphabets.count]
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            var wanted = (0..<Int.random(in: 0...5, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            if round % 3 == 0, bytes.count > 2 {
                let from = Int.random(in: 0..<(bytes.count - 1), using: &generator)
                wanted = Array(bytes[from..<min(bytes.count, from + Int.random(in: 1...6, using: &generator))])
            }
            for start in -1...(bytes.count + 1) {
                #expect(LiteralSearch.firstOffset(of: wanted, in: bytes, from: start) == naive(wanted, bytes, start), "\(wanted) in \(bytes) from \(start)")
            }
        }
    }
}
