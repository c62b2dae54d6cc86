import ArgumentParser
import Foundation
import TrenazherStore

/// `trenazher hr report trainee TRAINEE | team | quarterly [--quarter 2026-Q4] --format text|csv|html`. A certificate
/// resting on rows changed outside Trenazher (`CertificateDoubt`) is listed «ПІД СУМНІВОМ» with the reasons.
struct HRReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: Language.text("Звіти: працівник, команда, квартальний моніторинг.", "Reports: a trainee, the team, the quarterly monitoring."))

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case trainee, team, quarterly
    }

    @OptionGroup var options: GlobalOptions
    @OptionGroup var keys: KeyOptions
    @Argument(help: Language.help("trainee (працівник), team (команда) або quarterly (квартальний).", "trainee, team or quarterly.")) var kind: Kind
    @Argument(help: Language.help("Для `trainee`: працівник (номер, ПІБ або ім'я).", "For `trainee`: the trainee (number, full name or first name).")) var trainee: String?
    @Option(name: .long, help: Language.help("text, csv або html.", "text, csv or html.")) var format: ReportFormat = .text
    @Option(name: .long, help: Language.help("Для `quarterly`: квартал, напр. 2026-Q4 (типово: поточний).", "For `quarterly`: the quarter, e.g. 2026-Q4 (default: the current one).")) var quarter: String?
    @Option(name: .long, help: Language.help("Записати до цього файла замість стандартного виводу.", "Write to this file instead of standard output.")) var output: String?

    func validate() throws {
        if kind == .trainee && trainee == nil { throw ValidationError(Language.text("`report trainee`: вкажіть працівника", "`report trainee` needs the trainee")) }
        if kind != .trainee && trainee != nil { throw ValidationError(Language.text("зайвий аргумент '\(trainee ?? "")'", "unexpected argument '\(trainee ?? "")'")) }
        if let quarter, Quarter(quarter) == nil { throw ValidationError(Language.text("--quarter має бути на зразок 2026-Q4, а не '\(quarter)'", "--quarter must look like 2026-Q4, not '\(quarter)'")) }
    }

    func run() throws {
        let world = try options.loadWorld()
        let hr = try HRSession.open(options, keys: keys)
        let store = hr.store
        let now = Date()
        let reports = HRReports(english: options.english, standardTitles: StoreAccess.standardTitles(world, english: options.english),
                                scenarioTitles: StoreAccess.scenarioTitles(world, english: options.english))
        let doubts = try store.certificateDoubts(hr.report)
        let document: ReportDocument
        switch kind {
        case .quarterly:
            let period = quarter.flatMap(Quarter.init) ?? Quarter(containing: now)
            document = reports.quarterly(try store.quarterlyFigures(period), generatedAt: now)
        case .team:
            document = reports.team(try store.teamFigures(), certificates: try store.certificates(), doubts: doubts, at: now)
        case .trainee:
            let person = try StoreAccess.trainee(trainee ?? "", in: store)
            let tracks = try StoreAccess.tracks(world).tracks
            let attempts = try store.attempts(traineeID: person.id)
            let progress = TraineeProgress.compute(trainee: person, attempts: attempts,
                                                   verdicts: try store.standardVerdicts(traineeID: person.id), tracks: tracks,
                                                   spentEvidence: try store.spentEvidence(traineeID: person.id),
                                                   changedAttempts: hr.report.changedAttempts, at: now,
                                                   drills: try store.drillResults(traineeID: person.id),
                                                   trendWindow: try StoreAccess.coaching(world).trendWindow)
            let limits = try StoreAccess.typingLimits(world)
            let exams = try attempts.filter { $0.mode == .exam }.map { (attempt: $0, inputs: try store.inputs(attemptID: $0.id)) }
            document = reports.trainee(progress, attempts: attempts, certificates: try store.certificates(traineeID: person.id),
                                       doubts: doubts, doubtful: TypingAssessment.doubtful(exams, limits: limits), at: now)
        }
        try StoreAccess.emit(ReportRenderer.render(document, as: format, width: ReportWidth.of(output: output)), to: output)
        try hr.seal()
    }
}
