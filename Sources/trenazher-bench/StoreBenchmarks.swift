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
        let figure = try Benchmark.median(iterations: 500) {
            index += 2
            let finding = Finding(standardID: "HOT-GREET", verdict: .met, turn: index - 1, evidence: "Добрий вечір", note: "Привітання.")
            try store.appendTurn(attemptID: attempt.id, input: TraineeInput(text: "Добрий вечір, мене звати Олена.", seconds: 3), turns: [
                TurnRecord(index: index - 1, speaker: .trainee, text: "Добрий вечір, мене звати Олена.", seconds: 3,
                           clock: "19:40:00", findings: [finding]),
                TurnRecord(index: index, speaker: .customer, text: "Добрий вечір. Я щодо рахунку.", clock: "19:40:05"),
            ])
        }
        guard ShellFloors.available else {
            print(String(format: "%-50@ %9.3f ms (no sqlite3 shell for the floor: make deps)", "store: commit one turn" as NSString, figure))
            return figure < 5
        }
        // The same statements, one transaction per turn, through the sqlite3 shell on the same file.
        let count = 500
        var script = "PRAGMA synchronous = NORMAL;\n"
        for turn in 0..<count {
            let first = 100_000 + turn * 2
            script += """
                BEGIN IMMEDIATE;
                INSERT INTO input (attempt_id, seq, text, seconds, interrupted) VALUES (\(attempt.id), \(first), 'Добрий вечір, мене звати Олена.', 3, 0);
                INSERT OR REPLACE INTO turn (attempt_id, idx, speaker, text, action, seconds, interrupted, ignored, clock)
                  VALUES (\(attempt.id), \(first), 'trainee', 'Добрий вечір, мене звати Олена.', NULL, 3, 0, 0, '19:40:00');
                DELETE FROM finding WHERE attempt_id = \(attempt.id) AND turn_idx = \(first);
                INSERT INTO finding (attempt_id, turn_idx, standard_id, verdict, finding_turn, evidence, note)
                  VALUES (\(attempt.id), \(first), 'HOT-GREET', 'met', \(first), 'Добрий вечір', 'Привітання.');
                INSERT OR REPLACE INTO turn (attempt_id, idx, speaker, text, action, seconds, interrupted, ignored, clock)
                  VALUES (\(attempt.id), \(first + 1), 'customer', 'Добрий вечір. Я щодо рахунку.', NULL, NULL, 0, 0, '19:40:05');
                DELETE FROM finding WHERE attempt_id = \(attempt.id) AND turn_idx = \(first + 1);
                COMMIT;

                """
        }
        let floor = try ShellFloors.run(database: path, script: script) / Double(count)
        return FloorComparison(name: "store: commit one turn (WAL, file database)", floorName: "the same INSERTs in sqlite3", limit: nil)
            .report(figure: figure, floor: floor) && figure < 5
    }
}
