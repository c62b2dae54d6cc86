/// Evidence quoted as whole phrases of what the trainee typed: a quote never stops mid-phrase, is
/// never one opening word of a clause that goes on, never crosses into a sentence it does not quote,
/// and keeps the short tail that closes its sentence (the rest of a list, «будь ласка», a tag).
extension AnalyzedText {
    /// A clause that closes its sentence after the quote joins it when it has at most this many words
    /// («…та Ваше прізвище, ім'я, по батькові», «…номер рахунку, будь ласка»).
    static let tailClauseWords = 4
    /// Separators by which a check joins evidence of several places in one quote.
    static let evidenceSeparators = [" / ", " … "]

    /// `evidence` widened to whole clauses: from the start of the clause its first word is in to the
    /// end of the clause its last word is in (within the sentence), so a quote never stops mid-phrase
    /// («назвіть, будь» becomes «Назвіть, будь ласка»). A quote of one word opening a sentence or clause
    /// that goes on takes the clause after it («Отже» becomes «Отже, я передаю запит…», «Хвилинку»
    /// becomes «Хвилинку, будь ласка»); short clauses that close the sentence join it («…та Ваше
    /// прізвище» becomes «…та Ваше прізвище, ім'я, по батькові»). Evidence joined from several places
    /// («… / …», «… … …») is widened part by part. Evidence that is not a part of the text (a
    /// shortened quote ending in «…») is returned unchanged.
    public func wholeClauses(around evidence: String) -> String {
        guard !evidence.isEmpty else { return evidence }
        if let whole = widened(evidence) { return whole }
        for separator in Self.evidenceSeparators where evidence.contains(separator) {
            let parts = evidence.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            return parts.map { widened($0) ?? $0 }.joined(separator: separator)
        }
        return evidence
    }

    /// `part` widened as `wholeClauses` says, or `nil` when it is not a part of the text.
    private func widened(_ part: String) -> String? {
        guard let range = LiteralSearch.firstRange(of: part, in: normalized),
              var first = words.firstIndex(where: { $0.range.upperBound > range.lowerBound }),
              var last = words.lastIndex(where: { $0.range.lowerBound < range.upperBound }), first <= last else {
            return nil
        }
        while first > 0, !words[first].startsClause, words[first - 1].sentence == words[first].sentence { first -= 1 }
        last = clauseEnd(from: last)
        // One word of a sentence that goes on («Отже, …», «Хвилинку, будь ласка»): the clause after it too.
        if first == last, continuesSentence(after: last) { last = clauseEnd(from: last + 1) }
        // Short clauses up to the sentence's end: the rest of a list, «будь ласка», a tag.
        var tail = last
        while continuesSentence(after: tail) {
            let end = clauseEnd(from: tail + 1)
            guard end - tail <= Self.tailClauseWords else { break }
            tail = end
        }
        if !continuesSentence(after: tail) { last = tail }
        // The evidence's own punctuation («?!») stays in the quote.
        let lower = min(range.lowerBound, words[first].range.lowerBound), upper = max(range.upperBound, words[last].range.upperBound)
        return String(normalized[lower..<upper])
    }

    /// The last word of the clause word `index` is in.
    private func clauseEnd(from index: Int) -> Int {
        var last = index
        while continuesSentence(after: last), !words[last + 1].startsClause { last += 1 }
        return last
    }

    /// Whether a word of the same sentence follows word `index`.
    private func continuesSentence(after index: Int) -> Bool {
        index + 1 < words.count && words[index + 1].sentence == words[index].sentence
    }
}
