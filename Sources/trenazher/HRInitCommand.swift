import ArgumentParser
import Foundation
import TrenazherStore

/// `trenazher hr init`: creates the Ed25519 key pair certificates are signed with, outside the database.
struct HRInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Створити ключ підпису сертифікатів.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var keys: KeyOptions
    @Option(name: .long, help: "The organisation named on certificates.")
    var issuer = "Trenazher"

    func run() throws {
        let say = Say(english: options.english)
        let directory = StoreAccess.keyDirectory(keys.keyDir, options)
        let store = try StoreAccess.open(options)
        if let pinned = try store.pinnedIssuerKey() {
            throw CommandFailure(say("у цій базі вже записано ключ HR (відбиток \(pinned.fingerprint.prefix(16))…); новий ключ не створено",
                                     "this database already records an HR key (fingerprint \(pinned.fingerprint.prefix(16))…); no new key created"),
                                 code: 1)
        }
        let profile: IssuerProfile
        do {
            profile = try SigningKeys.create(in: directory, issuerName: issuer)
        } catch let error as SigningKeyError {
            throw CommandFailure(error.errorDescription ?? "\(error)", code: 1)
        }
        do {
            try store.pinIssuerKey(profile.publicKey, did: profile.did, ownerUID: getuid())
        } catch let error as KeyPinError {
            throw CommandFailure(error.errorDescription ?? "\(error)", code: 1)
        }
        try store.appendAudit(actor: OSAccount.current, action: "hr-init", subject: directory, details: profile.did)
        try store.sealLedger(with: try StoreAccess.signingKey(directory))
        Output.print(say("Ключ підпису створено в \(directory) (закритий ключ: лише для власника, 0600).\nВидавець: \(issuer)\nКлюч: \(profile.did)",
                         "Signing key created in \(directory) (private key readable by the owner only, 0600).\nIssuer: \(issuer)\nKey: \(profile.did)"))
    }
}
