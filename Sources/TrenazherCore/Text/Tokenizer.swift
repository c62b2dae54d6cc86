/// Splits normalised text into words, numbers and punctuation, remembering sentences, clauses and
/// quotations. Apostrophes and hyphens inside a word stay in it («м'ясо», «будь-ласка», «EIC-код»);
/// digit groups joined by `.`, `:` or `,` stay one number («31.10.2026», «14:00»), and thousands
/// groups («15 432», «1 240 500») join the number before them, with their decimal part («1 846,20»).
public enum Tokenizer {
    static let sentenceEnds: Set<Character> = [".", "!", "?", "…", "\n", ";"]
    static let clauseBreaks: Set<Character> = [",", ":", "—", "–", "(", ")"]
    static let openingQuotes: Set<Character> = ["«", "„", "“"]
    static let closingQuotes: Set<Character> = ["»", "”"]

    /// Tokenises text that has already been through `TextNormalizer.normalize`.
    public static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var sentence = 0
        var clauseStart = true
        var quoteDepth = 0
        var straightQuoteOpen = false
        var index = text.startIndex

        func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber }

        while index < text.endIndex {
            let character = text[index]
            if character.isLetter {
                var end = text.index(after: index)
                while end < text.endIndex {
                    let c = text[end]
                    if c.isLetter || c.isNumber { end = text.index(after: end); continue }
                    if c == TextNormalizer.apostrophe || c == "-" {
                        let next = text.index(after: end)
                        if next < text.endIndex, isWordChar(text[next]) { end = text.index(after: next); continue }
                    }
                    break
                }
                let word = String(text[index..<end])
                tokens.append(Token(kind: .word, text: word, form: TextNormalizer.matchForm(of: word), range: index..<end,
                                    sentence: sentence, startsClause: clauseStart, quoted: quoteDepth > 0 || straightQuoteOpen))
                clauseStart = false
                index = end
            } else if character.isNumber {
                var end = index
                while end < text.endIndex, text[end].isNumber { end = text.index(after: end) }
                while end < text.endIndex, [".", ":", ","].contains(text[end]) {
                    let next = text.index(after: end)
                    guard next < text.endIndex, text[next].isNumber else { break }
                    end = next
                    while end < text.endIndex, text[end].isNumber { end = text.index(after: end) }
                }
                var form = String(text[index..<end])
                if form.count <= 3, form.allSatisfy(\.isNumber) {
                    var grouped = false
                    while end < text.endIndex, text[end] == " " {
                        let groupStart = text.index(after: end)
                        var groupEnd = groupStart
                        while groupEnd < text.endIndex, text[groupEnd].isNumber { groupEnd = text.index(after: groupEnd) }
                        let groupLength = text.distance(from: groupStart, to: groupEnd)
                        let followedByLetter = groupEnd < text.endIndex && text[groupEnd].isLetter
                        guard groupLength == 3, !followedByLetter else { break }
                        form += String(text[groupStart..<groupEnd])
                        end = groupEnd
                        grouped = true
                    }
                    // «1 846,20»: the decimal part after the thousands groups.
                    if grouped, end < text.endIndex, [",", "."].contains(text[end]) {
                        let next = text.index(after: end)
                        var fractionEnd = next
                        while fractionEnd < text.endIndex, text[fractionEnd].isNumber { fractionEnd = text.index(after: fractionEnd) }
                        let fractionLength = text.distance(from: next, to: fractionEnd)
                        if (1...2).contains(fractionLength), fractionEnd == text.endIndex || !text[fractionEnd].isNumber && !text[fractionEnd].isLetter {
                            form += "," + String(text[next..<fractionEnd])
                            end = fractionEnd
                        }
                    }
                }
                if end < text.endIndex, text[end] == "-" {
                    // «10-й», «14-00»: keep the suffix or the minutes in the same token.
                    let next = text.index(after: end)
                    if next < text.endIndex, isWordChar(text[next]) {
                        var suffixEnd = next
                        while suffixEnd < text.endIndex, isWordChar(text[suffixEnd]) { suffixEnd = text.index(after: suffixEnd) }
                        form += "-" + text[next..<suffixEnd].lowercased()
                        end = suffixEnd
                    }
                }
                tokens.append(Token(kind: .number, text: String(text[index..<end]), form: form, range: index..<end,
                                    sentence: sentence, startsClause: clauseStart, quoted: quoteDepth > 0 || straightQuoteOpen))
                clauseStart = false
                index = end
            } else {
                let end = text.index(after: index)
                if openingQuotes.contains(character) { quoteDepth += 1 }
                if closingQuotes.contains(character) { quoteDepth = max(0, quoteDepth - 1) }
                if character == "\"" { straightQuoteOpen.toggle() }
                let previousEndedSentence = tokens.last.map { $0.kind == .punctuation && sentenceEnds.contains(Character($0.text)) } ?? true
                if !character.isWhitespace || character == "\n" {
                    tokens.append(Token(kind: .punctuation, text: String(character), form: String(character), range: index..<end,
                                        sentence: sentence, startsClause: false, quoted: quoteDepth > 0 || straightQuoteOpen))
                }
                if sentenceEnds.contains(character) {
                    if character == "\n" { straightQuoteOpen = false; quoteDepth = 0 }
                    if !previousEndedSentence { sentence += 1 }
                    clauseStart = true
                } else if clauseBreaks.contains(character) {
                    clauseStart = true
                }
                index = end
            }
        }
        return tokens
    }
}
