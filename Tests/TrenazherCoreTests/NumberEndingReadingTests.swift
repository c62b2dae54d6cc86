import Testing
@testable import TrenazherCore

/// Case endings typed after a number's digits (`number_endings` of `lexicon/time.yaml`): an ordinal's,
/// typed straight after them, makes one word with them as a hyphen would («30го» is «30-го»); a
/// cardinal's, with a hyphen or without, is dropped («2х годин» is «2 годин»).
@Suite struct NumberEndingReadingTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)

    static func mentions(_ text: String) -> MentionExtractor.Mentions {
        MentionExtractor(lexicon: Fixtures.content.time, today: today).extract(from: AnalyzedText(text, reading: Fixtures.content.reading))
    }

    static func numbers(_ text: String) -> [String] {
        AnalyzedText(text, reading: Fixtures.content.reading).words.filter { $0.kind == .number }.map(\.form)
    }

    @Test(arguments: ["наступне зняття 30го листопада", "наступне зняття 30-го листопада", "наступне зняття 30 листопада"])
    func anOrdinalEndingTypedOnIsTheDate(_ said: String) {
        #expect(Self.mentions(said).dates.map(\.date) == [CalendarDate(year: 2026, month: 11, day: 30)])
    }

    @Test func anOrdinalEndingTypedOnIsOneWordWithItsQuote() {
        let text = AnalyzedText("сплатити до 20го грудня", reading: Fixtures.content.reading)
        #expect(text.words.map(\.form) == ["сплатити", "до", "20-го", "грудня"])
        #expect(text.quote(words: 2, 3) == "20го грудня")
    }

    @Test(arguments: ["протягом 2х годин", "протягом 2-х годин", "протягом 2 годин"])
    func aCardinalEndingIsDropped(_ said: String) {
        #expect(Self.numbers(said) == ["2"])
        #expect(Self.mentions(said).quantities.map(\.value) == [2])
        #expect(Self.mentions(said).quantities.map(\.kind) == ["hours"])
    }

    @Test func aCardinalEndingWithAHyphenOnAnotherNumber() {
        #expect(Self.mentions("за 5-ти робочих днів").quantities.map(\.value) == [5])
    }

    @Test(arguments: ["15хв", "100 грн", "2 х 3", "о 12 й усе"])
    func wordsThatAreNoEndingStayApart(_ said: String) {
        #expect(!Self.numbers(said).contains { $0.contains("-") })
        #expect(Self.numbers(said).allSatisfy { Int($0) != nil })
    }
}
