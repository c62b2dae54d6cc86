import Foundation
import Testing
@testable import TrenazherCore

/// The tokenizer's walk over the scalars of a plain text (`Tokenizer.tokenizePlain`) gives the tokens of its walk
/// over characters — kind, text, form, range, sentence, clause, quotation and capitals — for every text of the bundled
/// Content/ and Scenarios/ and the bundled examples' transcripts, normalised, for seeded random mixes of
/// words, numbers in every grouping, apostrophes, hyphens, quotation marks, dashes and line breaks, and for every
/// scalar the plain walk reads alone, inside a word and before a full stop.
@Suite struct TokenizerPlainTests {
    @Test func tokenizingByScalarsIsTokenizingByCharacters() throws {
        var texts: [String] = []
        for folder in ["Content", "Scenarios"] {
            let root = Fixtures.root.appendingPathComponent(folder)
            let files = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".yaml") }
            for file in files.sorted() {
                let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
                let node = try #require(YAMLNode.parse(text, file: file, log: DiagnosticLog()))
                texts += node.allScalarTexts()
            }
        }
        #expect(texts.count > 5_000)
        let pieces = ["Добрий", "день", "ДЕНЬ", "п'ятого", "будь-ласка", "EIC-код", "ЦНАП-у", "15", "432", "1", "846", "20", "31.10.2026", "14:00",
                      "10-й", "14-00", "1 240 500", "1 846,20", "15 432 грн", "№", "«", "»", "„", "“", "”", "\"", "—", "–", "…", ".", ",", ":",
                      ";", "!", "?", "(", ")", "-", "'", "’", " ", " ", " ", "\n", "\t", "Ї", "ґ", "ё", "Ѣ", "Viber", "а", "7", "007", "1,5",
                      "2.", "3,", "EIC", "iPhone", "ПІБ", "Ґанок", "ЇЖАК", "µ", "ß", "é", "\u{A0}", "е\u{301}", "👍", "\r\n", "½", "Ⅻ"]
        var generator = SeededGenerator(seed: 17)
        for _ in 0..<4_000 {
            texts.append((0..<Int.random(in: 1...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined(separator: Int.random(in: 0..<3, using: &generator) == 0 ? "" : " "))
        }
        var plain = 0
        for raw in texts {
            let text = TextNormalizer.normalize(raw)
            guard let fast = Tokenizer.tokenizePlain(text) else { continue }
            plain += 1
            let slow = Tokenizer.tokenizeByCharacters(text)
            #expect(fast == slow, "\(text.debugDescription)")
        }
        #expect(plain > texts.count / 2)
    }

    @Test func everyScalarAloneInAWordAndBeforeAStop() {
        var plain = 0
        for value in Array(UInt32(0)...0x4FF) + Tokenizer.plainPunctuation.sorted() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let mark = String(scalar)
            for text in [mark, "а" + mark + "Б", "Д" + mark + "ж", mark + ". " + mark + mark, "1" + mark + "2", "«" + mark + "» " + mark] {
                guard let fast = Tokenizer.tokenizePlain(text) else { continue }
                plain += 1
                #expect(fast == Tokenizer.tokenizeByCharacters(text), "\(text.debugDescription)")
            }
        }
        #expect(plain > 1_000)
    }

    /// Every scalar the plain walk reads is one character whose properties the table holds: a text that is not all
    /// of them goes the way of characters.
    @Test func aTextWithOtherScalarsIsLeftToCharacters() {
        for text in ["е\u{301}", "a\r\nb", "1\u{A0}000", "½", "👍 так", "é"] {
            #expect(Tokenizer.tokenizePlain(text) == nil, "\(text.debugDescription)")
        }
        #expect(Tokenizer.tokenizePlain("«Так», — сказав він… №5’") != nil)
    }
}
