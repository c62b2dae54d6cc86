import ArgumentParser
import Foundation
import TrenazherCore
import TrenazherStore

/// The `trenazher` command: parses arguments and wires the libraries together.
struct Trenazher: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trenazher",
        abstract: "Тренажер стандартів обслуговування клієнтів.",
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
            var command = try Trenazher.parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            Output.error(failure.message)
            failure.more.forEach(Output.error)
            exit(failure.code)
        } catch let fault where StoreFault.classify(fault, path: databasePath()) != nil {
            // A fault of the machine (disk, lock, damage, permissions) met anywhere: one line, exit 1.
            Output.error(StoreFault.classify(fault, path: databasePath())?.errorDescription ?? "\(fault)")
            exit(1)
        } catch {
            let code = Trenazher.exitCode(for: error)
            if code == .success || error is ExitCode {
                Trenazher.exit(withError: error)
            }
            Output.error(Trenazher.message(for: error))
            // Usage text only for a command line that could not be parsed; a failure met while
            // running is the task's (exit 1).
            guard code == .validationFailure else { exit(1) }
            Output.error(Language.text("Довідка: trenazher --help", "Usage: trenazher --help"))
            exit(2)
        }
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
