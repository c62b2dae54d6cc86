import ArgumentParser
import Foundation
import TrenazherStore

/// `trenazher progress [TRAINEE]`: per Standard how often it was met (recent attempts weigh more),
/// scenarios passed, what to practise next, and the certification tracks within reach.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: Language.text("Мій прогрес: стандарти, сценарії, що потренувати, сертифікація.", "My progress: Standards, scenarios, what to practise, certification.")
    )

    @OptionGroup var options: GlobalOptions
    @Argument(help: Language.help("Працівник (номер, ПІБ або ім'я); можна не вказувати, коли він один.",
                                   "The trainee (number, full name or first name); may be left out when there is only one."))
    var trainee: String?
    @Option(name: .long, help: Language.help("text, csv або html.", "text, csv or html.")) var format: ReportFormat = .text
    @Option(name: .long, help: Language.help("Записати до цього файла замість стандартного виводу.", "Write to this file instead of standard output.")) var output: String?

    func run() throws {
        let say = Say(english: options.english)
        let world = try options.loadWorld()
        let tracks = try StoreAccess.tracks(world)
        let store = try StoreAccess.open(options)
        let person: Trainee
        if let trainee {
            person = try StoreAccess.trainee(trainee, in: store)
        } else {
            let all = try store.trainees()
            guard all.count == 1 else {
                throw CommandFailure(all.isEmpty
                    ? say("працівників ще немає: зареєструйтеся в `trenazher`", "no trainees yet: register in `trenazher`")
                    : say("назвіть працівника: ", "name the trainee: ") + all.map { "#\($0.id) \($0.fullName)" }.joined(separator: "; "),
                    code: 2)
            }
            person = all[0]
        }
        let now = Date()
        let progress = TraineeProgress.compute(trainee: person, attempts: try store.attempts(traineeID: person.id),
                                               verdicts: try store.standardVerdicts(traineeID: person.id), tracks: tracks.tracks,
                                               spentEvidence: try store.spentEvidence(traineeID: person.id),
                                               changedAttempts: try store.changedAttempts(traineeID: person.id), at: now,
                                               drills: try store.drillResults(traineeID: person.id),
                                               trendWindow: try StoreAccess.coaching(world).trendWindow)
        let reports = HRReports(english: options.english, standardTitles: StoreAccess.standardTitles(world, english: options.english),
                                scenarioTitles: StoreAccess.scenarioTitles(world, english: options.english))
        try StoreAccess.emit(ReportRenderer.render(reports.progress(progress, at: now), as: format, width: ReportWidth.of(output: output)),
                            to: output)
    }
}
