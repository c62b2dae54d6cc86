import Foundation
import TrenazherCore
import TrenazherStore

/// Benchmarks of the progress store, on a database file in a temporary directory.
enum StoreBenchmarks {
    /// A database path in a fresh temporary directory, left in place for the caller.
    static func temporaryDatabase(_ name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("trenazher-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent(name).path
    }

    /// Runs `body` with a database path in a fresh temporary directory, removed afterwards.
    static func withTemporaryDatabase<T>(_ name: String, _ body: (String) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("trenazher-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory.appendingPathComponent(name).path)
    }

    /// One trainee turn committed as it is played (input, trainee turn with a finding, customer reply).
    static func turnCommit() throws -> Bool {
        try withTemporaryDatabase("turns.sqlite") { try turnCommit(path: $0) }
    }

    private static func turnCommit(path: String) throws -> Bool {
        let store = try ProgressStore.open(path: path)
        let trainee = try store.registerTrainee(fullName: "Коваль Олена", firstName: "Олена", role: .hotline)
        let attempt = try store.startAttempt(traineeID: trainee.id, scenarioID: "hotline-long-lookup", scenarioHash: "h",
                                             channel: .hotline, mode: .practice)
        var index = 0
        return try Benchmark(name: "store: commit one turn (WAL, file database)", targetMilliseconds: 5, iterations: 500).run {
            index += 2
            let finding = Finding(standardID: "HOT-GREET", verdict: .met, turn: index - 1, evidence: "Добрий вечір", note: "Привітання.")
            try store.appendTurn(attemptID: attempt.id, input: TraineeInput(text: "Добрий вечір, мене звати Олена.", seconds: 3), turns: [
                TurnRecord(index: index - 1, speaker: .trainee, text: "Добрий вечір, мене звати Олена.", seconds: 3,
                           clock: "19:40:00", findings: [finding]),
                TurnRecord(index: index, speaker: .customer, text: "Добрий вечір. Я щодо рахунку.", clock: "19:40:05"),
            ])
        }
    }
}
