import Foundation
import Testing
import TrenazherConsole
import TrenazherCore
import TrenazherStore

/// Time that moves only when the script says the trainee took a while.
final class ManualClock: MonotonicClock {
    var current: Double = 1000
    func now() -> Double { current }
}

/// A keyboard played from a script: each step is a line (after some seconds), Ctrl-C, end of
/// input, or keys pressed while the customer is speaking.
final class ScriptedLineReader: LineReader {
    enum Step {
        case line(String, after: Double = 2)
        /// The line offered again (a refused command's text) cleared and this typed instead.
        case retyped(String)
        case ctrlC(String)
        case end
        /// Keys pressed during the next customer line.
        case typeWhileSpeaking(String)
        /// Seconds spent reading what a trainer command showed, before the first key of the next line.
        case readFor(Double)
    }

    private var steps: [Step]
    private let clock: ManualClock
    private(set) var prompts: [String] = []
    private(set) var typedAheadSeen: [String] = []
    /// Whether the script stands for a person at a terminal (whose keys are timed).
    let isLiveTerminal: Bool
    private var typing: TypingEvidence?

    init(_ steps: [Step], clock: ManualClock, live: Bool = false) {
        self.steps = steps
        self.clock = clock
        self.isLiveTerminal = live
    }

    /// A live script types each line key by key over the seconds it takes.
    func lastTyping() -> TypingEvidence? { isLiveTerminal ? typing : nil }

    func readLine(prompt: String, typedAhead raw: String) -> LineInput {
        // As the line editor does: escape sequences typed ahead are dropped.
        let typedAhead = TypedAhead.editableKeys(raw)
        prompts.append(prompt)
        typedAheadSeen.append(typedAhead)
        guard !steps.isEmpty else { return .end }
        switch steps.removeFirst() {
        case .line(let text, let seconds):
            clock.current += seconds
            typing = TypingEvidence(firstKeySeconds: seconds / 2, typingSeconds: seconds / 2, keysTyped: text.count, pastedCharacters: 0)
            return .line(typedAhead + text)
        case .retyped(let text):
            clock.current += 2
            typing = TypingEvidence(firstKeySeconds: 1, typingSeconds: 1, keysTyped: text.count, pastedCharacters: 0)
            return .line(text)
        case .ctrlC(let partial):
            return .interrupt(typedAhead + partial)
        case .end:
            return .end
        case .typeWhileSpeaking:
            Issue.record("the script expected the customer to be speaking")
            return .end
        case .readFor:
            Issue.record("the script expected a wait for the first key")
            return .end
        }
    }

    func waitForFirstKey(prompt: String) -> String? {
        if case .readFor(let seconds)? = steps.first {
            steps.removeFirst()
            clock.current += seconds
        }
        return ""
    }

    func listenForKeys() -> (any KeyListener)? {
        ScriptListener(reader: self)
    }

    /// The keys of a `.typeWhileSpeaking` step at the head of the script, taken once.
    fileprivate func keysWhileSpeaking() -> String {
        guard case .typeWhileSpeaking(let keys)? = steps.first else { return "" }
        steps.removeFirst()
        return keys
    }
}

/// Hands the script's keys to whoever waits for them while the console prints (the customer's pacing);
/// a look without waiting finds nothing.
private final class ScriptListener: KeyListener {
    let reader: ScriptedLineReader

    init(reader: ScriptedLineReader) {
        self.reader = reader
    }

    func keysPressed(within seconds: Double) -> String { seconds > 0 ? reader.keysWhileSpeaking() : "" }

    func finish() -> String { "" }
}

/// Records turns in memory, as the progress store would.
class MemoryRecording: AttemptRecording {
    private(set) var opening: [TurnRecord] = []
    private(set) var inputs: [TraineeInput] = []
    private(set) var turns: [TurnRecord] = []
    private(set) var result: AttemptResult?

    func open(with turns: [TurnRecord]) throws {
        opening = turns
    }

    func record(_ input: TraineeInput, turns: [TurnRecord]) throws {
        draft = nil
        inputs.append(input)
        self.turns += turns
    }

    func finish(_ result: AttemptResult) throws {
        self.result = result
    }

    private(set) var draft: String?
    let attemptID: Int64 = 1

    func saveDraft(_ text: String) throws {
        draft = text.isEmpty ? nil : text
    }

    func savedDraft() throws -> String? { draft }
}

/// A recording whose disk fills up: turns after the first `saved` are refused, like SQLite's «disk full».
final class FillingRecording: MemoryRecording {
    struct DiskFull: Error, LocalizedError {
        var errorDescription: String? { "диск заповнений" }
    }

    let saved: Int
    private(set) var refused = 0

    init(saved: Int) {
        self.saved = saved
    }

    override func record(_ input: TraineeInput, turns: [TurnRecord]) throws {
        guard inputs.count < saved else {
            refused += 1
            throw DiskFull()
        }
        try super.record(input, turns: turns)
    }

    override func finish(_ result: AttemptResult) throws {
        throw DiskFull()
    }
}
