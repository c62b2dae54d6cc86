import Foundation
import GRDB
import TrenazherCore

extension ProgressStore {
    /// Every Standard's final verdict in the trainee's finished attempts, by attempt.
    public func standardVerdicts(traineeID: Int64) throws -> [Int64: [StandardVerdict]] {
        try writer.read { db in
            var verdicts: [Int64: [StandardVerdict]] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT sv.* FROM standard_verdict sv JOIN attempt a ON a.id = sv.attempt_id
                WHERE a.trainee_id = ? AND a.status = 'finished' ORDER BY sv.attempt_id, sv.position
                """, arguments: [traineeID])
            while let row = try rows.next() {
                verdicts[row["attempt_id"], default: []].append(StandardVerdict(
                    id: row["standard_id"], verdict: Verdict(rawValue: row["verdict"]) ?? .missed,
                    severity: Severity(rawValue: row["severity"]) ?? .minor, turn: row["turn"], evidence: row["evidence"],
                    note: row["note"]))
            }
            return verdicts
        }
    }

    /// The quarterly monitoring figures: attempts finished in the quarter, aggregated per Standard and channel.
    public func quarterlyFigures(_ quarter: Quarter) throws -> QuarterlyFigures {
        let bounds: StatementArguments = [Timestamp.string(quarter.start), Timestamp.string(quarter.end)]
        return try writer.read { db in
            let trainees = try Int.fetchOne(db, sql: """
                SELECT count(DISTINCT trainee_id) FROM attempt
                WHERE status = 'finished' AND finished_at >= ? AND finished_at < ?
                """, arguments: bounds) ?? 0
            let channels = try Row.fetchAll(db, sql: """
                SELECT channel, count(*) AS attempts, sum(passed) AS passed, avg(score) AS average FROM attempt
                WHERE status = 'finished' AND finished_at >= ? AND finished_at < ?
                GROUP BY channel ORDER BY channel
                """, arguments: bounds).map {
                ChannelActivity(channel: $0["channel"], attempts: $0["attempts"], passed: $0["passed"] ?? 0,
                                averageScore: $0["average"] ?? 0)
            }
            let days: StatementArguments = [String(Timestamp.string(quarter.start).prefix(10)),
                                            String(Timestamp.string(quarter.end).prefix(10))]
            let compliance = try Row.fetchAll(db, sql: """
                SELECT standard_id, channel, min(position) AS position, sum(met) AS met, sum(violated) AS violated,
                       sum(missed) AS missed
                FROM compliance_tally WHERE day >= ? AND day < ?
                GROUP BY standard_id, channel ORDER BY position, channel
                """, arguments: days).map { row -> ComplianceCell in
                let met: Int = row["met"], violated: Int = row["violated"], missed: Int = row["missed"]
                return ComplianceCell(standardID: row["standard_id"], channel: row["channel"], applicable: met + violated + missed,
                                      met: met, violated: violated, missed: missed)
            }
            return QuarterlyFigures(quarter: quarter, trainees: trainees, channels: channels, compliance: compliance)
        }
    }

    /// One line per trainee for the team overview.
    public func teamFigures() throws -> [TeamMemberFigures] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT t.*, count(a.id) AS finished, coalesce(sum(a.mode = 'exam' AND a.passed = 1), 0) AS exams_passed,
                       avg(a.score) AS average, max(a.finished_at) AS last_activity
                FROM trainee t LEFT JOIN attempt a ON a.trainee_id = t.id AND a.status = 'finished'
                GROUP BY t.id ORDER BY t.full_name
                """).map {
                TeamMemberFigures(trainee: Self.trainee(from: $0), finishedAttempts: $0["finished"], examsPassed: $0["exams_passed"],
                                  averageScore: $0["average"], lastActivity: $0["last_activity"])
            }
        }
    }
}
