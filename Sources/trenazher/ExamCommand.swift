import ArgumentParser

/// `trenazher exam TRACK`: every scenario of a certification track, in exam mode.
struct ExamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exam",
        abstract: Language.text("Іспит за напрямом сертифікації: усі сценарії напряму в режимі іспиту.", "An exam for a certification track: all the track's scenarios in exam mode.")
    )

    @Argument(help: Language.help("Напрям сертифікації (ідентифікатор або назва).", "The certification track (ID or title)."))
    var track: String

    @OptionGroup var options: ConsoleOptions

    func run() throws {
        try ConsoleLauncher.run(options, reading: .none) { try $0.exam(trackID: track, trainee: options.trainee) }
    }
}
