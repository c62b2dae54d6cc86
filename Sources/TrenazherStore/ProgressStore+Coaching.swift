import Foundation
import GRDB
import TrenazherCore

extension ProgressStore {
    // MARK: Drafts of written replies

    /// Keeps the reply being typed for an attempt in progress; an empty text removes it. Recording a
    /// turn of the attempt removes it too.
    public func saveDraft(attemptID: Int64, text: String, at date: Date = Date()) throws {
        try writer.write { db in
            try Self.requireInProgress(db, attemptID)
            if text.isEmpty {
                try db.execute(sql: "DELETE FROM draft WHERE attempt_id = ?", arguments: [attemptID])
            } else {
                try db.execute(sql: """
                    INSERT INTO draft (attempt_id, text, saved_at) VALUES (?, ?, ?)
                    ON CONFLICT (attempt_id) DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at
                    """, arguments: [attemptID, text, Timestamp.string(date)])
            }
        }
    }

    /// The saved draft of an attempt's written reply, if any.
    public func draft(attemptID: Int64) throws -> String? {
        try writer.read { db in
            try String.fetchOne(db, sql: "SELECT text FROM draft WHERE attempt_id = ?", arguments: [attemptID])
        }
    }

    // MARK: The customer's pace

    /// The trainee's preferred speaking pace of the customer, in words per minute, if set.
    public func pace(traineeID: Int64) throws -> Int? {
        try writer.read { db in
            try Int.fetchOne(db, sql: "SELECT pace_wpm FROM trainee_setting WHERE trainee_id = ?", arguments: [traineeID])
        }
    }

    /// Remembers the trainee's preferred pace.
    public func setPace(traineeID: Int64, wordsPerMinute: Int) throws {
        try writer.write { db in
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM trainee WHERE id = ?", arguments: [traineeID]) != nil else {
                throw StoreError.unknownTrainee(String(traineeID))
            }
            try db.execute(sql: """
                INSERT INTO trainee_setting (trainee_id, pace_wpm) VALUES (?, ?)
                ON CONFLICT (trainee_id) DO UPDATE SET pace_wpm = excluded.pace_wpm
                """, arguments: [traineeID, wordsPerMinute])
        }
    }

    // MARK: Disputes

    /// Stores a dispute of a finished attempt's verdict; returns it with its number.
    @discardableResult
    public func recordDispute(_ dispute: Dispute) throws -> Dispute {
        try writer.write { db in
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM attempt WHERE id = ?", arguments: [dispute.attemptID]) != nil else {
                throw StoreError.unknownAttempt(dispute.attemptID)
            }
            try db.execute(sql: """
                INSERT INTO dispute (attempt_id, trainee_id, scenario_id, turn_number, turn_text, standard_id, verdict,
                                     comment, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [dispute.attemptID, dispute.traineeID, dispute.scenarioID, dispute.turnNumber, dispute.turnText,
                                 dispute.standardID, dispute.verdict.rawValue, dispute.comment, Timestamp.string(dispute.createdAt)])
            var stored = dispute
            stored.id = db.lastInsertedRowID
            return stored
        }
    }

    /// Every dispute, oldest first.
    public func disputes() throws -> [Dispute] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM dispute ORDER BY id").map(Self.dispute)
        }
    }

    /// One dispute by its number.
    public func dispute(id: Int64) throws -> Dispute? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM dispute WHERE id = ?", arguments: [id]).map(Self.dispute)
        }
    }

    private static func dispute(_ row: Row) -> Dispute {
        Dispute(id: row["id"], attemptID: row["attempt_id"], traineeID: row["trainee_id"], scenarioID: row["scenario_id"],
                turnNumber: row["turn_number"], turnText: row["turn_text"], standardID: row["standard_id"],
                verdict: Verdict(rawValue: row["verdict"]) ?? .violated, comment: row["comment"],
                createdAt: Timestamp.date(row["created_at"]) ?? Date(timeIntervalSince1970: 0))
    }
}
