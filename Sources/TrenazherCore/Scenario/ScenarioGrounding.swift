/// Whether every fact a scenario's claims hold the trainee to can be found by the trainee: in what
/// `/lookup` shows (`records`, `actions.lookup`), the knowledge base of `/kb` (Content's articles,
/// the services, the scenario's `knowledge`), the documents and `/docs`, the brief (`summary`), the
/// customer's own lines, or the scenario's date. A claim's `truth` is grounded when every date and
/// figure of it is found and most of its other words stand in one of those texts; a claim without a
/// grounded `truth` needs one of its accepted values found there. Pure: `scenarios check` reports
/// what it returns.
public struct ScenarioGrounding: Sendable {
    /// A text the trainee can see, and where it comes from.
    struct Source {
        var text: AnalyzedText
        var mentions: MentionExtractor.Mentions
        /// Its lower-cased words, arranged for `KnowledgeBase.related`.
        var related: RelatedWords
    }

    /// The share of a truth's words (of `shortestWord` letters or more) that must stand in one source.
    static let truthWordShare = 0.6
    /// Shorter words («воно», «сума») say too little to count.
    static let shortestWord = 5

    let sources: [Source]
    let extractor: MentionExtractor
    let reading: TextReading

    public init(scenario: Scenario, content: ContentBundle) {
        self.init(scenario: scenario, content: content, cache: ScenarioLoadCache())
    }

    /// The sources analysed through `cache`, which keeps each text's analysis for the other scenarios
    /// of the same load (Content's articles are every scenario's).
    init(scenario: Scenario, content: ContentBundle, cache: ScenarioLoadCache) {
        extractor = cache.extractor(content.time, today: scenario.date)
        reading = content.reading
        var texts: [String] = []
        texts += scenario.records.map(\.shows)
        texts += scenario.actions.values.compactMap(\.shows)
        texts += scenario.documents.map { document in [document.name, document.problem].compactMap { $0 }.joined(separator: ": ") }
        texts += KnowledgeBase.articles(scenario: scenario, content: content).map { $0.title + "\n" + $0.text }
        texts += [scenario.summary, scenario.opening].compactMap { $0 }
        texts += scenario.answers.map(\.say)
        for node in scenario.nodes {
            texts += [node.say].compactMap { $0 } + node.transitions.compactMap(\.say)
        }
        texts += scenario.fallback
        let date = scenario.date
        texts.append("Сьогодні \(date.day).\(date.month < 10 ? "0" : "")\(date.month).\(date.year), \(scenario.clock).")
        let extractor = self.extractor
        let reading = content.reading
        sources = texts.map { raw in
            let filled = scenario.fill(raw, trainee: "")
            let analysed = cache.analysed(filled, reading: reading)
            return Source(text: analysed.text, mentions: cache.mentions(of: filled, analysed: analysed.text, day: date, extractor: extractor),
                          related: analysed.related)
        }
    }

    /// The claims whose facts the trainee cannot find, each with what is missing.
    public func ungrounded(_ claims: [Claim]) -> [(claim: Claim, missing: String)] {
        claims.compactMap { claim in
            let truthGrounded = claim.truth.map(isGrounded(truth:))
            if let truth = claim.truth, truthGrounded == false { return (claim, truth) }
            if !claim.accept.isEmpty, truthGrounded != true, !claim.accept.contains(where: isFound) {
                return (claim, claim.accept.joined(separator: ", "))
            }
            return nil
        }
    }

    /// Whether an accepted value (a date, a figure, a time, or a phrase) stands in some source.
    func isFound(_ value: String) -> Bool {
        let wanted = extractor.extract(from: AnalyzedText(value))
        if wanted.dates.isEmpty, wanted.quantities.isEmpty, wanted.times.isEmpty {
            guard let pattern = try? WordPattern(value) else { return false }
            return sources.contains { pattern.firstMatch(in: $0.text) != nil }
        }
        return sources.contains { contains($0.mentions, wanted) }
    }

    /// Whether a truth's dates and figures all stand in the sources and most of its words in one.
    func isGrounded(truth: String) -> Bool {
        let wanted = extractor.extract(from: AnalyzedText(truth, reading: reading))
        for date in wanted.dates where !date.isToday {
            if !sources.contains(where: { $0.mentions.dates.contains { $0.date == date.date } }) { return false }
        }
        for quantity in wanted.quantities {
            if !sources.contains(where: { $0.mentions.quantities.contains { $0.kind == quantity.kind && abs($0.value - quantity.value) < 0.001 } }) {
                return false
            }
        }
        // The words of its dates and figures are checked above as values («1 грудня» is «01.12.2026»).
        let valueWords = Set((wanted.dates.map(\.evidence) + wanted.quantities.map(\.evidence)).flatMap(KnowledgeBase.words))
        let words = Set(KnowledgeBase.words(truth).filter { $0.count >= Self.shortestWord && !valueWords.contains($0) && !$0.contains(where: \.isNumber) })
        guard !words.isEmpty else { return true }
        let needed = Int((Double(words.count) * Self.truthWordShare).rounded(.up))
        let lookedFor = words.map(RelatedWords.Word.init)
        return sources.contains { source in
            lookedFor.filter { word in source.related.holdsRelated(to: word) }.count >= needed
        }
    }

    /// Whether one of the wanted dates, figures or times is among the mentions.
    func contains(_ mentions: MentionExtractor.Mentions, _ wanted: MentionExtractor.Mentions) -> Bool {
        wanted.dates.contains { date in mentions.dates.contains { $0.date == date.date } }
            || wanted.quantities.contains { quantity in
                mentions.quantities.contains { $0.kind == quantity.kind && abs($0.value - quantity.value) < 0.001 }
            }
            || wanted.times.contains { time in time.minutes != nil && mentions.times.contains { $0.minutes == time.minutes } }
    }
}
