/// How often one Standard was met in one channel: aggregated over attempts, naming nobody.
public struct ComplianceCell: Sendable, Hashable {
    public var standardID: String
    public var channel: String
    /// Attempts where the Standard applied (met, violated or missed).
    public var applicable: Int
    public var met: Int
    public var violated: Int
    public var missed: Int

    /// met / applicable, 0…1.
    public var rate: Double { applicable == 0 ? 0 : Double(met) / Double(applicable) }
}

/// Attempts of one channel in a period.
public struct ChannelActivity: Sendable, Hashable {
    public var channel: String
    public var attempts: Int
    public var passed: Int
    public var averageScore: Double
}

/// The quarterly monitoring report the Standards require: compliance per Standard and channel for a
/// quarter, aggregated, with no personal names.
public struct QuarterlyFigures: Sendable, Hashable {
    public var quarter: Quarter
    /// Distinct trainees who finished at least one attempt (a count, never names).
    public var trainees: Int
    public var channels: [ChannelActivity]
    public var compliance: [ComplianceCell]
}

/// One trainee's line of the team overview.
public struct TeamMemberFigures: Sendable, Hashable {
    public var trainee: Trainee
    public var finishedAttempts: Int
    public var examsPassed: Int
    public var averageScore: Double?
    public var lastActivity: String?
}
