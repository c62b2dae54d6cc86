import Testing
@testable import TrenazherCore

/// A reaction that only acknowledges a hold («Так-так, я слухаю») is said only when nothing else of the
/// turn is answered (the audit's F6: «Так-так, я слухаю. Он воно що...» to a turn that gave the answer).
struct AcknowledgementReplyTests {
    static func reply(after last: String) -> String {
        let engine = DialogueEngine(scenario: Fixtures.scenario("hotline-bill-dispute"), content: Fixtures.content, traineeName: "Олена")
        var state = engine.start()
        for text in [
            "Добрий день! Гаряча лінія, мене звати Олена. Як я можу до Вас звертатися?",
            "Людмило Петрівно, назвіть, будь ласка, номер особового рахунку та Ваше прізвище, ім'я, по батькові.",
            "Пошук займе близько хвилини, зачекайте, будь ласка, на лінії.",
        ] {
            engine.advance(&state, TraineeInput(text: text))
        }
        engine.advance(&state, TraineeInput(text: "/lookup 40726915"))
        let turns = engine.advance(&state, TraineeInput(text: last)).newTurns
        return turns.filter { $0.speaker == .customer }.map(\.text).joined(separator: " ")
    }

    @Test func thanksWithTheAnswerHearTheAnswersReactionOnly() {
        let reply = Self.reply(after: "Дякую за очікування. У жовтні показники від Вас не надходили, тому нарахували 180 кВт·год "
                               + "за середнім споживанням, а 3 листопада контролер зафіксував 24 310 кВт·год.")
        #expect(reply.contains("Он воно що"))
        #expect(!reply.contains("слухаю"))
    }

    @Test func thanksAloneAreStillAcknowledged() {
        #expect(Self.reply(after: "Дякую за очікування.").contains("Так-так, я слухаю."))
    }
}

/// One call-back stays booked: a second `/callback` replaces the first and says so (the audit's F6:
/// two silent bookings stacked).
struct CallbackReplacementTests {
    @Test func aSecondCallbackReplacesTheFirst() {
        let engine = DialogueEngine(scenario: Fixtures.scenario("phone-callback"), content: Fixtures.content, traineeName: "Олена")
        var state = engine.start()
        engine.advance(&state, TraineeInput(text: "Добрий день! Центр обслуговування клієнтів, мене звати Олена. Чим можу допомогти?"))
        let first = engine.advance(&state, TraineeInput(text: "/callback 27.11 10:00")).newTurns
        #expect(!first.contains { $0.text.contains("скасовано") })
        let second = engine.advance(&state, TraineeInput(text: "/callback 30.11 11:00")).newTurns
        let system = second.filter { $0.speaker == .system }.map(\.text).joined()
        #expect(system.contains("Попередній запис на зворотний дзвінок (27.11 10:00) скасовано."))
        #expect(system.contains("30.11 11:00"))
        #expect(state.callbackBooked == "30.11 11:00")
    }
}
