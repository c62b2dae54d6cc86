import Foundation
import Testing
import TrenazherCore
@testable import TrenazherStore

@Suite struct ConcurrencyTests {
    /// Twenty writers, each with its own connection as a separate process would have, record attempts turn
    /// by turn into one new database at once: nothing is lost and the file stays sound.
    @Test func twentyConnectionsWritingAtOnceLoseNothing() async throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("shared.sqlite").path
        let writers = 20
        let attemptsEach = 3
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<writers {
                group.addTask {
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
                }
            }
            try await group.waitForAll()
        }
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
