import Crypto
import Foundation
import GRDB

/// The versioned schema of the progress database. A migration is never modified once it has shipped:
/// a change is a new migration appended to `migrator`.
enum StoreSchema {
    /// `PRAGMA application_id` of a Trenazher database ("TRNZ"), so a foreign SQLite file is recognised.
    static let applicationID: Int32 = 0x5452_4E5A

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE trainee (
                    id INTEGER PRIMARY KEY,
                    full_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    first_name TEXT NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('cok', 'hotline')),
                    created_at TEXT NOT NULL
                );
                CREATE TABLE attempt (
                    id INTEGER PRIMARY KEY,
                    trainee_id INTEGER NOT NULL REFERENCES trainee(id),
                    scenario_id TEXT NOT NULL,
                    scenario_hash TEXT NOT NULL,
                    channel TEXT NOT NULL,
                    mode TEXT NOT NULL CHECK (mode IN ('practice', 'exam')),
                    variant_seed INTEGER,
                    grader_version TEXT NOT NULL,
                    started_at TEXT NOT NULL,
                    finished_at TEXT,
                    score INTEGER,
                    passed INTEGER,
                    status TEXT NOT NULL CHECK (status IN ('in_progress', 'finished', 'abandoned')),
                    final_mood TEXT,
                    reached_end INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX attempt_by_trainee ON attempt(trainee_id, finished_at);
                CREATE INDEX attempt_by_finish ON attempt(finished_at);
                CREATE TABLE input (
                    attempt_id INTEGER NOT NULL REFERENCES attempt(id) ON DELETE CASCADE,
                    seq INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    seconds REAL,
                    interrupted INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (attempt_id, seq)
                ) WITHOUT ROWID;
                CREATE TABLE turn (
                    attempt_id INTEGER NOT NULL REFERENCES attempt(id) ON DELETE CASCADE,
                    idx INTEGER NOT NULL,
                    speaker TEXT NOT NULL,
                    text TEXT NOT NULL,
                    action TEXT,
                    seconds REAL,
                    interrupted INTEGER NOT NULL DEFAULT 0,
                    ignored INTEGER NOT NULL DEFAULT 0,
                    clock TEXT,
                    PRIMARY KEY (attempt_id, idx)
                ) WITHOUT ROWID;
                CREATE TABLE finding (
                    id INTEGER PRIMARY KEY,
                    attempt_id INTEGER NOT NULL REFERENCES attempt(id) ON DELETE CASCADE,
                    turn_idx INTEGER NOT NULL,
                    standard_id TEXT NOT NULL,
                    verdict TEXT NOT NULL,
                    finding_turn INTEGER,
                    evidence TEXT,
                    note TEXT NOT NULL
                );
                CREATE INDEX finding_by_attempt ON finding(attempt_id, turn_idx);
                CREATE TABLE standard_verdict (
                    attempt_id INTEGER NOT NULL REFERENCES attempt(id) ON DELETE CASCADE,
                    standard_id TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    verdict TEXT NOT NULL,
                    severity TEXT NOT NULL,
                    turn INTEGER,
                    evidence TEXT,
                    note TEXT,
                    PRIMARY KEY (attempt_id, standard_id)
                ) WITHOUT ROWID;
                CREATE TABLE certificate (
                    id INTEGER PRIMARY KEY,
                    number TEXT NOT NULL UNIQUE,
                    code TEXT NOT NULL UNIQUE,
                    trainee_id INTEGER NOT NULL REFERENCES trainee(id),
                    trainee_name TEXT NOT NULL,
                    track_id TEXT NOT NULL,
                    track_title TEXT NOT NULL,
                    track_description TEXT NOT NULL,
                    criteria TEXT NOT NULL,
                    issued_at TEXT NOT NULL,
                    expires_at TEXT NOT NULL,
                    evidence TEXT NOT NULL,
                    issuer TEXT NOT NULL,
                    public_key TEXT NOT NULL,
                    signature TEXT NOT NULL
                );
                CREATE TABLE revocation (
                    id INTEGER PRIMARY KEY,
                    certificate_id INTEGER NOT NULL UNIQUE REFERENCES certificate(id),
                    revoked_at TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    actor TEXT NOT NULL
                );
                CREATE TABLE audit_log (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    details TEXT NOT NULL
                );
                CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
                CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
                CREATE TRIGGER revocation_no_update BEFORE UPDATE ON revocation
                    BEGIN SELECT RAISE(ABORT, 'revocation is append-only'); END;
                CREATE TRIGGER revocation_no_delete BEFORE DELETE ON revocation
                    BEGIN SELECT RAISE(ABORT, 'revocation is append-only'); END;
                """)
        }
        migrator.registerMigration("v2-compliance-tally") { db in
            // Per day, Standard and channel: how many finished attempts met, violated or missed it. Kept up to
            // date in the transaction that finishes an attempt, so the quarterly report reads a few thousand
            // rows instead of every verdict.
            try db.execute(sql: """
                CREATE TABLE compliance_tally (
                    day TEXT NOT NULL,
                    standard_id TEXT NOT NULL,
                    channel TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    met INTEGER NOT NULL DEFAULT 0,
                    violated INTEGER NOT NULL DEFAULT 0,
                    missed INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (day, standard_id, channel)
                ) WITHOUT ROWID;
                INSERT INTO compliance_tally (day, standard_id, channel, position, met, violated, missed)
                SELECT substr(a.finished_at, 1, 10), sv.standard_id, a.channel, min(sv.position),
                       sum(sv.verdict = 'met'), sum(sv.verdict = 'violated'), sum(sv.verdict = 'missed')
                FROM attempt a JOIN standard_verdict sv ON sv.attempt_id = a.id
                WHERE a.status = 'finished' AND sv.verdict != 'not_applicable'
                GROUP BY 1, 2, 3;
                CREATE INDEX attempt_for_reports ON attempt(status, finished_at, channel, trainee_id, passed, score);
                """)
        }
        migrator.registerMigration("v3-typing-evidence") { db in
            // How each answer was typed at the terminal: exam answers must be typed live.
            try db.execute(sql: """
                ALTER TABLE input ADD COLUMN first_key_seconds REAL;
                ALTER TABLE input ADD COLUMN typing_seconds REAL;
                ALTER TABLE input ADD COLUMN keys_typed INTEGER;
                ALTER TABLE input ADD COLUMN pasted_chars INTEGER;
                """)
        }
        migrator.registerMigration("v4-coaching") { db in
            // The console's coaching data: the draft of a written reply being typed (kept across Ctrl-C and
            // resume, removed when the reply is recorded), each trainee's preferred speaking pace of the
            // customer, and trainees' disputes of a verdict for trainers to review.
            try db.execute(sql: """
                CREATE TABLE draft (
                    attempt_id INTEGER PRIMARY KEY REFERENCES attempt(id) ON DELETE CASCADE,
                    text TEXT NOT NULL,
                    saved_at TEXT NOT NULL
                );
                CREATE TABLE trainee_setting (
                    trainee_id INTEGER PRIMARY KEY REFERENCES trainee(id),
                    pace_wpm INTEGER
                );
                CREATE TABLE dispute (
                    id INTEGER PRIMARY KEY,
                    attempt_id INTEGER NOT NULL REFERENCES attempt(id),
                    trainee_id INTEGER NOT NULL REFERENCES trainee(id),
                    scenario_id TEXT NOT NULL,
                    turn_number INTEGER NOT NULL,
                    turn_text TEXT NOT NULL,
                    standard_id TEXT NOT NULL,
                    verdict TEXT NOT NULL,
                    comment TEXT NOT NULL,
                    created_at TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("v5-scenario-versions") { db in
            // Every scenario file an attempt was played on, by its SHA-256: certification replays the
            // evidence on the version it was taken on.
            try db.execute(sql: """
                CREATE TABLE scenario_version (
                    hash TEXT PRIMARY KEY,
                    scenario_id TEXT NOT NULL,
                    source TEXT NOT NULL,
                    first_seen TEXT NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v6-ledger") { db in
            // The hash chain over finished attempts and their inputs, certificates, revocations and the audit
            // log; HR's seals of its head; the HR key's fingerprint recorded at `hr init`.
            try db.execute(sql: """
                CREATE TABLE ledger (
                    seq INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL,
                    row_id INTEGER NOT NULL,
                    digest TEXT NOT NULL,
                    chain TEXT NOT NULL
                );
                CREATE UNIQUE INDEX ledger_row ON ledger(kind, row_id);
                CREATE TABLE chain_seal (
                    id INTEGER PRIMARY KEY,
                    seq INTEGER NOT NULL,
                    head TEXT NOT NULL,
                    sealed_at TEXT NOT NULL,
                    public_key TEXT NOT NULL,
                    signature TEXT NOT NULL
                );
                CREATE TABLE issuer_key (
                    id INTEGER PRIMARY KEY,
                    did TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    owner_uid INTEGER NOT NULL,
                    recorded_at TEXT NOT NULL
                );
                """)
            // Rows written before the ledger enter it now, in the order they were written; the first HR
            // command's `hr check` reports them unsealed until HR accepts them.
            for kind in LedgerKind.allCases {
                let (table, _, filter) = Ledger.source(kind)
                for id in try Int64.fetchAll(db, sql: "SELECT id FROM \(table) \(filter) ORDER BY id") {
                    _ = try Ledger.appendEntry(db, kind: kind, rowID: id)
                }
            }
        }
        migrator.registerMigration("v7-status-list") { db in
            // Each certificate's place in the published revocation list (its `credentialStatus`): the bit and the
            // list's address, fixed at issue; `NULL` for certificates issued before HR recorded the address.
            try db.execute(sql: """
                ALTER TABLE certificate ADD COLUMN status_index INTEGER;
                ALTER TABLE certificate ADD COLUMN status_list TEXT;
                CREATE UNIQUE INDEX certificate_status_index ON certificate(status_index) WHERE status_index IS NOT NULL;
                """)
        }
        migrator.registerMigration("v8-drill-results") { db in
            // Every drill a trainee did on a Standard and whether it was met: the spaced-repetition
            // schedule and the trends of «Мій прогрес» are computed from them.
            try db.execute(sql: """
                CREATE TABLE drill_result (
                    id INTEGER PRIMARY KEY,
                    trainee_id INTEGER NOT NULL REFERENCES trainee(id),
                    standard_id TEXT NOT NULL,
                    met INTEGER NOT NULL,
                    drilled_at TEXT NOT NULL
                );
                CREATE INDEX drill_result_trainee ON drill_result(trainee_id, drilled_at);
                """)
        }
        migrator.registerMigration("v9-ledger-content") { db in
            // The content of every covered row as its ledger entry recorded it (the bytes its digest hashes), so
            // that a row changed later can be shown as it was. Rows still as recorded get their copy now; a row
            // already changed has none (its original is not known any more).
            try db.execute(sql: "CREATE TABLE ledger_content (seq INTEGER PRIMARY KEY, content BLOB NOT NULL)")
            for entry in try Row.fetchAll(db, sql: "SELECT seq, kind, row_id, digest FROM ledger ORDER BY seq") {
                guard let kind = LedgerKind(rawValue: entry["kind"]),
                      let content = try Ledger.currentContent(db, kind: kind, rowID: entry["row_id"]),
                      Ledger.hex(SHA256.hash(data: content)) == entry["digest"] as String else { continue }
                try db.execute(sql: "INSERT INTO ledger_content (seq, content) VALUES (?, ?)", arguments: [entry["seq"] as Int64, Data(content)])
            }
        }
        migrator.registerMigration("v10-english-titles") { db in
            // The track's title and the criteria line in English, signed in the credential with the Ukrainian ones
            // (`Certificate.english`); `NULL` for certificates issued before.
            try db.execute(sql: """
                ALTER TABLE certificate ADD COLUMN track_title_en TEXT;
                ALTER TABLE certificate ADD COLUMN criteria_en TEXT;
                """)
        }
        return migrator
    }
}
