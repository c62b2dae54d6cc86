import Foundation

/// The chain's findings in words, in Ukrainian or English: `hr check`, every HR command's warnings, `verify`, and
/// the findings an acceptance in the audit log records (`AuditText`).
public struct LedgerWording: Sendable {
    public var english: Bool

    public init(english: Bool) {
        self.english = english
    }

    private func pick(_ ukrainian: String, _ englishText: String) -> String { english ? englishText : ukrainian }

    /// A covered row's kind: «спроба», «сертифікат», …
    public func kind(_ kind: LedgerKind) -> String {
        switch kind {
        case .attempt: return pick("спроба", "attempt")
        case .certificate: return pick("сертифікат", "certificate")
        case .revocation: return pick("відкликання", "revocation")
        case .audit: return pick("запис журналу", "audit entry")
        }
    }

    /// Where an anchor was read, in the locative the findings use: «теці ключа HR (…)», «HR's key folder (…)».
    public func place(_ place: AnchorPlace) -> String {
        switch place {
        case .keyFolder(let path): return pick("теці ключа HR (\(path))", "HR's key folder (\(path))")
        case .publishedFolder(let source): return pick("опублікованій теці (\(source))", "the published folder (\(source))")
        case .described(let words): return words
        }
    }

    /// One finding.
    public func finding(_ finding: LedgerFinding) -> String {
        switch finding {
        case .edited(let kind, let id, let row):
            return pick("ЗМІНЕНО поза тренажером: \(self.kind(kind)) #\(id) (\(row))", "EDITED outside Trenazher: \(self.kind(kind)) #\(id) (\(row))")
        case .deleted(let kind, let id):
            return pick("ВИДАЛЕНО поза тренажером: \(self.kind(kind)) #\(id)", "DELETED outside Trenazher: \(self.kind(kind)) #\(id)")
        case .inserted(let kind, let id, let row):
            return pick("ДОДАНО поза тренажером: \(self.kind(kind)) #\(id) (\(row))", "INSERTED outside Trenazher: \(self.kind(kind)) #\(id) (\(row))")
        case .unsealed(let kind, let id, let row):
            return pick("НЕ ЗАСВІДЧЕНО ключем HR: \(self.kind(kind)) #\(id) (\(row))", "NOT SEALED by HR's key: \(self.kind(kind)) #\(id) (\(row))")
        case .chainBroken(let seq):
            return pick("ланцюжок переписано: запис реєстру №\(seq) не випливає з попередніх", "chain rewritten: ledger entry \(seq) does not follow from those before it")
        case .sealInvalid(let id, let seq, let stored):
            let at = moment(stored)
            return pick("печатка #\(id) від \(at) (до запису №\(seq)) не збігається з ланцюжком або не підписана ключем HR",
                        "seal #\(id) of \(at) (through entry \(seq)) does not match the chain or is not signed by HR's key")
        case .revocationMissing(let number, let auditID):
            return pick("ВИДАЛЕНО відкликання сертифіката \(number) (журнал, запис #\(auditID))",
                        "DELETED: the revocation of certificate \(number) (audit entry #\(auditID))")
        case .rolledBack(let place, let anchored, let stored, let chainSeq, let missing, let attempts):
            let at = moment(stored)
            var lacking = missing.map { "\(kind($0.kind)) #\($0.rowID)" }
            if attempts > 0 { lacking.append(pick("спроб: \(attempts)", "attempts: \(attempts)")) }
            let what = lacking.isEmpty ? pick("записи на цьому місці інші", "the entries there differ") : lacking.joined(separator: ", ")
            let chain = chainSeq < anchored ? pick("у базі ланцюжок закінчується записом №\(chainSeq)", "the database's chain ends at entry \(chainSeq)")
                : pick("у базі на цьому місці інший ланцюжок", "the database's chain differs there")
            let place = self.place(place)
            return pick("ЛАНЦЮЖОК ВІДКОЧЕНО: у \(place) засвідчено кінець ланцюжка — запис №\(anchored) від \(at), а \(chain); бракує: \(what)",
                        "CHAIN ROLLED BACK: \(place) holds the sealed head — entry \(anchored) of \(at), but \(chain); missing: \(what)")
        case .anchorInvalid(let place):
            return pick("засвідчений кінець ланцюжка у \(self.place(place)) пошкоджено або не підписано ключем HR",
                        "the sealed chain head in \(self.place(place)) is damaged or not signed by HR's key")
        }
    }

    /// A finding with what its row held before, when the record kept it (`RecordedOriginal`): «було → стало» for
    /// an edited row, the row as it was for a deleted one.
    public func finding(_ finding: LedgerFinding, original: RecordedOriginal?) -> String {
        let said = self.finding(finding)
        guard let original else { return said }
        switch original {
        case .changed(let changes):
            guard !changes.isEmpty else { return said + pick("; було → стало: відмінностей не прочитано", "; before → now: the differences cannot be read") }
            return said + pick("; було → стало: ", "; before → now: ") + changes.map(change).joined(separator: ", ")
        case .removed(let row, _):
            return said + pick("; було: ", "; it held: ") + row
        case .notKept:
            return said + pick("; попереднього значення не збережено (рядок змінено до того, як тренажер почав зберігати копії, або копію видалено)",
                               "; the previous value was not kept (the row was changed before Trenazher kept copies, or the copy was deleted)")
        case .copyAltered:
            return said + pick("; збережену копію попереднього значення теж змінено поза тренажером — її не показано",
                               "; the kept copy of the previous value was changed outside Trenazher too — it is not shown")
        }
    }

    /// One changed value: «бал 62 → 95», «відповідь 2, текст «…» → «…»».
    public func change(_ change: FieldChange) -> String {
        let label = field(change.field.column)
        let name = change.field.input.map { pick("відповідь \($0), \(label)", "answer \($0), \(label)") } ?? label
        let missing = pick("немає", "none")
        let moment = Self.timeColumns.contains(change.field.column)
        func shown(_ value: String?) -> String { value.map { moment ? Timestamp.kyivShown($0) : $0 } ?? missing }
        return "\(name) \(shown(change.before)) → \(shown(change.after))"
    }

    /// The covered columns that hold a moment: shown in Kyiv time, as every date and time (stored in UTC).
    private static let timeColumns: Set<String> = ["started_at", "finished_at", "issued_at", "expires_at", "revoked_at", "at"]

    /// A stored moment (a seal's, a row's) as the findings show it: `2026-11-25 14:19:01` in Kyiv time.
    public func moment(_ stored: String) -> String { Timestamp.kyivShown(stored) }

    /// A covered column's name for people.
    public func field(_ column: String) -> String {
        guard let words = Self.fields[column] else { return column }
        return pick(words.0, words.1)
    }

    /// The covered columns (`Ledger`'s lists) in Ukrainian and English.
    private static let fields: [String: (String, String)] = [
        "id": ("номер рядка", "row id"), "trainee_id": ("працівник #", "trainee #"), "scenario_id": ("сценарій", "scenario"),
        "scenario_hash": ("хеш файла сценарію", "scenario file hash"), "channel": ("канал", "channel"), "mode": ("режим", "mode"),
        "variant_seed": ("зерно варіанта", "variant seed"), "grader_version": ("версія оцінювача", "grader version"),
        "started_at": ("почато", "started"), "finished_at": ("завершено", "finished"), "score": ("бал", "score"),
        "passed": ("складено", "passed"), "status": ("стан", "status"), "final_mood": ("настрій клієнта наприкінці", "final mood"),
        "reached_end": ("дійшли до кінця", "reached the end"), "text": ("текст", "text"), "seconds": ("секунд на відповідь", "seconds"),
        "interrupted": ("перебито", "interrupted"), "first_key_seconds": ("секунд до першої клавіші", "seconds to the first key"),
        "typing_seconds": ("секунд набору", "seconds typing"), "keys_typed": ("натиснуто клавіш", "keys typed"),
        "pasted_chars": ("вставлено символів", "pasted characters"), "number": ("номер", "number"), "code": ("код перевірки", "verification code"),
        "trainee_name": ("власник", "holder"), "track_id": ("напрям", "track"), "track_title": ("назва напряму", "track title"),
        "track_title_en": ("назва напряму англійською", "track title in English"), "criteria_en": ("критерії англійською", "criteria in English"),
        "track_description": ("опис напряму", "track description"), "criteria": ("критерії", "criteria"), "issued_at": ("видано", "issued"),
        "expires_at": ("дійсний до", "valid until"), "evidence": ("спроби-докази", "evidence attempts"), "issuer": ("видавець", "issuer"),
        "public_key": ("ключ", "key"), "signature": ("підпис", "signature"), "status_index": ("місце у списку відкликань", "status list index"),
        "status_list": ("список відкликань", "status list"), "certificate_id": ("сертифікат #", "certificate #"),
        "revoked_at": ("відкликано", "revoked"), "reason": ("причина", "reason"), "actor": ("хто", "actor"), "at": ("коли", "at"),
        "action": ("дія", "action"), "subject": ("об'єкт", "subject"), "details": ("подробиці", "details"),
    ]

    /// What HR does next after a finding.
    public var advice: String {
        pick("ланцюжок не засвідчено знову; перевірте (`trenazher hr check`), потім `hr check --accept`",
             "the chain is not sealed again; investigate (`trenazher hr check`), then `hr check --accept`")
    }
}
