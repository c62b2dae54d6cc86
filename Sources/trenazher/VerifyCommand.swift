import ArgumentParser
import Crypto
import Foundation
import TrenazherStore

/// `trenazher verify CODE-OR-FILE [--status FOLDER-OR-URL]`: checks a certificate's signature, the printed
/// page's text against it, its revocation (in the register and in HR's published, signed list) and expiry,
/// and says which in one line. Exit 0 when valid, 1 when not, 2 for bad input.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: Language.text("Перевірити сертифікат: код, номер, файл бейджа (.json) або сторінку сертифіката (.html).", "Verify a certificate: a code, a number, a badge file (.json) or a certificate page (.html).")
    )

    @OptionGroup var options: GlobalOptions
    @Argument(help: Language.help("Код перевірки, номер сертифіката, адреса з QR-коду, файл бейджа або сторінка сертифіката.", "A verification code, a certificate number, the address from the QR code, a badge file or a certificate page."))
    var reference: String
    @Option(name: .long, help: Language.help("Тека ключа HR (типово: $TRENAZHER_KEYS або keys/ поруч із базою; без неї — ключ з опублікованої теки).", "The HR key directory (default: $TRENAZHER_KEYS or keys/ next to the database; without it, the key from the published folder)."))
    var keyDir: String?
    @Option(name: .long, help: Language.help("Опублікована тека HR (шлях, file://… або https://…): перевірити підписаний список відкликань.", "The HR published folder (a path, file://… or https://…): check the signed revocation list."))
    var status: String?

    /// What the revocation check found, for the verdict line.
    private enum RevocationCheck {
        case notChecked
        case register
        case published(Date?)
        case registerAndPublished(Date?)
    }

    func run() throws {
        let say = Say(english: options.english)
        var statusOption = status
        var target = reference
        if let url = URL(string: reference), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
           let fragment = url.fragment, !fragment.isEmpty {
            target = fragment
            if statusOption == nil { statusOption = String(reference.prefix { $0 != "#" }) }
        }
        let source = try statusOption.map { try PublishedSource($0, english: options.english) }
        let register = StoreAccess.databasePath(options)
        let hasRegister = FileManager.default.fileExists(atPath: register)

        var page: String?
        var document: JSONDocument?
        if !FileManager.default.fileExists(atPath: target), Self.namesAFile(target) {
            throw CommandFailure("\(target): " + say("файлу немає (очікується код перевірки, номер сертифіката, файл бейджа .json або сторінка .html)",
                                                    "no such file (expected a verification code, a certificate number, a badge .json or a page .html)"),
                                 code: 2)
        }
        if FileManager.default.fileExists(atPath: target) {
            guard let data = FileManager.default.contents(atPath: target), let text = String(data: data, encoding: .utf8) else {
                throw CommandFailure("\(target):1: " + say("не вдається прочитати файл", "cannot read the file"), code: 2)
            }
            let embedded = CertificatePage.embeddedCredential(in: text)
            if embedded != nil { page = text }
            guard let parsed = JSONDocument.parse(Data((embedded ?? text).utf8)), Self.isCredential(parsed) else {
                throw CommandFailure("\(target):1: " + say("це не сертифікат (очікується JSON бейджа або HTML сертифіката)",
                                                           "not a certificate (expected a badge JSON or a certificate page)"), code: 2)
            }
            document = parsed
        } else if !hasRegister {
            guard let source else {
                throw CommandFailure(say("\(register): реєстру сертифікатів немає — вкажіть --database або опубліковану теку HR (--status ТЕКА|https://…)",
                                         "\(register): no certificate register here — give --database or HR's published folder (--status FOLDER|https://…)"),
                                     code: 2)
            }
            document = try publishedBadge(target, in: source, say: say)
        }

        let issuer = try trustedIssuer(source: hasRegister ? nil : source, say: say)
        if let page, let document, DataIntegrityProof.verify(document, trustedKey: issuer.publicKey) {
            try requireMatchingPage(page, say: say)
        }

        let wording = ReportWording(english: options.english)
        var facts: CredentialFacts
        var revocation: RevocationCheck = .notChecked
        if hasRegister {
            let store = try StoreAccess.open(options)
            let report = try requireTrustworthy(store, key: issuer, published: source, say: say)
            let outcome = try document.map { try store.verify(document: $0, trustedKey: issuer.publicKey) }
                ?? store.verify(reference: target, trustedKey: issuer.publicKey)
            let certificate = try registerVerdict(outcome, say: say, wording: wording)
            if let doubts = try store.certificateDoubts(report)[certificate.number], !doubts.isEmpty {
                Output.print(say("НЕПЕРЕВІРНИЙ: \(certificate.number) — ", "UNVERIFIABLE: \(certificate.number) — ")
                             + doubts.map { $0.text(english: options.english) }.joined(separator: "; ") + say("; зверніться до HR", "; contact HR"))
                throw ExitCode(1)
            }
            facts = CredentialFacts(certificate: certificate)
            if document == nil { document = OpenBadgeCredential.signed(certificate) }
            revocation = .register
        } else {
            guard let signed = document, DataIntegrityProof.verify(signed, trustedKey: issuer.publicKey),
                  let read = CredentialFacts(credential: signed) else {
                let claimed = document.flatMap { CredentialFacts(credential: $0)?.number } ?? target
                Output.print(say("НЕДІЙСНИЙ: \(claimed) — підпис не збігається: сертифікат змінено або підписано іншим ключем",
                                 "INVALID: \(claimed) — signature mismatch: the certificate was altered or signed by another key"))
                throw ExitCode(1)
            }
            facts = read
        }

        if let source, let signed = document {
            if case .notRevoked(let date) = try publishedStatus(of: signed, facts: facts, in: source, key: issuer, say: say, wording: wording) {
                if case .register = revocation { revocation = .registerAndPublished(date) } else { revocation = .published(date) }
            }
        }
        if !hasRegister, facts.isExpired(at: Date()) {
            Output.print(say("НЕДІЙСНИЙ: \(facts.number) — строк дії минув \(facts.validUntil.map(wording.day) ?? "—")",
                             "INVALID: \(facts.number) — expired on \(facts.validUntil.map(wording.day) ?? "—")"))
            throw ExitCode(1)
        }
        let until = facts.validUntil.map(wording.day) ?? "—"
        let checked: String
        switch revocation {
        case .notChecked:
            checked = say("стан відкликання НЕ перевірено (вкажіть --status ТЕКА або адресу опублікованої теки HR)",
                          "revocation status NOT checked (give --status FOLDER or the address of HR's published folder)")
        case .register:
            checked = say("не відкликано", "not revoked")
        case .published(let date):
            checked = say("за опублікованим списком відкликань від \(date.map(wording.day) ?? "—") не відкликано",
                          "not revoked according to the published revocation list of \(date.map(wording.day) ?? "—")")
        case .registerAndPublished(let date):
            checked = say("не відкликано (реєстр і опублікований список від \(date.map(wording.day) ?? "—"))",
                          "not revoked (register and the published list of \(date.map(wording.day) ?? "—"))")
        }
        let older = document.map(DataIntegrityProof.isOlderFormat) == true
            ? say("; старший формат: лише підпис eddsa-jcs-2022, без eddsa-rdfc-2022 для перевірників Open Badges",
                  "; older format: eddsa-jcs-2022 signature only, no eddsa-rdfc-2022 proof for Open Badges verifiers") : ""
        Output.print(say("ДІЙСНИЙ: \(facts.number) — \(facts.holder), «\(facts.trackTitle)», чинний до \(until); підпис правильний, \(checked)\(older)",
                         "VALID: \(facts.number) — \(facts.holder), «\(facts.trackTitle(english: true))», valid until \(until); signature correct, \(checked)\(older)"))
    }

    /// Whether a reference that is no existing file was meant as one: a path (it holds a `/`, and is no web
    /// address) or a name ending in `.json`, `.jsonld`, `.html` or `.htm`. Codes (`K7Q4-M2XD-9PTA`) and numbers
    /// (`ТР-2026-000001`) hold neither.
    static func namesAFile(_ reference: String) -> Bool {
        if reference.contains("://") { return false }
        let lowered = reference.lowercased()
        return reference.contains("/") || [".json", ".jsonld", ".html", ".htm"].contains { lowered.hasSuffix($0) }
    }

    /// Whether a JSON document is a verifiable credential at all (its `type` names `VerifiableCredential`, or it
    /// has a `credentialSubject`): any other JSON is bad input, not a certificate whose signature fails.
    static func isCredential(_ document: JSONDocument) -> Bool {
        let types = document["type"]?.arrayValue?.compactMap(\.stringValue) ?? document["type"]?.stringValue.map { [$0] } ?? []
        return types.contains("VerifiableCredential") || document["credentialSubject"] != nil
    }

    /// The badge of a code in the published folder.
    private func publishedBadge(_ typed: String, in source: PublishedSource, say: Say) throws -> JSONDocument {
        let code = Certificate.normalizedCode(typed)
        guard code.count == 12, code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw CommandFailure(say("«\(typed)»: без реєстру сертифікат перевіряють за кодом перевірки (K7Q4-M2XD-9PTA) або файлом",
                                     "'\(typed)': without the register a certificate is verified by its code (K7Q4-M2XD-9PTA) or a file"), code: 2)
        }
        let dashed = stride(from: 0, to: 12, by: 4).map { start -> String in
            let from = code.index(code.startIndex, offsetBy: start)
            return String(code[from..<code.index(from, offsetBy: 4)])
        }.joined(separator: "-")
        guard let data = try source.read(PublishedFolder.badgePath(code: dashed)), let badge = JSONDocument.parse(data) else {
            Output.print(say("НЕДІЙСНИЙ: \(dashed) — такого сертифіката немає в опублікованій теці \(source.text)",
                             "INVALID: \(dashed) — no such certificate in the published folder \(source.text)"))
            throw ExitCode(1)
        }
        return badge
    }

    /// HR's public key: the key folder (checked: not writable by others), or — without a register and without a
    /// key folder — the copy in the published folder.
    private func trustedIssuer(source: PublishedSource?, say: Say) throws -> IssuerProfile {
        let directory = StoreAccess.keyDirectory(keyDir, options)
        if let source, keyDir == nil, !FileManager.default.fileExists(atPath: directory) {
            let keyPath = PublishedFolder.keyFolder + "/hr-signing.pub"
            guard let data = try source.read(keyPath), let text = String(data: data, encoding: .utf8),
                  let raw = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)),
                  let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else {
                throw CommandFailure(say("\(source.text): у теці немає ключа HR (\(keyPath)); вкажіть --key-dir",
                                         "\(source.text): the folder holds no HR key (\(keyPath)); give --key-dir"), code: 1)
            }
            return IssuerProfile(name: "", publicKey: key)
        }
        do {
            try SigningKeys.checkFolder(directory, owner: nil)
        } catch let error as SigningKeyError {
            throw CommandFailure(Language.describe(error), code: 1)
        }
        return try StoreAccess.issuer(directory)
    }

    /// Refuses a page whose visible text is not what its signed credential says.
    private func requireMatchingPage(_ page: String, say: Say) throws {
        switch CertificatePage.mismatch(in: page) {
        case nil:
            return
        case .noCredential?:
            Output.print(say("НЕДІЙСНИЙ: на сторінці немає підписаного сертифіката", "INVALID: the page holds no signed certificate"))
        case .text(let shown, let signed)?:
            Output.print(say("НЕДІЙСНИЙ: текст сторінки змінено — на сторінці «\(shown)», у підписаному сертифікаті «\(signed)»",
                             "INVALID: the page's text was changed — the page shows '\(shown)', the signed certificate says '\(signed)'"))
        case .markup?:
            Output.print(say("НЕДІЙСНИЙ: розмітку сторінки змінено (стилі, QR-код або посилання), хоча текст збігається",
                             "INVALID: the page's markup (styles, QR code or links) was changed, though its text matches"))
        }
        throw ExitCode(1)
    }

    /// The register's answer; prints and exits 1 unless the certificate is valid.
    private func registerVerdict(_ outcome: VerificationOutcome, say: Say, wording: ReportWording) throws -> Certificate {
        switch outcome {
        case .valid(let certificate):
            return certificate
        case .badSignature(let number):
            Output.print(say("НЕДІЙСНИЙ: \(number) — підпис не збігається: сертифікат змінено або підписано іншим ключем",
                             "INVALID: \(number) — signature mismatch: the certificate was altered or signed by another key"))
        case .registerAltered(let number):
            Output.print(say("НЕДІЙСНИЙ: \(number) — файл справжній, але запис у реєстрі змінено; зверніться до HR",
                             "INVALID: \(number) — the file is genuine but its register entry was altered; contact HR"))
        case .revoked(let certificate, let revocation):
            Output.print(say("НЕДІЙСНИЙ: \(certificate.number) — відкликано \(wording.day(revocation.revokedAt)): \(revocation.reason)",
                             "INVALID: \(certificate.number) — revoked on \(wording.day(revocation.revokedAt)): \(revocation.reason)"))
        case .expired(let certificate):
            Output.print(say("НЕДІЙСНИЙ: \(certificate.number) — строк дії минув \(wording.day(certificate.expiresAt))",
                             "INVALID: \(certificate.number) — expired on \(wording.day(certificate.expiresAt))"))
        case .notFound(let reference):
            Output.print(say("НЕДІЙСНИЙ: \(reference) — такого сертифіката немає в реєстрі",
                             "INVALID: \(reference) — no such certificate in the register"))
        }
        throw ExitCode(1)
    }

    /// The published list's answer when the certificate is not revoked there or has no place in a list; prints and
    /// exits 1 when it is revoked or the list cannot be trusted.
    private func publishedStatus(of credential: JSONDocument, facts: CredentialFacts, in source: PublishedSource, key issuer: IssuerProfile,
                                 say: Say, wording: ReportWording) throws -> PublishedStatus {
        guard facts.status != nil else { return .noStatusEntry }
        guard let data = try source.read(RevocationStatusList.relativePath), let list = JSONDocument.parse(data) else {
            Output.print(say("НЕПЕРЕВІРНИЙ: \(facts.number) — у \(source.text) немає списку відкликань (\(RevocationStatusList.relativePath))",
                             "UNVERIFIABLE: \(facts.number) — \(source.text) holds no revocation list (\(RevocationStatusList.relativePath))"))
            throw ExitCode(1)
        }
        let answer = PublishedStatus.check(credential: credential, list: list, trustedKey: issuer.publicKey)
        switch answer {
        case .notRevoked, .noStatusEntry:
            return answer
        case .revoked(let date):
            Output.print(say("НЕДІЙСНИЙ: \(facts.number) — відкликано (опублікований список відкликань від \(date.map(wording.day) ?? "—"))",
                             "INVALID: \(facts.number) — revoked (published revocation list of \(date.map(wording.day) ?? "—"))"))
        case .listNotSigned:
            Output.print(say("НЕПЕРЕВІРНИЙ: \(facts.number) — список відкликань у \(source.text) не підписано ключем HR (змінено або підмінено)",
                             "UNVERIFIABLE: \(facts.number) — the revocation list in \(source.text) is not signed by HR's key (altered or replaced)"))
        case .wrongList(let expected, let found):
            Output.print(say("НЕПЕРЕВІРНИЙ: \(facts.number) — сертифікат посилається на список \(expected), а в \(source.text) — \(found)",
                             "UNVERIFIABLE: \(facts.number) — the certificate points at the list \(expected), \(source.text) holds \(found)"))
        case .listUnreadable(let reason):
            Output.print(say("НЕПЕРЕВІРНИЙ: \(facts.number) — список відкликань не прочитано: \(reason)",
                             "UNVERIFIABLE: \(facts.number) — the revocation list cannot be read: \(reason)"))
        }
        throw ExitCode(1)
    }

    /// The key must be the one recorded at `hr init`, HR's own key folder owned by the account that ran it
    /// (a copy of the public key alone may belong to anyone), and the
    /// register's certificates, revocations and audit log as HR's last seal left them. Returns the chain's report
    /// (its attempt findings are judged per certificate, `CertificateDoubt`).
    private func requireTrustworthy(_ store: ProgressStore, key issuer: IssuerProfile, published: PublishedSource?, say: Say) throws -> LedgerReport {
        let directory = StoreAccess.keyDirectory(keyDir, options)
        do {
            try store.requirePinned(issuer.publicKey)
            if let pinned = try store.pinnedIssuerKey(), SigningKeys.holdsPrivateKey(directory) {
                try SigningKeys.checkFolder(directory, owner: pinned.ownerUID)
            }
        } catch let error as KeyPinError {
            throw CommandFailure(Language.describe(error), code: 1)
        } catch let error as SigningKeyError {
            throw CommandFailure(Language.describe(error), code: 1)
        }
        // The heads HR sealed, kept outside the database: a register rolled back to an earlier seal is not trusted.
        var anchors = [ChainAnchorFiles.read(keyFolder: directory)].compactMap { $0 }
        if let published, let anchor = try ChainAnchorFiles.read(published: published) { anchors.append(anchor) }
        let report = try store.checkLedger(trustedKey: issuer.publicKey, anchors: anchors, english: options.english)
        let register = report.findings.filter {
            switch $0 {
            case .edited(let kind, _, _), .deleted(let kind, _), .inserted(let kind, _, _), .unsealed(let kind, _, _):
                return kind != .attempt
            case .chainBroken, .sealInvalid, .revocationMissing, .rolledBack, .anchorInvalid:
                return true
            }
        }
        guard register.isEmpty else {
            let wording = LedgerWording(english: options.english)
            Output.print(say("НЕПЕРЕВІРНИЙ: реєстр змінено поза тренажером після останньої печатки HR — ",
                             "UNVERIFIABLE: the register was changed outside Trenazher after HR's last seal — ")
                         + register.map { wording.finding($0, original: report.original(of: $0)) }.joined(separator: "; "))
            throw ExitCode(1)
        }
        return report
    }
}
