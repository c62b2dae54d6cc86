import Foundation

/// Timestamps are stored as ISO 8601 text in UTC (`2026-11-25T12:19:01Z`): readable, and sortable as text.
enum Timestamp {
    static func string(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone.gmt))
    }

    static func date(_ string: String) -> Date? {
        try? Date(string, strategy: Date.ISO8601FormatStyle(timeZone: TimeZone.gmt))
    }

    /// The company's time zone: dates and times are shown in it (stored in UTC).
    static let kyiv: TimeZone = TimeZone(identifier: "Europe/Kyiv") ?? TimeZone(identifier: "Europe/Kiev") ?? TimeZone.gmt

    /// `2026-11-25` in Kyiv.
    static func kyivDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = kyiv
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// `14:19` in Kyiv.
    static func kyivTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = kyiv
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        return String(format: "%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }

    /// A stored timestamp as people read it: `2026-11-25 14:19:01` in Kyiv; a text that is no stored timestamp
    /// (a value edited outside Trenazher, «—») as it is.
    static func kyivShown(_ stored: String) -> String {
        guard let date = date(stored) else { return stored }
        return kyivDay(date) + " " + kyivTime(date)
    }

    /// The UTC calendar used for expiry and quarters.
    static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.gmt
        return calendar
    }
}
