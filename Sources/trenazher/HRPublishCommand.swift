import ArgumentParser
import Foundation
import TrenazherStore

/// `trenazher hr publish DIR [--base-url URL]`: writes the folder HR hosts at the recorded address — the signed
/// revocation list, every certificate's signed badge, HR's public key and the static verification page (which marks
/// a certificate resting on rows changed outside Trenazher «ПІД СУМНІВОМ»).
struct HRPublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: Language.text("Опублікувати підписаний список відкликань, бейджі та сторінку перевірки в теку для розміщення.", "Publish the signed revocation list, the badges and the verification page into a folder to host."))

    @OptionGroup var options: GlobalOptions
    @OptionGroup var keys: KeyOptions
    @Argument(help: Language.help("Тека, куди записати опубліковані файли (створюється, якщо її немає).", "The folder to write the published files to (created if missing).")) var directory: String
    @Option(name: .long, help: Language.help("Адреса (https://…), за якою HR розміщує теку; записується один раз.", "The address (https://…) where HR hosts the folder; recorded once.")) var baseURL: String?

    func run() throws {
        let say = Say(english: options.english)
        let hr = try HRSession.open(options, keys: keys)
        guard hr.report.isClean else {
            throw CommandFailure(say("відмовлено: записи змінено поза тренажером (див. вище); список відкликань не опубліковано",
                                     "refused: records were changed outside Trenazher (see above); the revocation list was not published"),
                                 code: 1)
        }
        let base = try PublicationSetup.record(baseURL, store: hr.store, actor: hr.actor, english: options.english)
        guard let base else {
            throw CommandFailure(say("адресу публікації ще не записано: вкажіть --base-url https://… (де HR розміщуватиме теку)",
                                     "no publication address recorded yet: give --base-url https://… (where HR will host the folder)"), code: 2)
        }
        let now = Date()
        let certificates = try hr.store.certificatesForPublication()
        // Findings HR accepted still cast doubt on the certificates resting on them: the page says so.
        let doubts = try hr.store.certificateDoubts(hr.report)
        let files: [PublishedFolder.File]
        do {
            files = try PublishedFolder.files(certificates: certificates, doubts: doubts, base: base, key: hr.key, issuerName: hr.issuer.name, at: now,
                                              english: options.english)
        } catch PublishError.cannotCompress {
            throw CommandFailure(say("не вдалося стиснути список відкликань (zlib)", "cannot compress the revocation list (zlib)"), code: 1)
        } catch {
            throw CommandFailure(say("не вдалося підписати список відкликань: \(error)", "cannot sign the revocation list: \(error)"), code: 1)
        }
        let root = URL(fileURLWithPath: directory)
        for file in files {
            let url = root.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url, options: .atomic)
            } catch {
                throw CommandFailure(say("\(url.path): не вдається записати файл", "\(url.path): cannot write the file"), code: 1)
            }
        }
        let revoked = certificates.filter { $0.revocation != nil }.count
        let unlisted = certificates.filter { $0.certificate.status == nil }.count
        try hr.store.appendAudit(actor: hr.actor, action: "publish", subject: directory,
                                 details: AuditText.published(base: base, certificates: certificates.count, revoked: revoked))
        if let anchor = try hr.seal() { try ChainAnchorFiles.write(anchor, toPublished: root, english: options.english) }
        var lines = [say("Опубліковано в \(directory): список відкликань (\(RevocationStatusList.relativePath), відкликано \(revoked)), бейджів: \(certificates.count), сторінка перевірки index.html.",
                         "Published to \(directory): the revocation list (\(RevocationStatusList.relativePath), \(revoked) revoked), \(certificates.count) badges, the verification page index.html."),
                     say("Розмістіть вміст теки за адресою \(base)/ і публікуйте знову після кожного відкликання.",
                         "Host the folder's content at \(base)/ and publish again after every revocation.")]
        let inDoubt = certificates.filter { !(doubts[$0.certificate.number] ?? []).isEmpty }.count
        if inDoubt > 0 {
            lines.append(say("\(inDoubt) сертифікат(ів) ПІД СУМНІВОМ — записи, на яких вони ґрунтуються, змінено поза тренажером (знахідки прийнято): сторінка перевірки так їх і позначає.",
                             "\(inDoubt) certificate(s) IN DOUBT — the records they rest on were changed outside Trenazher (the findings accepted): the verification page marks them so."))
        }
        if unlisted > 0 {
            lines.append(say("\(unlisted) сертифікат(ів) видано до запису адреси: вони не посилаються на список відкликань — їх стан показує реєстр і ця сторінка.",
                             "\(unlisted) certificate(s) were issued before the address was recorded: they do not point at the list — the register and this page show their status."))
        }
        Output.print(lines.joined(separator: "\n"))
    }
}

/// Records the publication address given on the command line (`hr init`, `hr publish`), once.
enum PublicationSetup {
    /// The recorded address after recording `option` (when given): exit 2 for an address that is not an
    /// http(s) URL or differs from the one recorded.
    static func record(_ option: String?, store: ProgressStore, actor: String, english: Bool) throws -> String? {
        let say = Say(english: english)
        guard let option else { return try store.publicationBase() }
        guard let address = PublicationAddress.normalized(option) else {
            throw CommandFailure(say("--base-url: «\(option)» — не адреса https:// або http:// (без ? і #)",
                                     "--base-url: '\(option)' is not an https:// or http:// address (without ? and #)"), code: 2)
        }
        do {
            try store.recordPublicationBase(address, actor: actor)
        } catch PublicationError.anotherAddressRecorded(let recorded) {
            throw CommandFailure(say("адресу публікації вже записано: \(recorded); видані сертифікати посилаються на неї, тож її не змінюють",
                                     "the publication address is already recorded: \(recorded); issued certificates point at it, so it is not changed"),
                                 code: 2)
        }
        return address
    }
}
