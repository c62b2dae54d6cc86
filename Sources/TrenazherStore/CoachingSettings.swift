import Foundation
import TrenazherCore

/// How the trainer coaches between attempts, read from `Content/coaching.yaml`: the drills'
/// spaced-repetition intervals and the window of a Standard's trend in «Мій прогрес».
public struct CoachingSettings: Sendable, Hashable {
    public var drillSchedule: DrillSchedule
    /// How many latest results a trend compares with as many before them.
    public var trendWindow: Int

    /// Without the file: every Standard due at once (weakest first) and a trend over one result each.
    public init(drillSchedule: DrillSchedule = DrillSchedule(intervalsDays: [0]), trendWindow: Int = 1) {
        self.drillSchedule = drillSchedule
        self.trendWindow = trendWindow
    }

    /// Reads `coaching.yaml` in the content folder; problems go to `log` as `file:line:col`
    /// diagnostics and leave the value they concern as without the file.
    public static func load(contentDirectory: URL, log: DiagnosticLog) -> CoachingSettings {
        let url = contentDirectory.appendingPathComponent("coaching.yaml")
        var settings = CoachingSettings()
        guard let text = try? String(contentsOf: url, encoding: .utf8),
              let root = YAMLNode.parse(text, file: url.path, log: log),
              let fields = root.fields("coaching.yaml", allowed: ["drills", "trend_window"], log: log) else {
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
        return settings
    }
}
