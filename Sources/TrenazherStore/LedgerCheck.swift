import Crypto
import Foundation
import GRDB

/// Something the hash chain shows was changed outside Trenazher's own writes.
public enum LedgerFinding: Sendable, Hashable {
    /// The row's content is no longer what its ledger entry recorded.
    case edited(LedgerKind, rowID: Int64, row: String)
    /// The ledger has an entry for a row that is gone.
    case deleted(LedgerKind, rowID: Int64)
    /// A row without a ledger entry: written around Trenazher.
    case inserted(LedgerKind, rowID: Int64, row: String)
    /// A certificate, revocation or audit row that no HR command sealed: written without HR's key.
    case unsealed(LedgerKind, rowID: Int64, row: String)
    /// The ledger entry's chain value does not follow from the entries before it: the ledger was rewritten.
    case chainBroken(seq: Int64)
    /// A seal whose signature is not HR's key's, or whose head is not the chain at its entry.
    case sealInvalid(sealID: Int64, seq: Int64, sealedAt: String)
    /// The audit log records a revocation that the register no longer holds.
    case revocationMissing(certificate: String, auditID: Int64)
    /// The database's chain is shorter than, or differs from, the head HR sealed and anchored outside it
    /// (`ChainAnchor`): rows written after an earlier seal were deleted with their ledger entries and seals.
    /// `missing`: the certificate, revocation and audit entries the anchor lists that the chain no longer has.
    case rolledBack(place: AnchorPlace, anchoredSeq: Int64, sealedAt: String, chainSeq: Int64, missing: [LedgerEntryName], missingAttempts: Int)
    /// An anchor file that is no anchor, or one HR's key did not sign.
    case anchorInvalid(place: AnchorPlace)
}

/// A covered row named by its kind and ID.
public struct LedgerEntryName: Sendable, Hashable {
    public var kind: LedgerKind
    public var rowID: Int64
}

/// What `hr check` found.
public struct LedgerReport: Sendable, Hashable {
    /// What HR has not accepted yet: every HR command reports these, and `hr certify` and `hr publish` refuse.
    public var findings: [LedgerFinding]
    /// Each finding's acceptance key (`LedgerAcceptance`), in the order of `findings`: what `hr check --accept` records.
    public var keys: [String] = []
    /// Findings HR accepted after investigating (`hr check --accept`, an intact, sealed `check-accepted` audit
    /// entry naming them): still shown by `hr check`, no longer blocking.
    public var accepted: [LedgerFinding] = []
    /// Attempts edited or inserted outside Trenazher whose finding HR accepted: never evidence for a certificate.
    public var taintedAttempts: Set<Int64> = []
    /// Ledger entries checked.
    public var entries: Int
    /// The last valid seal: how many entries it covers and when HR signed it.
    public var sealedSeq: Int64
    public var sealedAt: String?
    /// Attempts finished since the last seal (normal: trainees write them; the next HR action seals them).
    public var pendingAttempts: Int
    /// For each edited or deleted row (found now or accepted earlier): what it held when its entry was written.
    public var originals: [LedgerEntryName: RecordedOriginal] = [:]
    /// For each edited, inserted or unsealed row: the values that identify it (`LedgerCheck.summary`), in no
    /// language — what an acceptance stores, so that the audit log shows it in the reader's language.
    public var rows: [LedgerEntryName: [String: String]] = [:]

    /// What was kept of a finding's row, for an edited or deleted one.
    public func original(of finding: LedgerFinding) -> RecordedOriginal? {
        switch finding {
        case .edited(let kind, let id, _), .deleted(let kind, let id): return originals[LedgerEntryName(kind: kind, rowID: id)]
        default: return nil
        }
    }

    /// Whether nothing was found.
    public var isClean: Bool { findings.isEmpty }

    /// Attempts edited or inserted outside Trenazher, whether HR accepted the finding or not: never evidence.
    public var changedAttempts: Set<Int64> {
        taintedAttempts.union(findings.compactMap { finding -> Int64? in
            switch finding {
            case .edited(.attempt, let id, _), .inserted(.attempt, let id, _): return id
            default: return nil
            }
        })
    }
}

/// Checks every covered row against the ledger, the ledger against its own chain, and the chain against HR's
/// seals.
enum LedgerCheck {
    struct Entry {
        var seq: Int64
        var kind: LedgerKind
        var rowID: Int64
        var digest: String
        var chain: String
    }

    static func run(_ db: Database, trustedKey: Curve25519.Signing.PublicKey, anchors: [AnchorSource] = [], english: Bool = false) throws -> LedgerReport {
        let wording = ReportWording(english: english)
        var findings: [LedgerFinding] = []
        var entries: [Entry] = []
        var chainAt: [Int64: String] = [:]
        var previous = Ledger.genesis
        let cursor = try Row.fetchCursor(db, sql: "SELECT seq, kind, row_id, digest, chain FROM ledger ORDER BY seq")
        while let row = try cursor.next() {
            let entry = Entry(seq: row[0], kind: LedgerKind(rawValue: row[1]) ?? .audit, rowID: row[2], digest: row[3], chain: row[4])
            if Ledger.chain(previous: previous, kind: entry.kind, rowID: entry.rowID, digest: entry.digest) != entry.chain {
                findings.append(.chainBroken(seq: entry.seq))
            }
            previous = entry.chain
            chainAt[entry.seq] = entry.chain
            entries.append(entry)
        }

        findings += rollbacks(entries: entries, chainAt: chainAt, anchors: anchors, trustedKey: trustedKey)

        var sealedSeq: Int64 = 0
        var sealedAt: String?
        for seal in try Row.fetchAll(db, sql: "SELECT id, seq, head, sealed_at, signature FROM chain_seal ORDER BY id") {
            let seq: Int64 = seal["seq"]
            let head: String = seal["head"]
            let at: String = seal["sealed_at"]
            let signature = Data(base64Encoded: seal["signature"] as String) ?? Data()
            let genuine = trustedKey.isValidSignature(signature, for: Ledger.sealMessage(seq: seq, head: head, sealedAt: at))
            let matches = seq == 0 ? head == Ledger.genesis : chainAt[seq] == head
            if genuine && matches {
                if seq >= sealedSeq {
                    sealedSeq = seq
                    sealedAt = at
                }
            } else {
                findings.append(.sealInvalid(sealID: seal["id"], seq: seq, sealedAt: at))
            }
        }

        var digests: [LedgerEntryName: String] = [:]
        var rows: [LedgerEntryName: [String: String]] = [:]
        var recorded: [LedgerKind: [Int64: Entry]] = [:]
        for entry in entries { recorded[entry.kind, default: [:]][entry.rowID] = entry }
        var pending = 0
        for kind in LedgerKind.allCases {
            var seen = Set<Int64>()
            try eachRow(db, kind: kind) { rowID, digest, identify in
                seen.insert(rowID)
                let name = LedgerEntryName(kind: kind, rowID: rowID)
                func described() throws -> String {
                    let values = try identify()
                    rows[name] = values
                    return summary(kind, values: values, wording: wording)
                }
                guard let entry = recorded[kind]?[rowID] else {
                    findings.append(.inserted(kind, rowID: rowID, row: try described()))
                    digests[name] = digest
                    return
                }
                if entry.digest != digest {
                    findings.append(.edited(kind, rowID: rowID, row: try described()))
                    digests[name] = digest
                } else if entry.seq > sealedSeq {
                    if kind == .attempt { pending += 1 } else { findings.append(.unsealed(kind, rowID: rowID, row: try described())) }
                }
            }
            for (rowID, _) in (recorded[kind] ?? [:]).sorted(by: { $0.key < $1.key }) where !seen.contains(rowID) {
                findings.append(.deleted(kind, rowID: rowID))
            }
        }
        findings += try missingRevocations(db)
        var originals: [LedgerEntryName: RecordedOriginal] = [:]
        for finding in findings {
            let name: LedgerEntryName
            switch finding {
            case .edited(let kind, let id, _), .deleted(let kind, let id): name = LedgerEntryName(kind: kind, rowID: id)
            default: continue
            }
            guard let entry = recorded[name.kind]?[name.rowID] else { continue }
            let present = try Ledger.currentContent(db, kind: name.kind, rowID: name.rowID)
            originals[name] = try LedgerContent.original(db, seq: entry.seq, digest: entry.digest, kind: name.kind, present: present,
                                                         describe: { summary(name.kind, values: identifying(name.kind, $0), wording: wording) })
        }
        let keys = findings.map { LedgerAcceptance.key(of: $0, digests: digests) }
        // An acceptance counts only while its own audit entry is intact and sealed.
        let doubtful = Set(findings.compactMap { finding -> Int64? in
            switch finding {
            case .edited(.audit, let id, _), .inserted(.audit, let id, _), .unsealed(.audit, let id, _): return id
            default: return nil
            }
        })
        let acceptedKeys = try LedgerAcceptance.acceptedKeys(db, excluding: doubtful)
        var report = LedgerReport(findings: [], entries: entries.count, sealedSeq: sealedSeq, sealedAt: sealedAt, pendingAttempts: pending,
                                  originals: originals, rows: rows)
        for (finding, key) in zip(findings, keys) {
            guard acceptedKeys.contains(key) else {
                report.findings.append(finding)
                report.keys.append(key)
                continue
            }
            report.accepted.append(finding)
            switch finding {
            case .edited(.attempt, let id, _), .inserted(.attempt, let id, _): report.taintedAttempts.insert(id)
            default: break
            }
        }
        return report
    }

    /// One trainee's finished attempts edited or inserted outside Trenazher: what `run` reports of them
    /// (`LedgerReport.changedAttempts`, accepted by HR or not), found by the same comparison of each row with its
    /// ledger entry. It needs no key — whether HR sealed or accepted a finding does not change which attempts
    /// do not verify — so a trainee's own progress can leave them out.
    static func changedAttempts(_ db: Database, traineeID: Int64) throws -> Set<Int64> {
        var recorded: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT row_id, digest FROM ledger WHERE kind = ? AND row_id IN (SELECT id FROM attempt WHERE trainee_id = ?) ORDER BY seq
            """, arguments: [LedgerKind.attempt.rawValue, traineeID]) {
            recorded[row[0]] = row[1]
        }
        var changed = Set<Int64>()
        try eachRow(db, kind: .attempt, trainee: traineeID) { rowID, digest, _ in
            if recorded[rowID] != digest { changed.insert(rowID) }
        }
        return changed
    }

    /// Each anchored head (`ChainAnchor`) the chain does not reach or differs from, with what it lacks; each
    /// anchor that is damaged or not HR's.
    static func rollbacks(entries: [Entry], chainAt: [Int64: String], anchors: [AnchorSource],
                          trustedKey: Curve25519.Signing.PublicKey) -> [LedgerFinding] {
        var findings: [LedgerFinding] = []
        for source in anchors {
            guard let anchor = source.anchor, anchor.isSigned(by: trustedKey) else {
                findings.append(.anchorInvalid(place: source.place))
                continue
            }
            if anchor.seq == 0 ? anchor.head == Ledger.genesis : chainAt[anchor.seq] == anchor.head { continue }
            let present = Set(entries.map { LedgerEntryName(kind: $0.kind, rowID: $0.rowID) })
            let missing = anchor.marks.compactMap { mark in LedgerKind(rawValue: mark.kind).map { LedgerEntryName(kind: $0, rowID: mark.row) } }
                .filter { !present.contains($0) }
            let attempts = entries.lazy.filter { $0.kind == .attempt && $0.seq <= anchor.seq }.count
            findings.append(.rolledBack(place: source.place, anchoredSeq: anchor.seq, sealedAt: anchor.sealedAt, chainSeq: entries.last?.seq ?? 0,
                                        missing: missing, missingAttempts: max(0, anchor.attempts - attempts)))
        }
        return findings
    }

    /// Calls `body` with every covered row's ID, current digest and the values that identify it (read again only
    /// when asked: findings are rare), in ID order. Attempts are read with their inputs in one ordered pass
    /// over each table, the inputs hashed as they stream by.
    /// `trainee`: only that trainee's attempts (and their inputs).
    private static func eachRow(_ db: Database, kind: LedgerKind, trainee: Int64? = nil,
                                _ body: (Int64, String, () throws -> [String: String]) throws -> Void) throws {
        let (table, _, baseFilter) = Ledger.source(kind)
        let filter = trainee.map { baseFilter + " AND trainee_id = \($0)" } ?? baseFilter
        let inputFilter = trainee.map { "WHERE attempt_id IN (SELECT id FROM attempt WHERE trainee_id = \($0))" } ?? ""
        let columns = try Ledger.columns(db, kind: kind)
        let select = "SELECT \(columns.joined(separator: ", ")) FROM \(table)"
        let describe = { (id: Int64) throws -> [String: String] in
            guard let row = try Row.fetchOne(db, sql: select + " WHERE id = ?", arguments: [id]) else { return [:] }
            return identifying(kind, row)
        }
        guard let idIndex = columns.firstIndex(of: "id").map(Int32.init) else { return }
        var hasher = Ledger.RowHasher(kind: kind, columns: columns)
        let rows = try LedgerRowReader(db, sql: "\(select) \(filter) ORDER BY id")
        guard kind == .attempt else {
            while try rows.next(db) {
                let id = rows.integer(idIndex)
                hasher.begin(rows)
                try body(id, hasher.digest(), { try describe(id) })
            }
            return
        }
        // `attempt_id` is the first input column; the inputs are in (attempt_id, seq) order, the table's key.
        let inputs = try LedgerRowReader(db, sql: "SELECT \(Ledger.inputColumns.joined(separator: ", ")) FROM input \(inputFilter) ORDER BY attempt_id, seq")
        var pending = try inputs.next(db)
        while try rows.next(db) {
            let id = rows.integer(idIndex)
            hasher.begin(rows)
            while pending {
                let owner = inputs.integer(0)
                if owner > id { break }
                if owner == id { hasher.add(inputFrom: inputs) }
                pending = try inputs.next(db)
            }
            try body(id, hasher.digest(), { try describe(id) })
        }
    }

    /// The columns that identify a row of each kind in a finding.
    static let identifyingColumns: [LedgerKind: [String]] = [
        .attempt: ["trainee_id", "scenario_id", "mode", "score", "finished_at"],
        .certificate: ["number", "trainee_name", "track_id", "expires_at"],
        .revocation: ["certificate_id", "revoked_at", "reason"],
        .audit: ["at", "actor", "action", "subject", "details"],
    ]

    /// The row's identifying values, as stored (no language); a NULL is absent.
    static func identifying(_ kind: LedgerKind, _ row: Row) -> [String: String] {
        var values: [String: String] = [:]
        for column in identifyingColumns[kind] ?? [] {
            let value: DatabaseValue = row[column]
            guard !value.isNull else { continue }
            values[column] = String.fromDatabaseValue(value) ?? Int64.fromDatabaseValue(value).map(String.init) ?? value.description
        }
        return values
    }

    /// A row's identifying values (`identifying`), for the report, in the wording's language; an audit entry's
    /// subject and details as `AuditText` shows them.
    static func summary(_ kind: LedgerKind, values: [String: String], wording: ReportWording) -> String {
        func text(_ column: String) -> String { values[column] ?? "—" }
        func moment(_ column: String) -> String { Timestamp.kyivShown(text(column)) }
        switch kind {
        case .attempt:
            let mode = AttemptMode(rawValue: text("mode")).map(wording.mode) ?? text("mode")
            return wording.pick("працівник", "trainee") + " #\(text("trainee_id")) · \(text("scenario_id")) · \(mode) · \(text("score")) · \(moment("finished_at"))"
        case .certificate:
            return "\(text("number")) · \(text("trainee_name")) · \(text("track_id")) · \(moment("expires_at"))"
        case .revocation:
            return wording.pick("сертифікат", "certificate") + " #\(text("certificate_id")) · \(moment("revoked_at")) · \(text("reason"))"
        case .audit:
            let entry = AuditEntry(id: 0, at: .distantPast, actor: text("actor"), action: text("action"), subject: values["subject"] ?? "",
                                   details: values["details"] ?? "")
            return "\(moment("at")) · \(text("actor")) · \(text("action")) · \(AuditText.subject(of: entry, english: wording.english)) · "
                + AuditText.details(of: entry, english: wording.english)
        }
    }

    /// Revocations the audit log records (`revoke`, details «NUMBER: reason») that the register no longer holds.
    private static func missingRevocations(_ db: Database) throws -> [LedgerFinding] {
        try Row.fetchAll(db, sql: """
            SELECT a.id, a.details FROM audit_log a WHERE a.action = 'revoke' AND NOT EXISTS (
                SELECT 1 FROM revocation r JOIN certificate c ON c.id = r.certificate_id
                WHERE a.details LIKE c.number || ':%')
            ORDER BY a.id
            """).map { row in
            let details: String = row["details"]
            return .revocationMissing(certificate: String(details.prefix { $0 != ":" }), auditID: row["id"])
        }
    }
}
