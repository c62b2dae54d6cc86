import Testing
import Foundation
@testable import TrenazherConsole
import TrenazherCore

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

struct TextWrapperPropertyTests {
    /// Deterministic pseudo-random texts of Ukrainian words, apostrophes, decomposed «й», emoji and
    /// long tokens: every line fits, no word that fits is broken, and nothing is lost.
    @Test(arguments: [12, 20, 33, 80])
    func everyLineFitsAndNothingIsLost(width: Int) {
        let pieces = ["Добрий", "вечір,", "м'яко", "ПР-1147", "зачекайте", "Зачекаи\u{0306}те", "💡", "«Ви»",
                      "переоформлення", "20417385", "ґанок", "EIC-код", "ЦОК", "—"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(width)
        for _ in 0..<50 {
            var words: [String] = []
            for _ in 0..<(5 + Int(seed % 20)) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                words.append(pieces[Int(seed >> 33) % pieces.count])
            }
            let text = words.joined(separator: " ")
            let lines = TextWrapper.wrap(text, width: width)
            #expect(lines.allSatisfy { TextWrapper.columns($0) <= width })
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
            let fitting = Set(words.filter { TextWrapper.columns($0) <= width })
            let whole = Set(lines.flatMap { $0.split(separator: " ").map(String.init) })
            #expect(fitting.isSubset(of: whole))
        }
    }
}

/// On a narrow terminal the status line breaks between its parts, and «№» stays with its number.
struct NarrowStatusLineTests {
    @Test func theStatusLineBreaksBetweenItsParts() {
        let output = CapturedOutput(columns: 60)
        let screen = Screen(sink: output, palette: Palette(enabled: false), strings: UkrainianStrings())
        screen.status(date: CalendarDate(year: 2026, month: 11, day: 25), clock: "12:31:09", channel: .hotline,
                      mood: "стримана", customerFemale: true, answerSeconds: 6)
        let lines = output.text.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.allSatisfy { !$0.hasPrefix("·") && TextWrapper.columns($0) <= 60 })
        #expect(lines.contains { $0.hasSuffix("клієнтка: стримана") } || lines.contains { $0.contains("клієнтка: стримана ·") })
    }

    @Test func theNumberSignStaysWithItsNumber() {
        let lines = TextWrapper.wrap("Зареєстровано претензію щодо правильності рахунку № ПТ-2511-0588 від 25.11.2026", width: 52)
        #expect(lines.contains { $0.contains("№\u{00A0}ПТ-2511-0588") }, "\(lines)")
        #expect(!lines.contains { $0.hasSuffix("№") })
    }
}
