import ArgumentParser

/// `trenazher` with no arguments (or `trenazher start`): who is training, then the menu.
struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: Language.text("Відкрити тренажер: хто тренується, потім меню (типова команда).", "Open the trainer: who is practising, then the menu (the default command).")
    )

    @OptionGroup var options: ConsoleOptions

    func run() throws {
        try ConsoleLauncher.run(options) { try $0.run(trainee: options.trainee) }
    }
}
