import ArgumentParser
import Foundation
import TrenazherConsole
import TrenazherCore
import TrenazherStore

/// The `trenazher` command: parses arguments and wires the libraries together.
struct Trenazher: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trenazher",
        abstract: Language.text("Тренажер стандартів обслуговування клієнтів.", "A trainer for the customer-service Standards."),
        version: GraderVersion.current,
        subcommands: [StartCommand.self, TrainCommand.self, ExamCommand.self, ScenariosCommand.self, ContentCommand.self, PlayCommand.self,
                      ProgressCommand.self, TraineesCommand.self, DisputesCommand.self, HRCommand.self, VerifyCommand.self,
                      AdminCommand.self, SSHSessionCommand.self],
        defaultSubcommand: StartCommand.self
    )
}

/// Runs the command and maps errors to exit codes: 0 success, 1 the task failed, 2 bad usage or input.
@main
enum Main {
    static func main() {
        do {
            let names = Set(Trenazher.configuration.subcommands.map { $0._commandName })
            let arguments = LeadingLanguageOption.reordered(Array(CommandLine.arguments.dropFirst()), subcommands: names)
            // The default command (`start`) takes no word: a first word that names no command is an
            // unknown command, not an extra argument of `start`.
            if let unknown = UnknownCommand.find(in: arguments, root: commandTree(Trenazher.self)), unknown.path.count == 1 {
                Output.error(UnknownCommand.message(word: unknown.word, path: unknown.path, commands: unknown.commands,
                                                    english: Language.english))
                exit(2)
            }
            var command = try Trenazher.parseAsRoot(arguments)
            try command.run()
        } catch let failure as CommandFailure {
            Output.error(failure.message)
            failure.more.forEach(Output.error)
            exit(failure.code)
        } catch let fault where StoreFault.classify(fault, path: databasePath()) != nil {
            // A fault of the machine (disk, lock, damage, permissions) met anywhere: one line, exit 1.
            Output.error(StoreFault.classify(fault, path: databasePath()).map(Language.describe) ?? "\(fault)")
            exit(1)
        } catch {
            let code = Trenazher.exitCode(for: error)
            if code == .success, !(error is ExitCode) {
                // Help or the version: the parser's headings in the interface language.
                let text = Trenazher.message(for: error)
                Output.print(Language.english ? text : CommandLineWording.ukrainianHelp(text))
                exit(0)
            }
            if error is ExitCode { Trenazher.exit(withError: error) }
            // A command line that could not be parsed: one line in the interface language and where
            // the help is, exit 2; a failure met while running is the task's (exit 1).
            guard code == .validationFailure else {
                Output.error(Trenazher.message(for: error))
                exit(1)
            }
            let message = Trenazher.message(for: error)
            // A word the parser refused where a group's command is expected (`trenazher hr frob`, read as an
            // extra argument of `hr`'s default command): an unknown command, and the commands there.
            let given = LeadingLanguageOption.reordered(Array(CommandLine.arguments.dropFirst()), subcommands: Set(Trenazher.configuration.subcommands.map { $0._commandName }))
            // (A group takes no `--lang` of its own: the parser may name that first.)
            if let unknown = UnknownCommand.find(in: given, root: commandTree(Trenazher.self)),
               message.contains("'\(unknown.word)'") || message.contains("'--lang'") {
                Output.error(UnknownCommand.message(word: unknown.word, path: unknown.path, commands: unknown.commands, english: Language.english))
                exit(2)
            }
            Output.error(CommandLineWording.dashedValueError(arguments: Array(CommandLine.arguments.dropFirst()), message: message,
                                                             helpCommand: helpCommand(), english: Language.english)
                         ?? CommandLineWording.usageError(message, helpCommand: helpCommand(), english: Language.english))
            exit(2)
        }
    }

    /// The commands, as a tree for `UnknownCommand` (hidden ones are not listed).
    private static func commandTree(_ command: any ParsableCommand.Type) -> UnknownCommand.Node {
        UnknownCommand.Node(name: command._commandName, children: command.configuration.subcommands.map(commandTree),
                            listed: command.configuration.shouldDisplay)
    }

    /// `trenazher SUBCOMMAND … --help` for the subcommands named on the command line.
    private static func helpCommand() -> String {
        var command: any ParsableCommand.Type = Trenazher.self
        var names = ["trenazher"]
        // As parsed: a leading `--lang X` moved after the subcommand, so its value is not read as a word.
        let subcommands = Set(Trenazher.configuration.subcommands.map { $0._commandName })
        for argument in LeadingLanguageOption.reordered(Array(CommandLine.arguments.dropFirst()), subcommands: subcommands)
            where !argument.hasPrefix("-") {
            guard let next = command.configuration.subcommands.first(where: { $0._commandName == argument }) else { break }
            names.append(argument)
            command = next
        }
        return (names + ["--help"]).joined(separator: " ")
    }
}

/// The database the command line names (`--database`, `TRENAZHER_DB` or the default), for messages
/// about faults met outside the command's own handling.
private func databasePath() -> String {
    let arguments = CommandLine.arguments
    var option: String?
    for (position, argument) in arguments.enumerated() {
        if argument == "--database", position + 1 < arguments.count { option = arguments[position + 1] }
        if argument.hasPrefix("--database=") { option = String(argument.dropFirst("--database=".count)) }
    }
    return DatabaseLocation.resolve(option: option)
}

/// Writing to standard output and standard error.
enum Output {
    /// Prints to standard output; stored text in it cannot drive the terminal (control sequences are removed).
    static func print(_ text: String) {
        let safe = TerminalText.sanitized(text)
        FileHandle.standardOutput.write(Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8))
    }

    /// Prints a message on standard error, control sequences removed.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("trenazher: " + TerminalText.sanitized(text) + "\n").utf8))
    }
}
