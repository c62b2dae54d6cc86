import Testing
@testable import TrenazherCore

/// The words of a text by their first two bytes (`WordsByKey`) against every word's keys read one by one.
struct WordsByKeyTests {
    /// Per word, what `WordsByKey` keeps is what its words' forms and corrections begin with: a word with a one-byte
    /// stem, a correction shorter than two bytes or a one-byte form that may be a typo is tried with every test; any
    /// other has the first two bytes of its form and of each correction of two bytes or more, each once.
    @Test func wordsByKeyAreTheWordsKeys() {
        for raw in PatternIndexTests.texts() + PatternIndexTests.typedTexts() {
            let text = AnalyzedText(raw, reading: Fixtures.content.reading)
            let table = WordsByKey(text)
            var anyKeyWords: [Int] = []
            var expected: [UInt32: [Int]] = [:]
            for (index, word) in text.words.enumerated() {
                if word.stem.count == 1 || word.bytes.count < 2 && word.mayBeTypo || word.corrections.contains(where: { $0.count < 2 }) {
                    anyKeyWords.append(index)
                    continue
                }
                let keys = Set(([word.bytes] + word.corrections).filter { $0.count >= 2 }.map { UInt32($0[0]) << 8 | UInt32($0[1]) })
                for key in keys { expected[key, default: []].append(index) }
            }
            #expect(table.anyKeyWords == anyKeyWords, "«\(raw)»")
            for (key, words) in expected {
                #expect(table.positions(of: key).map { Int(table.words[$0]) } == words, "«\(raw)»")
            }
            #expect(table.words.count == expected.values.map(\.count).reduce(0, +), "«\(raw)»")
            #expect(table.positions(of: 0x4141).isEmpty)
        }
    }
}
