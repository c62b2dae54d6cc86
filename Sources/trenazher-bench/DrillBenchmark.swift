import Foundation
import TerminalHarness
import TrenazherStore

/// The first drill of a session: the release `trenazher` on a terminal with the bundled Content/ and Scenarios/,
/// a trainee who has never drilled, «5» typed at the menu the moment it appears — until the drill's header, its
/// situation and the prompt for the trainee's turn are on screen. Every run is a new process, so each is a session's first drill
/// (the library, the check examples and the drills of the Standard are made then).
enum DrillBenchmark {
    static func run() throws -> Bool {
        let binary = Bundle.main.bundleURL.appendingPathComponent("trenazher")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw PseudoTerminal.Failure(description: "\(binary.path) is missing: build it with `swift build -c release --product trenazher`")
        }
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var met = true
        for (role, name) in [(TraineeRole.hotline, "hotline operator"), (.cok, "service-centre specialist")] {
            let database = try StoreBenchmarks.temporaryDatabase("drill-\(role.rawValue).sqlite")
            let store = try ProgressStore.open(path: database)
            try store.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: role)
            let environment = [
                "TRENAZHER_DB": database,
                "TRENAZHER_CONTENT": root.appendingPathComponent("Content").path,
                "TRENAZHER_SCENARIOS": root.appendingPathComponent("Scenarios").path,
            ]
            met = try Benchmark(name: "console: first drill, Enter to its prompt (\(name))", targetMilliseconds: 500, iterations: 5)
                .measure { _ in
                    let terminal = try PseudoTerminal(executable: binary, arguments: ["--trainee", "Олена"], environment: environment)
                    try terminal.expect("Ваш вибір:", timeout: 10)
                    let start = DispatchTime.now().uptimeNanoseconds
                    terminal.type("5\r", after: 0)
                    try terminal.expect("Вправа — ", timeout: 60)
                    // The situation shows the trainee's earlier turns after the same «Ви › »: the prompt is the last one.
                    repeat { try terminal.expect("Ви › ", timeout: 60) } while !terminal.visibleText.hasSuffix("Ви › ")
                    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
                } && met
        }
        return met
    }
}
