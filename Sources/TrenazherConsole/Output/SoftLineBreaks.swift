/// Line breaks that a text's author put only to keep a source file narrow (the knowledge base's
/// articles, a customer's letter, a scenario's `shows` — YAML block scalars wrapped at ~100
/// columns): joined before the console wraps the text at the terminal's own width, so a narrower
/// terminal or the review's indented column does not show «…Назвати дані / до / ідентифікації».
///
/// A break is soft when the next line goes on with the sentence: it begins with a lower-case
/// letter, or with «(» after a line that does not end a sentence. A break before a capital, a
/// digit, a bullet or a dash, an empty line, and a break after a line ending in «:» stay — they
/// start a new item, paragraph or list.
public enum SoftLineBreaks {
    /// `text` with its soft line breaks replaced by one space (the next line's leading spaces dropped).
    public static func joined(_ text: String) -> String {
        guard text.contains("\n") else { return text }
        var result = ""
        var previous: Substring? = nil
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { previous = line }
            guard let before = previous else {
                result += line
                continue
            }
            let next = line.drop { $0 == " " }
            if isSoft(after: before, before: next) {
                result += " " + next
            } else {
                result += "\n" + line
            }
        }
        return result
    }

    /// Whether the break between `line` and `next` only wraps a sentence.
    static func isSoft(after line: Substring, before next: Substring) -> Bool {
        guard let last = line.last(where: { $0 != " " }), let first = next.first else { return false }
        if last == ":" { return false }
        if first.isLowercase { return true }
        if first == "(" { return !endsSentence(last) }
        return false
    }

    private static func endsSentence(_ character: Character) -> Bool {
        switch character {
        case ".", "!", "?", "…", ";", "»", ")": true
        default: false
        }
    }
}
