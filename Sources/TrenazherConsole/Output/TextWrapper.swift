/// Breaks text into lines that fit a terminal's width: between words, never inside a word that
/// fits on a line, and never inside a character (it counts `Character`s, not bytes).
public enum TextWrapper {
    /// The lines of `text` at most `width` characters wide, each starting with `indent` (which
    /// counts towards the width). Newlines in `text` are kept; a word longer than a whole line is
    /// split between characters.
    public static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        let room = max(1, width - indent.count)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapParagraph(Substring(paragraph), room: room).map { indent + $0 })
        }
        return lines
    }

    private static func wrapParagraph(_ paragraph: Substring, room: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            if current.isEmpty {
                while word.count > room {
                    lines.append(String(word.prefix(room)))
                    word = word.dropFirst(room)
                }
                current = String(word)
            } else if current.count + 1 + word.count <= room {
                current += " " + word
            } else {
                lines.append(current)
                current = ""
                while word.count > room {
                    lines.append(String(word.prefix(room)))
                    word = word.dropFirst(room)
                }
                current = String(word)
            }
        }
        lines.append(current)
        return lines
    }
}
