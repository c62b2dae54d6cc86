import ArgumentParser
import Foundation
import TrenazherCore

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
        } catch {
            let code = Trenazher.exitCode(for: error)
            if code == .success || error is ExitCode {
                Trenazher.exit(withError: error)
            }
            Output.error(Trenazher.message(for: error))
            if !(error is CommandFailure) {
                Output.error(Language.text("Довідка: trenazher --help", "Usage: trenazher --help"))
            }
            exit(2)
        }
    }
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
