import ArgumentParser
import Foundation
import TrenazherStore

/// `trenazher verify CODE-OR-FILE`: checks a certificate's signature, revocation and expiry and says
/// which in one line. Exit 0 when valid, 1 when not.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Перевірити сертифікат: код, номер, файл бейджа (.json) або сторінку сертифіката (.html)."
    )

    @OptionGroup var options: GlobalOptions
    @Argument(help: "A verification code, a certificate number, or an exported badge / certificate page.")
    var reference: String
    @Option(name: .long, help: "The HR key directory (default: $TRENAZHER_KEYS or keys/ next to the database).")
    var keyDir: String?

    func run() throws {
        let say = Say(english: options.english)
        let directory = StoreAccess.keyDirectory(keyDir, options)
        do {
            try SigningKeys.checkFolder(directory, owner: nil)
        } catch let error as SigningKeyError {
            throw CommandFailure(error.errorDescription ?? "\(error)", code: 1)
        }
        let issuer = try StoreAccess.issuer(directory)
        let register = StoreAccess.databasePath(options)
        guard FileManager.default.fileExists(atPath: register) else {
            throw CommandFailure(say("\(register): реєстру сертифікатів немає (вкажіть --database)",
                                     "\(register): no certificate register here (give --database)"), code: 1)
        }
        let store = try StoreAccess.open(options)
        try requireTrustworthy(store, key: issuer, directory: directory, say: say)
        let outcome: VerificationOutcome
        if FileManager.default.fileExists(atPath: reference) {
            guard let data = FileManager.default.contents(atPath: reference), let text = String(data: data, encoding: .utf8) else {
                throw CommandFailure("\(reference):1: " + say("не вдається прочитати файл", "cannot read the file"), code: 2)
            }
            let json = CertificatePage.embeddedCredential(in: text) ?? text
            guard let document = JSONDocument.parse(Data(json.utf8)) else {
                throw CommandFailure("\(reference):1: " + say("це не сертифікат (очікується JSON бейджа або HTML сертифіката)",
                                                              "not a certificate (expected a badge JSON or a certificate page)"), code: 2)
            }
            outcome = try store.verify(document: document, trustedKey: issuer.publicKey)
        } else {
            outcome = try store.verify(reference: reference, trustedKey: issuer.publicKey)
        }
        let wording = ReportWording(english: options.english)
        switch outcome {
        case .valid(let certificate):
            Output.print(say("ДІЙСНИЙ: \(certificate.number) — \(certificate.traineeName), «\(certificate.trackTitle)», чинний до \(wording.day(certificate.expiresAt)); підпис правильний, не відкликано",
                             "VALID: \(certificate.number) — \(certificate.traineeName), «\(certificate.trackTitle)», valid until \(wording.day(certificate.expiresAt)); signature correct, not revoked"))
        case .badSignature(let number):
            Output.print(say("НЕДІЙСНИЙ: \(number) — підпис не збігається: сертифікат змінено або підписано іншим ключем",
                             "INVALID: \(number) — signature mismatch: the certificate was altered or signed by another key"))
            throw ExitCode(1)
        case .registerAltered(let number):
            Output.print(say("НЕДІЙСНИЙ: \(number) — файл справжній, але запис у реєстрі змінено; зверніться до HR",
                             "INVALID: \(number) — the file is genuine but its register entry was altered; contact HR"))
            throw ExitCode(1)
        case .revoked(let certificate, let revocation):
            Output.print(say("НЕДІЙСНИЙ: \(certificate.number) — відкликано \(wording.day(revocation.revokedAt)): \(revocation.reason)",
                             "INVALID: \(certificate.number) — revoked on \(wording.day(revocation.revokedAt)): \(revocation.reason)"))
            throw ExitCode(1)
        case .expired(let certificate):
            Output.print(say("НЕДІЙСНИЙ: \(certificate.number) — строк дії минув \(wording.day(certificate.expiresAt))",
                             "INVALID: \(certificate.number) — expired on \(wording.day(certificate.expiresAt))"))
            throw ExitCode(1)
        case .notFound(let reference):
            Output.print(say("НЕДІЙСНИЙ: \(reference) — такого сертифіката немає в реєстрі",
                             "INVALID: \(reference) — no such certificate in the register"))
            throw ExitCode(1)
        }
    }

    /// The key must be the one recorded at `hr init`, HR's own key folder owned by the account that ran it
    /// (a copy of the public key alone may belong to anyone), and the
    /// register's certificates, revocations and audit log as HR's last seal left them.
    private func requireTrustworthy(_ store: ProgressStore, key issuer: IssuerProfile, directory: String, say: Say) throws {
        do {
            try store.requirePinned(issuer.publicKey)
            if let pinned = try store.pinnedIssuerKey(), SigningKeys.holdsPrivateKey(directory) {
                try SigningKeys.checkFolder(directory, owner: pinned.ownerUID)
            }
        } catch let error as KeyPinError {
            throw CommandFailure(error.errorDescription ?? "\(error)", code: 1)
        } catch let error as SigningKeyError {
            throw CommandFailure(error.errorDescription ?? "\(error)", code: 1)
        }
        let register = try store.checkLedger(trustedKey: issuer.publicKey).findings.filter {
            switch $0 {
            case .edited(let kind, _, _), .deleted(let kind, _), .inserted(let kind, _, _), .unsealed(let kind, _, _):
                return kind != .attempt
            case .chainBroken, .sealInvalid, .revocationMissing:
                return true
            }
        }
        guard register.isEmpty else {
            let wording = LedgerWording(english: options.english)
            Output.print(say("НЕПЕРЕВІРНИЙ: реєстр змінено поза тренажером після останньої печатки HR — ",
                             "UNVERIFIABLE: the register was changed outside Trenazher after HR's last seal — ")
                         + register.map(wording.finding).joined(separator: "; "))
            throw ExitCode(1)
        }
    }
}
