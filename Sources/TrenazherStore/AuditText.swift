import Foundation

/// The audit log's subjects and details, in the one fixed form every entry is stored in — the same whoever wrote
/// it and in whichever language, so that entries written by earlier builds read the same — and shown in the
/// interface language by `describe`. Writers build them here; nothing else spells them.
public enum AuditText {
    // MARK: - The stored forms

    /// `certify`: «ТР-2026-000001 hotline-operator, attempts #3 #4».
    static func certified(number: String, track: String, evidence: [Int64]) -> String {
        "\(number) \(track), attempts \(ids(evidence))"
    }

    /// `certify-refused`, a valid certificate held: «hotline-operator: already certified, ТР-…».
    static func alreadyCertified(track: String, number: String) -> String {
        "\(track): already certified, \(number)"
    }

    /// `certify-refused`, exams missing: «hotline-operator: not passed a, b; #3 spent by revoked ТР-…».
    static func notPassed(track: String, scenarios: [String], spent: [(attempt: Int64, certificate: String)]) -> String {
        "\(track): not passed \(scenarios.joined(separator: ", "))" + spent.map { "; #\($0.attempt) spent by revoked \($0.certificate)" }.joined()
    }

    /// `certify-refused`, the evidence does not replay: «hotline-operator: evidence does not replay: #3 #4».
    static func notReplayed(track: String, attempts: [Int64]) -> String {
        "\(track): evidence does not replay: \(ids(attempts))"
    }

    /// `regrade`'s subject: how many attempts were re-graded.
    public static func regraded(_ count: Int) -> String { "\(count) attempts" }

    /// `regrade`'s details: the attempts whose result would change.
    public static func regradeChanges(_ attempts: [Int64]) -> String {
        attempts.isEmpty ? "no change" : "would change: " + ids(attempts)
    }

    /// `export-xapi`'s subject: how many statements were written.
    public static func statements(_ count: Int) -> String { "\(count) statements" }

    /// Where an export went: the file, or standard output.
    public static func destination(_ file: String?) -> String { file ?? standardOutput }

    /// `export-badge`'s details: «ТР-… → badge.json».
    public static func badgeExport(number: String, file: String?) -> String { "\(number) → \(destination(file))" }

    /// `publish`'s details: «https://…: 12 certificates, 1 revoked».
    public static func published(base: String, certificates: Int, revoked: Int) -> String {
        "\(base): \(certificates) certificates, \(revoked) revoked"
    }

    /// `ssh-revoke`'s details: how many keys were removed.
    public static func keysRemoved(_ count: Int) -> String { "keys: \(count)" }

    /// `check-accepted`'s subject: how many findings were accepted.
    public static func findingsAccepted(_ count: Int) -> String { "\(count) findings" }

    static let standardOutput = "standard output"

    private static func ids(_ attempts: [Int64]) -> String { attempts.map { "#\($0)" }.joined(separator: " ") }

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

    /// An entry's subject in the interface language (a name, a folder or a form of this file).
    public static func subject(of entry: AuditEntry, english: Bool) -> String {
        let say = ReportWording(english: english)
        switch entry.action {
        case "regrade":
            guard let count = number(before: " attempts", in: entry.subject) else { return entry.subject }
            return say.pick("спроб: \(count)", "\(count) attempts")
        case "export-xapi":
            guard let count = number(before: " statements", in: entry.subject) else { return entry.subject }
            return say.pick("тверджень: \(count)", "\(count) statements")
        case LedgerAcceptance.action:
            guard let count = number(before: " findings", in: entry.subject) else { return entry.subject }
            return say.pick("знахідок: \(count)", "\(count) findings")
        default:
            return entry.subject
        }
    }

    /// An entry's details in the interface language. A form this file does not know (an entry of a later build,
    /// or one written around Trenazher) is shown as stored.
    public static func details(of entry: AuditEntry, english: Bool) -> String {
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
