import ArgumentParser
import Foundation
import TrenazherStore

/// `trenazher trainees add|list`: the trainees in the progress database.
struct TraineesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trainees",
        abstract: "Працівники, що навчаються: додати, переглянути.",
        subcommands: [Add.self, List.self],
        defaultSubcommand: List.self
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Зареєструвати працівника.")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "Full name (ПІБ).") var fullName: String
        @Option(name: .long, help: "The first name used in greetings.") var firstName: String
        @Option(name: .long, help: "cok (ЦОК specialist) or hotline (call-centre operator).") var role: TraineeRole

        func run() throws {
            let say = Say(english: options.english)
            let store = try StoreAccess.open(options)
            let trainee = try StoreAccess.attempt { try store.registerTrainee(fullName: fullName, firstName: firstName, role: role) }
            Output.print(say("Зареєстровано #\(trainee.id) \(trainee.fullName)", "Registered #\(trainee.id) \(trainee.fullName)"))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Перелік працівників.")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let wording = ReportWording(english: options.english)
            let store = try StoreAccess.open(options)
            let trainees = try store.trainees()
            if trainees.isEmpty {
                Output.print(Say(english: options.english)("Працівників ще не зареєстровано.", "No trainees registered yet."))
                return
            }
            Output.print(trainees.map { "#\($0.id)  \($0.fullName) (\($0.firstName)), \(wording.role($0.role))" }.joined(separator: "\n"))
        }
    }
}

extension TraineeRole: ExpressibleByArgument {}
