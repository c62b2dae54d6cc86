import Foundation

/// The sentence of a turn that holds a finding's evidence: what a tip quotes as its example
/// («Правильно я розумію, Вас турбує сума в рахунку за листопад?» rather than a whole long turn).
public enum EvidenceSentence {
    /// A turn of at most this many words is quoted whole when its evidence cannot be found in it.
    public static let wholeTurnWords = 30

    /// The sentence(s) of `text` holding `evidence` (parts joined by « … » are found one by one and
    /// joined the same way); the whole `text` when it is short and the evidence is not found in it;
    /// `nil` otherwise. Case is ignored when finding the evidence.
    public static func around(_ evidence: String?, in text: String) -> String? {
        let parts = (evidence ?? "").components(separatedBy: " … ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let found = parts.compactMap { part in part.isEmpty ? nil : sentence(containing: part, in: text) }
        if !found.isEmpty, found.count == parts.count {
            var unique: [String] = []
            for sentence in found where !unique.contains(sentence) { unique.append(sentence) }
            return unique.joined(separator: " … ")
        }
        let words = text.split(whereSeparator: \.isWhitespace).count
        return words > 0 && words <= wholeTurnWords ? text : nil
    }

    /// The sentences of `text` in order, each with its closing mark («.», «!», «?», «…» followed by a
    /// space or a line break, or the end of the text).
    public static func sentences(of text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            current.append(character)
            index = text.index(after: index)
            if character.isNewline || (endsSentence(character) && (index == text.endIndex || text[index] == " " || text[index].isNewline)) {
                let sentence = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !sentence.isEmpty { sentences.append(sentence) }
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    /// The sentence of `text` that holds `part`: from the end of the sentence before it («.», «!»,
    /// «?», «…» and a space, or a line break) to the end of its own.
    static func sentence(containing part: String, in text: String) -> String? {
        guard let range = text.range(of: part, options: [.caseInsensitive]) else { return nil }
        var start = range.lowerBound
        while start > text.startIndex {
            let before = text.index(before: start)
            if text[before].isNewline { break }
            if text[before] == " ", before > text.startIndex, endsSentence(text[text.index(before: before)]) { break }
            start = before
        }
        var end = range.upperBound
        let closed = end > start && endsSentence(text[text.index(before: end)])
            && (end == text.endIndex || text[end] == " " || text[end].isNewline)
        while !closed, end < text.endIndex {
            let character = text[end]
            if character.isNewline { break }
            end = text.index(after: end)
            if endsSentence(character), end == text.endIndex || text[end] == " " || text[end].isNewline { break }
        }
        let sentence = text[start..<end].trimmingCharacters(in: .whitespaces)
        return sentence.isEmpty ? nil : sentence
    }

    private static func endsSentence(_ character: Character) -> Bool {
        character == "." || character == "!" || character == "?" || character == "…"
    }
}
