import Foundation
import Testing
@testable import TrenazherCore

/// The customer's replies fit what the trainee has just said: no question about what the turn told,
/// the rest of a turn answered in the node a move enters, a repeated promise acknowledged (not
/// «Так, я слухаю.»), and an informal goodbye that still ends the call.
@Suite struct DialogueFitTests {
    static let scenario = """
    id: fit-fixture
    title: Зворотний дзвінок
    channel: phone
    clock: "10:00"
    persona:
      name: Савчук Ірина Олександрівна
      address_as: Ірина Олександрівна
    facts:
      full_name: Савчук Ірина Олександрівна
    standards: [GEN-FORMAL, PHN-GREET, PHN-FAREWELL]
    intents:
      names_day: [п'ятниц*]
      cannot_now: [не можу ~3 зараз]
      tells_cause: [відділ* обліку]
      mentions_cabinet: [кабінет*]
    opening: Коли буде відповідь?
    anywhere:
      - when: farewell
        say: Так я й не зрозуміла... До побачення.
        go: end
    nodes:
      start:
        on:
          - when: [cannot_now, names_day]
            say: Добре, тоді чекатиму.
            go: scheduled
          - when: cannot_now
            say: А коли ж тоді буде відповідь?
          - when: tells_cause
            say: Зрозуміло. А коли мені чекати?
            go: waiting
      waiting:
        on:
          - when: names_day
            say: Добре, тоді чекатиму.
            go: scheduled
          - when: mentions_cabinet
            say: Кабінет? А все-таки, коли мені чекати?
      scheduled:
        on:
          - when: mentions_cabinet
            say: Добре, подивлюся в кабінеті.
          - when: farewell
            say: Дякую, до побачення.
            go: end
      end:
        end: true
    fallback: ["Так, я слухаю."]
    examples:
      - name: відповідь у п'ятницю
        transcript: |
          Добрий день! Центр обслуговування клієнтів, мене звати {trainee}.
          На жаль, не можу відповісти зараз, відповідь буде в п'ятницю.
          Дякую за дзвінок, до побачення!
        expect: {met: [PHN-GREET, PHN-FAREWELL]}
    """

    static func play(_ lines: [String]) throws -> DialogueState {
        let (loaded, diagnostics) = ScenarioLibrary.load(text: scenario, file: "fit.yaml", content: Fixtures.content)
        let scenario = try #require(loaded, "\(diagnostics)")
        let engine = DialogueEngine(scenario: scenario, content: Fixtures.content, traineeName: "Олена")
        var state = engine.start()
        for line in lines { _ = engine.advance(&state, TraineeInput(text: line)) }
        return state
    }

    static func customerLines(_ state: DialogueState) -> [String] { state.turns.filter { $0.speaker == .customer }.map(\.text) }

    static let greeting = "Добрий день! Центр обслуговування клієнтів, мене звати Олена."

    @Test func theGeneralQuestionIsNotAskedWhenTheTurnSaidMore() throws {
        let state = try Self.play([Self.greeting, "На жаль, не можу відповісти зараз, відповідь буде в п'ятницю."])
        #expect(Self.customerLines(state).last == "Добре, тоді чекатиму.")
        #expect(state.node == "scheduled")
        let general = try Self.play([Self.greeting, "На жаль, не можу відповісти зараз."])
        #expect(Self.customerLines(general).last == "А коли ж тоді буде відповідь?")
    }

    @Test func aMoveGoesOnInTheNodeItEnters() throws {
        // The move's question («А коли мені чекати?») was answered by the same turn: the node entered reacts instead.
        let state = try Self.play([Self.greeting, "Потрібні дані відділу обліку, я передзвоню в п'ятницю."])
        #expect(Self.customerLines(state).last == "Зрозуміло. Добре, тоді чекатиму.")
        #expect(state.node == "scheduled")
        // Without the day the question stays.
        let asked = try Self.play([Self.greeting, "Потрібні дані відділу обліку."])
        #expect(Self.customerLines(asked).last == "Зрозуміло. А коли мені чекати?")
        // The rest of the turn is answered where the move led, not by the node left.
        let cabinet = try Self.play([Self.greeting, "Потрібні дані відділу обліку.",
                                     "Я передзвоню в п'ятницю, а рахунок можна переглядати в особистому кабінеті."])
        #expect(Self.customerLines(cabinet).last == "Добре, тоді чекатиму. Добре, подивлюся в кабінеті.")
    }

    @Test func aRepeatedPromiseIsAcknowledgedNotMetWithAFallback() throws {
        let state = try Self.play([Self.greeting, "Потрібні дані відділу обліку.", "Я передзвоню в п'ятницю.",
                                   "Ще раз: я передзвоню Вам у п'ятницю."])
        #expect(Self.customerLines(state).last == "Добре, тоді чекатиму.")
        // Nothing said before: the fallback as ever.
        let unknown = try Self.play([Self.greeting, "Гм."])
        #expect(Self.customerLines(unknown).last == "Так, я слухаю.")
    }

    @Test func anInformalGoodbyeEndsTheCall() throws {
        let state = try Self.play([Self.greeting, "Потрібні дані відділу обліку.", "Я передзвоню в п'ятницю.", "все, бувайте"])
        #expect(state.ended)
        #expect(Self.customerLines(state).last == "Дякую, до побачення.")
        let engine = DialogueEngine(scenario: try #require(ScenarioLibrary.load(text: Self.scenario, file: "fit.yaml", content: Fixtures.content).0),
                                    content: Fixtures.content, traineeName: "Олена")
        let result = engine.finish(state)
        #expect(result.standards.first { $0.id == "PHN-FAREWELL" }?.verdict != .met, "the grader still judges the manner")
    }

    @Test func countsAsIsReadFromContent() {
        #expect(Fixtures.content.dialogueCountsAs["farewell"] == ["farewell_informal"])
    }
}
