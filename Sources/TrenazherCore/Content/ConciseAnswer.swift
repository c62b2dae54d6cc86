/// When a turn longer than the scenario's word limit is still concise (PHN-CONCISE, HOT-CONCISE;
/// `concise_answer` in Content/scoring.yaml): a complete answer told clearly — at most `mostWords`
/// words, no sentence longer than `sentenceWords`, and at least `values` different values (amounts,
/// terms, dates, times of day) for the customer — and, with `wordsPerValue`, a value for every so many
/// words, so a longer answer must carry more facts. A lecture about the procedure, a run-on sentence or a
/// long explanation around a few facts stays too long. The zero value allows nothing beyond the limit.
public struct ConciseAnswer: Sendable, Codable, Equatable {
    public var mostWords = 0
    public var sentenceWords = 0
    public var values = 0
    /// A value for every this many words (rounded up): 25 asks a 100-word answer for four values (0: none).
    public var wordsPerValue = 0

    public init(mostWords: Int = 0, sentenceWords: Int = 0, values: Int = 0, wordsPerValue: Int = 0) {
        self.mostWords = mostWords
        self.sentenceWords = sentenceWords
        self.values = values
        self.wordsPerValue = wordsPerValue
    }

    /// Whether the analysed turn is such a complete, clear answer.
    func allows(_ analysis: TurnAnalysis) -> Bool {
        let text = analysis.text
        guard mostWords > 0, text.wordCount <= mostWords else { return false }
        var longest = 0
        var current = 0
        var sentence = -1
        for word in text.words {
            if word.sentence != sentence { sentence = word.sentence; current = 0 }
            current += 1
            longest = max(longest, current)
        }
        guard longest <= sentenceWords else { return false }
        let dense = wordsPerValue > 0 ? (text.wordCount + wordsPerValue - 1) / wordsPerValue : 0
        return ToldValues.keys(analysis.mentions).count >= max(values, dense)
    }
}
