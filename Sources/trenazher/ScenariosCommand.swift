import ArgumentParser
import Foundation
import TrenazherCore

/// `trenazher scenarios list|check|test|analyze|new|graph|explore|coverage`: the trainers' tools.
struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: Language.text("Список, перевірка, тести і встановлення сценаріїв.", "List, check, test and install scenarios."),
        subcommands: [List.self, Check.self, Test.self, AnalyzeCommand.self, ScenariosInstallCommand.self, ScenariosVersionsCommand.self,
                      NewScenarioCommand.self, GraphCommand.self, ExploreCommand.self, CoverageCommand.self],
        defaultSubcommand: List.self
    )

    /// Lists the bundled scenarios and how to play one.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Language.text("Список сценаріїв.", "List the scenarios."))
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let world = try options.loadWorld()
            let english = options.english
            Output.print(english ? "Scenarios (\(world.paths.scenarios.path)):" : "Сценарії (\(world.paths.scenarios.path)):")
            let width = world.library.scenarios.map(\.id.count).max() ?? 0
            for scenario in world.library.scenarios {
                let id = scenario.id.padding(toLength: width, withPad: " ", startingAt: 0)
                Output.print("  \(id)  \(scenario.channel.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(scenario.clock)  \(scenario.title(english: english))")
            }
            let problems = world.diagnostics
            if !problems.isEmpty {
                Output.print(english ? "\(problems.count) problem(s): run 'trenazher scenarios check'." : "Проблем: \(problems.count) — запустіть 'trenazher scenarios check'.")
            }
            Output.print(english
                ? "\nPlay one: trenazher train SCENARIO, or replay a transcript: trenazher play SCENARIO --transcript FILE --name NAME"
                : "\nЯк зіграти: trenazher train СЦЕНАРІЙ, або відтворити стенограму: trenazher play СЦЕНАРІЙ --transcript ФАЙЛ --name ІМ'Я")
        }
    }

    /// Validates scenario files: every problem as `file:line:column: message`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check", abstract: Language.text("Перевірити файли сценаріїв (файл:рядок:стовпець: повідомлення).", "Check scenario files (file:line:column: message)."))
        @OptionGroup var options: GlobalOptions
        @Argument(help: Language.help("Файли або теки (типово: тека Scenarios).", "Files or folders (default: the Scenarios folder).")) var paths: [String] = []
        @Flag(name: .long, help: Language.help("Показати, як прочитано кожне значення accept і кожен шаблон.", "Show how every accept value and every pattern was read.")) var explain = false

        func run() throws {
            let world = try options.loadWorld()
            let explanations = explain ? ExplanationLog() : nil
            let urls = paths.isEmpty ? [world.paths.scenarios] : paths.map { URL(fileURLWithPath: $0) }
            let (library, diagnostics) = ScenarioLibrary.load(paths: urls, content: world.content, explanations: explanations)
            for entry in explanations?.entries ?? [] {
                let where_ = "\(entry.location.file):\(entry.location.line):\(entry.location.column)"
                Output.print("\(where_): \(entry.text.text(english: options.english))")
            }
            for diagnostic in diagnostics {
                FileHandle.standardError.write(Data((diagnostic.text(english: options.english) + "\n").utf8))
            }
            for warning in library.warnings {
                FileHandle.standardError.write(Data((CheckSummary.warning(warning, english: options.english) + "\n").utf8))
            }
            if !diagnostics.isEmpty { throw ExitCode(2) }
            Output.print(CheckSummary.passed(scenarios: library.scenarios.count, warnings: library.warnings.count, english: options.english))
        }
    }

    /// Plays every example transcript and compares verdicts.
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "test", abstract: Language.text("Зіграти приклади стенограм і порівняти вердикти.", "Play the example transcripts and compare the verdicts."))
        @OptionGroup var options: GlobalOptions
        @Argument(help: Language.help("Файли або теки (типово: тека Scenarios).", "Files or folders (default: the Scenarios folder).")) var paths: [String] = []
        @Flag(name: .long, help: Language.help("Показати, які переходи і які пари Стандарт × вердикт перевіряють приклади.", "Show which transitions and which Standard × verdict pairs the examples check.")) var coverage = false

        func run() throws {
            let world = try options.loadWorld()
            var library = world.library
            var diagnostics = world.diagnostics
            if !paths.isEmpty {
                (library, diagnostics) = ScenarioLibrary.load(paths: paths.map { URL(fileURLWithPath: $0) }, content: world.content)
            }
            for diagnostic in diagnostics {
                FileHandle.standardError.write(Data((diagnostic.text(english: options.english) + "\n").utf8))
            }
            var passed = 0
            var failed = 0
            var unexercised = 0
            for scenario in library.scenarios {
                let outcomes = ExampleRunner.runEveryVariant(scenario, content: world.content)
                if coverage {
                    let found = ExampleCoverage(scenario: scenario, outcomes: outcomes.filter { $0.variant == "0" })
                    unexercised += found.unexercised.count
                    Output.print(ExploreRendering.coverage(found, english: options.english))
                }
                for outcome in outcomes {
                    if outcome.passed {
                        passed += 1
                    } else {
                        failed += 1
                        let location = "\(outcome.location.file):\(outcome.location.line):\(outcome.location.column)"
                        let variant = outcome.variant == "0" ? ""
                            : options.english ? " (variant '\(outcome.variant)')" : " (варіант '\(outcome.variant)')"
                        Output.print("\(location): \(scenario.id) / \(outcome.name)\(variant):")
                        outcome.mismatches.forEach { Output.print("    " + $0.text(english: options.english)) }
                    }
                }
            }
            Output.print(options.english ? "\(passed) passed, \(failed) failed" : "успішно: \(passed), з помилками: \(failed)")
            if coverage {
                Output.print(ExploreRendering.unexercisedTotal(unexercised, examplesPlayed: passed + failed, english: options.english))
            }
            if !diagnostics.isEmpty {
                FileHandle.standardError.write(Data((CheckSummary.failedBeforeTest(diagnostics, english: options.english) + "\n").utf8))
            }
            if failed > 0 { throw ExitCode(1) }
            if !diagnostics.isEmpty { throw ExitCode(2) }
        }
    }
}
