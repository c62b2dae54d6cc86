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
    /// function keys, Home …) never do.
    static func isInterruption(_ typed: String) -> Bool {
        TypedAhead.editableKeys(typed).unicodeScalars.contains { !$0.properties.isWhitespace && $0.value >= 0x20 && $0.value != 0x7F }
    }
}
