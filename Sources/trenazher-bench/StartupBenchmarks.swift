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
        let figure = try Benchmark.median(iterations: 15) {
            let terminal = try PseudoTerminal(executable: binary, arguments: [], environment: environment)
            try terminal.expect("Ваш вибір:", timeout: 10)
        }
        var firstPrompt = figure < 150
        let hello = Bundle.main.bundleURL.appendingPathComponent("trenazher-hello")
        if FileManager.default.isExecutableFile(atPath: hello.path) {
            let floor = try Benchmark.median(iterations: 15) {
                let terminal = try PseudoTerminal(executable: hello, arguments: [], environment: environment)
                try terminal.expect("Ваш вибір:", timeout: 10)
            }
            firstPrompt = FloorComparison(name: "console: start-up to the first prompt (release)", floorName: "Swift hello-world", limit: 3)
                .report(figure: figure, floor: floor) && firstPrompt
        } else {
            print(String(format: "%-50@ %9.3f ms (build trenazher-hello for the floor)", "console: start-up to the first prompt" as NSString, figure))
        }
        try practiceMemory(binary: binary.path, environment: environment)
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

    /// Peak memory of a practice attempt played and recorded by the release binary (an example
    /// transcript of the longest hotline scenario).
    static func practiceMemory(binary: String, environment: [String: String]) throws {
        let transcript = FileManager.default.temporaryDirectory.appendingPathComponent("trenazher-bench-\(UUID().uuidString).txt")
        let lines = ["Добрий вечір, гаряча лінія, мене звати Олена. Як я можу до Вас звертатися?",
                     "Назвіть, будь ласка, номер заявки та Ваше прізвище, ім'я та по батькові.",
                     "Зачекайте, будь ласка, на лінії, я перевірю статус заявки.", "/lookup ПР-1147",
                     "Дякую за очікування! Підключення заплановано на 1 грудня.", "Чи є у Вас ще запитання?", "До побачення!"]
        try lines.joined(separator: "\n").write(to: transcript, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: transcript) }
        var full = environment
        full["PATH"] = "/usr/bin:/bin"
        let played = try PeakMemory.of(binary, ["play", "hotline-long-lookup", "--transcript", transcript.path, "--name", "Олена",
                                                "--record", "Коваль Олена Петрівна"], environment: full)
        PeakMemory.report("memory: a practice attempt played and recorded (exit \(played.status))", megabytes: played.megabytes)
    }
}
