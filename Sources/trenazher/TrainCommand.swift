import ArgumentParser

/// `trenazher train [SCENARIO] [--resume]`: practise a scenario, or continue an interrupted attempt.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: Language.text("Тренування: зіграти сценарій або продовжити перервану спробу (--resume).", "Practice: play a scenario or continue an interrupted attempt (--resume).")
    )

    @Argument(help: Language.help("Ідентифікатор сценарію; без нього — вибір зі списку.", "The scenario ID; chosen from a list when not given."))
    var scenario: String?

    @Flag(name: .long, help: Language.help("Продовжити перервану спробу працівника.", "Continue the trainee's interrupted attempt."))
    var resume = false

    @OptionGroup var options: ConsoleOptions

    func validate() throws {
        if resume, scenario != nil {
            throw ValidationError(Language.text("--resume продовжує перервану спробу: сценарій разом із ним не вказують", "--resume continues the interrupted attempt; do not name a scenario with it"))
        }
    }

    func run() throws {
        try ConsoleLauncher.run(options) { try $0.train(scenarioID: scenario, resume: resume, trainee: options.trainee) }
    }
}
