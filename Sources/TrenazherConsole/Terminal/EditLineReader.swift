@preconcurrency import CLibEdit
import Foundation
@preconcurrency import Glibc
import TrenazherCore

/// Reads lines with libedit: arrow keys, history within the session, UTF-8 editing, Ctrl-D as end
/// of input and Ctrl-C as `LineInput.interrupt` — also a Ctrl-C pressed while the program was
/// printing, which is held until the next line instead of ending the program. Times every key, so
/// an exam records how each answer was typed. Use it when standard input is a terminal.
public final class EditLineReader: PauseReportingLineReader {
    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let state: UnsafeMutablePointer<trz_editor_state>
    private var prompt: UnsafeMutablePointer<CChar>?
    private var typing: TypingEvidence?
    private static let keyCapacity = 8192

    public var onPause: ((String) -> Void)?

    /// `nil` when libedit cannot start (no terminal on standard input).
    public init?(program: String = "trenazher") {
        guard isatty(0) == 1 else { return nil }
        UTF8Locale.activate()
        guard let history = trz_history_open(200) else { return nil }
        let state = UnsafeMutablePointer<trz_editor_state>.allocate(capacity: 1)
        let times = UnsafeMutablePointer<Double>.allocate(capacity: Self.keyCapacity)
        let printable = UnsafeMutablePointer<UInt8>.allocate(capacity: Self.keyCapacity)
        state.initialize(to: trz_editor_state(prompt: nil, interrupted: 0, interrupted_text: nil, key_times: times,
                                              key_printable: printable, key_capacity: Int32(Self.keyCapacity),
                                              key_count: 0, key_total: 0, on_pause: editLinePaused, pause_context: nil))
        guard let editor = trz_editor_open(program, stdin, stdout, stderr, state, history) else {
            history_end(history)
            times.deallocate()
            printable.deallocate()
            state.deallocate()
            return nil
        }
        self.editor = editor
        self.history = history
        self.state = state
        Self.unblockTerminalSignals()
        trz_catch_sigint()
    }

    /// Lets the terminal's signals reach the program even when whatever started it blocked them (a
    /// launcher's worker thread passes its blocked signals on): a closed terminal (SIGHUP) or a
    /// shutdown (SIGTERM) must end the program at once — libedit restores the terminal first — not
    /// leave it reading a dead terminal, whose end of input would be taken for Ctrl-D.
    private static func unblockTerminalSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGHUP, SIGTERM, SIGINT, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH] { sigaddset(&signals, signal) }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    deinit {
        el_end(editor)
        history_end(history)
        free(prompt)
        free(state.pointee.interrupted_text)
        state.pointee.key_times.deallocate()
        state.pointee.key_printable.deallocate()
        state.deallocate()
    }

    public var isLiveTerminal: Bool { true }

    public func lastTyping() -> TypingEvidence? { typing }

    /// The keys logged since the prompt.
    private func loggedKeys() -> [TypingMeter.Key] {
        let count = Int(min(state.pointee.key_count, state.pointee.key_capacity))
        return (0..<count).map { TypingMeter.Key(time: state.pointee.key_times[$0], printable: state.pointee.key_printable[$0] != 0) }
    }

    public func readLine(prompt text: String, typedAhead: String) -> LineInput {
        free(prompt)
        prompt = strdup(text)
        state.pointee.prompt = UnsafePointer(prompt)
        state.pointee.interrupted = 0
        state.pointee.key_count = 0
        state.pointee.key_total = 0
        typing = nil
        let promptAt = trz_monotonic_seconds()
        if trz_take_sigint() != 0 {
            fputs(text + "^C\n", stdout)
            fflush(stdout)
            return .interrupt(TypedAhead.editableKeys(typedAhead))
        }
        let keys = TypedAhead.editableKeys(typedAhead)
        if !keys.isEmpty {
            el_push(editor, keys)
        }
        state.pointee.pause_context = onPause == nil ? nil : Unmanaged.passUnretained(self).toOpaque()
        var count: Int32 = 0
        let raw = el_gets(editor, &count)
        state.pointee.pause_context = nil
        var measured = TypingMeter.evidence(promptAt: promptAt, keys: loggedKeys(), endedAt: trz_monotonic_seconds(),
                                            totalKeys: Int(state.pointee.key_total))
        if !keys.isEmpty {
            // Keys typed while the customer spoke: counted, untimed; the answer began before the prompt.
            measured.firstKeySeconds = 0
            measured.keysTyped += keys.count
        }
        typing = measured
        if state.pointee.interrupted != 0 {
            let partial = state.pointee.interrupted_text.map { String(cString: $0) } ?? ""
            fputs("\n", stdout)
            fflush(stdout)
            return .interrupt(partial)
        }
        var line = raw.map { String(cString: $0) } ?? ""
        while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
        guard raw != nil, count > 0 else {
            fputs("\n", stdout)
            fflush(stdout)
            return .end
        }
        if !line.trimmingCharacters(in: .whitespaces).isEmpty {
            trz_history_add(history, line)
        }
        return .line(line)
    }

    /// The trainee paused while typing: `onPause` gets the line as it stands.
    fileprivate func paused() {
        guard let onPause, let line = el_line(editor) else { return }
        let length = line.pointee.lastchar - line.pointee.buffer
        guard length >= 0 else { return }
        let text = line.pointee.buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
        onPause(text)
    }

    public func listenForKeys() -> (any KeyListener)? {
        RawKeyListener(fd: 0)
    }

    /// Prints the prompt and polls the terminal, without echo, until a key arrives; the line editor
    /// then draws the prompt again over it with the key already typed.
    public func waitForFirstKey(prompt: String) -> String? {
        guard let listener = RawKeyListener(fd: 0) else { return nil }
        fputs(prompt, stdout)
        fflush(stdout)
        var keys = ""
        while keys.isEmpty {
            keys = listener.keysPressed(within: 0.5)
        }
        keys += listener.finish()
        fputs("\r", stdout)
        fflush(stdout)
        return keys
    }
}

/// libedit's pause callback (`trz_editor_state.on_pause`): the reader whose line is being typed.
private func editLinePaused(_ context: UnsafeMutableRawPointer?) {
    guard let context else { return }
    Unmanaged<EditLineReader>.fromOpaque(context).takeUnretainedValue().paused()
}
