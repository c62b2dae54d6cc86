import ArgumentParser
import Foundation
import TrenazherStore

/// `trenazher hr audit`: the append-only log of HR actions.
struct HRAuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Журнал дій HR (лише додавання).")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var keys: KeyOptions

    func run() throws {
        let hr = try HRSession.open(options, keys: keys)
        let store = hr.store
        let entries = try store.auditLog()
        let wording = ReportWording(english: options.english)
        Output.print(entries.isEmpty ? "—" : entries.map {
            "\(wording.day($0.at)) \(String(ISO8601DateFormatter().string(from: $0.at).dropFirst(11).prefix(8)))  \($0.actor)  \($0.action)  \($0.subject): \($0.details)"
        }.joined(separator: "\n"))
        try hr.seal()
    }
}
