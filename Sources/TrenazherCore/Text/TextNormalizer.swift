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
