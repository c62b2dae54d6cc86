import Foundation
import TerminalHarness
import TrenazherStore

/// Start-up of the interactive trainer, the release `trenazher` on a terminal with the bundled
/// Content/ and Scenarios/ and a progress database holding a few trainees: until its first prompt is
/// on screen, and until the scenario list (which needs the whole library loaded) is.
enum StartupBenchmarks {
    static func run() throws -> Bool {
        let binary = Bundle.main.bundleURL.appendingPathComponent("trenazher")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw PseudoTerminal.Failure(description: "\(binary.path) is missing: build it with `swift build -c release --product trenazher`")
        }
        let database = try StoreBenchmarks.temporaryDatabase("startup.sqlite")
        let store = try ProgressStore.open(path: database)
        for (number, name) in ["Коваль Олена Петрівна", "Мельник Ігор Васильович", "Бондар Марія Іванівна"].enumerated() {
            try store.registerTrainee(fullName: name, firstName: String(name.split(separator: " ")[1]),
                                      role: number.isMultiple(of: 2) ? .hotline : .cok)
        }
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let environment = [
            "TRENAZHER_DB": database,
            "TRENAZHER_CONTENT": root.appendingPathComponent("Content").path,
            "TRENAZHER_SCENARIOS": root.appendingPathComponent("Scenarios").path,
        ]
        let firstPrompt = try Benchmark(name: "console: start-up to the first prompt (release)", targetMilliseconds: 150,
                                        iterations: 15).run {
            let terminal = try PseudoTerminal(executable: binary, arguments: [], environment: environment)
            try terminal.expect("Ваш вибір:", timeout: 10)
        }
        let scenarioList = try Benchmark(name: "console: start-up to the scenario list (release)", targetMilliseconds: 300,
                                         iterations: 15).run {
            let terminal = try PseudoTerminal(executable: binary, arguments: ["--trainee", "Олена"], environment: environment)
            try terminal.expect("Ваш вибір:", timeout: 10)
            terminal.type("1\r", after: 0)
            try terminal.expect("Оберіть сценарій", timeout: 10)
            try terminal.expect("Ваш вибір:", timeout: 10)
        }
        return firstPrompt && scenarioList
    }
}
