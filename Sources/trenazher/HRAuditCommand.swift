import ArgumentParser
import Foundation
import TrenazherStore

/// `trenazher hr audit`: the append-only log of HR actions.
struct HRAuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: Language.text("Журнал дій HR (лише додавання).", "The HR audit log (append-only)."))

    @OptionGroup var options: GlobalOptions
    @OptionGroup var keys: KeyOptions

    func run() throws {
        let hr = try HRSession.open(options, keys: keys)
        let store = hr.store
        let entries = try store.auditLog()
        let wording = ReportWording(english: options.english)
        let english = options.english
        Output.print(entries.isEmpty ? "—" : entries.map {
            "\(wording.day($0.at)) \(wording.time($0.at))  \($0.actor)  " + AuditText.line(of: $0, english: english)
        }.joined(separator: "\n"))
        try hr.seal()
    }
}
