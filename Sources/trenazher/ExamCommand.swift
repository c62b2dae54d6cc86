import ArgumentParser

/// `trenazher exam TRACK`: every scenario of a certification track, in exam mode.
struct ExamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exam",
        abstract: "Іспит за напрямом сертифікації: усі сценарії напряму в режимі іспиту."
    )

    @Argument(help: Language.help("Напрям сертифікації (ідентифікатор або назва).", "The certification track (ID or title)."))
    var track: String

    @OptionGroup var options: ConsoleOptions

    func run() throws {
        try ConsoleLauncher.run(options) { try $0.exam(trackID: track, trainee: options.trainee) }
    }
}
