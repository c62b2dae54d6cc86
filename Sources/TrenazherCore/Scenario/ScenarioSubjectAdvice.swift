/// The `scenarios check` warning about what a scenario leaves unsaid: a subject of
/// `Content/statements.yaml` listed for the scenario's topic that no rule on the topic, no service the
/// scenario is built on and not its own `statements:` declare — so a false statement about it would
/// pass unjudged. A warning, not a problem: the scenario still loads and plays.
public enum ScenarioSubjectAdvice {
    /// The warning for one scenario (none when every subject of its topic is declared).
    public static func warnings(_ scenario: Scenario, content: ContentBundle, file: String, text: String) -> [Diagnostic] {
        guard let topic = scenario.topic else { return [] }
        let declared = ApplicableFalsehoods.declaredSubjects(for: scenario, content: content)
        let missing = content.subjects.values.filter { $0.topics.contains(topic) && !declared.contains($0.id) }.map(\.id).sorted()
        guard !missing.isEmpty else { return [] }
        let list = missing.joined(separator: ", ")
        // A closed subject is declared by naming its kinds: list them, so the trainer need not look them up.
        let closed = missing.compactMap { id in content.subjects[id].flatMap { $0.isClosed ? "\(id): \($0.kinds.map(\.id).joined(separator: "|"))" : nil } }
        let kindsUK = closed.isEmpty ? "" : "; для \(closed.joined(separator: "; ")) — назвіть види, що є у справі"
        let kindsEN = closed.isEmpty ? "" : "; for \(closed.joined(separator: "; ")) — name the kinds that are so"
        let uk = "тема '\(topic)': не сказано, що відомо у справі про \(list) — хибне твердження про це пройде неоціненим. Додайте до 'statements:' yes, no, unknown або any\(kindsUK) (Scenarios/README.md, «Що відомо у справі»)"
        let en = "topic '\(topic)': the scenario does not say what is known of \(list) — a false statement about it would pass unjudged. Add yes, no, unknown or any to 'statements:'\(kindsEN) (Scenarios/README.md, «Що відомо у справі»)"
        return [Diagnostic(file: file, line: line(of: "topic:", in: text), column: 1, message: en, ukrainian: uk)]
    }

    /// The line of the first line starting with `prefix` (1 when none).
    static func line(of prefix: String, in text: String) -> Int {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.hasPrefix(prefix) {
            return index + 1
        }
        return 1
    }
}
