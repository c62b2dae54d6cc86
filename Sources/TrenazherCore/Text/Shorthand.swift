/// Shorthand a trainee types as one word, with a slash or with full stops, read as the words it stands
/// for: «номер о/р» is «номер особовий рахунок», «паспорт, будьласка» is «паспорт, будь ласка», «7 р.д.»
/// and «7 р. д.» are «7 робочих днів» (`shorthand` of `lexicon/fillers.yaml`). The words read stand where
/// the shorthand stood: a quote shows it as typed. The stops of a dotted shorthand end no sentence; its
/// last stop still ends one when a capital follows it («…за 7 р.д. Дякую») or nothing does.
enum Shorthand {
    /// `tokens` with every shorthand replaced by the words it stands for.
    static func reading(_ tokens: [Token], shorthand: [String: [String]]) -> [Token] {
        guard !shorthand.isEmpty else { return tokens }
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        // Sentences the stops of dotted shorthand no longer open, so far.
        var joined = 0
        var continuesClause = false
        var index = 0
        while index < tokens.count {
            var token = tokens[index]
            token.sentence -= joined
            if continuesClause { token.startsClause = false; continuesClause = false }
            guard token.kind == .word else { result.append(token); index += 1; continue }
            if let words = shorthand[token.form] {
                result += replacing(token.range, with: words, like: token)
                index += 1
                continue
            }
            if let (words, separator) = pair(at: index, in: tokens, shorthand: shorthand) {
                let second = tokens[index + 2]
                var upper = second.range.upperBound
                var consumed = 3
                joined += second.sentence - tokens[index].sentence
                if separator == ".", index + 4 < tokens.count, tokens[index + 3].kind == .punctuation, tokens[index + 3].form == ".",
                   second.range.upperBound == tokens[index + 3].range.lowerBound,
                   tokens[index + 4].kind == .number || tokens[index + 4].kind == .word && !tokens[index + 4].isCapitalized {
                    upper = tokens[index + 3].range.upperBound
                    joined += tokens[index + 4].sentence - tokens[index + 3].sentence
                    continuesClause = tokens[index + 4].sentence > tokens[index + 3].sentence
                    consumed = 4
                }
                result += replacing(token.range.lowerBound..<upper, with: words, like: token)
                index += consumed
                continue
            }
            result.append(token)
            index += 1
        }
        return result
    }

    /// The words of the two-part shorthand that starts at `index` («о/р», «р.д», «р. д»), and its separator:
    /// a slash typed with no space, or a full stop right after the first part, a space after it or none.
    static func pair(at index: Int, in tokens: [Token], shorthand: [String: [String]]) -> ([String], String)? {
        guard index + 2 < tokens.count else { return nil }
        let first = tokens[index], separator = tokens[index + 1], second = tokens[index + 2]
        guard separator.form == "/" || separator.form == ".", second.kind == .word,
              first.range.upperBound == separator.range.lowerBound,
              separator.form == "." || separator.range.upperBound == second.range.lowerBound,
              let words = shorthand[first.form + separator.form + second.form] else { return nil }
        return (words, separator.form)
    }

    /// The words of a shorthand, each over the shorthand's whole range, in its sentence and quotation.
    static func replacing(_ range: Range<String.Index>, with words: [String], like token: Token) -> [Token] {
        words.enumerated().map { position, word in
            Token(kind: .word, text: word, form: word, range: range, sentence: token.sentence,
                  startsClause: position == 0 && token.startsClause, quoted: token.quoted)
        }
    }
}
