/// When a call-back can bring the full answer (a scenario's `callback_window`): not before the date
/// (and time) the answer can exist, not after the last day it may wait. Together with the company's
/// working hours (`WorkingHours`) it decides whether a promised call-back can be kept.
public struct CallbackWindow: Sendable, Hashable {
    /// The earliest day of a call-back.
    public var from: CalendarDate
    /// On `from` itself, the earliest minute of the day (minutes since midnight), when there is one.
    public var fromMinutes: Int?
    /// The latest day, when there is one.
    public var to: CalendarDate?

    public init(from: CalendarDate, fromMinutes: Int? = nil, to: CalendarDate? = nil) {
        self.from = from
        self.fromMinutes = fromMinutes
        self.to = to
    }
}

/// The company's working days and hours (`lexicon/time.yaml`, `working_hours`): a call-back is kept
/// only within them.
public struct WorkingHours: Sendable, Codable, Hashable {
    /// Weekdays, 1 = Monday.
    public var weekdays: Set<Int>
    /// Minutes since midnight: the first and the last minute a call-back may be set for.
    public var from: Int
    public var to: Int

    public init(weekdays: Set<Int>, from: Int, to: Int) {
        self.weekdays = weekdays
        self.from = from
        self.to = to
    }
}

/// Why a call-back set for a date (and time) cannot be kept, in Ukrainian, or `nil`: before the
/// answer can exist, after the window, on a day off or out of working hours. Pure.
public enum CallbackTiming {
    public static func problem(date: CalendarDate, minutes: Int?, window: CallbackWindow?, hours: WorkingHours?) -> String? {
        if let window {
            let early = date < window.from || date == window.from && (minutes ?? Int.max) < (window.fromMinutes ?? 0)
            if early {
                let time = window.fromMinutes.map { " після \(ClockTime.minutesText($0))" } ?? ""
                return "зворотний дзвінок раніше, ніж буде відповідь: найраніше \(dotted(window.from))\(time)"
            }
            if let to = window.to, date > to { return "зворотний дзвінок пізніше допустимого: не пізніше \(dotted(to))" }
        }
        if let hours {
            if !hours.weekdays.contains(date.weekday) {
                return "зворотний дзвінок у неробочий день (\(dotted(date)))"
            }
            if let minutes, minutes < hours.from || minutes > hours.to {
                return "зворотний дзвінок поза робочим часом (\(ClockTime.minutesText(hours.from))–\(ClockTime.minutesText(hours.to)))"
            }
        }
        return nil
    }

    /// «27.11.2026».
    static func dotted(_ date: CalendarDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(date.day)).\(two(date.month)).\(date.year)"
    }
}
