import ArgumentParser
import Foundation
import TrenazherStore

/// `trenazher hr certificate CERT`: the certificate as a printable HTML page (verifiable by `trenazher verify`), marked
/// revoked or expired when it is.
struct HRCertificateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "certificate", abstract: Language.text("Сертифікат для друку (HTML).", "A certificate to print (HTML)."))

    @OptionGroup var options: GlobalOptions
    @OptionGroup var keys: KeyOptions
    @Argument(help: Language.help("Номер сертифіката або код перевірки.", "The certificate number or verification code.")) var certificate: String
    @Option(name: .long, help: Language.help("Записати до цього файла замість стандартного виводу.", "Write to this file instead of standard output.")) var output: String?

    func run() throws {
        let hr = try HRSession.open(options, keys: keys)
        let store = hr.store
        let registered = try StoreAccess.certificate(certificate, in: store)
        try StoreAccess.emit(CertificatePage.html(registered.certificate, status: .of(registered, at: Date()),
                                                           english: options.english), to: output)
        try hr.seal()
    }
}
