/// A `said` condition of an outcome goal that is a value — an amount, a term, a date, a time of day
/// («{works_cost}» = «486,00 грн», «{visit_day}» = «9 грудня»). It is met by a turn that says the same
/// value in any form the grader reads, as claims are judged («486 грн», «486,00 гривень», «чотириста
/// вісімдесят шість гривень», «9-го грудня», «дев'ятого грудня»), not only in the form written.
struct GoalValue: Sendable {
    var quantities: [QuantityMention]
    var dates: [CalendarDate]
    var times: [Int]

    /// The value a `said` pattern states, or `nil` when it is not only a value: it has pattern syntax
    /// (`~`, `#`, alternatives, `*`) or words besides the value («оплатіть {works_cost}» stays a pattern).
    init?(pattern: PatternSource, bindings: [String: String], analyzer: TurnAnalyzer) {
        var text = pattern.text
        for (name, value) in bindings where text.contains("{") { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        guard !text.contains(where: { "~#()[]|*{}".contains($0) }) else { return nil }
        let mentions = analyzer.parseValue(text)
        quantities = mentions.quantities.filter { !$0.approximate }
        dates = mentions.dates.filter { !$0.isToday }.map(\.date)
        times = mentions.times.compactMap(\.minutes)
        guard !quantities.isEmpty || !dates.isEmpty || !times.isEmpty else { return nil }
        // Every word of the pattern must belong to a value, or the pattern says more than the value.
        let covered = mentions.quantities.map(\.evidence) + mentions.dates.map(\.evidence) + mentions.times.map(\.evidence)
        let wordCount = { (text: String) in AnalyzedText(text).words.count }
        guard covered.map(wordCount).reduce(0, +) >= wordCount(text) else { return nil }
    }

    /// Whether a turn that mentions these values says every value of the goal.
    func isSaid(in mentions: MentionExtractor.Mentions) -> Bool {
        quantities.allSatisfy { wanted in
            mentions.quantities.contains { !$0.approximate && Self.sameKind($0.kind, wanted.kind) && abs($0.value - wanted.value) < 0.001 }
        }
            && dates.allSatisfy { wanted in mentions.dates.contains { $0.date == wanted } }
            && times.allSatisfy { wanted in mentions.times.contains { $0.minutes == wanted } }
    }

    /// Calendar and working days are one kind of term for a goal as for a claim.
    static func sameKind(_ said: String, _ wanted: String) -> Bool {
        said == wanted || (ClaimJudge.dayKinds.contains(said) && ClaimJudge.dayKinds.contains(wanted))
    }
}
