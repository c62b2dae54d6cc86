/// The lines of a text, split at every line-feed character, empty lines kept: what
/// `text.split(separator: "\n", omittingEmptySubsequences: false)` gives, found in one pass over the bytes
/// when the text holds no carriage return (then every line feed is a character of its own; a text with
/// one, where `"\r\n"` is a single character that is not a line feed, is split by characters as before).
enum TextLines {
    static func of(_ text: String) -> [Substring] {
        // The offsets of the line feeds, read from the contiguous UTF-8 of a native string; `nil` inside when
        // the text holds a carriage return, `nil` outside when its bytes are not contiguous.
        let found: [Int]?? = text.utf8.withContiguousStorageIfAvailable { bytes -> [Int]? in
            var feeds: [Int] = []
            for offset in 0..<bytes.count {
                let byte = bytes[offset]
                if byte == 10 { feeds.append(offset) } else if byte == 13 { return nil }
            }
            return feeds
        }
        if let found {
            guard let feeds = found else { return text.split(separator: "\n", omittingEmptySubsequences: false) }
            let utf8 = text.utf8
            var lines: [Substring] = []
            lines.reserveCapacity(feeds.count + 1)
            var start = utf8.startIndex
            var startOffset = 0
            for feed in feeds {
                let end = utf8.index(start, offsetBy: feed - startOffset)
                lines.append(text[start..<end])
                start = utf8.index(after: end)
                startOffset = feed + 1
            }
            lines.append(text[start..<utf8.endIndex])
            return lines
        }
        return byBytes(text)
    }

    /// The same split walking the UTF-8 view (a string whose bytes are not contiguous).
    static func byBytes(_ text: String) -> [Substring] {
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
