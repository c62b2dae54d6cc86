/// What loading one library computes again and again with the same inputs, kept for the length of
/// the load: every variant of a file is checked by loading the file again with the variant's values,
/// and the scenarios of a library share Content's articles. Each entry is a pure function of its key
/// (the Content of the load being fixed), so a hit gives exactly what computing it again would; texts are
/// keyed by their bytes (`ExactText`), so a text spelled with other scalars is computed afresh.
/// Not shared between threads.
final class ScenarioLoadCache {
    /// A transcript parsed for a channel: its inputs or the error it was refused with.
    private var transcripts: [TranscriptKey: Result<[TraineeInput], TranscriptError>] = [:]
    /// A text the trainee can see, analysed with Content's reading, with its words arranged for `KnowledgeBase.related`.
    private var analysedTexts: [ExactText: (text: AnalyzedText, related: RelatedWords)] = [:]
    /// The dates, figures and times of such a text, read on a given day.
    private var sourceMentions: [MentionsKey: MentionExtractor.Mentions] = [:]
    /// The dates, figures and times of a value read without Content's reading, by the extractor of the
    /// load (whose day is fixed).
    private var valueMentions: [ExactText: MentionExtractor.Mentions] = [:]

    /// The `{name}` placeholders of a text (`ScenarioLoader.placeholders(in:)`): every variant of a file, and every
    /// copy of a text in other files, holds the same examples and lines.
    private var placeholderNames: [ExactText: [String]] = [:]

    /// The mention extractor of Content's time lexicon (the same for one load) on a given day.
    private var extractors: [CalendarDate: MentionExtractor] = [:]
    /// Content's negation words compiled (`ScenarioContradictions`), the same for one load.
    private var negation: NegationPatterns?

    /// Content's `negators`, `conditionals` (exact), `exceptions` and `exceptionsNot`, compiled.
    struct NegationPatterns {
        var negators: [WordPattern]
        var conditionals: [WordPattern]
        var exceptions: [WordPattern]
        var exceptionsNot: [WordPattern]
    }

    struct TranscriptKey: Hashable {
        var text: ExactText
        var channel: Channel
    }

    struct MentionsKey: Hashable {
        var text: ExactText
        var day: CalendarDate
    }

    /// `TranscriptParser.parse` with Content's limits (the same for one load), once per text and
    /// channel; an error names `file` as parsing it there would.
    func transcript(_ text: String, file: String, channel: Channel, limits: InputLimits) throws -> [TraineeInput] {
        let key = TranscriptKey(text: ExactText(text), channel: channel)
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

    /// `ScenarioLoader.placeholders(in:)`, once per text.
    func placeholders(in text: String) -> [String] {
        let key = ExactText(text)
        if let known = placeholderNames[key] { return known }
        let found = ScenarioLoader.placeholders(in: text)
        placeholderNames[key] = found
        return found
    }

    /// `MentionExtractor(lexicon:today:)` with Content's time lexicon (always the same for one load), once per day.
    func extractor(_ lexicon: TimeLexicon, today day: CalendarDate) -> MentionExtractor {
        if let known = extractors[day] { return known }
        let made = MentionExtractor(lexicon: lexicon, today: day)
        extractors[day] = made
        return made
    }

    /// Content's negation patterns compiled without bindings, once for the load.
    func negationPatterns(_ content: ContentBundle) -> NegationPatterns {
        if let negation { return negation }
        let compiled = NegationPatterns(negators: content.negators.compactMap { $0.compile(bindings: [:], log: nil) },
                                        conditionals: content.conditionals.compactMap { $0.compile(bindings: [:], log: nil)?.exact() },
                                        exceptions: content.exceptions.compactMap { $0.compile(bindings: [:], log: nil) },
                                        exceptionsNot: content.exceptionsNot.compactMap { $0.compile(bindings: [:], log: nil) })
        negation = compiled
        return compiled
    }

    /// A source text analysed with `reading` (always Content's for one load) and its lower-cased words
    /// (`KnowledgeBase.words`), arranged for `KnowledgeBase.related`.
    func analysed(_ text: String, reading: TextReading) -> (text: AnalyzedText, related: RelatedWords) {
        let key = ExactText(text)
        if let known = analysedTexts[key] { return known }
        let analysedText = AnalyzedText(text, reading: reading)
        let value = (text: analysedText, related: RelatedWords(KnowledgeBase.words(analysedText.normalized)))
        analysedTexts[key] = value
        return value
    }

    /// The mentions `extractor` (Content's time lexicon, today `day`) finds in an analysed source text.
    func mentions(of text: String, analysed: AnalyzedText, day: CalendarDate, extractor: MentionExtractor) -> MentionExtractor.Mentions {
        let key = MentionsKey(text: ExactText(text), day: day)
        if let known = sourceMentions[key] { return known }
        let found = extractor.extract(from: analysed)
        sourceMentions[key] = found
        return found
    }

    /// The mentions the load's own extractor finds in a value read without stems (`AnalyzedText(value)`).
    func mentions(ofValue value: String, extractor: MentionExtractor) -> MentionExtractor.Mentions {
        let key = ExactText(value)
        if let known = valueMentions[key] { return known }
        let found = extractor.extract(from: AnalyzedText(value))
        valueMentions[key] = found
        return found
    }
}
