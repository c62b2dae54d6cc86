/// What `scenarios check` points out about a scenario that loads and plays but falls short of the
/// trainers' guide: warnings, printed with the problems but not failing the check.
public enum ScenarioAdvice {
    /// How many variants besides the file's own values the guide asks for (Scenarios/README.md, «Варіанти»).
    public static let minimumVariants = 3

    /// The warnings for one scenario loaded from `text` (the file as `file` names it).
    public static func warnings(_ scenario: Scenario, file: String, text: String) -> [Diagnostic] {
        guard scenario.variants.count < minimumVariants else { return [] }
        let count = scenario.variants.count
        let location = scenario.variants.first.map { SourceLocation(file: file, line: $0.location.line, column: $0.location.column) }
            ?? SourceLocation(file: file, line: ScenarioLibrary.idLine(in: text), column: 1)
        let uk = count == 0
            ? "у сценарії немає розділу 'variants': іспит гратиме ті самі значення, що й тренування, тож вивчена напам'ять стенограма його складе. Додайте щонайменше \(minimumVariants) варіанти, кожен з іншою сумою, датою чи часом (Scenarios/README.md, розділ 6а)"
            : "у сценарії варіантів: \(count), а треба щонайменше \(minimumVariants): додайте ще, кожен з іншою сумою, датою чи часом (Scenarios/README.md, розділ 6а)"
        let en = count == 0
            ? "the scenario has no 'variants': an exam would play the practice values, so a memorised transcript would pass it. Add at least \(minimumVariants) variants, each with another amount, date or time (Scenarios/README.md, section 6а)"
            : "the scenario has \(count) variant(s), fewer than \(minimumVariants): add more, each with another amount, date or time (Scenarios/README.md, section 6а)"
        return [Diagnostic(file: file, line: location.line, column: location.column, message: en, ukrainian: uk)]
    }
}
