import TrenazherCore

/// Composes a written reply line by line, as in a small editor: numbered lines, `/edit N` to change a
/// line (offered for editing), `/delete N`, `/show`, a line with a single dot to send. Other commands
/// (`/help`, `/quit`, `/lookup` …) are never lines of the letter: they are handed back with the draft
/// kept; `//text` writes a line that starts with «/». The draft is saved after every change, and — when
/// the reader reports pauses (`PauseReportingLineReader`) — as the line is typed, whenever the trainee
/// pauses, so a killed terminal loses at most the keys of the last moment.
final class LetterEditor {
    /// What one round of editing produced.
    enum Outcome: Equatable {
        /// The letter, to send.
        case send(String)
        /// A command typed instead of a line; the draft is kept.
        case command(String)
        /// Ctrl-C; the draft is kept.
        case interrupt
        /// Ctrl-D (or the end of piped input); the draft is kept.
        case end
    }

    private let reader: any LineReader
    private let screen: Screen
    private let save: (String) -> Void
    /// The finished lines of the draft.
    private(set) var lines: [String] = []
    /// The line being typed when the trainee left it (offered again).
    private(set) var current = ""
    /// How the letter's lines were typed, when the reader times keys.
    private var typing: TypingEvidence?

    init(reader: any LineReader, screen: Screen, save: @escaping (String) -> Void) {
        self.reader = reader
        self.screen = screen
        self.save = save
    }

    /// The draft as one text: finished lines, then the line being typed.
    var draft: String { (lines + [current]).joined(separator: "\n") }

    /// Whether nothing has been written.
    var isEmpty: Bool { lines.isEmpty && current.isEmpty }

    /// Restores a saved draft (its last line is the one being typed).
    func restore(_ text: String) {
        var parts = text.components(separatedBy: "\n")
        current = parts.popLast() ?? ""
        lines = parts
    }

    /// Shows the draft so far, numbered.
    func show() {
        for (index, line) in lines.enumerated() {
            // Numbered as at the prompt (« 1│ »), longer lines aligned under the text.
            screen.item(prompt(index + 1), line)
        }
    }

    private func prompt(_ number: Int) -> String {
        let text = String(number)
        return String(repeating: " ", count: max(0, 2 - text.count)) + text + "│ "
    }

    /// How the letter just sent was typed; the next letter starts afresh.
    func takeTyping() -> TypingEvidence? {
        defer { typing = nil }
        return typing
    }

    /// The draft last saved, so a pause with nothing new saves nothing.
    private var saved: String?

    /// Saves `text` as the draft unless it is what was saved last.
    private func keep(_ text: String) {
        guard text != saved else { return }
        saved = text
        save(text)
    }

    /// Reads one line, adding how it was typed to the letter's typing evidence; while it is typed,
    /// `draft` turns the line as it stands into the draft to keep.
    private func readLine(prompt: String, typedAhead: String, draft: @escaping (String) -> String) -> LineInput {
        let pausing = reader as? any PauseReportingLineReader
        pausing?.onPause = { [weak self] partial in self?.keep(draft(partial)) }
        defer { pausing?.onPause = nil }
        let read = reader.readLine(prompt: prompt, typedAhead: typedAhead)
        lineTyping = reader.lastTyping()
        return read
    }

    /// How the line just read was typed, until it is counted as the letter's or taken as a command's.
    private var lineTyping: TypingEvidence?

    /// Adds how the line just read was typed to the letter's typing evidence.
    private func countLineTyping() {
        if let typed = lineTyping {
            typing = typing.map { $0.followed(by: typed) } ?? typed
        }
        lineTyping = nil
    }

    /// How the command just returned (`Outcome.command`) was typed: the command is an answer of its
    /// own (an exam records it with its own typing evidence), not a line of the letter.
    func takeCommandTyping() -> TypingEvidence? {
        defer { lineTyping = nil }
        return lineTyping
    }

    /// Reads lines until the letter is sent, a command is typed, Ctrl-C or Ctrl-D.
    func edit() -> Outcome {
        while true {
            let typed = current
            current = ""
            let finished = lines
            switch readLine(prompt: prompt(lines.count + 1), typedAhead: typed, draft: { (finished + [$0]).joined(separator: "\n") }) {
            case .end:
                countLineTyping()
                return .end
            case .interrupt(let partial):
                countLineTyping()
                current = partial
                keep(draft)
                return .interrupt
            case .line(let line):
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                let action = trimmed.hasPrefix("/") && !trimmed.hasPrefix("//") ? TraineeAction(line: trimmed) : nil
                if let action, !Self.editorCommands.contains(action.name) {
                    keep(draft)
                    return .command(trimmed)
                }
                countLineTyping()
                if trimmed == "." {
                    keep("")
                    return .send(lines.joined(separator: "\n"))
                }
                if trimmed.hasPrefix("//") {
                    lines.append(String(line.drop { $0 == " " }.dropFirst()))
                } else if let action {
                    switch action.name {
                    case "edit", "виправити":
                        editLine(action.argument)
                    case "delete", "видалити":
                        if let number = lineNumber(action.argument) {
                            let removed = lines.remove(at: number - 1)
                            screen.paragraph(screen.strings.letterLineDeleted(number, text: removed, left: lines.count),
                                             style: screen.palette.faint)
                            show()
                        }
                    default:
                        show()
                    }
                } else {
                    lines.append(line)
                }
                keep(draft)
            }
        }
    }

    /// Puts a refused command's text back on the line being typed, to be corrected.
    func offerAgain(_ text: String) {
        current = text
    }

    /// The editor's own commands; any other `/…` line is a command for the session.
    static let editorCommands: Set<String> = ["edit", "виправити", "delete", "видалити", "show", "показати"]

    private func lineNumber(_ argument: String) -> Int? {
        if let number = Int(argument.trimmingCharacters(in: .whitespaces)), number >= 1, number <= lines.count {
            return number
        }
        screen.paragraph(screen.strings.letterLineNumber(lines.count), style: screen.palette.faint)
        return nil
    }

    private func editLine(_ argument: String) {
        guard let number = lineNumber(argument) else { return }
        let before = lines
        let draft: (String) -> String = { partial in
            var edited = before
            edited[number - 1] = partial
            return (edited + [""]).joined(separator: "\n")
        }
        let read = readLine(prompt: prompt(number), typedAhead: lines[number - 1], draft: draft)
        countLineTyping()
        switch read {
        case .line(let line) where line != before[number - 1]:
            lines[number - 1] = line
            screen.paragraph(screen.strings.letterLineEdited(number), style: screen.palette.faint)
        case .line, .interrupt, .end:
            screen.paragraph(screen.strings.letterLineUnchanged(number), style: screen.palette.faint)
        }
    }
}
