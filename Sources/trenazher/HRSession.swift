import Crypto
import Foundation
import TrenazherStore

/// What every HR command does before it acts: opens the database and HR's key (the key folder checked —
/// owned by the caller, not writable by others — and its key matching the fingerprint recorded at
/// `hr init`), checks the hash chain and reports every row changed since the last seal; after the action,
/// `seal()` signs the chain's new head, unless the check found something (HR must look first: `hr check`).
struct HRSession {
    let store: ProgressStore
    let key: Curve25519.Signing.PrivateKey
    let issuer: IssuerProfile
    let report: LedgerReport
    let english: Bool
    /// HR's key folder, where every seal's head is anchored (`ChainAnchorFiles`).
    let keyDirectory: String
    /// Whether the key folder held no anchor when the session opened: the database was sealed only by builds
    /// that kept none (or never sealed). The first seal then writes it, and HR is told what that means.
    let anchorWasMissing: Bool

    /// Who acts, for the audit log.
    var actor: String { OSAccount.current }

    /// Opens the session; reports the chain's findings on standard error.
    static func open(_ options: GlobalOptions, keys: KeyOptions) throws -> HRSession {
        let directory = StoreAccess.keyDirectory(keys.keyDir, options)
        do {
            try SigningKeys.checkFolder(directory, owner: getuid())
        } catch let error as SigningKeyError {
            throw CommandFailure(Language.describe(error), code: 1)
        }
        let key = try StoreAccess.signingKey(directory)
        let issuer = try StoreAccess.issuer(directory)
        guard issuer.publicKey.rawRepresentation == key.publicKey.rawRepresentation else {
            throw CommandFailure(Language.text("\(directory): hr-signing.pub не є відкритим ключем hr-signing.key; відмовлено", "\(directory): hr-signing.pub is not the public key of hr-signing.key; refused"), code: 1)
        }
        // The pages are checked on the second core while the chain's rows are read; the check's verdict comes
        // before anything else is told or written.
        let store = try StoreAccess.open(options, pages: .alongside)
        let anchors = [ChainAnchorFiles.read(keyFolder: directory, english: options.english)].compactMap { $0 }
        let anchorWasMissing = anchors.isEmpty
        let report = try store.checkLedger(trustedKey: key.publicKey, anchors: anchors, english: options.english)
        do {
            try store.requirePinned(key.publicKey)
        } catch let error as KeyPinError {
            throw CommandFailure(Language.describe(error), code: 1)
        }
        let session = HRSession(store: store, key: key, issuer: issuer, report: report, english: options.english, keyDirectory: directory,
                                anchorWasMissing: anchorWasMissing)
        session.reportFindings()
        return session
    }

    /// For the commands an administrator may also run without HR's key (`trainees add|key|remove|import`): the
    /// session when the caller holds the signing key, so that the audit rows the action writes are sealed into
    /// the chain as every HR action's are; nil when the caller cannot read a signing key (no `hr init` yet, or
    /// the key is another account's), and the rows wait for HR's next `hr check`.
    static func openIfKeyHeld(_ options: GlobalOptions) throws -> HRSession? {
        let directory = StoreAccess.keyDirectory(nil, options)
        guard SigningKeys.holdsPrivateKey(directory), SigningKeys.canReadPrivateKey(directory) else { return nil }
        return try open(options, keys: try KeyOptions.parse([]))
    }

    /// One line per finding, on standard error.
    func reportFindings() {
        let wording = LedgerWording(english: english)
        for finding in report.findings { Output.error(wording.finding(finding, original: report.original(of: finding))) }
        if !report.isClean { Output.error(wording.advice) }
    }

    /// Signs the chain head, when the check before the action was clean, and anchors it in the key folder.
    /// `notice`: where to say that the anchor was written for the first time (standard error unless the
    /// command's own output is the place).
    @discardableResult
    func seal(notice: (String) -> Void = Output.error) throws -> ChainAnchor? {
        guard report.isClean else { return nil }
        return try sealAndAnchor(notice: notice)
    }

    /// Signs the chain head and anchors it in HR's key folder, whatever the check found.
    @discardableResult
    func sealAndAnchor(notice: (String) -> Void = Output.error) throws -> ChainAnchor {
        let anchor = try store.sealLedger(with: key)
        try ChainAnchorFiles.write(anchor, toKeyFolder: keyDirectory, english: english)
        if anchorWasMissing { notice(firstAnchorNotice(anchor)) }
        return anchor
    }

    /// What HR must know when the sealed head is anchored outside the database for the first time.
    func firstAnchorNotice(_ anchor: ChainAnchor) -> String {
        let say = Say(english: english)
        let path = ChainAnchorFiles.path(inKeyFolder: keyDirectory)
        let earlier = report.sealedAt.map {
            say("; досі базу засвідчували без нього (остання печатка \($0))", "; until now the database was sealed without one (last seal \($0))")
        } ?? ""
        return say("Засвідчений кінець ланцюжка записано вперше: \(path) (запис №\(anchor.seq))\(earlier). Відкат бази до стану, "
                   + "раніший за цю мить, виявити не можна; відтепер кожна дія HR оновлює цей файл, і видалення новіших записів разом "
                   + "із печатками буде виявлено («ЛАНЦЮЖОК ВІДКОЧЕНО»). Зберігайте теку ключа HR поза спільною текою.",
                   "The sealed chain head was anchored for the first time: \(path) (entry \(anchor.seq))\(earlier). A rollback of the "
                   + "database to a state before this moment cannot be detected; from now on every HR action updates this file, and "
                   + "deleting newer rows together with their seals will be reported («CHAIN ROLLED BACK»). Keep HR's key folder out of the shared folder.")
    }
}

/// The operating-system account running the program (getuid → passwd), never an environment variable.
enum OSAccount {
    static var current: String {
        let uid = getuid()
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return "uid \(uid)" }
        return String(cString: name)
    }
}

/// The chain's findings in words.
struct LedgerWording {
    var english: Bool

    private func pick(_ ukrainian: String, _ englishText: String) -> String { english ? englishText : ukrainian }

    func kind(_ kind: LedgerKind) -> String {
        switch kind {
        case .attempt: return pick("спроба", "attempt")
        case .certificate: return pick("сертифікат", "certificate")
        case .revocation: return pick("відкликання", "revocation")
        case .audit: return pick("запис журналу", "audit entry")
        }
    }

    func finding(_ finding: LedgerFinding) -> String {
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
        case .sealInvalid(let id, let seq, let at):
            return pick("печатка #\(id) від \(at) (до запису №\(seq)) не збігається з ланцюжком або не підписана ключем HR",
                        "seal #\(id) of \(at) (through entry \(seq)) does not match the chain or is not signed by HR's key")
        case .revocationMissing(let number, let auditID):
            return pick("ВИДАЛЕНО відкликання сертифіката \(number) (журнал, запис #\(auditID))",
                        "DELETED: the revocation of certificate \(number) (audit entry #\(auditID))")
        case .rolledBack(let place, let anchored, let at, let chainSeq, let missing, let attempts):
            var lacking = missing.map { "\(kind($0.kind)) #\($0.rowID)" }
            if attempts > 0 { lacking.append(pick("спроб: \(attempts)", "attempts: \(attempts)")) }
            let what = lacking.isEmpty ? pick("записи на цьому місці інші", "the entries there differ") : lacking.joined(separator: ", ")
            let chain = chainSeq < anchored ? pick("у базі ланцюжок закінчується записом №\(chainSeq)", "the database's chain ends at entry \(chainSeq)")
                : pick("у базі на цьому місці інший ланцюжок", "the database's chain differs there")
            return pick("ЛАНЦЮЖОК ВІДКОЧЕНО: у \(place) засвідчено кінець ланцюжка — запис №\(anchored) від \(at), а \(chain); бракує: \(what)",
                        "CHAIN ROLLED BACK: \(place) holds the sealed head — entry \(anchored) of \(at), but \(chain); missing: \(what)")
        case .anchorInvalid(let place):
            return pick("засвідчений кінець ланцюжка у \(place) пошкоджено або не підписано ключем HR",
                        "the sealed chain head in \(place) is damaged or not signed by HR's key")
        }
    }

    /// A finding with what its row held before, when the record kept it (`RecordedOriginal`): «було → стало» for
    /// an edited row, the row as it was for a deleted one.
    func finding(_ finding: LedgerFinding, original: RecordedOriginal?) -> String {
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
    func change(_ change: FieldChange) -> String {
        let label = field(change.field.column)
        let name = change.field.input.map { pick("відповідь \($0), \(label)", "answer \($0), \(label)") } ?? label
        let missing = pick("немає", "none")
        return "\(name) \(change.before ?? missing) → \(change.after ?? missing)"
    }

    /// A covered column's name for people.
    func field(_ column: String) -> String {
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
        "track_description": ("опис напряму", "track description"), "criteria": ("критерії", "criteria"), "issued_at": ("видано", "issued"),
        "expires_at": ("дійсний до", "valid until"), "evidence": ("спроби-докази", "evidence attempts"), "issuer": ("видавець", "issuer"),
        "public_key": ("ключ", "key"), "signature": ("підпис", "signature"), "status_index": ("місце у списку відкликань", "status list index"),
        "status_list": ("список відкликань", "status list"), "certificate_id": ("сертифікат #", "certificate #"),
        "revoked_at": ("відкликано", "revoked"), "reason": ("причина", "reason"), "actor": ("хто", "actor"), "at": ("коли", "at"),
        "action": ("дія", "action"), "subject": ("об'єкт", "subject"), "details": ("подробиці", "details"),
    ]

    var advice: String {
        pick("ланцюжок не засвідчено знову; перевірте (`trenazher hr check`), потім `hr check --accept`",
             "the chain is not sealed again; investigate (`trenazher hr check`), then `hr check --accept`")
    }
}
