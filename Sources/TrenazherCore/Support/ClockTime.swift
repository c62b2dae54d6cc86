/// Times of day as minutes since midnight, and the simulated clock's `HH:MM:SS` text.
public enum ClockTime {
    /// Parses `HH:MM` (or `H:MM`) into minutes since midnight.
    public static func minutes(of text: String) -> Int? {
        let parts = text.trimmingCharacters().split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m),
              parts[1].count == 2 else { return nil }
        return h * 60 + m
    }

    /// Reads `HH:MM` from YAML, reporting a bad clock.
    static func minutes(of node: YAMLNode, log: DiagnosticLog) -> Int? {
        guard let text = node.string("a time", log: log) else { return nil }
        guard let value = minutes(of: text) else {
            log.report(uk: "неправильний час '\(text)': пишіть ГГ:ХХ, напр. \"09:10\"", en: "bad clock '\(text)': write HH:MM, e.g. \"09:10\"", at: node.location)
            return nil
        }
        return value
    }

    /// `HH:MM:SS` for seconds since midnight (wrapping past midnight).
    public static func text(seconds: Int) -> String {
        let s = ((seconds % 86_400) + 86_400) % 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60))"
    }

    /// `HH:MM` for minutes since midnight.
    public static func minutesText(_ minutes: Int) -> String {
        String(text(seconds: minutes * 60).prefix(5))
    }

    /// Whether `minute` lies in the window `from…to` (inclusive; may wrap past midnight).
    public static func window(from: Int, to: Int, contains minute: Int) -> Bool {
        from <= to ? (from...to).contains(minute) : (minute >= from || minute <= to)
    }
}
