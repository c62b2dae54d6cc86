/// Shortened words typed with a full stop («протягом 15 роб. днів», «о 10 год. ранку», «15 тис. грн»):
/// the word is read as the word it stands for («робочих»), and its stop ends no sentence when a
/// lower-case word or a number follows it. The shortened words are `abbreviations` of
/// `lexicon/fillers.yaml`; a capital after the stop («…кв. 41. Дякую») still opens a new sentence.
enum AbbreviationStops {
    /// `tokens` with each shortened word read in full and the sentences its stop would have opened
    /// joined to the sentence before them.
    static func reading(_ tokens: [Token], abbreviations: [String: String]) -> [Token] {
        guard !abbreviations.isEmpty, tokens.count > 1 else { return tokens }
        var result = tokens
        var joined = 0
        for index in tokens.indices {
            result[index].sentence = tokens[index].sentence - joined
            guard index > 0, tokens[index].kind == .punctuation, tokens[index].form == "." else { continue }
            let before = tokens[index - 1]
            guard before.kind == .word, before.range.upperBound == tokens[index].range.lowerBound,
                  let full = abbreviations[before.form] else { continue }
            result[index - 1].form = full
            result[index - 1].bytes = Array(full.utf8)
            guard index + 1 < tokens.count else { continue }
            let after = tokens[index + 1]
            guard after.sentence > tokens[index].sentence,
                  after.kind == .number || after.kind == .word && !after.isCapitalized else { continue }
            joined += 1
            result[index + 1].startsClause = false
        }
        return result
    }
}
