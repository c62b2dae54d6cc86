import Foundation
import TrenazherCore

/// Dates as the console writes them.
enum DateText {
    /// `25.11` (the status line; the year is the scenario's and never changes in a conversation).
    /// A moment of the trainee's own day, `DD.MM HH:MM` in the local time zone (when an attempt began).
    static func moment(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.day, .month, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(two(parts.day)).\(two(parts.month)) \(two(parts.hour)):\(two(parts.minute))"
    }

    static func dotted(_ date: CalendarDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(date.day)).\(two(date.month))"
    }

    /// The day of the week, 0 for Monday … 6 for Sunday (1 January 1970 was a Thursday).
    static func weekday(_ date: CalendarDate) -> Int {
        ((date.dayNumber % 7) + 7 + 3) % 7
    }
}
