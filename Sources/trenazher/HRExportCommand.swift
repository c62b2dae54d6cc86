import ArgumentParser
import Foundation
import TrenazherStore

/// `trenazher hr export xapi` (JSON lines) and `trenazher hr export badge CERT` (Open Badges 3.0 JSON).
struct HRExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: Language.text("Експорт: xAPI, Open Badges 3.0.", "Export: xAPI, Open Badges 3.0."),
                                                    subcommands: [XAPI.self, Badge.self])

    struct XAPI: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "xapi", abstract: Language.text("Завершені спроби як xAPI-твердження (JSON lines).", "Finished attempts as xAPI statements (JSON lines)."))

        @OptionGroup var options: GlobalOptions
        @OptionGroup var keys: KeyOptions
        @Option(name: .long, help: Language.help("Домашня сторінка облікових записів, що визначає облікові записи працівників.", "The account home page that identifies trainee accounts.")) var homePage = "https://trenazher.localhost"
        @Option(name: .long, help: Language.help("Записати до цього файла замість стандартного виводу.", "Write to this file instead of standard output.")) var output: String?

        func run() throws {
            let world = try options.loadWorld()
            let hr = try HRSession.open(options, keys: keys)
            let store = hr.store
            let exporter = XAPIStatements(homePage: homePage, scenarioTitles: StoreAccess.scenarioTitles(world, english: false),
                                          englishScenarioTitles: StoreAccess.englishScenarioTitles(world))
            var lines: [String] = []
            for trainee in try store.trainees() {
                let verdicts = try store.standardVerdicts(traineeID: trainee.id)
                for attempt in try store.attempts(traineeID: trainee.id, status: .finished) {
                    lines.append(exporter.statement(for: attempt, trainee: trainee, verdicts: verdicts[attempt.id] ?? []).canonical)
                }
            }
            try StoreAccess.emit(lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n"), to: output)
            try store.appendAudit(actor: hr.actor, action: "export-xapi", subject: AuditText.statements(lines.count),
                                  details: AuditText.destination(output))
            try hr.seal()
        }
    }

    struct Badge: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "badge", abstract: Language.text("Сертифікат як підписаний бейдж Open Badges 3.0.", "A certificate as a signed Open Badges 3.0 badge."))

        @OptionGroup var options: GlobalOptions
        @OptionGroup var keys: KeyOptions
        @Argument(help: Language.help("Номер сертифіката або код перевірки.", "The certificate number or verification code.")) var certificate: String
        @Option(name: .long, help: Language.help("Записати до цього файла замість стандартного виводу.", "Write to this file instead of standard output.")) var output: String?

        func run() throws {
            let hr = try HRSession.open(options, keys: keys)
            let store = hr.store
            let registered = try StoreAccess.certificate(certificate, in: store)
            try StoreAccess.emit(OpenBadgeCredential.signed(registered.certificate).pretty + "\n", to: output)
            try store.appendAudit(actor: hr.actor, action: "export-badge", subject: registered.certificate.traineeName,
                                  details: AuditText.badgeExport(number: registered.certificate.number, file: output))
            try hr.seal()
        }
    }
}
