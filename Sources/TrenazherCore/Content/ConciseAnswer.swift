/// When a turn longer than the scenario's word limit is still concise (PHN-CONCISE, HOT-CONCISE;
/// `concise_answer` in Content/scoring.yaml): a complete answer told clearly — at most `mostWords`
/// words, no sentence longer than `sentenceWords`, and at least `values` different values (amounts,
/// terms, dates, times of day) for the customer. A lecture about the procedure, a run-on sentence or a
/// long explanation around one fact stays too long. The zero value allows nothing beyond the limit.
public struct ConciseAnswer: Sendable, Equatable {
    public var mostWords = 0
    public var sentenceWords = 0
    public var values = 0

    public init(mostWords: Int = 0, sentenceWords: Int = 0, values: Int = 0) {
        self.mostWords = mostWords
        self.sentenceWords = sentenceWords
        self.values = values
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
        return Self.distinctValues(analysis.mentions) >= values
    }

    /// How many different values the turn states: amounts and terms by kind and value, dates, times.
    static func distinctValues(_ mentions: MentionExtractor.Mentions) -> Int {
        let quantities = Set(mentions.quantities.filter { !$0.approximate }.map { "\($0.kind) \($0.value)" })
        let dates = Set(mentions.dates.filter { !$0.isToday }.map(\.date.dayNumber))
        let times = Set(mentions.times.compactMap(\.minutes))
        return quantities.count + dates.count + times.count
    }
}
