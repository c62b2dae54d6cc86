import ArgumentParser
import Foundation
import TrenazherStore

/// `trenazher hr certificate CERT`: the certificate as a printable HTML page (verifiable by `trenazher verify`), marked
/// revoked or expired when it is. A certificate whose evidence, row or revocation `hr check` finds changed outside
/// Trenazher is marked «ПІД СУМНІВОМ» with the reasons, and the command exits 1 (the page is written, marked).
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
        let doubts = try store.certificateDoubts(hr.report)[registered.certificate.number] ?? []
        let status = PageStatus.of(registered, at: Date(), doubts: doubts, english: options.english)
        try StoreAccess.emit(CertificatePage.html(registered.certificate, status: status, english: options.english), to: output)
        try hr.seal()
        if case .inDoubt(let reasons) = status {
            let say = Say(english: options.english)
            throw CommandFailure(say("сертифікат \(registered.certificate.number) ПІД СУМНІВОМ (позначено на сторінці): ",
                                     "certificate \(registered.certificate.number) is IN DOUBT (marked on the page): ") + reasons.joined(separator: "; "),
                                 code: 1)
        }
    }
}
