import ArgumentParser
import Foundation
import TrenazherCore

/// `trenazher content check`: validates Content/ without a Swift toolchain.
struct ContentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "content",
        abstract: Language.text("Перевірка Content/: стандарти, наміри, словники, послуги, оцінювання.", "Checks of Content/: Standards, intents, lexicons, services, scoring."),
        subcommands: [Check.self],
        defaultSubcommand: Check.self
    )

    /// Every problem as `file:line:column: message`, exit 2 on any.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check", abstract: Language.text("Перевірити Content/ і приклади кожного наміру, предмета тверджень і Стандарту.", "Check Content/ and the examples of every intent, statement subject and Standard."))
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let paths: ResourcePaths
            do {
                paths = try ResourceLocator.locate(content: options.content, scenarios: options.scenarios)
            } catch let error as ResourceError {
                throw CommandFailure(error.description, code: 2)
            }
            let problems = ContentCheck.run(content: paths.content, scenarios: paths.scenarios)
            for problem in problems {
                FileHandle.standardError.write(Data((problem.text(english: options.english) + "\n").utf8))
            }
            if !problems.isEmpty { throw ExitCode(2) }
            Output.print(options.english ? "Content (\(paths.content.path)): no problems." : "Content (\(paths.content.path)): проблем немає.")
        }
    }
}
