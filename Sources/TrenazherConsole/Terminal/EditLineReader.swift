@preconcurrency import CLibEdit
import Foundation
@preconcurrency import Glibc

/// Reads lines with libedit: arrow keys, history within the session, UTF-8 editing, Ctrl-D as end
/// of input and Ctrl-C as `LineInput.interrupt` — also a Ctrl-C pressed while the program was
/// printing, which is held until the next line instead of ending the program. Use it when standard
/// input is a terminal.
public final class EditLineReader: LineReader {
    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let state: UnsafeMutablePointer<trz_editor_state>
    private var prompt: UnsafeMutablePointer<CChar>?

    /// `nil` when libedit cannot start (no terminal on standard input).
    public init?(program: String = "trenazher") {
        guard isatty(0) == 1 else { return nil }
        UTF8Locale.activate()
        guard let history = trz_history_open(200) else { return nil }
        let state = UnsafeMutablePointer<trz_editor_state>.allocate(capacity: 1)
        state.initialize(to: trz_editor_state(prompt: nil, interrupted: 0, interrupted_text: nil))
        guard let editor = trz_editor_open(program, stdin, stdout, stderr, state, history) else {
            history_end(history)
            state.deallocate()
            return nil
        }
        self.editor = editor
        self.history = history
        self.state = state
        trz_catch_sigint()
    }

    deinit {
        el_end(editor)
        history_end(history)
        free(prompt)
        free(state.pointee.interrupted_text)
        state.deallocate()
    }

    public func readLine(prompt text: String, typedAhead: String) -> LineInput {
        free(prompt)
        prompt = strdup(text)
        state.pointee.prompt = UnsafePointer(prompt)
        state.pointee.interrupted = 0
        if trz_take_sigint() != 0 {
            fputs(text + "^C\n", stdout)
            fflush(stdout)
            return .interrupt(TypedAhead.editableKeys(typedAhead))
        }
        let keys = TypedAhead.editableKeys(typedAhead)
        if !keys.isEmpty {
            el_push(editor, keys)
        }
        var count: Int32 = 0
        let raw = el_gets(editor, &count)
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
