import ArgumentParser
import Foundation
import TrenazherConsole
import TrenazherServer
import TrenazherStore

/// `trenazher ssh-session ID --database DB`: the forced command of a trainee's key in `authorized_keys`.
/// Runs only the trainee's own commands from `SSH_ORIGINAL_COMMAND`, always as that trainee and on that
/// database.
struct SSHSessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ssh-session",
        abstract: Language.text("Сеанс працівника через SSH (команда з authorized_keys; пише `trainees add --ssh-key`).", "A trainee's session over SSH (the command in authorized_keys; written by `trainees add --ssh-key`)."),
        shouldDisplay: false
    )

    @Argument(help: Language.help("Номер працівника.", "The trainee's number.")) var traineeID: Int64
    @Option(name: .long, help: Language.help("База прогресу.", "The progress database.")) var database: String

    func run() throws {
        let original = ProcessInfo.processInfo.environment["SSH_ORIGINAL_COMMAND"]
        let request: SessionRequest
        do {
            request = try SessionRequest.parse(original)
        } catch let refusal as SessionRequest.Refusal {
            let english = ((try? ShellWords.split(original ?? "")) ?? []).joined(separator: " ").contains("--lang en")
            throw CommandFailure(refusal.message(english: english), code: 2)
        }
        let store = try StoreAccess.open(GlobalOptions.parse(["--database", database]), pages: .pagesUsed, creating: true)
        // A key of no trainee is refused; a damaged or locked database is its own fault (exit 1, one line).
        let known: Bool
        do {
            _ = try store.trainee(id: traineeID)
            known = true
        } catch StoreError.unknownTrainee {
            known = false
        }
        guard known else {
            throw CommandFailure(request.english ? "this key belongs to no trainee; ask HR" : "цей ключ не належить жодному працівникові; зверніться до відділу кадрів",
                                 code: 1)
        }
        ResumeHint.command = ResumeCommand.overSSH(account: OSAccount.current, server: ProcessInfo.processInfo.hostName)
        var command = try Trenazher.parseAsRoot(request.commandLine(traineeID: traineeID, database: database))
        try command.run()
    }
}

/// The command the console's messages give for continuing an interrupted attempt: `trenazher train --resume`,
/// or, in a trainee's SSH session (set before the trainee's command runs, on the one thread), the `ssh … resume`
/// their key allows.
enum ResumeHint {
    nonisolated(unsafe) static var command = ResumeCommand.local
}
