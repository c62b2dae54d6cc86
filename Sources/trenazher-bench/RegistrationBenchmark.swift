import Foundation
import TrenazherCore
import TrenazherStore

/// 210 release `trenazher play --record` processes started at once, all under one name no trainee has
/// yet: one registers it, and every attempt must be stored (issue: 9 of 210 were lost to the race).
enum RegistrationBenchmark {
    static let processes = 210

    static func run() throws -> Bool {
        let binary = Bundle.main.bundleURL.appendingPathComponent("trenazher")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw BenchFailure(description: "\(binary.path) is missing: build it with `swift build -c release --product trenazher`")
        }
        return try StoreBenchmarks.withTemporaryDatabase("register.sqlite") { database in
            let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let content = try ContentBundle.load(from: root.appendingPathComponent("Content"))
            let (library, _) = ScenarioLibrary.load(paths: [root.appendingPathComponent("Scenarios")], content: content)
            guard let scenario = library.scenario(id: "hotline-long-lookup"), let example = scenario.examples.first(where: { $0.passed == true }) else {
                throw BenchFailure(description: "hotline-long-lookup with a passing example transcript is missing")
            }
            let transcript = (database as NSString).deletingLastPathComponent + "/transcript.txt"
            try scenario.fill(example.transcript, trainee: "Олена").write(toFile: transcript, atomically: true, encoding: .utf8)
            let start = DispatchTime.now().uptimeNanoseconds
            let running = try (0..<processes).map { _ -> Process in
                let process = Process()
                process.executableURL = binary
                process.arguments = ["play", scenario.id, "--transcript", transcript, "--name", "Олена",
                                     "--record", "Новенька Оксана Іванівна", "--database", database]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                return process
            }
            running.forEach { $0.waitUntilExit() }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000_000
            let failed = running.filter { $0.terminationStatus != 0 }.count
            let store = try ProgressStore.open(path: database)
            let stored = try store.attempts(status: .finished).count
            let trainees = try store.trainees().count
            let integrity = try store.integrityCheck()
            let met = failed == 0 && stored == processes && trainees == 1 && integrity == ["ok"]
            print(String(format: "%-50@ %d of %d stored, %d trainee, %d exited non-zero, integrity %@, %.1f s  %@",
                         "store: \(processes) processes, one new name at once" as NSString, stored, processes, trainees, failed,
                         integrity.joined(separator: "; ") as NSString, seconds, (met ? "OK" : "LOST") as NSString))
            return met
        }
    }
}
