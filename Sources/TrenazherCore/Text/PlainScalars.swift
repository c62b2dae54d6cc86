/// The scalars of ordinary typed text — printable ASCII, tab, line feed, and the Cyrillic block without its
/// combining marks (U+0400–U+0482, U+048A–U+04FF) — for which a character is exactly one scalar: no scalar of
/// the set joins its neighbour into one character (carriage returns, which do with a line feed, are left out).
/// Over such text, what Swift's `Character` properties and `String.lowercased()` say of each character is a
/// property of its one scalar, looked up here in a table instead of through the Unicode data at every call
/// (TextFastPathTests compares both for every scalar of the set and for random texts).
enum PlainScalars {
    /// Whether the scalar value is one of the set.
    @inline(__always)
    static func isPlain(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x20...0x7E, 0x400...0x482, 0x48A...0x4FF: true
        default: false
        }
    }

    /// `Character.isWhitespace` of a plain scalar.
    @inline(__always)
    static func isWhitespace(_ value: UInt32) -> Bool { value == 0x20 || value == 0x09 || value == 0x0A }

    /// `Character.isLetter` of a plain scalar.
    @inline(__always)
    static func isLetter(_ value: UInt32) -> Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return cyrillic[Int(value - 0x400)].isLetter
    }

    /// What `String.lowercased()` makes of a plain scalar: one scalar (`nil` when Swift's mapping gives
    /// several, which then leaves the text to `lowercased()`).
    @inline(__always)
    static func lowercase(_ value: UInt32) -> UInt32? {
        if value < 0x80 { return (0x41...0x5A).contains(value) ? value + 0x20 : value }
        return cyrillic[Int(value - 0x400)].lowercase
    }

    /// The Cyrillic block's properties, read once from Swift's own Unicode data.
    static let cyrillic: [(isLetter: Bool, lowercase: UInt32?)] = (UInt32(0x400)...0x4FF).map { value in
        guard let scalar = Unicode.Scalar(value) else { return (false, nil) }
        let lowered = String(Character(scalar)).lowercased().unicodeScalars
        return (Character(scalar).isLetter, lowered.count == 1 ? lowered.first?.value : nil)
    }

    /// Appends a scalar value's UTF-8 bytes (values of the set take one or two).
    @inline(__always)
    static func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) {
        if value < 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value))
        } else if value < 0x800 {
            bytes.append(UInt8(truncatingIfNeeded: 0xC0 | (value >> 6)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
        } else {
            for scalarByte in UTF8.encode(Unicode.Scalar(value) ?? " ") ?? UTF8.EncodedScalar() { bytes.append(scalarByte) }
        }
    }

    /// Latin letters that look like Cyrillic ones (`TextNormalizer.lookalikes`, the ASCII ones), by scalar value.
    static let lookalikes: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        for (latin, cyrillic) in TextNormalizer.lookalikes {
            guard latin.unicodeScalars.count == 1, let from = latin.unicodeScalars.first, from.isASCII,
                  cyrillic.unicodeScalars.count == 1, let to = cyrillic.unicodeScalars.first else { continue }
            table[from.value] = to.value
        }
        return table
    }()

    /// `TextNormalizer.matchForm(of:)` of a word of plain scalars, as UTF-8: Latin look-alikes fixed in the
    /// hyphen-separated parts that hold Cyrillic when the word holds a Latin letter, lower-cased, apostrophes
    /// dropped. `nil` when a scalar is not plain or lower-cases to several.
    static func matchForm<C: Collection>(_ values: C) -> [UInt8]? where C.Element == UInt32 {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * 2)
        var hasLatin = false
        for value in values {
            guard isPlain(value) else { return nil }
            if (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) { hasLatin = true }
        }
        if !hasLatin {
            for value in values where value != 0x27 {
                guard let lower = lowercase(value) else { return nil }
                appendUTF8(lower, to: &bytes)
            }
            return bytes
        }
        // Each hyphen-separated part on its own: look-alikes are Cyrillic only in a part that holds Cyrillic.
        var part: [UInt32] = []
        func flush() -> Bool {
            let cyrillicPart = part.contains { (0x400...0x4FF).contains($0) }
            for value in part {
                let fixed = cyrillicPart ? lookalikes[value] ?? value : value
                guard fixed != 0x27 else { continue }
                guard let lower = lowercase(fixed) else { return false }
                appendUTF8(lower, to: &bytes)
            }
            part.removeAll(keepingCapacity: true)
            return true
        }
        for value in values {
            if value == 0x2D {
                guard flush() else { return nil }
                bytes.append(0x2D)
            } else {
                part.append(value)
            }
        }
        guard flush() else { return nil }
        return bytes
    }
}
