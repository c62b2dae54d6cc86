import ArgumentParser
import Foundation
import TrenazherStore

/// `trenazher hr init`: creates the Ed25519 key pair certificates are signed with, outside the database.
struct HRInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: Language.text("Створити ключ підпису сертифікатів.", "Create the certificate signing key."))

    @OptionGroup var options: GlobalOptions
    @OptionGroup var keys: KeyOptions
    @Option(name: .long, help: Language.help("Організація, названа в сертифікатах.", "The organisation named on certificates."))
    var issuer = "Trenazher"
    @Option(name: .long, help: Language.help("Адреса (https://…), за якою HR розміщуватиме опубліковану теку (`hr publish`); записується один раз.", "The address (https://…) where HR will host the published folder (`hr publish`); recorded once."))
    var baseURL: String?

    func run() throws {
        let say = Say(english: options.english)
        let directory = StoreAccess.keyDirectory(keys.keyDir, options)
        if let baseURL, PublicationAddress.normalized(baseURL) == nil {
            throw CommandFailure(say("--base-url: «\(baseURL)» — не адреса https:// або http:// (без ? і #)",
                                     "--base-url: '\(baseURL)' is not an https:// or http:// address (without ? and #)"), code: 2)
        }
        let store = try StoreAccess.open(options, creating: true)
        if let pinned = try store.pinnedIssuerKey() {
            throw CommandFailure(say("у цій базі вже записано ключ HR (відбиток \(pinned.fingerprint.prefix(16))…); новий ключ не створено",
                                     "this database already records an HR key (fingerprint \(pinned.fingerprint.prefix(16))…); no new key created"),
                                 code: 1)
        }
        let profile: IssuerProfile
        do {
            profile = try SigningKeys.create(in: directory, issuerName: issuer)
        } catch let error as SigningKeyError {
            throw CommandFailure(Language.describe(error), code: 1)
        }
        do {
            try store.pinIssuerKey(profile.publicKey, did: profile.did, ownerUID: getuid())
        } catch let error as KeyPinError {
            throw CommandFailure(Language.describe(error), code: 1)
        }
        try store.appendAudit(actor: OSAccount.current, action: "hr-init", subject: directory, details: profile.did)
        _ = try PublicationSetup.record(baseURL, store: store, actor: OSAccount.current, english: options.english)
        let anchor = try store.sealLedger(with: try StoreAccess.signingKey(directory))
        try ChainAnchorFiles.write(anchor, toKeyFolder: directory, english: options.english)
        Output.print(say("Ключ підпису створено в \(directory) (закритий ключ: лише для власника, 0600).\nВидавець: \(issuer)\nКлюч: \(profile.did)",
                         "Signing key created in \(directory) (private key readable by the owner only, 0600).\nIssuer: \(issuer)\nKey: \(profile.did)"))
    }
}
