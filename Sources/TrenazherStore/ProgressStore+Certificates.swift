import Crypto
import Foundation
import GRDB
import TrenazherCore

extension ProgressStore {
    /// A renewal may be issued when the current certificate expires within this many days.
    public static let renewalWindowDays = 30

    /// Checks the trainee's recorded exam attempts against the track and, when they suffice, replays every
    /// attempt the certificate would rest on from its stored inputs (`evidence`) and issues and signs a
    /// certificate only when each replay reproduces its record. Attempts that were the evidence of a
    /// revoked certificate no longer count. Every decision, issued or refused, goes to the audit log.
    public func certify(traineeID: Int64, track: CertificationTrack, evidence replay: EvidenceReplay,
                        signingKey: Curve25519.Signing.PrivateKey, issuer: String, actor: String,
                        excluding tainted: Set<Int64> = [], at date: Date = Date()) throws -> CertificationOutcome {
        try writer.write { db in
            guard let traineeRow = try Row.fetchOne(db, sql: "SELECT * FROM trainee WHERE id = ?", arguments: [traineeID]) else {
                throw StoreError.unknownTrainee(String(traineeID))
            }
            let trainee = Self.trainee(from: traineeRow)
            var spentBy: [Int64: String] = [:]
            for revoked in try Self.registered(db, where: "c.trainee_id = ? AND r.revoked_at IS NOT NULL", [traineeID]) {
                for id in revoked.certificate.evidence { spentBy[id] = revoked.certificate.number }
            }
            let all = try Row.fetchAll(db, sql: "SELECT * FROM attempt WHERE trainee_id = ?", arguments: [traineeID])
                .map(Self.attempt(from:))
            let recorded = all.filter { !tainted.contains($0.id) }
            let attempts = recorded.filter { spentBy[$0.id] == nil }
            let verdicts = try Self.criticalVerdicts(db, traineeID: traineeID)
            var eligibility = Eligibility.evaluate(track: track, attempts: attempts, verdicts: verdicts, at: date)
            if !eligibility.isEligible && !spentBy.isEmpty {
                let unspent = Eligibility.evaluate(track: track, attempts: recorded, verdicts: verdicts, at: date)
                eligibility.spentEvidence = zip(eligibility.requirements, unspent.requirements).compactMap { now, before in
                    guard !now.state.isMet, case .passed(let id, _, _) = before.state, let number = spentBy[id] else { return nil }
                    return SpentEvidence(attemptID: id, scenarioID: now.scenarioID, certificate: number)
                }
            }
            if !eligibility.isEligible { eligibility.noteChanged(tainted, among: all) }
            let renewalLimit = Timestamp.calendar.date(byAdding: .day, value: Self.renewalWindowDays, to: date) ?? date
            let held = try Self.registered(db, where: "c.trainee_id = ? AND c.track_id = ?", [traineeID, track.id])
                .filter { $0.revocation == nil && $0.certificate.expiresAt > renewalLimit }
            if let current = held.first {
                try Self.audit(db, at: date, actor: actor, action: "certify-refused", subject: trainee.fullName,
                               details: AuditText.alreadyCertified(track: track.id, number: current.certificate.number))
                return .refusedAlreadyCertified(current.certificate)
            }
            guard eligibility.isEligible else {
                try Self.audit(db, at: date, actor: actor, action: "certify-refused", subject: trainee.fullName,
                               details: AuditText.notPassed(track: track.id, scenarios: eligibility.missing.map(\.scenarioID),
                                                            spent: eligibility.spentEvidence.map { ($0.attemptID, $0.certificate) }))
                return .refusedNotEligible(eligibility)
            }
            let problems = try eligibility.evidence.compactMap { id -> EvidenceProblem? in
                guard let attempt = attempts.first(where: { $0.id == id }) else { return nil }
                return replay.check(attempt: attempt, inputs: try Self.inputs(id, db), stored: try Self.storedResult(id, db),
                                    source: try String.fetchOne(db, sql: "SELECT source FROM scenario_version WHERE hash = ?",
                                                                arguments: [attempt.scenarioHash]),
                                    traineeFirstName: trainee.firstName, traineeName: trainee.fullName)
            }
            if !problems.isEmpty {
                try Self.audit(db, at: date, actor: actor, action: "certify-refused", subject: trainee.fullName,
                               details: AuditText.notReplayed(track: track.id, attempts: problems.map(\.attemptID)))
                return .refusedEvidence(problems)
            }
            let year = Timestamp.calendar.component(.year, from: date)
            let prefix = "ТР-\(year)-"
            let issuedThisYear = try Int.fetchOne(db, sql: "SELECT count(*) FROM certificate WHERE number LIKE ?",
                                                  arguments: [prefix + "%"]) ?? 0
            let expires = Timestamp.calendar.date(byAdding: .month, value: track.validityMonths, to: date) ?? date
            let examTitles = track.scenarios.map { id in replay.library.scenario(id: id) }
            let unsigned = Certificate(
                number: prefix + String(format: "%06d", issuedThisYear + 1), code: Self.newVerificationCode(),
                traineeID: trainee.id, traineeName: trainee.fullName, trackID: track.id, trackTitle: track.title,
                trackDescription: track.description,
                criteria: CriteriaText.signed(minScore: track.minScore,
                                              titles: zip(track.scenarios, examTitles).map { id, scenario in scenario.map { "«\($0.title)»" } ?? id }),
                issuedAt: Self.wholeSeconds(date), expiresAt: Self.wholeSeconds(expires), evidence: eligibility.evidence,
                issuer: issuer, issuerDID: "", signature: "",
                status: try Self.publicationBase(db).flatMap { base in
                    try Self.freeStatusIndex(db).map { StatusListEntry(index: $0, listURL: StatusListEntry.listURL(base: base)) }
                },
                english: EnglishTitles(trackTitle: track.titleEN, criteria: CriteriaText.signedEnglish(
                    minScore: track.minScore,
                    titles: zip(track.scenarios, examTitles).map { id, scenario in scenario.map { CriteriaText.englishQuoted($0.title(english: true)) } ?? id })))
            let certificate = try CertificateSignature.sign(unsigned, with: signingKey)
            try db.execute(sql: """
                INSERT INTO certificate (number, code, trainee_id, trainee_name, track_id, track_title, track_description, criteria,
                                         issued_at, expires_at, evidence, issuer, public_key, signature, status_index, status_list,
                                         track_title_en, criteria_en)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [certificate.number, certificate.code, certificate.traineeID, certificate.traineeName,
                                 certificate.trackID, certificate.trackTitle, certificate.trackDescription, certificate.criteria,
                                 Timestamp.string(certificate.issuedAt), Timestamp.string(certificate.expiresAt),
                                 certificate.evidence.map(String.init).joined(separator: ","), certificate.issuer,
                                 certificate.issuerDID, certificate.signature, certificate.status?.index, certificate.status?.listURL,
                                 certificate.english?.trackTitle, certificate.english?.criteria])
            try Ledger.append(db, kind: .certificate, rowID: db.lastInsertedRowID)
            try Self.audit(db, at: date, actor: actor, action: "certify", subject: trainee.fullName,
                           details: AuditText.certified(number: certificate.number, track: track.id, evidence: certificate.evidence))
            return .issued(certificate)
        }
    }

    /// Revokes a certificate given by number or verification code.
    @discardableResult
    public func revoke(reference: String, reason: String, actor: String, at date: Date = Date()) throws -> Certificate {
        try writer.write { db in
            guard let found = try Self.lookUp(db, reference) else { throw StoreError.unknownCertificate(reference) }
            guard found.revocation == nil else { throw StoreError.alreadyRevoked(found.certificate.number) }
            try db.execute(sql: """
                INSERT INTO revocation (certificate_id, revoked_at, reason, actor)
                SELECT id, ?, ?, ? FROM certificate WHERE number = ?
                """, arguments: [Timestamp.string(date), reason, actor, found.certificate.number])
            try Ledger.append(db, kind: .revocation, rowID: db.lastInsertedRowID)
            try Self.audit(db, at: date, actor: actor, action: "revoke", subject: found.certificate.traineeName,
                           details: "\(found.certificate.number): \(reason)")
            return found.certificate
        }
    }

    /// The certificate with this number or verification code, with its revocation.
    public func certificate(reference: String) throws -> RegisteredCertificate? {
        try writer.read { db in try Self.lookUp(db, reference) }
    }

    /// Every certificate, newest first; optionally one trainee's.
    public func certificates(traineeID: Int64? = nil) throws -> [RegisteredCertificate] {
        try writer.read { db in
            if let traineeID { return try Self.registered(db, where: "c.trainee_id = ?", [traineeID]) }
            return try Self.registered(db, where: "1", [])
        }
    }

    /// Checks a certificate named by number or code: signature over every field, revocation, expiry.
    public func verify(reference: String, trustedKey: Curve25519.Signing.PublicKey, at date: Date = Date()) throws -> VerificationOutcome {
        guard let found = try certificate(reference: reference) else { return .notFound(reference: reference) }
        guard CertificateSignature.isValid(found.certificate, trustedKey: trustedKey) else {
            return .badSignature(reference: found.certificate.number)
        }
        return Self.status(of: found, at: date)
    }

    /// Checks an exported credential: its proof against the trusted key, then revocation and expiry in the register.
    public func verify(document: JSONDocument, trustedKey: Curve25519.Signing.PublicKey, at date: Date = Date()) throws -> VerificationOutcome {
        let claimed = CredentialFacts(credential: document)?.number
            ?? document["id"]?.stringValue.map { String($0.split(separator: ":").last ?? "") } ?? "?"
        guard let number = CertificateSignature.verifiedNumber(ofDocument: document, trustedKey: trustedKey) else {
            return .badSignature(reference: claimed)
        }
        guard let found = try certificate(reference: number) else { return .notFound(reference: number) }
        guard CertificateSignature.isValid(found.certificate, trustedKey: trustedKey),
              OpenBadgeCredential.signed(found.certificate) == document else {
            return .registerAltered(reference: number)
        }
        return Self.status(of: found, at: date)
    }

    /// The HR audit log, oldest first.
    public func auditLog() throws -> [AuditEntry] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY id").map {
                AuditEntry(id: $0["id"], at: Timestamp.date($0["at"]) ?? Date(timeIntervalSince1970: 0), actor: $0["actor"],
                           action: $0["action"], subject: $0["subject"], details: $0["details"])
            }
        }
    }

    /// Appends an entry to the HR audit log.
    public func appendAudit(actor: String, action: String, subject: String, details: String, at date: Date = Date()) throws {
        try writer.write { db in try Self.audit(db, at: date, actor: actor, action: action, subject: subject, details: details) }
    }

    // MARK: - Helpers

    /// The critical Standards' verdicts of the trainee's exam attempts, by attempt.
    static func criticalVerdicts(_ db: Database, traineeID: Int64) throws -> [Int64: [StandardVerdict]] {
        var verdicts: [Int64: [StandardVerdict]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT sv.attempt_id, sv.standard_id, sv.verdict FROM standard_verdict sv JOIN attempt a ON a.id = sv.attempt_id
            WHERE a.trainee_id = ? AND a.mode = 'exam' AND sv.severity = 'critical' ORDER BY sv.attempt_id, sv.position
            """, arguments: [traineeID]) {
            verdicts[row["attempt_id"], default: []].append(
                StandardVerdict(id: row["standard_id"], verdict: Verdict(rawValue: row["verdict"]) ?? .missed, severity: .critical))
        }
        return verdicts
    }

    static func status(of found: RegisteredCertificate, at date: Date) -> VerificationOutcome {
        if let revocation = found.revocation { return .revoked(found.certificate, revocation) }
        if found.certificate.isExpired(at: date) { return .expired(found.certificate) }
        return .valid(found.certificate)
    }

    static func audit(_ db: Database, at date: Date, actor: String, action: String, subject: String, details: String) throws {
        try db.execute(sql: "INSERT INTO audit_log (at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)",
                       arguments: [Timestamp.string(date), actor, action, subject, details])
        try Ledger.append(db, kind: .audit, rowID: db.lastInsertedRowID)
    }

    static func lookUp(_ db: Database, _ reference: String) throws -> RegisteredCertificate? {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        if let byNumber = try registered(db, where: "c.number = ?", [trimmed.uppercased()]).first { return byNumber }
        let code = Certificate.normalizedCode(trimmed)
        return try registered(db, where: "replace(c.code, '-', '') = ?", [code]).first
    }

    static func registered(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [RegisteredCertificate] {
        try Row.fetchAll(db, sql: """
            SELECT c.*, r.revoked_at, r.reason, r.actor FROM certificate c LEFT JOIN revocation r ON r.certificate_id = c.id
            WHERE \(condition) ORDER BY c.issued_at DESC, c.id DESC
            """, arguments: arguments).map { row in
            let evidence: String = row["evidence"]
            let certificate = Certificate(
                number: row["number"], code: row["code"], traineeID: row["trainee_id"], traineeName: row["trainee_name"],
                trackID: row["track_id"], trackTitle: row["track_title"], trackDescription: row["track_description"],
                criteria: row["criteria"], issuedAt: Timestamp.date(row["issued_at"]) ?? Date(timeIntervalSince1970: 0),
                expiresAt: Timestamp.date(row["expires_at"]) ?? Date(timeIntervalSince1970: 0),
                evidence: evidence.split(separator: ",").compactMap { Int64($0) }, issuer: row["issuer"],
                issuerDID: row["public_key"], signature: row["signature"],
                status: (row["status_index"] as Int?).flatMap { index in
                    (row["status_list"] as String?).map { StatusListEntry(index: index, listURL: $0) }
                },
                english: (row["track_title_en"] as String?).flatMap { title in
                    (row["criteria_en"] as String?).map { EnglishTitles(trackTitle: title, criteria: $0) }
                })
            let revokedAt: String? = row["revoked_at"]
            let revocation = revokedAt.map {
                Revocation(revokedAt: Timestamp.date($0) ?? Date(timeIntervalSince1970: 0), reason: row["reason"], actor: row["actor"])
            }
            return RegisteredCertificate(certificate: certificate, revocation: revocation)
        }
    }

    /// 12 characters of Crockford base32 in groups of four: `K7Q4-M2XD-9PTA`.
    static func newVerificationCode() -> String {
        let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<12).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        return stride(from: 0, to: 12, by: 4).map { String(characters[$0..<$0 + 4]) }.joined(separator: "-")
    }

    /// Stored timestamps have whole seconds; signed dates must survive the round trip unchanged.
    static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
