import ArgumentParser
import Foundation
import TrenazherCore

/// `trenazher scenarios list|check|test`: the trainers' tools.
struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "Список, перевірка, тести і встановлення сценаріїв.",
        subcommands: [List.self, Check.self, Test.self, AnalyzeCommand.self, ScenariosInstallCommand.self, ScenariosVersionsCommand.self],
        defaultSubcommand: List.self
    )

    /// Lists the bundled scenarios and how to play one.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Список сценаріїв.")
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let world = try options.loadWorld()
            let english = options.english
            Output.print(english ? "Scenarios (\(world.paths.scenarios.path)):" : "Сценарії (\(world.paths.scenarios.path)):")
            let width = world.library.scenarios.map(\.id.count).max() ?? 0
            for scenario in world.library.scenarios {
                let id = scenario.id.padding(toLength: width, withPad: " ", startingAt: 0)
                Output.print("  \(id)  \(scenario.channel.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(scenario.clock)  \(scenario.title)")
            }
            if !world.diagnostics.isEmpty {
                Output.print(english ? "\(world.diagnostics.count) problem(s): run 'trenazher scenarios check'." : "Проблем: \(world.diagnostics.count) — запустіть 'trenazher scenarios check'.")
            }
            Output.print(english
                ? "\nPlay one: trenazher train SCENARIO, or replay a transcript: trenazher play SCENARIO --transcript FILE --name NAME"
                : "\nЯк зіграти: trenazher train СЦЕНАРІЙ, або відтворити стенограму: trenazher play СЦЕНАРІЙ --transcript ФАЙЛ --name ІМ'Я")
        }
    }

    /// Validates scenario files: every problem as `file:line:column: message`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Перевірити файли сценаріїв (file:line:column: message).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "Files or folders (default: the Scenarios folder).") var paths: [String] = []

        func run() throws {
            let world = try options.loadWorld()
            let diagnostics: [Diagnostic]
            let count: Int
            if paths.isEmpty {
                diagnostics = world.diagnostics
                count = world.library.scenarios.count
            } else {
                let (library, found) = ScenarioLibrary.load(paths: paths.map { URL(fileURLWithPath: $0) }, content: world.content)
                diagnostics = found
                count = library.scenarios.count
            }
            for diagnostic in diagnostics {
                FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
            }
            if !diagnostics.isEmpty { throw ExitCode(2) }
            Output.print(options.english ? "\(count) scenario(s): no problems." : "Сценаріїв: \(count), проблем немає.")
        }
    }

    /// Plays every example transcript and compares verdicts.
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Зіграти приклади стенограм і порівняти вердикти.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "Files or folders (default: the Scenarios folder).") var paths: [String] = []

        func run() throws {
            let world = try options.loadWorld()
            var library = world.library
            var diagnostics = world.diagnostics
            if !paths.isEmpty {
                (library, diagnostics) = ScenarioLibrary.load(paths: paths.map { URL(fileURLWithPath: $0) }, content: world.content)
            }
            for diagnostic in diagnostics {
                FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
            }
            var passed = 0
            var failed = 0
            for scenario in library.scenarios {
                for outcome in ExampleRunner.run(scenario, content: world.content) {
                    if outcome.passed {
                        passed += 1
                    } else {
                        failed += 1
                        let location = "\(outcome.location.file):\(outcome.location.line):\(outcome.location.column)"
                        Output.print("\(location): \(scenario.id) / \(outcome.name):")
                        outcome.mismatches.forEach { Output.print("    \($0)") }
                    }
                }
            }
            Output.print("\(passed) passed, \(failed) failed")
            if failed > 0 { throw ExitCode(1) }
            if !diagnostics.isEmpty { throw ExitCode(2) }
        }
    }
}
