import Foundation

/// The claims the customer's outcome goals depend on: a claim one of whose accepted values (an
/// amount, a term, a date, a time of day) a goal's condition names — in a `said` pattern, in the
/// `answered_by` of a question the goal `answers`, or in a pattern of a scenario intent the goal
/// names. Telling the customer a value such a claim does not accept misinforms them about what they
/// asked (`OutcomeJudge`: `misinformed`); so does a wrong value of a knowledge base's rule (`Claim.isRule`:
/// the days readings are sent); a wrong value of any other claim costs GEN-ACCURATE only.
struct GoalClaims: Sendable {
    /// Indices into the analyzer's `ClaimJudge` claims.
    let indices: Set<Int>

    init(analyzer: TurnAnalyzer) {
        let scenario = analyzer.scenario
        let bindings = scenario.bindings(trainee: analyzer.traineeName)
        var sources: [PatternSource] = []
        for goal in scenario.outcome?.goals ?? [] {
            sources += goal.said
            sources += scenario.questions.filter { goal.answers.contains($0.id) }.flatMap(\.answeredBy)
            sources += goal.intents.compactMap { scenario.intents[$0] }.flatMap(\.patterns)
        }
        var quantities: [QuantityMention] = [], numbers: [(value: Double, unit: String)] = []
        var dates = Set<CalendarDate>(), times = Set<Int>()
        for source in sources {
            let text = Self.valueText(of: source.text, bindings: bindings)
            let mentions = analyzer.parseValue(text)
            quantities += mentions.quantities
            dates.formUnion(mentions.dates.filter { !$0.isToday }.map(\.date))
            times.formUnion(mentions.times.compactMap(\.minutes))
            numbers += Self.numbersWithUnits(in: text)
        }
        var indices = Set<Int>()
        for (index, claim) in analyzer.claims.claims.enumerated() {
            let named = claim.quantities.contains { wanted in
                quantities.contains { abs($0.value - wanted.value) < 0.001 && GoalValue.sameKind($0.kind, wanted.kind) }
                    || numbers.contains { number in
                        abs(number.value - wanted.value) < 0.001
                            && AnalyzedText(wanted.evidence).words.dropFirst().first.map { $0.form.hasPrefix(number.unit) } == true
                    }
            }
            if named || claim.claim.isRule || claim.dates.contains(where: dates.contains) || claim.times.contains(where: times.contains) {
                indices.insert(index)
            }
        }
        self.indices = indices
    }

    /// A pattern's words with its facts filled in, the first of each group of alternatives kept and its
    /// syntax taken away («(20|двадцят*) робоч* ~3 дн*» → «20 робоч дн»): what values it names.
    static func valueText(of pattern: String, bindings: [String: String]) -> String {
        var text = pattern
        for (name, value) in bindings where text.contains("{") { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        text = text.replacingOccurrences(of: "[~#][0-9]*", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "\\|[^()\\[\\]\\s|]*", with: " ", options: .regularExpression)
        return String(text.map { "()[]|*{}".contains($0) ? " " : $0 })
    }

    /// The numbers written in digits in a pattern's text, each with the word after it («20 робоч дн» →
    /// 20 and «робоч»): a claim's «20 робочих днів» is named by it, «лінія 10 кВ» names no «10 днів».
    static func numbersWithUnits(in text: String) -> [(value: Double, unit: String)] {
        let words = AnalyzedText(text).words
        return words.indices.compactMap { index in
            guard words[index].kind == .number, index + 1 < words.count, words[index + 1].form.count >= 2,
                  let value = Double(words[index].form.replacingOccurrences(of: ",", with: ".")) else { return nil }
            return (value, words[index + 1].form)
        }
    }
}
