/// What loading one library computes again and again with the same inputs, kept for the length of
/// the load: every variant of a file is checked by loading the file again with the variant's values,
/// and the scenarios of a library share Content's articles. Each entry is a pure function of its key
/// (the Content of the load being fixed), so a hit gives exactly what computing it again would.
/// Not shared between threads.
final class ScenarioLoadCache {
    /// A transcript parsed for a channel: its inputs or the error it was refused with.
    private var transcripts: [TranscriptKey: Result<[TraineeInput], TranscriptError>] = [:]
    /// A text the trainee can see, analysed with Content's reading, with its words.
    private var analysedTexts: [String: (text: AnalyzedText, words: [String])] = [:]
    /// The dates, figures and times of such a text, read on a given day.
    private var sourceMentions: [MentionsKey: MentionExtractor.Mentions] = [:]
    /// The dates, figures and times of a value read without Content's reading, by the extractor of the
    /// load (whose day is fixed).
    private var valueMentions: [String: MentionExtractor.Mentions] = [:]

    struct TranscriptKey: Hashable {
        var text: String
        var channel: Channel
    }

    struct MentionsKey: Hashable {
        var text: String
        var day: CalendarDate
    }

    /// `TranscriptParser.parse` with Content's limits (the same for one load), once per text and
    /// channel; an error names `file` as parsing it there would.
    func transcript(_ text: String, file: String, channel: Channel, limits: InputLimits) throws -> [TraineeInput] {
        let key = TranscriptKey(text: text, channel: channel)
        let result: Result<[TraineeInput], TranscriptError>
        if let known = transcripts[key] {
            result = known
        } else {
            do {
                result = .success(try TranscriptParser.parse(text, file: file, channel: channel, limits: limits))
            } catch let error as TranscriptError {
                result = .failure(error)
            }
            transcripts[key] = result
        }
        return try result.mapError { error in
            var named = error
            named.file = file
            return named
        }.get()
    }

    /// A source text analysed with `reading` (always Content's for one load) and its lower-cased words.
    func analysed(_ text: String, reading: TextReading) -> (text: AnalyzedText, words: [String]) {
        if let known = analysedTexts[text] { return known }
        let analysedText = AnalyzedText(text, reading: reading)
        let value = (text: analysedText, words: KnowledgeBase.words(analysedText.normalized))
        analysedTexts[text] = value
        return value
    }

    /// The mentions `extractor` (Content's time lexicon, today `day`) finds in an analysed source text.
    func mentions(of text: String, analysed: AnalyzedText, day: CalendarDate, extractor: MentionExtractor) -> MentionExtractor.Mentions {
        let key = MentionsKey(text: text, day: day)
        if let known = sourceMentions[key] { return known }
        let found = extractor.extract(from: analysed)
        sourceMentions[key] = found
        return found
    }

    /// The mentions the load's own extractor finds in a value read without stems (`AnalyzedText(value)`).
    func mentions(ofValue value: String, extractor: MentionExtractor) -> MentionExtractor.Mentions {
        if let known = valueMentions[value] { return known }
        let found = extractor.extract(from: AnalyzedText(value))
        valueMentions[value] = found
        return found
    }
}
