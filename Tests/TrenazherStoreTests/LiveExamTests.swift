import Foundation
import Testing
import TrenazherCore
@testable import TrenazherStore

/// An exam counts only when it was played live at a terminal: the store refuses an exam recorded in one go
/// and an exam answer without its typing evidence; HR's report marks pasted and implausibly fast answers.
@Suite struct LiveExamTests {
    let limits = TypingLimits(pastedCharacters: 8, maxCharactersPerSecond: 15, minCharacters: 12)

    @Test func anExamRecordedInOneGoFromATranscriptIsRefused() throws {
        let store = try ProgressStore.inMemory()
        let trainee = try Fixtures.trainee(store)
        #expect(throws: StoreError.examNotLive) {
            try AttemptRecorder(store: store).record(result: Fixtures.result(), inputs: Fixtures.inputs, trainee: trainee,
                                                     scenarioHash: "h", mode: .exam)
        }
        #expect(try store.attempts().isEmpty)
    }

    @Test func anExamAnswerWithoutTypingEvidenceIsRefused() throws {
        let store = try ProgressStore.inMemory()
        let trainee = try Fixtures.trainee(store)
        let attempt = try store.startAttempt(traineeID: trainee.id, scenarioID: "hotline-long-lookup", scenarioHash: "h",
                                             channel: .hotline, mode: .exam)
        #expect(throws: StoreError.examAnswerNotTyped(attempt.id)) {
            try store.appendTurn(attemptID: attempt.id, input: TraineeInput(text: "Добрий вечір"), turns: [])
        }
        try store.appendTurn(attemptID: attempt.id, input: Fixtures.inputs[0], turns: [])
        #expect(try store.inputs(attemptID: attempt.id) == [Fixtures.inputs[0]])
    }

    @Test func thePracticeOfAFileStaysPossible() throws {
        let store = try ProgressStore.inMemory()
        let trainee = try Fixtures.trainee(store)
        let info = try AttemptRecorder(store: store).record(result: Fixtures.result(), inputs: [TraineeInput(text: "Вітаю")],
                                                            trainee: trainee, scenarioHash: "h", mode: .practice)
        #expect(info.mode == .practice)
    }

    @Test func pastedFastAndUntypedAnswersAreMarkedAndTypedOnesAreNot() {
        let text = "Добрий вечір, гаряча лінія, мене звати Олена."
        let typed = TraineeInput(text: text, typing: Fixtures.typed(text))
        let pasted = TraineeInput(text: text, typing: TypingEvidence(firstKeySeconds: 1, typingSeconds: 0.02, keysTyped: text.count + 1,
                                                                     pastedCharacters: text.count))
        let fast = TraineeInput(text: text, typing: TypingEvidence(firstKeySeconds: 1, typingSeconds: 1, keysTyped: text.count,
                                                                   pastedCharacters: 0))
        let untyped = TraineeInput(text: text)
        #expect(TypingAssessment.concerns(typed, limits: limits).isEmpty)
        #expect(TypingAssessment.concerns(pasted, limits: limits).contains(.pasted(characters: text.count)))
        #expect(TypingAssessment.concerns(fast, limits: limits) == [.implausiblyFast(charactersPerSecond: Double(text.count))])
        #expect(TypingAssessment.concerns(untyped, limits: limits) == [.notTypedLive])
        #expect(TypingAssessment.concerns(TraineeInput(text: "Так.", typing: TypingEvidence(firstKeySeconds: 0, typingSeconds: 0.1,
                                                                                            keysTyped: 4, pastedCharacters: 0)),
                                          limits: limits).isEmpty)
    }

    @Test func theTraineeReportNamesTheDoubtfulExamAnswers() throws {
        let store = try ProgressStore.inMemory()
        let trainee = try Fixtures.trainee(store)
        let attempt = try store.startAttempt(traineeID: trainee.id, scenarioID: "hotline-long-lookup", scenarioHash: "h",
                                             channel: .hotline, mode: .exam)
        let answer = "Добрий вечір! Гаряча лінія, мене звати Олена. Як я можу до Вас звертатися?"
        try store.appendTurn(attemptID: attempt.id, input: Fixtures.inputs[0], turns: [])
        try store.appendTurn(attemptID: attempt.id, input: TraineeInput(text: answer, typing: TypingEvidence(
            firstKeySeconds: 0.4, typingSeconds: 0.03, keysTyped: answer.count, pastedCharacters: answer.count)), turns: [])
        try store.finishAttempt(attemptID: attempt.id, result: Fixtures.result())
        let exams = try store.attempts(traineeID: trainee.id).map { (attempt: $0, inputs: try store.inputs(attemptID: $0.id)) }
        let doubtful = TypingAssessment.doubtful(exams, limits: limits)
        #expect(doubtful.map(\.answer) == [2])
        let progress = TraineeProgress.compute(trainee: trainee, attempts: exams.map(\.attempt), verdicts: [:], tracks: [], at: Fixtures.now)
        let report = HRReports(english: false).trainee(progress, attempts: exams.map(\.attempt), certificates: [], doubtful: doubtful,
                                                        at: Fixtures.now)
        let text = ReportRenderer.render(report, as: .text)
        #expect(text.contains("#\(attempt.id)") && text.contains("вставлено: \(answer.count) симв."))
    }

    @Test func theBundledLimitsLoad() throws {
        let loaded = try TypingLimits.load(contentDirectory: Fixtures.root.appendingPathComponent("Content"))
        #expect(loaded.pastedCharacters > 0 && loaded.maxCharactersPerSecond > 0)
        #expect(throws: TrackFileError.self) { try TypingLimits.parse("pasted_characters: -1\n", file: "x.yaml") }
    }
}
