import ArgumentParser
import Foundation
import TrenazherStore

/// `trenazher hr regrade`: re-grades every stored transcript with the current grader and lists the attempts
/// whose score or verdicts would change (exit 1 when there are any, 0 when all agree).
struct HRRegradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "regrade", abstract: Language.text("Переоцінити збережені спроби поточним оцінювачем.", "Regrade the stored attempts with the current grader."))

    @OptionGroup var options: GlobalOptions
    @OptionGroup var keys: KeyOptions

    func run() throws {
        let say = Say(english: options.english)
        let wording = ReportWording(english: options.english)
        let world = try options.loadWorld()
        let hr = try HRSession.open(options, keys: keys)
        let store = hr.store
        let report = try Regrader.regrade(store: store, library: world.library, content: world.content)
        for finding in report.changed {
            var parts: [String] = []
            if finding.storedScore != finding.regradedScore {
                parts.append(say("бал \(finding.storedScore) → \(finding.regradedScore)", "score \(finding.storedScore) → \(finding.regradedScore)"))
            }
            if finding.storedPassed != finding.regradedPassed {
                parts.append(say("успіх \(wording.yesNo(finding.storedPassed)) → \(wording.yesNo(finding.regradedPassed))",
                                 "passed \(wording.yesNo(finding.storedPassed)) → \(wording.yesNo(finding.regradedPassed))"))
            }
            parts += finding.verdictChanges.map {
                "\($0.standardID) \($0.stored.map(wording.verdict) ?? "—") → \($0.regraded.map(wording.verdict) ?? "—")"
            }
            if finding.scenarioChanged { parts.append(say("файл сценарію змінено", "scenario file changed")) }
            let attempt = finding.attempt
            Output.print("#\(attempt.id) \(finding.traineeName), \(attempt.scenarioID) (\(wording.mode(attempt.mode)), "
                         + "\(wording.day(attempt.finishedAt ?? attempt.startedAt)), \(say("оцінювач", "grader")) \(attempt.graderVersion)): "
                         + parts.joined(separator: "; "))
        }
        for attempt in report.missingScenarios {
            Output.error(say("#\(attempt.id): сценарію \(attempt.scenarioID) більше немає в бібліотеці — не переоцінено",
                             "#\(attempt.id): scenario \(attempt.scenarioID) is no longer in the library — not re-graded"))
        }
        try store.appendAudit(actor: hr.actor, action: "regrade", subject: AuditText.regraded(report.checked),
                              details: AuditText.regradeChanges(report.changed.map(\.attempt.id)))
        Output.print(say("Переоцінено спроб: \(report.checked); зміниться: \(report.changed.count).",
                         "Attempts re-graded: \(report.checked); would change: \(report.changed.count)."))
        try hr.seal()
        if !report.changed.isEmpty { throw ExitCode(1) }
    }
}
