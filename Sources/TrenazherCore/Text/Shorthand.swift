/// Shorthand a trainee types as one word or with a slash, read as the words it stands for: «номер о/р»
/// is «номер особовий рахунок», «паспорт, будьласка» is «паспорт, будь ласка» (`shorthand` of
/// `lexicon/fillers.yaml`). The words read stand where the shorthand stood: a quote shows it as typed.
enum Shorthand {
    /// `tokens` with every shorthand replaced by the words it stands for.
    static func reading(_ tokens: [Token], shorthand: [String: [String]]) -> [Token] {
        guard !shorthand.isEmpty else { return tokens }
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.kind == .word else { result.append(token); index += 1; continue }
            if let words = shorthand[token.form] {
                result += replacing(token.range, with: words, like: token)
                index += 1
                continue
            }
            if index + 2 < tokens.count, tokens[index + 1].form == "/", tokens[index + 2].kind == .word,
               token.range.upperBound == tokens[index + 1].range.lowerBound, tokens[index + 1].range.upperBound == tokens[index + 2].range.lowerBound,
               let words = shorthand[token.form + "/" + tokens[index + 2].form] {
                result += replacing(token.range.lowerBound..<tokens[index + 2].range.upperBound, with: words, like: token)
                index += 3
                continue
            }
            result.append(token)
            index += 1
        }
        return result
    }

    /// The words of a shorthand, each over the shorthand's whole range, in its sentence and quotation.
    static func replacing(_ range: Range<String.Index>, with words: [String], like token: Token) -> [Token] {
        words.enumerated().map { position, word in
            Token(kind: .word, text: word, form: word, range: range, sentence: token.sentence,
                  startsClause: position == 0 && token.startsClause, quoted: token.quoted)
        }
    }
}
