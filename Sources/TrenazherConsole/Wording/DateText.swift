import Foundation
import TrenazherCore

/// Dates as the console writes them.
enum DateText {
    /// A moment of the trainee's own day, `DD.MM HH:MM` in Kyiv time (when an attempt began), as every date and
    /// time is shown, whatever the time zone of the machine or SSH server the console runs on.
    static func moment(_ date: Date) -> String {
        let parts = kyivCalendar.dateComponents([.day, .month, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(two(parts.day)).\(two(parts.month)) \(two(parts.hour)):\(two(parts.minute))"
    }

    /// The Gregorian calendar in the company's time zone, `Europe/Kyiv`.
    static let kyivCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Kyiv") ?? TimeZone(identifier: "Europe/Kiev") ?? TimeZone.gmt
        return calendar
    }()

    /// `25.11` (the status line; the year is the scenario's and never changes in a conversation).
    static func dotted(_ date: CalendarDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(date.day)).\(two(date.month))"
    }

    /// The day of the week, 0 for Monday … 6 for Sunday (1 January 1970 was a Thursday).
    static func weekday(_ date: CalendarDate) -> Int {
        ((date.dayNumber % 7) + 7 + 3) % 7
    }
}
