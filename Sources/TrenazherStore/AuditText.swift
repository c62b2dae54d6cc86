import Foundation

/// The audit log's subjects and details: stored as language-neutral data — a count as a bare number, details as
/// an `AuditRecord` (a kind and its arguments) — the same whoever wrote them and in whichever language, and shown
/// in the reader's language by `subject(of:)` and `details(of:)`. Entries of earlier builds (English phrases such as
/// «12 attempts», «ТР-… hotline-operator, attempts #3 #4», and acceptances worded in the language HR used) are
/// read in those forms too; they are never rewritten, being sealed in the hash chain. Writers build the stored
/// forms here; nothing else spells them.
public enum AuditText {
    // MARK: - The stored forms

    /// `certify`: the certificate, its track and evidence.
    static func certified(number: String, track: String, evidence: [Int64]) -> String {
        var record = AuditRecord(kind: .certified)
        record.number = number
        record.track = track
        record.attempts = evidence
        return record.stored
    }

    /// `certify-refused`, a valid certificate held.
    static func alreadyCertified(track: String, number: String) -> String {
        var record = AuditRecord(kind: .alreadyCertified)
        record.track = track
        record.number = number
        return record.stored
    }

    /// `certify-refused`, exams missing; `spent`: attempts spent by revoked certificates.
    static func notPassed(track: String, scenarios: [String], spent: [(attempt: Int64, certificate: String)]) -> String {
        var record = AuditRecord(kind: .notPassed)
        record.track = track
        record.scenarios = scenarios
        if !spent.isEmpty { record.spent = spent.map { AuditRecord.Spent(attempt: $0.attempt, certificate: $0.certificate) } }
        return record.stored
    }

    /// `certify-refused`, the evidence does not replay.
    static func notReplayed(track: String, attempts: [Int64]) -> String {
        var record = AuditRecord(kind: .notReplayed)
        record.track = track
        record.attempts = attempts
        return record.stored
    }

    /// `regrade`'s subject: how many attempts were re-graded.
    public static func regraded(_ count: Int) -> String { String(count) }

    /// `regrade`'s details: the attempts whose result would change.
    public static func regradeChanges(_ attempts: [Int64]) -> String {
        var record = AuditRecord(kind: .regraded)
        record.attempts = attempts
        return record.stored
    }

    /// `export-xapi`'s subject: how many statements were written.
    public static func statements(_ count: Int) -> String { String(count) }

    /// `export-xapi`'s details: where the statements went (the file, or standard output when `nil`).
    public static func destination(_ file: String?) -> String {
        var record = AuditRecord(kind: .exported)
        record.file = file
        return record.stored
    }

    /// `export-badge`'s details: the certificate and where its badge went.
    public static func badgeExport(number: String, file: String?) -> String {
        var record = AuditRecord(kind: .badgeExported)
        record.number = number
        record.file = file
        return record.stored
    }

    /// `publish`'s details: the address, how many certificates, how many of them revoked.
    public static func published(base: String, certificates: Int, revoked: Int) -> String {
        var record = AuditRecord(kind: .published)
        record.base = base
        record.certificates = certificates
        record.revoked = revoked
        return record.stored
    }

    /// `ssh-revoke`'s details: how many keys were removed.
    public static func keysRemoved(_ count: Int) -> String {
        var record = AuditRecord(kind: .keysRemoved)
        record.count = count
        return record.stored
    }

    /// `check-accepted`'s subject: how many findings were accepted.
    public static func findingsAccepted(_ count: Int) -> String { String(count) }

    /// `check-accepted`'s details: the report's findings as data, with their acceptance keys.
    public static func findingsAccepted(_ report: LedgerReport) -> String {
        var record = AuditRecord(kind: .findingsAccepted)
        record.findings = report.findings.map { finding in
            let row: [String: String]?
            switch finding {
            case .edited(let kind, let id, _), .inserted(let kind, let id, _), .unsealed(let kind, let id, _):
                row = report.rows[LedgerEntryName(kind: kind, rowID: id)]
            default:
                row = nil
            }
            return StoredFinding(finding, row: row, original: report.original(of: finding))
        }
        record.keys = report.keys
        return record.stored
    }

    /// How earlier builds stored standard output as an export's destination.
    static let standardOutput = "standard output"

    // MARK: - Shown in the interface language

    /// An audit action's name.
    public static func action(_ code: String, english: Bool) -> String {
        guard let words = actions[code] else { return code }
        return english ? words.1 : words.0
    }

    private static let actions: [String: (String, String)] = [
        "hr-init": ("ключ HR створено", "HR key created"),
        "set-base-url": ("адресу публікації записано", "publication address recorded"),
        "certify": ("сертифікат видано", "certificate issued"),
        "certify-refused": ("у сертифікаті відмовлено", "certificate refused"),
        "revoke": ("сертифікат відкликано", "certificate revoked"),
        "regrade": ("спроби переоцінено", "attempts re-graded"),
        "export-xapi": ("експорт xAPI", "xAPI export"),
        "export-badge": ("експорт бейджа", "badge export"),
        "publish": ("опубліковано", "published"),
        LedgerAcceptance.action: ("знахідки прийнято", "findings accepted"),
        "ssh-grant": ("доступ SSH надано", "SSH access granted"),
        "ssh-revoke": ("доступ SSH відкликано", "SSH access revoked"),
    ]

    /// An entry as `hr audit` shows it after the time and actor: «action  subject: details», or «action: details»
    /// for an entry with no subject (recording the publication address names none).
    public static func line(of entry: AuditEntry, english: Bool) -> String {
        let subject = subject(of: entry, english: english)
        let details = details(of: entry, english: english)
        let action = action(entry.action, english: english)
        return subject.trimmingCharacters(in: .whitespaces).isEmpty ? "\(action): \(details)" : "\(action)  \(subject): \(details)"
    }

    /// An entry's subject in the interface language (a name, a folder or a form of this file).
    public static func subject(of entry: AuditEntry, english: Bool) -> String {
        let say = ReportWording(english: english)
        switch entry.action {
        case "regrade":
            guard let count = Int(entry.subject) ?? number(before: " attempts", in: entry.subject) else { return entry.subject }
            return say.pick("спроб: \(count)", "\(count) attempts")
        case "export-xapi":
            guard let count = Int(entry.subject) ?? number(before: " statements", in: entry.subject) else { return entry.subject }
            return say.pick("тверджень: \(count)", "\(count) statements")
        case LedgerAcceptance.action:
            guard let count = Int(entry.subject) ?? number(before: " findings", in: entry.subject) else { return entry.subject }
            return say.pick("знахідок: \(count)", "\(count) findings")
        default:
            return entry.subject
        }
    }

    /// An entry's details in the interface language. A form this file does not know (an entry of a later build,
    /// or one written around Trenazher) is shown as stored.
    public static func details(of entry: AuditEntry, english: Bool) -> String {
        if let record = AuditRecord.read(entry.details), let shown = details(of: record, english: english) { return shown }
        return olderDetails(of: entry, english: english)
    }

    /// A record in the interface language; `nil` when it lacks what its kind needs.
    static func details(of record: AuditRecord, english: Bool) -> String? {
        let say = ReportWording(english: english)
        let output = say.pick("стандартний вивід", "standard output")
        switch record.kind {
        case .certified:
            guard let number = record.number, let track = record.track else { return nil }
            return "\(number) \(track), " + say.pick("спроби ", "attempts ") + ids(record.attempts ?? [])
        case .alreadyCertified:
            guard let number = record.number, let track = record.track else { return nil }
            return "\(track): " + say.pick("уже сертифіковано, ", "already certified, ") + number
        case .notPassed:
            guard let track = record.track else { return nil }
            let spent = (record.spent ?? []).map { "#\($0.attempt)" + say.pick(" — доказ відкликаного ", " spent by revoked ") + $0.certificate }
            return "\(track): " + ([say.pick("не складено ", "not passed ") + (record.scenarios ?? []).joined(separator: ", ")] + spent)
                .joined(separator: "; ")
        case .notReplayed:
            guard let track = record.track else { return nil }
            return "\(track): " + say.pick("докази не відтворюються: ", "evidence does not replay: ") + ids(record.attempts ?? [])
        case .regraded:
            let attempts = record.attempts ?? []
            return attempts.isEmpty ? say.pick("без змін", "no change") : say.pick("зміниться: ", "would change: ") + ids(attempts)
        case .exported:
            return record.file ?? output
        case .badgeExported:
            guard let number = record.number else { return nil }
            return "\(number) → \(record.file ?? output)"
        case .published:
            guard let base = record.base, let certificates = record.certificates, let revoked = record.revoked else { return nil }
            return "\(base): " + say.pick("сертифікатів: \(certificates), відкликано: \(revoked)", "\(certificates) certificates, \(revoked) revoked")
        case .keysRemoved:
            guard let count = record.count else { return nil }
            return say.pick("ключів: \(count)", "keys: \(count)")
        case .findingsAccepted:
            let wording = LedgerWording(english: english)
            let findings = (record.findings ?? []).map { stored -> String in
                guard let (finding, original) = stored.restored(english: english) else { return stored.finding }
                return wording.finding(finding, original: original)
            }
            return findings.isEmpty ? "—" : findings.joined(separator: "; ")
        }
    }

    private static func ids(_ attempts: [Int64]) -> String { attempts.map { "#\($0)" }.joined(separator: " ") }

    /// The details of entries written before `AuditRecord`: English phrases, read back into the interface language.
    private static func olderDetails(of entry: AuditEntry, english: Bool) -> String {
        let say = ReportWording(english: english)
        let text = entry.details
        func destination(_ stored: String) -> String { stored == standardOutput ? say.pick("стандартний вивід", "standard output") : stored }
        switch entry.action {
        case "certify":
            guard let range = text.range(of: ", attempts ") else { return text }
            return "\(text[..<range.lowerBound])\(say.pick(", спроби ", ", attempts "))\(text[range.upperBound...])"
        case "certify-refused":
            guard let colon = text.range(of: ": ") else { return text }
            let track = text[..<colon.lowerBound], rest = String(text[colon.upperBound...])
            if rest.hasPrefix("already certified, ") {
                return "\(track): " + say.pick("уже сертифіковано, ", "already certified, ") + String(rest.dropFirst("already certified, ".count))
            }
            if rest.hasPrefix("evidence does not replay: ") {
                return "\(track): " + say.pick("докази не відтворюються: ", "evidence does not replay: ")
                    + String(rest.dropFirst("evidence does not replay: ".count))
            }
            if rest.hasPrefix("not passed ") {
                let parts = rest.dropFirst("not passed ".count).components(separatedBy: "; ")
                let spent = parts.dropFirst().map { part -> String in
                    guard let range = part.range(of: " spent by revoked ") else { return part }
                    return "\(part[..<range.lowerBound])\(say.pick(" — доказ відкликаного ", " spent by revoked "))\(part[range.upperBound...])"
                }
                return "\(track): " + ([say.pick("не складено ", "not passed ") + (parts.first ?? "")] + spent).joined(separator: "; ")
            }
            return text
        case "regrade":
            if text == "no change" { return say.pick("без змін", "no change") }
            if text.hasPrefix("would change: ") { return say.pick("зміниться: ", "would change: ") + String(text.dropFirst("would change: ".count)) }
            return text
        case "export-xapi":
            return destination(text)
        case "export-badge":
            guard let arrow = text.range(of: " → ") else { return text }
            return "\(text[..<arrow.upperBound])\(destination(String(text[arrow.upperBound...])))"
        case "publish":
            guard let colon = text.range(of: ": ", options: .backwards) else { return text }
            let counts = text[colon.upperBound...].components(separatedBy: ", ")
            guard counts.count == 2, let certificates = number(before: " certificates", in: counts[0]), let revoked = number(before: " revoked", in: counts[1]) else {
                return text
            }
            return "\(text[..<colon.upperBound])" + say.pick("сертифікатів: \(certificates), відкликано: \(revoked)",
                                                             "\(certificates) certificates, \(revoked) revoked")
        case "ssh-revoke":
            guard text.hasPrefix("keys: "), let count = Int(text.dropFirst("keys: ".count)) else { return text }
            return say.pick("ключів: \(count)", "keys: \(count)")
        default:
            return text
        }
    }

    /// The number a stored form puts before `suffix` («12 attempts» → 12); `nil` for another text.
    private static func number(before suffix: String, in text: String) -> Int? {
        guard text.hasSuffix(suffix) else { return nil }
        return Int(text.dropLast(suffix.count))
    }
}
