import ArgumentParser
import Foundation
import TrenazherCore

/// `trenazher scenarios analyze SCENARIO TEXT`: what the grader sees in one trainee turn — for
/// trainers writing patterns and examples.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: Language.text("Показати, що грейдер бачить в одній репліці (наміри, факти, дати, «ти»-форми).", "Show what the grader sees in one turn (intents, facts, dates, «ти» forms).")
    )

    @OptionGroup var options: GlobalOptions
    @Argument(help: Language.help("ID сценарію або шлях до його файлу .yaml.", "The scenario ID, or the path of its .yaml file.")) var scenarioID: String
    @Argument(help: Language.help("Репліка працівника.", "The trainee's turn.")) var text: String
    @Option(name: .long, help: Language.help("Ім'я працівника.", "The trainee's first name.")) var name = "Олена"

    func run() throws {
        let world = try options.loadWorld()
        let scenario = try world.scenario(scenarioID, near: [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)])
        let analysis = TurnAnalyzer(scenario: scenario, content: world.content, traineeName: name).analyze(text)
        var lines: [String] = []
        for (intent, match) in analysis.intents.sorted(by: { $0.key < $1.key }) where intent != "any" {
            lines.append("intent \(intent): «\(match.evidence)»")
        }
        for hit in analysis.informal { lines.append("informal: «\(hit.text)» — \(hit.reason)") }
        for hit in analysis.discourtesy { lines.append("courtesy: «\(hit.text)» — \(hit.reason)") }
        for hit in analysis.foreignLanguage { lines.append("language: «\(hit.text)» — \(hit.reason)") }
        for fact in analysis.accountFacts { lines.append("account fact: «\(fact.evidence)»") }
        for date in analysis.mentions.dates { lines.append("date \(date.date): «\(date.evidence)»") }
        for time in analysis.mentions.times { lines.append("time \(time.minutes.map(ClockTime.minutesText) ?? "part of day"): «\(time.evidence)»") }
        for quantity in analysis.mentions.quantities { lines.append("quantity \(quantity.kind) \(quantity.value): «\(quantity.evidence)»") }
        for statement in analysis.statements { lines.append("claim \(statement.correct ? "correct" : "WRONG"): «\(statement.evidence)»") }
        for hit in analysis.unexplainedJargon { lines.append("jargon: «\(hit.text)» — \(hit.reason)") }
        lines.append("words: \(analysis.wordCount)")
        Output.print(lines.joined(separator: "\n"))
    }
}
