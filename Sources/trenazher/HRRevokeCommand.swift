import ArgumentParser
import Foundation
import TrenazherStore

/// `trenazher hr revoke CERT --reason TEXT`.
struct HRRevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: Language.text("Відкликати сертифікат.", "Revoke a certificate."))

    @OptionGroup var options: GlobalOptions
    @OptionGroup var keys: KeyOptions
    @Argument(help: Language.help("Номер сертифіката або код перевірки.", "The certificate number or verification code.")) var certificate: String
    @Option(name: .long, help: Language.help("Причина відкликання (зберігається в реєстрі та журналі дій).", "Why it is revoked (kept in the register and the audit log).")) var reason: String

    func validate() throws {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError(Language.text("--reason не може бути порожнім", "--reason must not be empty")) }
    }

    func run() throws {
        let say = Say(english: options.english)
        let hr = try HRSession.open(options, keys: keys)
        let revoked = try StoreAccess.attempt { try hr.store.revoke(reference: certificate, reason: reason, actor: hr.actor) }
        try hr.seal()
        Output.print(say("Сертифікат \(revoked.number) (\(revoked.traineeName)) відкликано: \(reason)",
                         "Certificate \(revoked.number) (\(revoked.traineeName)) revoked: \(reason)"))
    }
}
