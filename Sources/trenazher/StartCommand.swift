import ArgumentParser

/// `trenazher` with no arguments (or `trenazher start`): who is training, then the menu.
struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Відкрити тренажер: хто тренується, потім меню (типова команда)."
    )

    @OptionGroup var options: ConsoleOptions

    func run() throws {
        try ConsoleLauncher.run(options) { try $0.run(trainee: options.trainee) }
    }
}
