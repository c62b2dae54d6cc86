/// The lines of a text, split at every line-feed character, empty lines kept: what
/// `text.split(separator: "\n", omittingEmptySubsequences: false)` gives, found in one pass over the bytes
/// when the text holds no carriage return (then every line feed is a character of its own; a text with
/// one, where `"\r\n"` is a single character that is not a line feed, is split by characters as before).
enum TextLines {
    static func of(_ text: String) -> [Substring] {
        let bytes = text.utf8
        guard !bytes.contains(13) else { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        var lines: [Substring] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if bytes[index] == 10 {
                lines.append(text[start..<index])
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        lines.append(text[start..<bytes.endIndex])
        return lines
    }
}
