import ArgumentParser
import TrenazherStore

/// `trenazher hr …`: certification and reports for HR.
struct HRCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hr",
        abstract: Language.text("Для HR: ключі, статус, сертифікація, відкликання, переоцінка, звіти, експорт, публікація.", "For HR: keys, status, certification, revocation, regrading, reports, export, publishing."),
        subcommands: [HRInitCommand.self, HRStatusCommand.self, HRCertifyCommand.self, HRRevokeCommand.self, HRRegradeCommand.self,
                      HRReportCommand.self, HRExportCommand.self, HRCertificateCommand.self, HRAuditCommand.self,
                      HRCheckCommand.self, HRPublishCommand.self]
    )
}

/// Options of the HR commands that sign or check certificates.
struct KeyOptions: ParsableArguments {
    @Option(name: .long, help: Language.help("Тека ключів HR (типово: $TRENAZHER_KEYS або keys/ поруч із базою).", "The HR key directory (default: $TRENAZHER_KEYS or keys/ next to the database)."))
    var keyDir: String?
}
