import Foundation

/// Finding one text inside another as Foundation's `range(of:)` does — by characters, a character
/// matching every canonically equivalent spelling of it — at the cost of a byte search when both
/// texts are plain.
///
/// A text is plain when every scalar of it is its own character and has no other canonical spelling
/// with the scalars plain texts are made of: printable ASCII, tab, line feed (a character of its own
/// whatever stands beside it, carriage returns being left out), Latin-1 and the Latin extensions
/// and spacing modifiers (up to U+02FF), Cyrillic without its combining marks (U+0400–U+0482,
/// U+048A–U+04FF), and common punctuation (U+2010–U+2027, U+2030–U+203A, «№», «₴»). Combining marks,
/// the scalars that are canonical singletons of others (U+212A KELVIN SIGN is «K») and carriage
/// returns are not plain. Two plain texts are equivalent exactly when their bytes are equal, and a
/// byte match in UTF-8 always begins and ends at a scalar, hence at a character: the first byte
/// match is the first character match. Texts that are not plain go to Foundation.
enum LiteralSearch {
    /// Whether every scalar of `text` is plain (see the type's documentation).
    static func isPlain<S: StringProtocol>(_ text: S) -> Bool {
        text.unicodeScalars.allSatisfy { isPlain($0.value) }
    }

    @inline(__always)
    static func isPlain(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x20...0x7E, 0xA0...0x2FF, 0x400...0x482, 0x48A...0x4FF, 0x2010...0x2027, 0x2030...0x203A, 0x2116, 0x20B4: return true
        default: return false
        }
    }

    /// A text prepared for searching: its UTF-8 bytes when it is plain.
    struct Prepared {
        let text: Substring
        let plainBytes: [UInt8]?

        init<S: StringProtocol>(_ text: S) {
            self.text = Substring(text)
            plainBytes = LiteralSearch.isPlain(text) ? Array(text.utf8) : nil
        }
    }

    /// The 1-based column (in characters) where `needle` first stands in `line`, as
    /// `line.range(of: needle)` finds it, or `nil`.
    static func firstColumn(of needle: Prepared, in line: Prepared) -> Int? {
        guard let haystack = line.plainBytes, let wanted = needle.plainBytes, !wanted.isEmpty else {
            let text = line.text
            return text.range(of: needle.text).map { text.distance(from: text.startIndex, to: $0.lowerBound) + 1 }
        }
        guard let offset = firstOffset(of: wanted, in: haystack) else { return nil }
        // Every plain scalar is one character: count the scalars before the match.
        var column = 1
        for byte in haystack[..<offset] where byte & 0xC0 != 0x80 { column += 1 }
        return column
    }

    /// Whether `needle` stands in `text`, as Foundation's `text.contains(needle)` says.
    static func contains(_ needle: String, in text: Prepared) -> Bool {
        contains(Needle(needle), in: text)
    }

    /// A text to look for, prepared once for many searches: its UTF-8 bytes when it is plain and not empty.
    struct Needle {
        let text: String
        let plainBytes: [UInt8]?

        init(_ text: String) {
            self.text = text
            plainBytes = !text.isEmpty && LiteralSearch.isPlain(text) ? Array(text.utf8) : nil
        }
    }

    /// Whether `needle` stands in `text`, as Foundation's `text.contains(needle)` says.
    static func contains(_ needle: Needle, in text: Prepared) -> Bool {
        if let haystack = text.plainBytes, let wanted = needle.plainBytes { return firstOffset(of: wanted, in: haystack) != nil }
        return text.text.range(of: needle.text) != nil
    }

    /// Whether `needle` stands in `text`, as Foundation's `text.contains(needle)` says, for a text searched once:
    /// its bytes are read where they are, without preparing a copy. Foundation bridges the text to an `NSString`
    /// for every search (some 40,000 instructions for a transcript).
    static func contains(_ needle: Needle, inText text: String) -> Bool {
        if let wanted = needle.plainBytes, isPlain(text) {
            if let found = text.utf8.withContiguousStorageIfAvailable({ firstOffset(of: wanted, in: $0) }) { return found != nil }
            return firstOffset(of: wanted, in: Array(text.utf8)) != nil
        }
        return text.range(of: needle.text) != nil
    }

    /// A line feed, the needle of «is this text more than one line».
    static let lineFeed = Needle("\n")

    /// Where `needle` first stands in `text`, as `text.range(of: needle)` finds it: by bytes when both
    /// are plain (a byte match begins and ends at a character), through Foundation otherwise.
    static func firstRange(of needle: String, in text: String) -> Range<String.Index>? {
        guard !needle.isEmpty, isPlain(needle), isPlain(text) else { return text.range(of: needle) }
        let haystack = Array(text.utf8), wanted = Array(needle.utf8)
        guard let offset = firstOffset(of: wanted, in: haystack) else { return nil }
        let lower = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return lower..<text.utf8.index(lower, offsetBy: wanted.count)
    }

    /// The byte offset of the first occurrence of `wanted` in `bytes` at or after `start`. One byte of `wanted`
    /// (its pivot) is looked for with `memchr`, and each place it stands is compared whole: every occurrence has
    /// the pivot at the same distance from its start, so the places are tried in the order of the occurrences.
    /// The pivot is the first byte that is no Cyrillic lead byte (0xD0, 0xD1) or space — those stand at nearly
    /// every other byte of a Ukrainian text — or the first byte when every byte is one of them.
    static func firstOffset(of wanted: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { firstOffset(of: wanted, in: $0, from: start) }
    }

    /// `firstOffset(of:in:from:)` over bytes read in place.
    static func firstOffset(of wanted: [UInt8], in b: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard !wanted.isEmpty else { return start <= b.count ? start : nil }
        guard start >= 0, b.count - start >= wanted.count else { return nil }
        let pivot = wanted.firstIndex { $0 != 0xD0 && $0 != 0xD1 && $0 != 0x20 } ?? 0
        return wanted.withUnsafeBufferPointer { w -> Int? in
            guard let base = b.baseAddress, let needle = w.baseAddress else { return nil }
            let origin = UnsafeRawPointer(base)
            let key = Int32(w[pivot])
            let last = b.count - w.count
            var offset = start
            while offset <= last {
                // The pivot of an occurrence starting at `offset`…`last` stands at `offset + pivot`…`last + pivot`.
                guard let found = memchr(base + offset + pivot, key, last - offset + 1) else { return nil }
                let candidate = origin.distance(to: UnsafeRawPointer(found)) - pivot
                if memcmp(base + candidate, needle, w.count) == 0 { return candidate }
                offset = candidate + 1
            }
            return nil
        }
    }

    /// The byte offset of the first occurrence of `wanted` in `bytes`.
    static func firstOffset(of wanted: [UInt8], in bytes: [UInt8]) -> Int? {
        firstOffset(of: wanted, in: bytes, from: 0)
    }

    /// A plain text (its bytes) with every occurrence of the plain, non-empty `wanted`, from the first on and
    /// not overlapping, replaced by `replacement`: what Foundation's `replacingOccurrences(of:with:)` gives,
    /// since in a plain text a byte match is a character match.
    static func replacingAll(_ wanted: [UInt8], with replacement: String, in bytes: [UInt8]) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var from = 0
        while let offset = firstOffset(of: wanted, in: bytes, from: from) {
            result.append(contentsOf: bytes[from..<offset])
            result.append(contentsOf: replacement.utf8)
            from = offset + wanted.count
        }
        result.append(contentsOf: bytes[from...])
        return String(decoding: result, as: UTF8.self)
    }
}
