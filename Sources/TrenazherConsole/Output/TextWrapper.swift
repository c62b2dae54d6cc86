import Foundation

/// Breaks text into lines that fit a terminal's width: between words, never inside a word that
/// fits on a line, and never inside a character. Widths are terminal columns: a `Character` (a
/// letter with its combining marks) takes one, an emoji or an East Asian wide character two.
public enum TextWrapper {
    /// The lines of `text` at most `width` columns wide, each starting with `indent` (which counts
    /// towards the width). Newlines in `text` are kept; a word longer than a whole line is split
    /// between characters; «№» stays on the line of the number it names.
    public static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        let room = max(1, width - columns(indent))
        var lines: [String] = []
        let text = text.contains("№ ") ? text.replacingOccurrences(of: "№ ", with: "№\u{00A0}") : text
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapParagraph(paragraph, room: room).map { indent + $0 })
        }
        return lines
    }

    /// The columns `text` takes on a terminal.
    public static func columns<S: StringProtocol>(_ text: S) -> Int {
        text.reduce(0) { $0 + columns(of: $1) }
    }

    /// The columns one character takes: two for emoji shown as pictures and wide East Asian
    /// characters, else one.
    public static func columns(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if first.properties.isEmojiPresentation { return 2 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        switch first.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    private static func wrapParagraph(_ paragraph: Substring, room: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentColumns = 0
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
            let wordColumns = columns(word)
            if !current.isEmpty, currentColumns + 1 + wordColumns <= room {
                current += " " + word
                currentColumns += 1 + wordColumns
                continue
            }
            if !current.isEmpty {
                lines.append(current)
            }
            var rest = Substring(word)
            while columns(rest) > room {
                let (head, tail) = split(rest, room: room)
                lines.append(String(head))
                rest = tail
            }
            current = String(rest)
            currentColumns = columns(rest)
        }
        lines.append(current)
        return lines
    }

    /// The longest head of `word` that fits `room` columns (at least one character), and the rest.
    private static func split(_ word: Substring, room: Int) -> (Substring, Substring) {
        var used = 0
        var end = word.startIndex
        while end < word.endIndex {
            let next = columns(of: word[end])
            if used + next > room, end > word.startIndex { break }
            used += next
            end = word.index(after: end)
        }
        return (word[..<end], word[end...])
    }
}
