import Foundation

/// A scenario file's ID read from its text without parsing the YAML: its one line that starts with `id:`
/// at the first column, when nothing else in the file could make that line something other than the
/// top-level `id` key, or another line the top-level `id` key. `nil` when that cannot be told this way —
/// then the file is parsed to learn its ID. A hint is never wrong: a file whose scenario loads has the ID
/// its hint names.
///
/// The rules: exactly one line begins with `id:`, followed by a space or a tab and the value on the same line
/// (another would be the continuation of a multi-line quoted text or flow collection); no line begins with
/// a character that can start a key some other way (`"`, `'`, `?`, `{`, `[`, `&`, `*`, `!`, `<`, `%`, a
/// tab) or with `id` and a blank before the colon; no byte-order mark. The value is plain or quoted
/// (single or double), made of ASCII letters, digits, `-` and `_` only, optionally followed by a comment.
public enum ScenarioIDHint {
    /// The hint of the file at `url`; `nil` when it cannot be read or gives no hint.
    public static func of(file url: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return of(bytes: Array(data))
    }

    /// The hint of a scenario file's bytes.
    public static func of(bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return nil }
        var found: String?
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let line = bytes[lineStart..<lineEnd]
            lineStart = lineEnd + 1
            guard let first = line.first else { continue }
            if forbiddenFirst.contains(first) { return nil }
            guard line.starts(with: Array("id".utf8)) else { continue }
            let afterName = line.dropFirst(2)
            guard let next = afterName.first else { continue }
            if next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") { return nil }
            guard next == UInt8(ascii: ":") else { continue }
            let afterColon = afterName.dropFirst()
            guard found == nil, let blank = afterColon.first, blank == UInt8(ascii: " ") || blank == UInt8(ascii: "\t"),
                  let value = value(of: afterColon) else { return nil }
            found = value
        }
        return found
    }

    /// Bytes that cannot begin a line of a file that gives a hint.
    private static let forbiddenFirst: Set<UInt8> = Set("\"'?{[&*!<%\t".utf8)

    /// The value after `id:` (starting with its blank): plain or quoted, then blanks and an optional comment.
    private static func value(of rest: ArraySlice<UInt8>) -> String? {
        var text = rest.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
        var quote: UInt8?
        if let first = text.first, first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            quote = first
            text = text.dropFirst()
        }
        let name = text.prefix { isNameByte($0) }
        guard !name.isEmpty else { return nil }
        var after = text.dropFirst(name.count)
        if let quote {
            guard after.first == quote else { return nil }
            after = after.dropFirst()
        }
        let trailing = after.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        let endsHere = trailing.allSatisfy { $0 == UInt8(ascii: "\r") }
        // A comment needs a blank before its `#`.
        let comment = trailing.first == UInt8(ascii: "#") && trailing.count < after.count
        guard endsHere || comment else { return nil }
        return String(decoding: name, as: UTF8.self)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
}
