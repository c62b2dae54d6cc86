import Foundation
import GRDB
import Testing
import TrenazherCore
@testable import TrenazherStore

@Suite struct RecordingTests {
    @Test func registersAndFindsTrainees() throws {
        let store = try ProgressStore.inMemory()
        let olena = try Fixtures.trainee(store)
        let ivan = try Fixtures.trainee(store, "Петренко Іван", first: "Іван", role: .cok)
        #expect(try store.trainees().map(\.fullName) == ["Коваль Олена Петрівна", "Петренко Іван"])
        #expect(try store.trainee(matching: "олена") == olena)
        #expect(try store.trainee(matching: "#\(ivan.id)") == ivan)
        #expect(try store.trainee(matching: "ПЕТРЕНКО ІВАН") == ivan)
        #expect(throws: StoreError.duplicateTrainee("Петренко Іван")) { try Fixtures.trainee(store, "Петренко Іван", first: "І") }
        #expect(throws: StoreError.unknownTrainee("Марія")) { try store.trainee(matching: "Марія") }
    }

    @Test func commitsTurnsOneByOneAndFinishes() throws {
        let store = try ProgressStore.inMemory()
        let trainee = try Fixtures.trainee(store)
        let result = Fixtures.result()
        let attempt = try store.startAttempt(traineeID: trainee.id, scenarioID: result.scenarioID, scenarioHash: "abc",
                                             channel: .hotline, mode: .exam, variantSeed: 7, at: Fixtures.now)
        try store.appendTurn(attemptID: attempt.id, input: Fixtures.inputs[0], turns: Array(result.turns[0...1]))
        #expect(try store.storedResult(attemptID: attempt.id).turns.count == 2)
        try store.appendTurn(attemptID: attempt.id, input: Fixtures.inputs[1], turns: [result.turns[2]])
        let unfinished = try #require(try store.unfinishedAttempt(traineeID: trainee.id))
        #expect(unfinished.attempt.id == attempt.id)
        #expect(unfinished.inputs.map(\.text) == Fixtures.inputs.map(\.text))
        #expect(unfinished.inputs[1].interrupted)

        try store.finishAttempt(attemptID: attempt.id, result: result, at: Fixtures.now)
        #expect(try store.unfinishedAttempt(traineeID: trainee.id) == nil)
        let stored = try store.storedResult(attemptID: attempt.id)
        #expect(stored == result)
        let info = try store.attempt(id: attempt.id)
        #expect(info.status == .finished && info.score == 86 && info.passed == true && info.variantSeed == 7 && info.mode == .exam)
        #expect(throws: StoreError.attemptClosed(attempt.id)) {
            try store.appendTurn(attemptID: attempt.id, input: Fixtures.inputs[0], turns: [])
        }
    }

    @Test func abandonsAnAttemptAndKeepsItsTurns() throws {
        let store = try ProgressStore.inMemory()
        let trainee = try Fixtures.trainee(store)
        let attempt = try store.startAttempt(traineeID: trainee.id, scenarioID: "phone-callback", scenarioHash: "h",
                                             channel: .phone, mode: .practice)
        try store.appendTurn(attemptID: attempt.id, input: TraineeInput(text: "Добрий день"),
                             turns: [TurnRecord(index: 1, speaker: .trainee, text: "Добрий день")])
        try store.abandonAttempt(attemptID: attempt.id)
        #expect(try store.attempt(id: attempt.id).status == .abandoned)
        #expect(try store.inputs(attemptID: attempt.id).count == 1)
        #expect(try store.unfinishedAttempt(traineeID: trainee.id) == nil)
    }

    @Test func recorderStoresAWholeAttemptAtOnce() throws {
        let store = try ProgressStore.inMemory()
        let trainee = try Fixtures.trainee(store)
        let info = try Fixtures.record(store, trainee, scenario: "hotline-long-lookup", mode: .exam, score: 91, passed: true)
        #expect(try store.storedResult(attemptID: info.id).score == 91)
        #expect(try store.inputs(attemptID: info.id) == Fixtures.inputs)
        #expect(try store.attempts(traineeID: trainee.id, status: .finished).map(\.id) == [info.id])
    }

    @Test func aCommittedTurnSurvivesAConnectionThatNeverFinishes() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("t.sqlite").path
        var attemptID: Int64 = 0
        do {
            let store = try ProgressStore.open(path: path)
            let trainee = try Fixtures.trainee(store)
            attemptID = try store.startAttempt(traineeID: trainee.id, scenarioID: "s", scenarioHash: "h", channel: .visit,
                                               mode: .practice).id
            try store.appendTurn(attemptID: attemptID, input: TraineeInput(text: "Вітаю"),
                                 turns: [TurnRecord(index: 1, speaker: .trainee, text: "Вітаю")])
        }
        let reopened = try ProgressStore.open(path: path)
        #expect(try reopened.inputs(attemptID: attemptID).map(\.text) == ["Вітаю"])
    }
}
