import ArgumentParser
import Foundation
import TrenazherStore

/// `trenazher hr check [--accept]`: every finished attempt (with its inputs), certificate, revocation and
/// audit entry against the hash chain, and the chain against HR's seals; each row edited, inserted or
/// deleted since the last seal is named (exit 1). `--accept` records in the audit log that HR has seen the
/// findings and seals the present state.
struct HRCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: Language.text("Перевірити, чи не змінено записи поза тренажером.", "Check that no record was changed outside the trainer."))

    @OptionGroup var options: GlobalOptions
    @OptionGroup var keys: KeyOptions
    @Flag(name: .long, help: Language.help("Прийняти знахідки після розслідування: записати їх у журнал і запечатати поточний стан.", "Accept the findings after investigating them: log them and seal the present state."))
    var accept = false

    func run() throws {
        let say = Say(english: options.english)
        let hr = try HRSession.open(options, keys: keys)
        let report = hr.report
        let sealed = report.sealedAt.map(LedgerWording(english: options.english).moment).map {
            say("засвідчено ключем HR \($0)", "sealed by HR's key \($0)")
        } ?? say("ще не засвідчено", "not sealed yet")
        Output.print(say("Записів у ланцюжку: \(report.entries); \(sealed); нових спроб після печатки: \(report.pendingAttempts); знахідок: \(report.findings.count).",
                         "Chain entries: \(report.entries); \(sealed); attempts since the seal: \(report.pendingAttempts); findings: \(report.findings.count)."))
        let wording = LedgerWording(english: options.english)
        for finding in report.accepted {
            Output.print(say("прийнято раніше (hr check --accept): ", "accepted earlier (hr check --accept): ")
                         + wording.finding(finding, original: report.original(of: finding)))
        }
        if !report.taintedAttempts.isEmpty {
            let list = report.taintedAttempts.sorted().map { "#\($0)" }.joined(separator: ", ")
            Output.print(say("спроби, змінені поза тренажером, ніколи не будуть доказом для сертифіката: \(list)",
                             "attempts changed outside Trenazher never count as evidence for a certificate: \(list)"))
        }
        if report.isClean {
            try hr.seal(notice: Output.print)
            return
        }
        guard accept else { throw ExitCode(1) }
        try hr.store.appendAudit(actor: hr.actor, action: LedgerAcceptance.action,
                                 subject: AuditText.findingsAccepted(report.findings.count),
                                 details: AuditText.findingsAccepted(report))
        try hr.sealAndAnchor(notice: Output.print)
        Output.print(say("Знахідки прийнято і записано в журнал; поточний стан засвідчено. Змінені поза тренажером спроби не зараховуються як доказ.",
                         "Findings accepted and logged; the present state is sealed. Attempts changed outside Trenazher do not count as evidence."))
    }
}
