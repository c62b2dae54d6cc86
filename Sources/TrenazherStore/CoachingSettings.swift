import Foundation
import TrenazherCore

/// How the trainer coaches between attempts, read from `Content/coaching.yaml`: the drills'
/// spaced-repetition intervals, the window of a Standard's trend in «Мій прогрес» and the
/// customer's natural pace.
public struct CoachingSettings: Sendable, Hashable {
    public var drillSchedule: DrillSchedule
    /// How many latest results a trend compares with as many before them.
    public var trendWindow: Int
    /// The customer's pace, words a minute, when neither the persona nor the trainee sets one; `nil`
    /// without the file (the console's own default).
    public var naturalPace: Int?

    /// Without the file: every Standard due at once (weakest first) and a trend over one result each.
    public init(drillSchedule: DrillSchedule = DrillSchedule(intervalsDays: [0]), trendWindow: Int = 1, naturalPace: Int? = nil) {
        self.drillSchedule = drillSchedule
        self.trendWindow = trendWindow
        self.naturalPace = naturalPace
    }

    /// Reads `coaching.yaml` in the content folder; problems go to `log` as `file:line:col`
    /// diagnostics and leave the value they concern as without the file.
    public static func load(contentDirectory: URL, log: DiagnosticLog) -> CoachingSettings {
        let url = contentDirectory.appendingPathComponent("coaching.yaml")
        var settings = CoachingSettings()
        guard let text = try? String(contentsOf: url, encoding: .utf8),
              let root = YAMLNode.parse(text, file: url.path, log: log),
              let fields = root.fields("coaching.yaml", allowed: ["drills", "trend_window", "natural_pace_wpm"], log: log) else {
            return settings
        }
        if let drills = fields["drills"]?.fields("drills", allowed: ["intervals_days"], required: ["intervals_days"], log: log),
           let list = drills["intervals_days"]?.list("intervals_days", log: log) {
            let days = list.compactMap { $0.int("a drill interval in days", in: 0...3650, log: log) }
            if days.count == list.count, !days.isEmpty { settings.drillSchedule = DrillSchedule(intervalsDays: days) }
        }
        if let window = fields["trend_window"]?.int("trend_window", in: 1...100, log: log) {
            settings.trendWindow = window
        }
        if let pace = fields["natural_pace_wpm"]?.int("natural_pace_wpm", in: 60...400, log: log) {
            settings.naturalPace = pace
        }
        return settings
    }
}
