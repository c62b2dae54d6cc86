import ArgumentParser
import Foundation
import TrenazherCore

/// `trenazher scenarios new ID --channel …`: writes a commented skeleton that passes check and test.
struct NewScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: Language.text("Створити заготовку сценарію з коментарями.", "Create a commented scenario skeleton."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: Language.help("ID нового сценарію (літери, цифри, '-').", "The new scenario's ID (letters, digits, '-').")) var id: String
    @Option(name: .long, help: Language.help("Канал: visit, phone, hotline або written.", "The channel: visit, phone, hotline or written.")) var channel: Channel
    @Option(name: .long, help: Language.help("Куди записати (типово: ./Scenarios/ID.yaml, коли є тека ./Scenarios або її задано --scenarios чи $TRENAZHER_SCENARIOS, інакше ./ID.yaml).",
                                             "Where to write it (default: ./Scenarios/ID.yaml when ./Scenarios exists or --scenarios or $TRENAZHER_SCENARIOS names the folder, else ./ID.yaml).")) var output: String?

    func run() throws {
        guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw CommandFailure(options.english ? "the ID may hold only letters, digits and '-'" : "ID може містити лише літери, цифри і '-'", code: 2)
        }
        let world = try options.loadWorld()
        if world.library.scenario(id: id) != nil {
            throw CommandFailure(options.english ? "scenario '\(id)' already exists" : "сценарій '\(id)' уже існує", code: 2)
        }
        let url = output.map { URL(fileURLWithPath: $0) }
            ?? SkeletonPlace.folder(for: world.paths, currentDirectory: FileManager.default.currentDirectoryPath).appendingPathComponent("\(id).yaml")
        if FileManager.default.fileExists(atPath: url.path) {
            throw CommandFailure(options.english ? "\(url.path) already exists: not overwritten" : "\(url.path) уже існує: не перезаписую", code: 2)
        }
        do {
            try ScenarioSkeleton.text(id: id, channel: channel).write(to: url, atomically: true, encoding: .utf8)
        } catch {
            throw CommandFailure(options.english ? "cannot write \(url.path): \(error.localizedDescription)" : "не вдається записати \(url.path): \(error.localizedDescription)", code: 2)
        }
        Output.print(options.english
            ? "Written \(url.path). Next: trenazher scenarios check \(url.path) && trenazher scenarios test \(url.path)"
            : "Записано \(url.path). Далі: trenazher scenarios check \(url.path) && trenazher scenarios test \(url.path)")
    }
}

extension Channel: ExpressibleByArgument {}

/// Where `scenarios new` writes a skeleton when no `--output` is given: relative to where the trainer
/// works, never into the Scenarios folder found beside the program (a checkout's or an installation's
/// own library).
enum SkeletonPlace {
    /// The Scenarios folder when it was named (`--scenarios`, `$TRENAZHER_SCENARIOS`) or is the current
    /// directory's `./Scenarios`; otherwise the current directory itself.
    static func folder(for paths: ResourcePaths, currentDirectory: String) -> URL {
        ["--scenarios", "TRENAZHER_SCENARIOS", "./Scenarios"].contains(paths.scenariosSource)
            ? paths.scenarios : URL(fileURLWithPath: currentDirectory, isDirectory: true)
    }
}

/// `trenazher scenarios graph ID [--svg FILE]`: the dialogue as Graphviz DOT, or rendered with `dot`.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "graph", abstract: Language.text("Граф діалогу у форматі Graphviz DOT (або SVG).", "The dialogue graph in Graphviz DOT (or SVG)."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: Language.help("ID сценарію.", "The scenario ID.")) var id: String
    @Option(name: .long, help: Language.help("Відмалювати в SVG-файл програмою dot (пакет graphviz).", "Draw it into an SVG file with dot (the graphviz package).")) var svg: String?

    func run() throws {
        let world = try options.loadWorld()
        let scenario = try world.scenario(id)
        let dot = DialogueGraph(scenario: scenario).dot(english: options.english)
        guard let svg else {
            Output.print(dot)
            return
        }
        guard let tool = ["/usr/bin/dot", "/usr/local/bin/dot"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw CommandFailure(options.english ? "'dot' is not installed: run make deps (Debian package graphviz)"
                                                 : "програму 'dot' не встановлено: виконайте make deps (пакет Debian graphviz)", code: 1)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-Tsvg", "-o", svg]
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(dot.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailure(options.english ? "dot failed (exit \(process.terminationStatus))" : "dot завершився з помилкою (код \(process.terminationStatus))", code: 1)
        }
        Output.print(options.english ? "Written \(svg)." : "Записано \(svg).")
    }
}

/// `trenazher scenarios explore ID [--runs N] [--seed S]`: automatic play-testing.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explore", abstract: Language.text("Автоматичні прогони сценарію: недосяжні вузли, цикли, повтори, бали.", "Automatic runs of a scenario: unreachable nodes, loops, repeats, scores."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: Language.help("ID сценарію.", "The scenario ID.")) var id: String
    @Option(name: .long, help: Language.help("Скільки прогонів (типово 200).", "How many runs (default 200).")) var runs: Int = 200
    @Option(name: .long, help: Language.help("Початкове зерно; прогін i має зерно S+i (типово 1).", "The first seed; run i has seed S+i (default 1).")) var seed: UInt64 = 1
    @Flag(name: .long, help: Language.help("Показати розмову кожного прогону (разом з --runs 1 — щоб відтворити один).", "Show the conversation of every run (with --runs 1: to reproduce one).")) var show = false

    func validate() throws {
        guard runs > 0, runs <= 1_000_000 else { throw ValidationError(Language.text("--runs: від 1 до 1000000", "--runs: from 1 to 1000000")) }
    }

    func run() throws {
        let world = try options.loadWorld()
        let scenario = try world.scenario(id)
        let explorer = Explorer(scenario: scenario, content: world.content)
        if show {
            for index in 0..<runs {
                let run = explorer.run(seed: seed &+ UInt64(index))
                Output.print(ExploreRendering.conversation(run, english: options.english))
            }
        }
        let report = explorer.explore(runs: runs, seed: seed)
        Output.print(ExploreRendering.report(report, scenario: scenario, english: options.english))
        if !report.unreachedNodes.isEmpty || !report.unreachedEndings.isEmpty || !report.trapNodes.isEmpty { throw ExitCode(1) }
    }
}

/// `trenazher scenarios coverage`: which verdicts of which Standard the examples of each scenario exercise.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "coverage", abstract: Language.text("Таблиця Стандарти × сценарії: які вердикти перевіряють приклади.", "A Standards × scenarios table: which verdicts the examples check."))
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let world = try options.loadWorld()
        let coverages = world.library.scenarios.map { ExampleCoverage(scenario: $0, outcomes: ExampleRunner.run($0, content: world.content)) }
        Output.print(ExploreRendering.table(coverages, catalogue: world.content.standardIDs, english: options.english))
    }
}
