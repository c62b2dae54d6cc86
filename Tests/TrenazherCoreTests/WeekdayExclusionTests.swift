import Testing
@testable import TrenazherCore

/// A weekday left out names no day (`weekday_exclusions` of `lexicon/time.yaml`): «робочі дні без суботи і
/// неділі» is no date, «у суботу» still is (b27).
@Suite struct WeekdayExclusionTests {
    static func dates(_ text: String) -> [CalendarDate] {
        MentionExtractor(lexicon: Fixtures.content.time, today: CalendarDate(year: 2026, month: 11, day: 25))
            .extract(from: AnalyzedText(text, reading: Fixtures.content.reading)).dates.map(\.date)
    }

    @Test(arguments: ["рахуємо робочі дні без суботи і неділі", "щодня, крім неділі", "окрім суботи та неділі працюємо"])
    func aWeekdayLeftOutIsNoDate(_ said: String) {
        #expect(Self.dates(said).isEmpty)
    }

    @Test func aWeekdayNamedIsTheComingOne() {
        #expect(Self.dates("бригада приїде в суботу") == [CalendarDate(year: 2026, month: 11, day: 28)])
        #expect(Self.dates("без заяви, у суботу") == [CalendarDate(year: 2026, month: 11, day: 28)])
    }
}
