import Foundation

/// The claims the customer's outcome goals depend on: a claim one of whose accepted values (an
/// amount, a term, a date, a time of day) a goal's condition names — in a `said` pattern, in the
/// `answered_by` of a question the goal `answers`, or in a pattern of a scenario intent the goal
/// names. Telling the customer a value such a claim does not accept misinforms them about what they
/// asked (`OutcomeJudge`: `misinformed`); a wrong value of any other claim costs GEN-ACCURATE only.
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
        var numbers = Set<Double>(), dates = Set<CalendarDate>(), times = Set<Int>()
        for source in sources {
            let text = Self.valueText(of: source.text, bindings: bindings)
            let mentions = analyzer.parseValue(text)
            numbers.formUnion(mentions.quantities.map(\.value))
            dates.formUnion(mentions.dates.filter { !$0.isToday }.map(\.date))
            times.formUnion(mentions.times.compactMap(\.minutes))
            numbers.formUnion(AnalyzedText(text).words.filter { $0.kind == .number }.compactMap { Double($0.form.replacingOccurrences(of: ",", with: ".")) })
        }
        var indices = Set<Int>()
        for (index, claim) in analyzer.claims.claims.enumerated() {
            if claim.quantities.contains(where: { numbers.contains($0.value) }) || claim.dates.contains(where: dates.contains)
                || claim.times.contains(where: times.contains) {
                indices.insert(index)
            }
        }
        self.indices = indices
    }

    /// A pattern's words with its facts filled in and its syntax taken away («(20|двадцят*) робоч*
    /// ~3 дн*» → «20 двадцят робоч дн»): what values it names.
    static func valueText(of pattern: String, bindings: [String: String]) -> String {
        var text = pattern
        for (name, value) in bindings where text.contains("{") { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        text = text.replacingOccurrences(of: "[~#][0-9]*", with: " ", options: .regularExpression)
        return String(text.map { "()[]|*{}".contains($0) ? " " : $0 })
    }
}
