import Foundation
import GRDB
import TrenazherCore

extension ProgressStore {
    /// Opens a new attempt, in progress.
    public func startAttempt(traineeID: Int64, scenarioID: String, scenarioHash: String, channel: Channel, mode: AttemptMode,
                             variantSeed: Int64? = nil, graderVersion: String = GraderVersion.current,
                             at date: Date = Date()) throws -> AttemptInfo {
        try writer.write { db in
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM trainee WHERE id = ?", arguments: [traineeID]) != nil else {
                throw StoreError.unknownTrainee(String(traineeID))
            }
            try db.execute(sql: """
                INSERT INTO attempt (trainee_id, scenario_id, scenario_hash, channel, mode, variant_seed, grader_version,
                                     started_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'in_progress')
                """, arguments: [traineeID, scenarioID, scenarioHash, channel.rawValue, mode.rawValue, variantSeed,
                                 graderVersion, Timestamp.string(date)])
            return AttemptInfo(id: db.lastInsertedRowID, traineeID: traineeID, scenarioID: scenarioID, scenarioHash: scenarioHash,
                               channel: channel, mode: mode, variantSeed: variantSeed, graderVersion: graderVersion,
                               startedAt: date, finishedAt: nil, score: nil, passed: nil, status: .inProgress)
        }
    }

    /// Opens a new attempt at `scenario`, in progress (its ID, channel, file hash and the seed that drew its
    /// variant go with it).
    /// The scenario file's text is kept (once per version), so the attempt can be replayed on it.
    public func startAttempt(traineeID: Int64, scenario: Scenario, mode: AttemptMode, variantSeed: Int64? = nil,
                             at date: Date = Date()) throws -> AttemptInfo {
        try keepVersion(of: scenario, at: date)
        return try startAttempt(traineeID: traineeID, scenarioID: scenario.id, scenarioHash: scenario.sourceHash,
                                channel: scenario.channel, mode: mode, variantSeed: variantSeed ?? scenario.seed, at: date)
    }

    /// Keeps the text of the scenario file, by its hash, unless it is kept already.
    public func keepVersion(of scenario: Scenario, at date: Date = Date()) throws {
        guard !scenario.sourceText.isEmpty else { return }
        try writer.write { db in try Self.keepVersion(of: scenario, at: date, db) }
    }

    static func keepVersion(of scenario: Scenario, at date: Date, _ db: Database) throws {
        guard !scenario.sourceText.isEmpty else { return }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO scenario_version (hash, scenario_id, source, first_seen) VALUES (?, ?, ?, ?)")
            .execute(arguments: [scenario.sourceHash, scenario.id, scenario.sourceText, Timestamp.string(date)])
    }

    /// The text of the scenario file with this hash, when an attempt was played on it.
    public func scenarioSource(hash: String) throws -> String? {
        try writer.read { db in try String.fetchOne(db, sql: "SELECT source FROM scenario_version WHERE hash = ?", arguments: [hash]) }
    }

    /// Records the lines said before the trainee's first turn (a written appeal, a caller's opening).
    public func recordOpening(attemptID: Int64, turns: [TurnRecord]) throws {
        try writer.write { db in
            try Self.requireInProgress(db, attemptID)
            try Self.insert(turns, attemptID: attemptID, db)
        }
    }

    /// Commits one trainee turn as it is played: the input as typed and the turns the engine produced
    /// from it (the trainee's turn with its findings, then the reply), in one transaction. An exam
    /// answer must carry its typing evidence (it was typed live at a terminal).
    public func appendTurn(attemptID: Int64, input: TraineeInput, turns: [TurnRecord]) throws {
        try writer.write { db in
            try Self.requireInProgress(db, attemptID)
            let mode = try String.fetchOne(db, sql: "SELECT mode FROM attempt WHERE id = ?", arguments: [attemptID])
            if mode == AttemptMode.exam.rawValue, input.typing == nil { throw StoreError.examAnswerNotTyped(attemptID) }
            let seq = try Int.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) + 1 FROM input WHERE attempt_id = ?",
                                       arguments: [attemptID]) ?? 1
            try Self.insertInput(input, seq: seq, attemptID: attemptID, db)
            try Self.insert(turns, attemptID: attemptID, db)
            try db.execute(sql: "DELETE FROM draft WHERE attempt_id = ?", arguments: [attemptID])
        }
    }

    /// Closes an attempt with its graded result: score, pass, every Standard's verdict, and the final
    /// turns and findings (which replace the ones committed along the way).
    public func finishAttempt(attemptID: Int64, result: AttemptResult, at date: Date = Date()) throws {
        try writer.write { db in
            try Self.requireInProgress(db, attemptID)
            try Self.storeResult(result, attemptID: attemptID, finishedAt: date, db)
        }
    }

    /// Marks an unfinished attempt as abandoned; its turns are kept.
    public func abandonAttempt(attemptID: Int64, at date: Date = Date()) throws {
        try writer.write { db in
            try Self.requireInProgress(db, attemptID)
            try db.execute(sql: "UPDATE attempt SET status = 'abandoned', finished_at = ? WHERE id = ?",
                           arguments: [Timestamp.string(date), attemptID])
        }
    }

    /// The trainee's latest attempt still in progress, with its inputs in order, if any.
    public func unfinishedAttempt(traineeID: Int64) throws -> UnfinishedAttempt? {
        try writer.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT * FROM attempt WHERE trainee_id = ? AND status = 'in_progress' ORDER BY started_at DESC, id DESC LIMIT 1
                """, arguments: [traineeID]) else { return nil }
            let attempt = Self.attempt(from: row)
            return UnfinishedAttempt(attempt: attempt, inputs: try Self.inputs(attempt.id, db))
        }
    }

    /// Every attempt of the trainee still in progress (interrupted, resumable), newest first, each
    /// with its inputs in order: a trainee may have put aside several, at different scenarios.
    public func unfinishedAttempts(traineeID: Int64) throws -> [UnfinishedAttempt] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM attempt WHERE trainee_id = ? AND status = 'in_progress' ORDER BY started_at DESC, id DESC
                """, arguments: [traineeID]).map { row in
                let attempt = Self.attempt(from: row)
                return UnfinishedAttempt(attempt: attempt, inputs: try Self.inputs(attempt.id, db))
            }
        }
    }

    /// One attempt's record.
    public func attempt(id: Int64) throws -> AttemptInfo {
        try writer.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM attempt WHERE id = ?", arguments: [id]) else {
                throw StoreError.unknownAttempt(id)
            }
            return Self.attempt(from: row)
        }
    }

    /// Attempts, oldest first; optionally only one trainee's and only in one status.
    public func attempts(traineeID: Int64? = nil, status: AttemptStatus? = nil) throws -> [AttemptInfo] {
        try writer.read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let traineeID {
                conditions.append("trainee_id = ?")
                arguments += [traineeID]
            }
            if let status {
                conditions.append("status = ?")
                arguments += [status.rawValue]
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try Row.fetchAll(db, sql: "SELECT * FROM attempt \(filter) ORDER BY started_at, id", arguments: arguments)
                .map(Self.attempt(from:))
        }
    }

    /// What the trainee typed in an attempt, in order.
    public func inputs(attemptID: Int64) throws -> [TraineeInput] {
        try writer.read { db in try Self.inputs(attemptID, db) }
    }

    /// The attempt as it is stored: turns with findings, every Standard's verdict, score and pass.
    public func storedResult(attemptID: Int64) throws -> AttemptResult {
        try writer.read { db in try Self.storedResult(attemptID, db) }
    }

    static func storedResult(_ attemptID: Int64, _ db: Database) throws -> AttemptResult {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM attempt WHERE id = ?", arguments: [attemptID]) else {
            throw StoreError.unknownAttempt(attemptID)
        }
        let info = Self.attempt(from: row)
        var findings: [Int: [Finding]] = [:]
        for finding in try Row.fetchAll(db, sql: "SELECT * FROM finding WHERE attempt_id = ? ORDER BY id", arguments: [attemptID]) {
            findings[finding["turn_idx"], default: []].append(Finding(
                standardID: finding["standard_id"], verdict: Verdict(rawValue: finding["verdict"]) ?? .missed,
                turn: finding["finding_turn"], evidence: finding["evidence"], note: finding["note"]))
        }
        let turns = try Row.fetchAll(db, sql: "SELECT * FROM turn WHERE attempt_id = ? ORDER BY idx", arguments: [attemptID]).map {
            TurnRecord(index: $0["idx"], speaker: Speaker(rawValue: $0["speaker"]) ?? .customer, text: $0["text"],
                       action: $0["action"], seconds: $0["seconds"], interrupted: $0["interrupted"], ignored: $0["ignored"],
                       clock: $0["clock"], findings: findings[$0["idx"]] ?? [])
        }
        let standards = try Row.fetchAll(db, sql: "SELECT * FROM standard_verdict WHERE attempt_id = ? ORDER BY position",
                                         arguments: [attemptID]).map {
            StandardVerdict(id: $0["standard_id"], verdict: Verdict(rawValue: $0["verdict"]) ?? .missed,
                            severity: Severity(rawValue: $0["severity"]) ?? .minor, turn: $0["turn"],
                            evidence: $0["evidence"], note: $0["note"])
        }
        return AttemptResult(scenarioID: info.scenarioID, channel: info.channel, score: info.score ?? 0,
                             passed: info.passed ?? false, standards: standards, turns: turns,
                             graderVersion: info.graderVersion, finalMood: row["final_mood"], reachedEnd: row["reached_end"])
    }

    // MARK: - Shared with the recorder

    static func requireInProgress(_ db: Database, _ attemptID: Int64) throws {
        guard let status = try String.fetchOne(db, sql: "SELECT status FROM attempt WHERE id = ?", arguments: [attemptID]) else {
            throw StoreError.unknownAttempt(attemptID)
        }
        guard status == AttemptStatus.inProgress.rawValue else { throw StoreError.attemptClosed(attemptID) }
    }

    static func insert(_ turns: [TurnRecord], attemptID: Int64, _ db: Database) throws {
        for turn in turns {
            try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO turn (attempt_id, idx, speaker, text, action, seconds, interrupted, ignored, clock)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [attemptID, turn.index, turn.speaker.rawValue, turn.text, turn.action, turn.seconds,
                                 turn.interrupted, turn.ignored, turn.clock])
            try db.cachedStatement(sql: "DELETE FROM finding WHERE attempt_id = ? AND turn_idx = ?")
                .execute(arguments: [attemptID, turn.index])
            for finding in turn.findings {
                try db.cachedStatement(sql: """
                    INSERT INTO finding (attempt_id, turn_idx, standard_id, verdict, finding_turn, evidence, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [attemptID, turn.index, finding.standardID, finding.verdict.rawValue, finding.turn,
                                     finding.evidence, finding.note])
            }
        }
    }

    static func insertInputs(_ inputs: [TraineeInput], attemptID: Int64, _ db: Database) throws {
        for (offset, input) in inputs.enumerated() {
            try insertInput(input, seq: offset + 1, attemptID: attemptID, db)
        }
    }

    static func insertInput(_ input: TraineeInput, seq: Int, attemptID: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO input (attempt_id, seq, text, seconds, interrupted, first_key_seconds, typing_seconds, keys_typed, pasted_chars)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [attemptID, seq, input.text, input.seconds, input.interrupted, input.typing?.firstKeySeconds,
                                     input.typing?.typingSeconds, input.typing?.keysTyped, input.typing?.pastedCharacters])
    }

    static func storeResult(_ result: AttemptResult, attemptID: Int64, finishedAt: Date, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM finding WHERE attempt_id = ?", arguments: [attemptID])
        try db.execute(sql: "DELETE FROM turn WHERE attempt_id = ?", arguments: [attemptID])
        try insert(result.turns, attemptID: attemptID, db)
        try db.execute(sql: "DELETE FROM standard_verdict WHERE attempt_id = ?", arguments: [attemptID])
        for (position, standard) in result.standards.enumerated() {
            try db.cachedStatement(sql: """
                INSERT INTO standard_verdict (attempt_id, standard_id, position, verdict, severity, turn, evidence, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [attemptID, standard.id, position, standard.verdict.rawValue, standard.severity.rawValue, standard.turn,
                                 standard.evidence, standard.note])
        }
        let day = String(Timestamp.string(finishedAt).prefix(10))
        for (position, standard) in result.standards.enumerated() where standard.verdict != .notApplicable {
            try db.cachedStatement(sql: """
                INSERT INTO compliance_tally (day, standard_id, channel, position, met, violated, missed) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (day, standard_id, channel) DO UPDATE
                SET met = met + excluded.met, violated = violated + excluded.violated, missed = missed + excluded.missed
                """).execute(arguments: [day, standard.id, result.channel.rawValue, position, standard.verdict == .met ? 1 : 0,
                                         standard.verdict == .violated ? 1 : 0, standard.verdict == .missed ? 1 : 0])
        }
        try db.execute(sql: """
            UPDATE attempt SET status = 'finished', finished_at = ?, score = ?, passed = ?, grader_version = ?,
                               final_mood = ?, reached_end = ?
            WHERE id = ?
            """, arguments: [Timestamp.string(finishedAt), result.score, result.passed, result.graderVersion,
                             result.finalMood, result.reachedEnd, attemptID])
        try Ledger.append(db, kind: .attempt, rowID: attemptID)
    }

    static func inputs(_ attemptID: Int64, _ db: Database) throws -> [TraineeInput] {
        try Row.fetchAll(db, sql: "SELECT * FROM input WHERE attempt_id = ? ORDER BY seq", arguments: [attemptID]).map(input(from:))
    }

    static func input(from row: Row) -> TraineeInput {
        let keys: Int? = row["keys_typed"]
        let typing = keys.map {
            TypingEvidence(firstKeySeconds: row["first_key_seconds"] ?? 0, typingSeconds: row["typing_seconds"] ?? 0, keysTyped: $0,
                           pastedCharacters: row["pasted_chars"] ?? 0)
        }
        return TraineeInput(text: row["text"], seconds: row["seconds"], interrupted: row["interrupted"], typing: typing)
    }

    static func attempt(from row: Row) -> AttemptInfo {
        let finished: String? = row["finished_at"]
        return AttemptInfo(id: row["id"], traineeID: row["trainee_id"], scenarioID: row["scenario_id"],
                           scenarioHash: row["scenario_hash"], channel: Channel(rawValue: row["channel"]) ?? .visit,
                           mode: AttemptMode(rawValue: row["mode"]) ?? .practice, variantSeed: row["variant_seed"],
                           graderVersion: row["grader_version"], startedAt: Timestamp.date(row["started_at"]) ?? Date(timeIntervalSince1970: 0),
                           finishedAt: finished.flatMap(Timestamp.date), score: row["score"], passed: row["passed"],
                           status: AttemptStatus(rawValue: row["status"]) ?? .abandoned)
    }
}
