import Testing
import TrenazherConsole
import TrenazherCore

/// «Чому змінювався настрій клієнта» gives reasons that fit the channel: a letter arranged no callback.
struct MoodReasonChannelTests {
    @Test func aLetterPromisesToLetTheCustomerKnowAPhoneCallArrangesACallback() throws {
        let (content, _) = try Fixtures.resources()
        let shift = MoodShift(turn: 1, from: "стурбована", to: "стримана", cause: "callback_promise")
        let turns = [TurnRecord(index: 1, speaker: .trainee, text: "Про результат ми Вам повідомимо.", clock: "10:00:00")]
        let letter = MoodChange.changes([shift], turns: turns, channel: .written, content: content, english: false)
        #expect(letter.first?.reason == "ви пообіцяли повідомити клієнта про результат")
        let call = MoodChange.changes([shift], turns: turns, channel: .phone, content: content, english: false)
        #expect(call.first?.reason == "ви домовилися про зворотний дзвінок")
        let english = MoodChange.changes([shift], turns: turns, channel: .written, content: content, english: true)
        #expect(english.first?.reason == "you promised to let the customer know the outcome")
    }
}
