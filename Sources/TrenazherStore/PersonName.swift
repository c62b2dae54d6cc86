import Foundation
import TrenazherCore

/// Why a typed name is refused.
public enum NameError: Error, Equatable, Sendable, LocalizedError, BilingualError {
    /// Empty after trimming.
    case empty
    /// Holds a control or invisible formatting character (an escape sequence, a direction override …).
    case controlCharacter(name: String, position: Int)
    /// Another trainee has the same name, or one that looks the same (Latin letters for Cyrillic, case, spacing).
    case looksLike(name: String, existing: String, id: Int64)

    /// The refusal in Ukrainian or English.
    public func message(english: Bool) -> String {
        guard !english else { return englishMessage }
        switch self {
        case .empty:
            return "ім'я порожнє"
        case .controlCharacter(let name, let position):
            return "'\(name)': керівний або невидимий символ у позиції \(position) (керівні послідовності й знаки напрямку в іменах не приймаються)"
        case .looksLike(let name, let existing, let id):
            return "'\(name)' збігається або схоже на вже зареєстрованого працівника #\(id) '\(existing)'"
        }
    }

    private var englishMessage: String {
        switch self {
        case .empty:
            return "the name is empty"
        case .controlCharacter(let name, let position):
            return "'\(name)': a control or invisible character at position \(position) (escape sequences and direction marks are not accepted in names)"
        case .looksLike(let name, let existing, let id):
            return "'\(name)' is, or looks like, trainee #\(id) '\(existing)', who is already registered"
        }
    }
}

/// Names as they are stored: NFC, single spaces, Latin look-alike letters inside Cyrillic words (runs of letters) replaced by the
/// Cyrillic letters they imitate; and the «skeleton» two names that look alike share.
public enum PersonName {
    /// Latin letters that look like Cyrillic ones (Unicode's confusables between the two scripts).
    static let latinToCyrillic: [Character: Character] = [
        "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х",
        "Y": "У", "a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "x": "х", "y": "у", "J": "Ј", "S": "Ѕ", "s": "ѕ",
        "j": "ј", "Ï": "Ї", "ï": "ї",
    ]

    /// The name as it is stored, or why it is refused.
    public static func normalized(_ typed: String) throws -> String {
        let composed = typed.precomposedStringWithCanonicalMapping
        for (position, scalar) in composed.unicodeScalars.enumerated()
            where TerminalText.isUnsafe(scalar) || [.control, .format].contains(scalar.properties.generalCategory) {
            throw NameError.controlCharacter(name: TerminalText.sanitized(composed), position: position + 1)
        }
        let words = composed.split(whereSeparator: { $0.isWhitespace }).map { fixLookalikes(in: String($0)) }
        let name = words.joined(separator: " ")
        guard !name.isEmpty else { throw NameError.empty }
        return name
    }

    /// What two names that look alike have in common: lower case, every look-alike Latin letter as its Cyrillic
    /// twin, apostrophes unified.
    public static func skeleton(_ name: String) -> String {
        let unified = name.precomposedStringWithCanonicalMapping.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return String(unified.map { character -> Character in
            switch character {
            case "'", "ʼ", "`", "´", "‘": return "’"
            default: return latinToCyrillic[character] ?? character
            }
        }).lowercased()
    }

    /// A word with the Latin look-alikes of each run of letters (apostrophes within) that has Cyrillic letters
    /// replaced: «Oлена» is «Олена», but in «=HYPERLINK("http://x","Клік")» the Latin words stay Latin.
    static func fixLookalikes(in word: String) -> String {
        var result = ""
        var run: [Character] = []
        func flush() {
            result += run.contains(where: isCyrillic) ? String(run.map { latinToCyrillic[$0] ?? $0 }) : String(run)
            run.removeAll()
        }
        for character in word {
            if character.isLetter || "'ʼ’`".contains(character) {
                run.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    private static func isCyrillic(_ character: Character) -> Bool {
        character.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
    }
}
