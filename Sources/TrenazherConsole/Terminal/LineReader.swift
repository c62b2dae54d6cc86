/// What one attempt to read a line produced.
public enum LineInput: Sendable, Equatable {
    /// The trainee pressed Enter.
    case line(String)
    /// The trainee pressed Ctrl-C; the text typed so far is kept.
    case interrupt(String)
    /// End of input: Ctrl-D on an empty line, or the end of a piped script.
    case end
}

import TrenazherCore

/// Reads the trainee's lines. The console never touches standard input directly, so a script can
/// stand in for the keyboard in tests.
public protocol LineReader: AnyObject {
    /// Shows `prompt` and reads one line; `typedAhead` is text the trainee already typed, kept as the
    /// start of the line (it may include Enter, which ends the line at once).
    func readLine(prompt: String, typedAhead: String) -> LineInput

    /// Starts noticing keys pressed while the console is busy (the customer speaking); `nil` when
    /// this reader cannot notice them (standard input is not a terminal).
    func listenForKeys() -> (any KeyListener)?

    /// Shows `prompt` and waits, however long, for the trainee's first key, returned raw (it becomes
    /// the start of the line read next); `nil` when this reader cannot wait for a key.
    func waitForFirstKey(prompt: String) -> String?

    /// Whether the lines come from a person at a terminal whose keys this reader times: only such a
    /// reader may take an exam.
    var isLiveTerminal: Bool { get }

    /// How the last line read was typed; `nil` when this reader does not time keys.
    func lastTyping() -> TypingEvidence?
}

extension LineReader {
    public func waitForFirstKey(prompt: String) -> String? { nil }

    public var isLiveTerminal: Bool { false }

    public func lastTyping() -> TypingEvidence? { nil }
}

/// A reader that tells, while a line is being typed, what the line holds whenever the trainee pauses
/// (so a letter's draft is kept as it is typed, not only line by line).
public protocol PauseReportingLineReader: LineReader {
    /// Called during `readLine` with the line as it stands whenever no key is waiting; `nil`: not called.
    var onPause: ((String) -> Void)? { get set }
}

/// Notices keys pressed while the console prints; created by `LineReader.listenForKeys()`.
public protocol KeyListener: AnyObject {
    /// Waits up to `seconds` (also when nothing is pressed: it paces the output) and returns what was
    /// typed meanwhile, raw; empty when nothing was.
    func keysPressed(within seconds: Double) -> String

    /// Stops listening and returns whatever was typed since the last call.
    func finish() -> String
}
