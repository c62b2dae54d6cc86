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

    /// Opens the session; reports the chain's findings on standard error. A missing database is refused
    /// (`StoreAccess.open`) unless the command may start one (`creating`).
    static func open(_ options: GlobalOptions, keys: KeyOptions, creating: Bool = false) throws -> HRSession {
        if !creating { try StoreAccess.requireDatabase(options) }
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
        let store = try StoreAccess.open(options, pages: .alongside, creating: creating)
        let anchors = [ChainAnchorFiles.read(keyFolder: directory)].compactMap { $0 }
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
    static func openIfKeyHeld(_ options: GlobalOptions, creating: Bool = false) throws -> HRSession? {
        let directory = StoreAccess.keyDirectory(nil, options)
        guard SigningKeys.holdsPrivateKey(directory), SigningKeys.canReadPrivateKey(directory) else { return nil }
        return try open(options, keys: try KeyOptions.parse([]), creating: creating)
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
        let earlier = report.sealedAt.map(LedgerWording(english: english).moment).map {
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
