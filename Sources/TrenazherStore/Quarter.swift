import Foundation

/// A calendar quarter, `2026-Q4`, in UTC.
public struct Quarter: Sendable, Hashable, CustomStringConvertible {
    public var year: Int
    /// 1…4.
    public var number: Int

    /// `nil` unless the quarter number is 1…4.
    public init?(year: Int, number: Int) {
        guard (1...4).contains(number), (1970...9999).contains(year) else { return nil }
        self.year = year
        self.number = number
    }

    /// Parses `2026-Q4` (also `2026Q4`, `2026-q4`).
    public init?(_ text: String) {
        let parts = text.uppercased().replacingOccurrences(of: "-", with: "").split(separator: "Q")
        guard parts.count == 2, let year = Int(parts[0]), let number = Int(parts[1]) else { return nil }
        self.init(year: year, number: number)
    }

    /// The quarter a date falls in.
    public init(containing date: Date) {
        let components = Timestamp.calendar.dateComponents([.year, .month], from: date)
        year = components.year ?? 1970
        number = ((components.month ?? 1) - 1) / 3 + 1
    }

    public var description: String { "\(year)-Q\(number)" }

    /// The first instant of the quarter.
    public var start: Date {
        Timestamp.calendar.date(from: DateComponents(year: year, month: (number - 1) * 3 + 1, day: 1)) ?? Date(timeIntervalSince1970: 0)
    }

    /// The first instant after the quarter.
    public var end: Date {
        Timestamp.calendar.date(byAdding: .month, value: 3, to: start) ?? start
    }
}
