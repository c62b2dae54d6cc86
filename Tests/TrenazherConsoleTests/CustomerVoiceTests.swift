import Testing
@testable import TrenazherConsole

/// A key listener that "receives" scripted keys after a given number of words.
final class ScriptedKeyListener: KeyListener {
    private var keysAfterWord: [Int: String]
    private var words = 0
    private(set) var waited: [Double] = []
    private(set) var finished = false

    init(keysAfterWord: [Int: String] = [:]) {
        self.keysAfterWord = keysAfterWord
    }

    func keysPressed(within seconds: Double) -> String {
        words += 1
        waited.append(seconds)
        return keysAfterWord.removeValue(forKey: words) ?? ""
    }

    func finish() -> String {
        finished = true
        return ""
    }
}

struct CustomerVoiceTests {
    @Test func pacesWordByWordWithoutInterruption() {
        let listener = ScriptedKeyListener()
        var written: [String] = []
        let outcome = CustomerVoice(secondsPerWord: 0.2)
            .speak(lines: ["Добрий день, я щодо", "рахунку"], style: { $0 }, listener: listener) { written.append($0) }
        #expect(written == ["Добрий ", "день, ", "я ", "щодо\n", "рахунку\n"])
        #expect(listener.waited == [0.2, 0.2, 0.2, 0.2, 0.2])
        #expect(listener.finished)
        #expect(outcome == SpeechOutcome(typedAhead: "", interrupted: false))
    }

    @Test func typingWhileSpeakingIsAnInterruptionAndKeepsTheText() {
        let listener = ScriptedKeyListener(keysAfterWord: [2: "Пере"])
        var written: [String] = []
        let outcome = CustomerVoice(secondsPerWord: 0.2)
            .speak(lines: ["Добрий день, я щодо", "рахунку"], style: { $0 }, listener: listener) { written.append($0) }
        #expect(written == ["Добрий ", "день, ", "я щодо\n", "рахунку\n"])
        #expect(outcome == SpeechOutcome(typedAhead: "Пере", interrupted: true))
    }

    /// An action in the software or a trainer command typed while the customer speaks is silent: the customer
    /// goes on, and the command waits at the prompt. Words typed instead of it, or «//», do interrupt.
    @Test func aCommandTypedWhileSpeakingIsNoInterruption() {
        let listener = ScriptedKeyListener(keysAfterWord: [1: "/look", 2: "up 1"])
        var written: [String] = []
        let outcome = CustomerVoice(secondsPerWord: 0.2)
            .speak(lines: ["Добрий день, я щодо", "рахунку"], style: { $0 }, listener: listener) { written.append($0) }
        #expect(written == ["Добрий ", "день, ", "я ", "щодо\n", "рахунку\n"])
        #expect(outcome == SpeechOutcome(typedAhead: "/lookup 1", interrupted: false))
        #expect(!CustomerVoice.isInterruption(" /ticket претензія\r"))
        #expect(!CustomerVoice.isInterruption("/help"))
        #expect(CustomerVoice.isInterruption("//так"))
        #expect(CustomerVoice.isInterruption("/\u{7F}Перепрошую"))
        #expect(CustomerVoice.isInterruption("Так /lookup"))
    }

    @Test func enterOrCtrlCAloneIsNoInterruption() {
        #expect(!CustomerVoice.isInterruption("\r"))
        #expect(!CustomerVoice.isInterruption("\u{03}"))
        #expect(CustomerVoice.isInterruption("т"))
    }

    @Test func fastPrintsWholeLinesAtOnce() {
        let listener = ScriptedKeyListener(keysAfterWord: [1: "x"])
        var written: [String] = []
        let outcome = CustomerVoice(secondsPerWord: 0)
            .speak(lines: ["Добрий день"], style: { "<\($0)>" }, listener: listener) { written.append($0) }
        #expect(written == ["<Добрий день>\n"])
        #expect(listener.waited.isEmpty)
        #expect(!outcome.interrupted)
    }
}

struct TypedAheadTests {
    @Test func dropsEscapeSequencesAndKeepsTextAndEditingKeys() {
        #expect(TypedAhead.editableKeys("Доб\u{1B}[1~ри\u{1B}[Dй\u{7F}\u{1B}OHй") == "Добрий\u{7F}й")
        #expect(TypedAhead.editableKeys("так\r") == "так\r")
        #expect(TypedAhead.editableKeys("\u{03}") == "\u{03}")
        #expect(TypedAhead.editableKeys("a\u{01}b") == "ab")
    }
}
