/// POSIX-shell-like word splitting and quoting, enough for the command a trainee's SSH client sends
/// (`SSH_ORIGINAL_COMMAND`) and for the forced command written into `authorized_keys`. No expansion of
/// any kind: `$`, `*`, `;` and backquotes are ordinary characters inside a word.
public enum ShellWords {
    /// A quote was opened and never closed.
    public struct UnbalancedQuote: Error, Equatable, Sendable {}

    /// Splits `text` at unquoted blanks; single quotes keep everything literally, double quotes and a
    /// backslash keep the next character.
    public static func split(_ text: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case " ", "\t", "\n", "\r":
                if inWord {
                    words.append(current)
                    current = ""
                    inWord = false
                }
            case "'", "\"":
                quote = character
                inWord = true
            case "\\":
                escaped = true
                inWord = true
            default:
                current.append(character)
                inWord = true
            }
        }
        if quote != nil || escaped { throw UnbalancedQuote() }
        if inWord { words.append(current) }
        return words
    }

    /// `word` in single quotes when it holds anything but letters, digits and `-_./:=@%+,`.
    public static func quote(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_./:=@%+,".unicodeScalars.contains(scalar))
        }
        if plain { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
