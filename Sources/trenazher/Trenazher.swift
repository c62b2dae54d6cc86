import ArgumentParser
import TrenazherCore

/// The `trenazher` command: parses arguments and wires the libraries together.
@main
struct Trenazher: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trenazher",
        abstract: "Тренажер стандартів обслуговування клієнтів.",
        version: GraderVersion.current,
        subcommands: []
    )
}
