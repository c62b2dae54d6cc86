/// Splits normalised text into words, numbers and punctuation, remembering sentences, clauses and
/// quotations. Apostrophes and hyphens inside a word stay in it («м'ясо», «будь-ласка», «EIC-код»);
/// digit groups joined by `.`, `:` or `,` stay one number («31.10.2026», «14:00»), and thousands
/// groups («15 432», «1 240 500») join the number before them, with their decimal part («1 846,20»).
public enum Tokenizer {
    static let sentenceEnds: Set<Character> = [".", "!", "?", "…", "\n", ";"]
    static let clauseBreaks: Set<Character> = [",", ":", "—", "–", "(", ")"]
    static let openingQuotes: Set<Character> = ["«", "„", "“"]
    static let closingQuotes: Set<Character> = ["»", "”"]

    /// Tokenises text that has already been through `TextNormalizer.normalize`. A text of plain scalars (see
    /// `tokenizePlain`) is read scalar by scalar; any other character by character.
    public static func tokenize(_ text: String) -> [Token] {
        tokenizePlain(text) ?? tokenizeByCharacters(text)
    }

    /// The scalars besides `PlainScalars`' that typed text holds after normalising: quotation marks, dashes, the
    /// ellipsis, «№» and «’». None of them joins a neighbour into one character.
    static let plainPunctuation: Set<UInt32> = [0xAB, 0xBB, 0x201E, 0x201C, 0x201D, 0x2014, 0x2013, 0x2026, 0x2116, 0x2019]

    /// What `Character` says of a scalar the plain tokenizer reads (`PlainScalars` or `plainPunctuation`), read once
    /// from Swift's own Unicode data: whether it is a letter, a number, white space, a capital, a small letter, and
    /// whether it is one of the sentence ends, clause breaks or quotation marks (a `Set<Character>` hashes a character
    /// by its canonical form at every look-up; `Character.isLowercase` of a capital lower-cases a copy of it).
    private struct ScalarClass {
        var isLetter = false
        var isNumber = false
        var isWhitespace = false
        var isUppercase = false
        var isLowercase = false
        var endsSentence = false
        var breaksClause = false
        var opensQuote = false
        var closesQuote = false
    }

    /// The classes of the scalars up to U+04FF (`nil`: not read by the plain tokenizer) and of `plainPunctuation` above it.
    private static let scalarClasses: (low: [ScalarClass?], punctuation: [UInt32: ScalarClass]) = {
        func of(_ value: UInt32) -> ScalarClass? {
            guard let scalar = Unicode.Scalar(value) else { return nil }
            let character = Character(scalar)
            return ScalarClass(isLetter: character.isLetter, isNumber: character.isNumber, isWhitespace: character.isWhitespace,
                               isUppercase: character.isUppercase, isLowercase: character.isLowercase,
                               endsSentence: sentenceEnds.contains(character), breaksClause: clauseBreaks.contains(character),
                               opensQuote: openingQuotes.contains(character), closesQuote: closingQuotes.contains(character))
        }
        let low = (UInt32(0)...0x4FF).map { PlainScalars.isPlain($0) || plainPunctuation.contains($0) ? of($0) : nil }
        var punctuation: [UInt32: ScalarClass] = [:]
        for value in plainPunctuation { punctuation[value] = of(value) }
        return (low, punctuation)
    }()

    /// `tokenizeByCharacters` of a text whose every scalar is plain (`PlainScalars`) or in `plainPunctuation`: each
    /// such scalar is one character, so the same walk is made over the scalars with their properties from a table;
    /// `nil` for any other text. TokenizerPlainTests compares both ways.
    static func tokenizePlain(_ text: String) -> [Token]? {
        var values: [UInt32] = []
        var starts: [String.Index] = []
        var classes: [ScalarClass] = []
        let table = scalarClasses
        let scalars = text.unicodeScalars
        var position = scalars.startIndex
        while position < scalars.endIndex {
            let value = scalars[position].value
            let known = value <= 0x4FF ? table.low[Int(value)] : table.punctuation[value]
            guard let known else { return nil }
            values.append(value)
            starts.append(position)
            classes.append(known)
            position = scalars.index(after: position)
        }
        starts.append(text.endIndex)
        let count = values.count
        func isWordChar(_ at: Int) -> Bool { classes[at].isLetter || classes[at].isNumber }
        func isDigit(_ at: Int) -> Bool { classes[at].isNumber }
        func slice(_ from: Int, _ to: Int) -> Substring { text[starts[from]..<starts[to]] }
        // `Token`'s capitals of the scalars from `from` to `to`, each one character, as `Character` gives them.
        func capitals(_ from: Int, _ to: Int) -> (isCapitalized: Bool, isAllCaps: Bool) {
            guard from < to else { return (false, false) }
            var hasLower = false, hasUpper = false
            for at in from..<to {
                hasLower = hasLower || classes[at].isLowercase
                hasUpper = hasUpper || classes[at].isUppercase
            }
            return (classes[from].isUppercase, !hasLower && hasUpper)
        }

        var tokens: [Token] = []
        var sentence = 0
        var clauseStart = true
        var quoteDepth = 0
        var straightQuoteOpen = false
        var lastPunctuationEndsSentence = false
        var index = 0
        while index < count {
            let value = values[index]
            if classes[index].isLetter {
                var end = index + 1
                while end < count {
                    if isWordChar(end) { end += 1; continue }
                    if values[end] == 0x27 || values[end] == 0x2D {
                        let next = end + 1
                        if next < count, isWordChar(next) { end = next + 1; continue }
                    }
                    break
                }
                let word = String(slice(index, end))
                let wordCapitals = capitals(index, end)
                tokens.append(Token(kind: .word, text: word, form: TextNormalizer.matchForm(of: word), range: starts[index]..<starts[end],
                                    sentence: sentence, startsClause: clauseStart, quoted: quoteDepth > 0 || straightQuoteOpen,
                                    isCapitalized: wordCapitals.isCapitalized, isAllCaps: wordCapitals.isAllCaps))
                clauseStart = false
                index = end
            } else if classes[index].isNumber {
                var end = index
                while end < count, isDigit(end) { end += 1 }
                while end < count, values[end] == 0x2E || values[end] == 0x3A || values[end] == 0x2C {
                    let next = end + 1
                    guard next < count, isDigit(next) else { break }
                    end = next
                    while end < count, isDigit(end) { end += 1 }
                }
                var form = String(slice(index, end))
                if end - index <= 3, (index..<end).allSatisfy(isDigit) {
                    var grouped = false
                    while end < count, values[end] == 0x20 {
                        let groupStart = end + 1
                        var groupEnd = groupStart
                        while groupEnd < count, isDigit(groupEnd) { groupEnd += 1 }
                        let followedByLetter = groupEnd < count && classes[groupEnd].isLetter
                        guard groupEnd - groupStart == 3, !followedByLetter else { break }
                        form += String(slice(groupStart, groupEnd))
                        end = groupEnd
                        grouped = true
                    }
                    // «1 846,20»: the decimal part after the thousands groups.
                    if grouped, end < count, values[end] == 0x2C || values[end] == 0x2E {
                        let next = end + 1
                        var fractionEnd = next
                        while fractionEnd < count, isDigit(fractionEnd) { fractionEnd += 1 }
                        if (1...2).contains(fractionEnd - next), fractionEnd == count || !isDigit(fractionEnd) && !classes[fractionEnd].isLetter {
                            form += "," + String(slice(next, fractionEnd))
                            end = fractionEnd
                        }
                    }
                }
                if end < count, values[end] == 0x2D {
                    // «10-й», «14-00»: keep the suffix or the minutes in the same token.
                    let next = end + 1
                    if next < count, isWordChar(next) {
                        var suffixEnd = next
                        while suffixEnd < count, isWordChar(suffixEnd) { suffixEnd += 1 }
                        form += "-" + slice(next, suffixEnd).lowercased()
                        end = suffixEnd
                    }
                }
                let numberCapitals = capitals(index, end)
                tokens.append(Token(kind: .number, text: String(slice(index, end)), form: form, range: starts[index]..<starts[end],
                                    sentence: sentence, startsClause: clauseStart, quoted: quoteDepth > 0 || straightQuoteOpen,
                                    isCapitalized: numberCapitals.isCapitalized, isAllCaps: numberCapitals.isAllCaps))
                clauseStart = false
                index = end
            } else {
                let character = Character(Unicode.Scalar(value) ?? " ")
                let known = classes[index]
                if known.opensQuote { quoteDepth += 1 }
                if known.closesQuote { quoteDepth = max(0, quoteDepth - 1) }
                if value == 0x22 { straightQuoteOpen.toggle() }
                // The last token, when it is punctuation, is one scalar of this text: whether it ends a sentence is in its class.
                let previousEndedSentence = tokens.last.map { $0.kind == .punctuation && lastPunctuationEndsSentence } ?? true
                if !known.isWhitespace || value == 0x0A {
                    let mark = String(character)
                    tokens.append(Token(kind: .punctuation, text: mark, form: mark, range: starts[index]..<starts[index + 1],
                                        sentence: sentence, startsClause: false, quoted: quoteDepth > 0 || straightQuoteOpen,
                                        isCapitalized: known.isUppercase, isAllCaps: !known.isLowercase && known.isUppercase))
                    lastPunctuationEndsSentence = known.endsSentence
                }
                if known.endsSentence {
                    if value == 0x0A { straightQuoteOpen = false; quoteDepth = 0 }
                    if !previousEndedSentence { sentence += 1 }
                    clauseStart = true
                } else if known.breaksClause {
                    clauseStart = true
                }
                index += 1
            }
        }
        return tokens
    }

    /// Tokenises normalised text character by character.
    static func tokenizeByCharacters(_ text: String) -> [Token] {
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
