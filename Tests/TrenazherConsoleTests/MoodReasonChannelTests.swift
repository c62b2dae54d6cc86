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

    /// A scenario's own intent (no reason in mood.yaml) still gets a reason by the direction of the
    /// shift; in English the default scale's words are English; a long turn is quoted shortened.
    @Test func everyChangeHasAReasonEnglishWordsAndAShortQuote() throws {
        let (content, _) = try Fixtures.resources()
        let scale = ["спокійний", "стриманий", "роздратований", "розлючений"]
        let long = Array(repeating: "слово", count: 60).joined(separator: " ")
        let turns = [TurnRecord(index: 1, speaker: .trainee, text: long, clock: "10:00:00")]
        let calmer = MoodChange.changes([MoodShift(turn: 1, from: "роздратований", to: "стриманий", cause: "explains_cause")],
                                        turns: turns, channel: .visit, content: content, english: false, scale: scale)
        #expect(calmer.first?.reason == "ви відповіли на те, що хвилювало співрозмовника")
        #expect(calmer.first?.text.hasSuffix(" …") == true)
        #expect((calmer.first?.text.split(separator: " ").count ?? 0) < 40)
        let angrier = MoodChange.changes([MoodShift(turn: 1, from: "стриманий", to: "роздратований", cause: "blames")],
                                         turns: turns, channel: .visit, content: content, english: true, scale: scale)
        #expect(angrier.first?.reason == "these words upset the customer")
        let english = MoodChange.changes([MoodShift(turn: 1, from: "стурбований", to: "стриманий", cause: "apologises")],
                                         turns: turns, channel: .hotline, content: content, english: true)
        #expect(english.first?.from == "worried")
        #expect(english.first?.to == "reserved")
    }
}
