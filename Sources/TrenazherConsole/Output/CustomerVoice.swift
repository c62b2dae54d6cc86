/// What happened while the customer spoke.
public struct SpeechOutcome: Sendable, Equatable {
    /// What the trainee typed meanwhile, raw; it becomes the start of the answer.
    public var typedAhead: String
    /// The trainee started typing before the customer finished (GEN-NO-INTERRUPT).
    public var interrupted: Bool
}

/// Prints the customer's words at a human pace and notices keys pressed meanwhile. A key that
/// types something (not Enter or Ctrl-C alone) is an interruption: the rest of the line is printed
/// at once and the typed text is kept.
public struct CustomerVoice: Sendable {
    /// Pause after each word, in seconds; 0 prints the whole line at once (`--fast`).
    public var secondsPerWord: Double

    public init(secondsPerWord: Double) {
        self.secondsPerWord = secondsPerWord
    }

    /// Natural speech: 130–160 words a minute; the default is 150.
    public static let naturalWordsPerMinute = 150
    /// The paces `/pace` and `--pace` accept, in words per minute.
    public static let wordsPerMinuteRange = 60...400

    /// A voice speaking `wordsPerMinute` words a minute.
    public init(wordsPerMinute: Int) {
        self.secondsPerWord = 60 / Double(max(1, wordsPerMinute))
    }

    /// The pace in words per minute; `nil` when lines are shown at once.
    public var wordsPerMinute: Int? {
        secondsPerWord > 0 ? Int((60 / secondsPerWord).rounded()) : nil
    }

    /// Writes `lines` (already wrapped and styled word by word through `style`), pacing them when a
    /// listener is given and the pace is not zero.
    public func speak(lines: [String], style: (String) -> String, listener: (any KeyListener)?,
                      write: (String) -> Void) -> SpeechOutcome {
        guard let listener, secondsPerWord > 0 else {
            for line in lines { write(style(line) + "\n") }
            return SpeechOutcome(typedAhead: listener?.finish() ?? "", interrupted: false)
        }
        var typed = ""
        for line in lines {
            let words = line.split(separator: " ", omittingEmptySubsequences: false)
            for (index, word) in words.enumerated() {
                let last = index == words.count - 1
                if Self.isInterruption(typed) {
                    write(style(words[index...].joined(separator: " ")) + "\n")
                    break
                }
                write(style(String(word)) + (last ? "\n" : " "))
                typed += listener.keysPressed(within: secondsPerWord)
            }
        }
        typed += listener.finish()
        return SpeechOutcome(typedAhead: typed, interrupted: Self.isInterruption(typed))
    }

    /// Typing counts as interrupting when it produced a visible character; escape sequences (arrows,
    /// function keys, Home …) never do, nor does a command being typed (`isCommand`): an action in the
    /// company's software or a trainer command is silent, so the customer is not cut short by it.
    static func isInterruption(_ typed: String) -> Bool {
        let keys = TypedAhead.editableKeys(typed)
        return keys.unicodeScalars.contains { !$0.properties.isWhitespace && $0.value >= 0x20 && $0.value != 0x7F } && !isCommand(keys)
    }

    /// Whether the first line of `keys` (cleaned by `TypedAhead.editableKeys`), its Backspaces applied, is a
    /// command: it starts with «/», and not with «//» (a spoken line that begins with «/»).
    static func isCommand(_ keys: String) -> Bool {
        var line = String.UnicodeScalarView()
        for scalar in keys.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D: return isCommandLine(String(line))
            case 0x08, 0x7F: if !line.isEmpty { line.removeLast() }
            case 0x03: continue
            default: line.append(scalar)
            }
        }
        return isCommandLine(String(line))
    }

    private static func isCommandLine(_ line: String) -> Bool {
        let text = line.drop { $0.isWhitespace }
        return text.hasPrefix("/") && !text.hasPrefix("//")
    }
}
