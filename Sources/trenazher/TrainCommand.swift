import ArgumentParser

/// `trenazher train [SCENARIO] [--resume]`: practise a scenario, or continue an interrupted attempt.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: Language.text("Тренування: зіграти сценарій або продовжити перервану спробу (--resume).", "Practice: play a scenario or continue an interrupted attempt (--resume).")
    )

    @Argument(help: Language.help("Ідентифікатор сценарію; без нього — вибір зі списку.", "The scenario ID; chosen from a list when not given."))
    var scenario: String?

    @Flag(name: .long, help: Language.help("Продовжити перервану спробу працівника (кілька — список на вибір; зі сценарієм — спробу цього сценарію).",
                                           "Continue the trainee's interrupted attempt (several: a list to choose from; with a scenario: that scenario's attempt)."))
    var resume = false

    @OptionGroup var options: ConsoleOptions

    func run() throws {
        let first: ConsoleLauncher.FirstScenarios = resume ? .none : scenario.map { .one($0) } ?? .all
        try ConsoleLauncher.run(options, reading: first) { try $0.train(scenarioID: scenario, resume: resume, trainee: options.trainee) }
    }
}
