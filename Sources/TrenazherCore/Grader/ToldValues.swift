/// The values a turn tells the customer — amounts and terms by kind and value, calendar dates, clock
/// times — as keys that compare across turns: «27.11 о 16:00» and «у п'ятницю, двадцять сьомого, о
/// шістнадцятій» give the same two keys. Estimates («приблизно за тиждень») and «сьогодні» are no value.
public enum ToldValues {
    /// The turn's values, each once.
    public static func keys(_ mentions: MentionExtractor.Mentions) -> Set<String> {
        Set(told(mentions).map(\.key))
    }

    /// How many of the turn's values were told in `earlier` turns, and the words of the first of them:
    /// a turn repeating what the trainee already said sums it up (`recap_values` of scoring.yaml).
    public static func repeated(_ mentions: MentionExtractor.Mentions, from earlier: Set<String>) -> (count: Int, evidence: String?) {
        guard !earlier.isEmpty else { return (0, nil) }
        let again = told(mentions).filter { earlier.contains($0.key) }.sorted { $0.word < $1.word }
        return (Set(again.map(\.key)).count, again.first?.evidence)
    }

    /// Each value with the index of its first word, its words and its key.
    static func told(_ mentions: MentionExtractor.Mentions) -> [(word: Int, evidence: String, key: String)] {
        var told: [(word: Int, evidence: String, key: String)] = []
        for quantity in mentions.quantities where !quantity.approximate {
            told.append((quantity.word, quantity.evidence, "\(quantity.kind) \(quantity.value)"))
        }
        for date in mentions.dates where !date.isToday { told.append((date.word, date.evidence, "date \(date.date.dayNumber)")) }
        for time in mentions.times {
            if let minutes = time.minutes { told.append((time.word, time.evidence, "time \(minutes)")) }
        }
        return told
    }
}
