import Foundation

/// Normalises Ukrainian text before matching: NFC, one apostrophe, no stress marks or invisible
/// characters, dashes unified. Latin look-alike letters are fixed per word (`fixLookalikes`).
///
/// Case is *not* folded here (tokens keep both forms), so checks that care about capitals
/// (shouting, «Ви», surnames) can still see them.
public enum TextNormalizer {
    /// The apostrophe every variant is mapped to.
    public static let apostrophe: Character = "'"

    static let apostropheVariants: Set<Character> = ["'", "’", "ʼ", "`", "´", "‘", "ʹ", "′", "＇"]
    static let removed: Set<Unicode.Scalar> = ["\u{00AD}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{0301}", "\u{0300}"]
    static let spaces: Set<Unicode.Scalar> = ["\u{00A0}", "\u{202F}", "\u{2007}", "\u{2009}"]
    static let dashes: Set<Unicode.Scalar> = ["\u{2010}", "\u{2011}", "\u{2212}"]

    /// Latin letters that look like Cyrillic ones, and the Cyrillic letter they stand for.
    static let lookalikes: [Character: Character] = [
        "a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "x": "х", "y": "у", "k": "к", "m": "м",
        "t": "т", "h": "н", "b": "в", "ï": "ї",
        "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М", "O": "О", "P": "Р",
        "T": "Т", "X": "Х", "Ï": "Ї", "Y": "У",
    ]

    /// The whole-text normalisation (no case folding, no look-alike mapping: that is per word).
    public static func normalize(_ text: String) -> String {
        quickNormalized(text) ?? normalizedByDecomposition(text)
    }

    /// `normalize` for a text made only of characters that canonical decomposition and composition
    /// leave as they are and that join no other character (ASCII, Cyrillic letters without a grave or
    /// acute accent, common punctuation and spaces) — the usual typed turn — in one pass; `nil` for
    /// any other text. Gives exactly what `normalizedByDecomposition` gives (TextNormalizerTests).
    static func quickNormalized(_ text: String) -> String? {
        if isUnchangedByNormalizing(text) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isStable(scalar.value) else { return nil }
            if scalar.isASCII {
                scalars.append(scalar == "`" ? "'" : scalar)
                continue
            }
            if removed.contains(scalar) { continue }
            if spaces.contains(scalar) { scalars.append(" "); continue }
            if dashes.contains(scalar) { scalars.append("-"); continue }
            scalars.append(apostropheScalars.contains(scalar) ? "'" : scalar)
        }
        return String(scalars)
    }

    /// Whether `quickNormalized` gives the text back as it is: every scalar ASCII but the backtick, or a
    /// Cyrillic letter it keeps (`isStable`) — read from the UTF-8 bytes without decoding the text.
    static func isUnchangedByNormalizing(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            if byte < 0x80 {
                if byte == 0x60 { return false }
                continue
            }
            // A two-byte scalar from U+0400 to U+04FF starts with 0xD0–0xD3.
            guard (0xD0...0xD3).contains(byte), let next = utf8.next(), next & 0xC0 == 0x80 else { return false }
            let value = UInt32(byte & 0x1F) << 6 | UInt32(next & 0x3F)
            guard isStable(value) else { return false }
        }
        return true
    }

    /// The apostrophe variants as scalars (each is one).
    static let apostropheScalars: Set<Unicode.Scalar> = Set(apostropheVariants.compactMap { $0.unicodeScalars.first })

    /// Characters normalisation leaves alone: no canonical decomposition that would lose a stress mark,
    /// no singleton decomposition, not a combining or joining character.
    @inline(__always)
    static func isStable(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x80, 0xA0...0xBF: return true
        case 0x400...0x4FF:
            // Combining Cyrillic marks, and letters whose decomposition holds a grave or an acute
            // accent, which normalisation removes (ѐ Ѐ ѓ Ѓ ќ Ќ ѝ Ѝ).
            return !(0x483...0x489).contains(value) && ![0x400, 0x403, 0x40C, 0x40D, 0x450, 0x453, 0x45C, 0x45D].contains(value)
        case 0x2B9, 0x2BC, 0x20B4, 0x2116, 0x2212, 0xFEFF, 0xFF07: return true
        case 0x2002...0x206F: return value != 0x200C
        default: return false
        }
    }

    /// The normalisation through canonical decomposition and composition, for any text.
    static func normalizedByDecomposition(_ text: String) -> String {
        let decomposed = text.decomposedStringWithCanonicalMapping
        var scalars = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars {
            if removed.contains(scalar) { continue }
            if spaces.contains(scalar) { scalars.append(" "); continue }
            if dashes.contains(scalar) { scalars.append("-"); continue }
            scalars.append(scalar)
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in String(scalars).precomposedStringWithCanonicalMapping {
            result.append(apostropheVariants.contains(character) ? apostrophe : character)
        }
        return result
    }

    /// Turns Latin look-alikes Cyrillic in a word that already holds Cyrillic letters; each part of
    /// a hyphenated word is treated on its own, so «EIC-код» keeps «EIC».
    public static func fixLookalikes(in word: String) -> String {
        guard word.contains(where: { isLatin($0) }) else { return word }
        return word.split(separator: "-", omittingEmptySubsequences: false).map { part -> String in
            guard part.contains(where: isCyrillic) else { return String(part) }
            return String(part.map { lookalikes[$0] ?? $0 })
        }.joined(separator: "-")
    }

    /// The form words are matched in: look-alikes fixed, lower-cased, apostrophes dropped — a hurried
    /// «пятого» is «п'ятого», and every pattern, lexicon and text word goes through here.
    public static func matchForm(of word: String) -> String {
        // Ordinary typed words (ASCII and Cyrillic letters) by their scalars, without Unicode look-ups.
        if let bytes = PlainScalars.matchForm(word.unicodeScalars.lazy.map(\.value)) { return String(decoding: bytes, as: UTF8.self) }
        return matchFormByCharacters(of: word)
    }

    /// `matchForm` by `Character`s, for any text.
    static func matchFormByCharacters(of word: String) -> String {
        let form = fixLookalikes(in: word).lowercased()
        return form.contains(apostrophe) ? form.filter { $0 != apostrophe } : form
    }

    /// A Cyrillic letter.
    public static func isCyrillic(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0x0400...0x04FF).contains(scalar.value)
    }

    /// A Latin letter.
    public static func isLatin(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) || (0xC0...0x24F).contains(scalar.value)
    }
}
