import Foundation
import Testing
@testable import TrenazherCore

/// One turn that does several things gets one reply that makes sense as a whole: the node a move
/// enters does not react again to the move's own intent (which dropped the move's question, so the
/// customer later said «Я ж питала…» of a question never asked); a question is asked only at the
/// end; a reminder the customer just said is not repeated in a reply that gives what was asked; and
/// thanks are said once.
@Suite struct DialogueCombinedReplyTests {
    static let scenario = """
    id: combined-fixture
    title: Стан заявки
    channel: hotline
    clock: "10:00"
    persona:
      name: Бондар Оксана Миколаївна
      address_as: Оксана Миколаївна
    facts:
      full_name: Бондар Оксана Миколаївна
      application: ПР-1147
    standards: [GEN-FORMAL, HOT-GREET, HOT-FAREWELL]
    intents:
      tells_date: [1 грудня]
      tells_free: [безкоштовн*]
      asks_number: [номер* заявк*]
    answers:
      asks_number: {say: "Номер заявки {application}.", gives: [application]}
    opening: Можете подивитися, на якому етапі моя заявка?
    nodes:
      start:
        on:
          - when: tells_date
            say: Ой, як добре, дякую. А мені повідомлять перед підключенням?
            sets: [told]
            go: informed
          - when: tells_free
            say: Безкоштовно? Добре.
          - when: any
            unless: [told]
            say: А Ви вже подивилися мою заявку?
      informed:
        on:
          - when: tells_date
            say: Так, я записала.
          - when: more_questions
            say: Ні, більше нічого, дякую.
          - when: summary
            say: Так, усе зрозуміло, дякую.
          - when: farewell
            say: До побачення.
            go: end
      end:
        end: true
    fallback: ["Так, я слухаю."]
    examples:
      - name: дата
        transcript: |
          Добрий день! Гаряча лінія, мене звати {trainee}.
          Підключення заплановано на 1 грудня.
          Дякую за дзвінок, до побачення!
        expect: {met: [HOT-GREET, HOT-FAREWELL]}
    """

    static func play(_ lines: [String]) throws -> [String] {
        let (loaded, diagnostics) = ScenarioLibrary.load(text: scenario, file: "combined.yaml", content: Fixtures.content)
        let scenario = try #require(loaded, "\(diagnostics)")
        let engine = DialogueEngine(scenario: scenario, content: Fixtures.content, traineeName: "Олена")
        var state = engine.start()
        for line in lines { _ = engine.advance(&state, TraineeInput(text: line)) }
        return state.turns.filter { $0.speaker == .customer }.map(\.text)
    }

    static let greeting = "Добрий день! Гаряча лінія, мене звати Олена."

    @Test func theNodeAMoveEntersDoesNotReactAgainToTheMovesIntent() throws {
        let lines = try Self.play([Self.greeting, "Підключення заплановано на 1 грудня."])
        #expect(lines.last == "Ой, як добре, дякую. А мені повідомлять перед підключенням?")
        // A later turn that says the date again does get the entered node's reaction.
        let again = try Self.play([Self.greeting, "Підключення заплановано на 1 грудня.", "Ще раз: 1 грудня."])
        #expect(again.last == "Так, я записала.")
    }

    @Test func aQuestionIsAskedOnlyAtTheEndOfAReply() {
        #expect(DialogueEngine.questionsLast(["Ой, я й не знала. А що донести?", "Добре, встигну."]) == ["Ой, я й не знала.", "Добре, встигну."])
        #expect(DialogueEngine.questionsLast(["А що донести?", "Добре, встигну."]) == ["Добре, встигну."])
        #expect(DialogueEngine.questionsLast(["Добре, встигну.", "А скільки чекати?"]) == ["Добре, встигну.", "А скільки чекати?"])
    }

    @Test func aReplyThatGivesWhatWasAskedDoesNotRepeatTheLastReminder() throws {
        let lines = try Self.play([Self.greeting, "Хм.", "Назвіть, будь ласка, номер заявки."])
        #expect(lines[lines.count - 2].hasSuffix("А Ви вже подивилися мою заявку?"))
        #expect(lines.last == "Номер заявки ПР-1147.")
    }

    @Test func thanksAreSaidOnceInACombinedReply() {
        let once = Fixtures.content.saidOnce
        #expect(once.contains("дякую"))
        #expect(DialogueEngine.sayingOnce("Так, усе зрозуміло, дякую. Ні, більше нічого, дякую.", once)
                == "Так, усе зрозуміло, дякую. Ні, більше нічого.")
        #expect(DialogueEngine.sayingOnce("Добре, тоді чекатиму відповіді. Дякую. Записала номер, дякую. Та хіба одне.", once)
                == "Добре, тоді чекатиму відповіді. Дякую. Записала номер. Та хіба одне.")
        #expect(DialogueEngine.sayingOnce("Записала. Дякую. Дякую, до побачення.", once) == "Записала. Дякую. До побачення.")
        #expect(DialogueEngine.sayingOnce("Ну, дякую, що вислухали. Дякую Вам.", once) == "Ну, дякую, що вислухали.")
        #expect(DialogueEngine.sayingOnce("Дякую, до побачення.", once) == "Дякую, до побачення.")
    }
}
