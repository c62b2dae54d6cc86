import Foundation
import GRDB
import TrenazherCore

extension ProgressStore {
    /// Records one drill of a trainee on a Standard.
    public func recordDrill(traineeID: Int64, _ result: DrillResult) throws {
        try writer.write { db in
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM trainee WHERE id = ?", arguments: [traineeID]) != nil else {
                throw StoreError.unknownTrainee(String(traineeID))
            }
            try db.execute(sql: "INSERT INTO drill_result (trainee_id, standard_id, met, drilled_at) VALUES (?, ?, ?, ?)",
                           arguments: [traineeID, result.standardID, result.met, Timestamp.string(result.drilledAt)])
        }
    }

    /// A trainee's drills, oldest first.
    public func drillResults(traineeID: Int64) throws -> [DrillResult] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT standard_id, met, drilled_at FROM drill_result WHERE trainee_id = ? ORDER BY drilled_at, id",
                             arguments: [traineeID]).map { row in
                DrillResult(standardID: row["standard_id"], met: row["met"],
                            drilledAt: Timestamp.date(row["drilled_at"]) ?? .distantPast)
            }
        }
    }
}
