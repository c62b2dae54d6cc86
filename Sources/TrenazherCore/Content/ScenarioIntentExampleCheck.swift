/// Plays the `examples:` of a scenario's own intents (`intents:` of a scenario file, `match` and
/// `no_match`) as the grader reads a turn of that scenario: its facts and the trainee's name bound,
/// Content's intents beside them (an `extends` intent with Content's patterns added). The one
/// implementation `content check` and the test suite share.
public enum ScenarioIntentExampleCheck {
    /// Every example of every scenario's own intents not read as expected, with its file and line;
    /// empty when all hold.
    public static func diagnostics(_ scenarios: [Scenario], content: ContentBundle) -> [Diagnostic] {
        scenarios.flatMap { diagnostics(for: $0, content: content) }
    }

    /// The examples of one scenario's own intents not read as expected.
    public static func diagnostics(for scenario: Scenario, content: ContentBundle) -> [Diagnostic] {
        let withExamples = scenario.intents.values.filter { !($0.matchExamples.isEmpty && $0.noMatchExamples.isEmpty) }.sorted { $0.name < $1.name }
        guard !withExamples.isEmpty else { return [] }
        let analyzer = TurnAnalyzer(scenario: scenario, content: content, traineeName: traineeName)
        let lines = TextLines.of(scenario.sourceText)
        var problems: [Diagnostic] = []
        for intent in withExamples {
            for (text, wanted) in intent.matchExamples.map({ ($0, true) }) + intent.noMatchExamples.map({ ($0, false) }) {
                let shown = analyzer.analyze(scenario.fill(text, trainee: traineeName)).intents[intent.name] != nil
                guard shown != wanted else { continue }
                let place = ScenarioLoader.position(of: text, from: intent.location, in: lines)
                let list = wanted ? "match" : "no_match"
                problems.append(Diagnostic(file: place.file, line: place.line, column: place.column,
                                           message: "scenario '\(scenario.id)', intent '\(intent.name)', example \(list): «\(text)» expected \(wanted ? "shown" : "not shown"), read \(shown ? "shown" : "not shown"): \(wanted ? "widen a pattern or correct the example" : "narrow a pattern or add a 'not' pattern")",
                                           ukrainian: "сценарій '\(scenario.id)', намір '\(intent.name)', приклад \(list): «\(text)» очікувано \(wanted ? "знайдено" : "не знайдено"), прочитано: \(shown ? "знайдено" : "не знайдено") — \(wanted ? "розширте шаблон або виправте приклад" : "звузьте шаблон або додайте шаблон у 'not'")"))
            }
        }
        return problems
    }

    /// The trainee's name the examples are played with (`{trainee}`).
    static let traineeName = "Олена"
}
