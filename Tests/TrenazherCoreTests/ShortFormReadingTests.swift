import Testing
@testable import TrenazherCore

/// Shortened words typed with a stop («15 роб. днів») and shorthand («о/р», «будьласка») are read as the
/// words they stand for (`abbreviations` and `shorthand` of `lexicon/fillers.yaml`), and a shortened word's
/// stop ends no sentence when the sentence goes on after it.
@Suite struct ShortFormReadingTests {
    static let reading = Fixtures.content.reading

    static func analyzed(_ text: String) -> AnalyzedText { AnalyzedText(text, reading: reading) }

    @Test func aShortenedWordIsReadInFullAndItsStopEndsNoSentence() {
        let text = Self.analyzed("приєднання протягом 15 роб. днів від дня оплати")
        #expect(text.words.map(\.form).contains("робочих"))
        #expect(text.sentenceCount == 1)
        #expect(text.quote(words: 2, 4) == "15 роб. днів")
    }

    @Test func aCapitalAfterTheStopStillOpensASentence() {
        #expect(Self.analyzed("Записала: бокс 17, кв. 41. Дякую за очікування").sentenceCount == 2)
        #expect(Self.analyzed("записала на 15 тис. Дякую").sentenceCount == 2)
    }

    @Test func aWordOutsideTheListKeepsItsStop() {
        #expect(Self.analyzed("все ок. тоді до побачення").sentenceCount == 2)
        #expect(Self.analyzed("15 роб днів").words.map(\.form).contains("роб"))
    }

    @Test func shorthandIsReadAsItsWords() {
        let text = Self.analyzed("назвіть номер о/р і паспорт, будьласка")
        #expect(text.words.map(\.form) == ["назвіть", "номер", "особовий", "рахунок", "і", "паспорт", "будь", "ласка"])
        #expect(text.quote(words: 2, 3) == "о/р")
    }

    @Test func aSlashBetweenOtherWordsIsNoShorthand() {
        #expect(Self.analyzed("день/ніч").words.map(\.form) == ["день", "ніч"])
        #expect(Self.analyzed("о / р").words.count == 2)
    }
}
