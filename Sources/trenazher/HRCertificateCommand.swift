import ArgumentParser
import Foundation
import TrenazherStore

/// `trenazher hr certificate CERT`: the certificate as a printable HTML page (verifiable by `trenazher verify`).
struct HRCertificateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "certificate", abstract: "Сертифікат для друку (HTML).")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The certificate number or verification code.") var certificate: String
    @Option(name: .long, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        let store = try StoreAccess.open(options)
        let registered = try StoreAccess.certificate(certificate, in: store)
        try StoreAccess.emit(CertificatePage.html(registered.certificate, english: options.english), to: output)
    }
}
