import Testing
import Foundation
@testable import TrenazherConsole

struct TextWrapperTests {
    @Test func keepsCyrillicWordsWhole() {
        let text = "Добрий вечір, мене звати Олена, чим можу допомогти?"
        let lines = TextWrapper.wrap(text, width: 20)
        #expect(lines == ["Добрий вечір, мене", "звати Олена, чим", "можу допомогти?"])
        #expect(lines.allSatisfy { $0.count <= 20 })
        #expect(lines.joined(separator: " ") == text)
    }

    @Test func splitsOnlyWordsLongerThanALineAndBetweenCharacters() {
        let lines = TextWrapper.wrap("ПР-1147 переоформлення", width: 8)
        #expect(lines == ["ПР-1147", "переофор", "млення"])
        #expect(lines.allSatisfy { $0.count <= 8 })
    }

    @Test func keepsCombiningMarksWithTheirLetter() {
        // «й» written as «и» + U+0306 is one character: never split from its mark.
        let decomposed = "Зачекайте"
            .replacingOccurrences(of: "й", with: "и\u{0306}")
        let lines = TextWrapper.wrap(decomposed, width: 5)
        #expect(lines.joined() == decomposed)
        #expect(lines.allSatisfy { $0.unicodeScalars.first != "\u{0306}" })
    }

    @Test func keepsNewlinesAndIndents() {
        let lines = TextWrapper.wrap("перший рядок\nдругий", width: 10, indent: "│ ")
        #expect(lines == ["│ перший", "│ рядок", "│ другий"])
    }
}

struct TextWidthTests {
    @Test func emojiTakeTwoColumns() {
        #expect(TextWrapper.columns("💡 Підказка") == 11)
        #expect(TextWrapper.columns("✓ ✗ «Ви»") == 8)
        let lines = TextWrapper.wrap("💡 Підказка: уточніть потребу", width: 12)
        #expect(lines == ["💡 Підказка:", "уточніть", "потребу"])
        #expect(lines.allSatisfy { TextWrapper.columns($0) <= 12 })
    }
}
