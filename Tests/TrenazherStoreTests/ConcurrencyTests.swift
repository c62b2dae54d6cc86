import Foundation
import Testing
import TrenazherCore
@testable import TrenazherStore

@Suite struct ConcurrencyTests {
    /// Twenty threads, each with its own connection as a separate process would have, create one new
    /// database and record attempts in it turn by turn, all at once: nothing is lost and the file stays sound.
    @Test func twentyConnectionsWritingAtOnceLoseNothing() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("shared.sqlite").path
        let writers = 20
        let attemptsEach = 3
        let failures = FailureLog()
        let group = DispatchGroup()
        for writer in 0..<writers {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                do {
                    let store = try ProgressStore.open(path: path)
                    let trainee = try store.registerTrainee(fullName: "Стажер \(writer)", firstName: "С\(writer)", role: .hotline)
                    for _ in 0..<attemptsEach {
                        let result = Fixtures.result()
                        let attempt = try store.startAttempt(traineeID: trainee.id, scenarioID: result.scenarioID,
                                                             scenarioHash: "h", channel: .hotline, mode: .practice)
                        for (offset, input) in Fixtures.inputs.enumerated() {
                            try store.appendTurn(attemptID: attempt.id, input: input, turns: [result.turns[offset]])
                        }
                        try store.finishAttempt(attemptID: attempt.id, result: result)
                    }
                } catch {
                    failures.append("writer \(writer): \(error)")
                }
            }
            thread.start()
        }
        group.wait()
        #expect(failures.entries.isEmpty)
        let store = try ProgressStore.open(path: path)
        #expect(try store.trainees().count == writers)
        let attempts = try store.attempts(status: .finished)
        #expect(attempts.count == writers * attemptsEach)
        for attempt in attempts {
            #expect(try store.inputs(attemptID: attempt.id).count == Fixtures.inputs.count)
        }
        #expect(try store.integrityCheck() == ["ok"])
    }
}

/// Errors collected from several threads.
final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    func append(_ entry: String) {
        lock.withLock { stored.append(entry) }
    }

    var entries: [String] { lock.withLock { stored } }
}
