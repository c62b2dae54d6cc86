import ArgumentParser
import TrenazherStore

/// `trenazher hr …`: certification and reports for HR.
struct HRCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hr",
        abstract: "Для HR: ключі, статус, сертифікація, відкликання, переоцінка, звіти, експорт, публікація.",
        subcommands: [HRInitCommand.self, HRStatusCommand.self, HRCertifyCommand.self, HRRevokeCommand.self, HRRegradeCommand.self,
                      HRReportCommand.self, HRExportCommand.self, HRCertificateCommand.self, HRAuditCommand.self,
                      HRCheckCommand.self, HRPublishCommand.self]
    )
}

/// Options of the HR commands that sign or check certificates.
struct KeyOptions: ParsableArguments {
    @Option(name: .long, help: "The HR key directory (default: $TRENAZHER_KEYS or keys/ next to the database).")
    var keyDir: String?
}
