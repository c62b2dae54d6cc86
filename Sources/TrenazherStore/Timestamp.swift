import Foundation

/// Timestamps are stored as ISO 8601 text in UTC (`2026-11-25T12:19:01Z`): readable, and sortable as text.
enum Timestamp {
    static func string(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone.gmt))
    }

    static func date(_ string: String) -> Date? {
        try? Date(string, strategy: Date.ISO8601FormatStyle(timeZone: TimeZone.gmt))
    }

    /// The UTC calendar used for expiry and quarters.
    static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.gmt
        return calendar
    }
}
