/// The closing lines of `scenarios check` and `scenarios test` about the scenarios' problems and warnings.
public enum CheckSummary {
    /// A warning as one line: `file:line:column: попередження: …`.
    public static func warning(_ warning: Diagnostic, english: Bool) -> String {
        "\(warning.file):\(warning.line):\(warning.column): \(english ? "warning: " + warning.message : "попередження: " + warning.ukrainian)"
    }

    /// `scenarios check` found no problem (perhaps warnings).
    public static func passed(scenarios: Int, warnings: Int, english: Bool) -> String {
        if warnings == 0 { return english ? "\(scenarios) scenario(s): no problems." : "Сценаріїв: \(scenarios), проблем немає." }
        return english ? "\(scenarios) scenario(s): no problems, \(warnings) warning(s)."
                       : "Сценаріїв: \(scenarios), проблем немає, попереджень: \(warnings)."
    }

    /// Why `scenarios test` fails although its examples passed: the check it runs first found problems
    /// (exit 2 even when every example played passed). Names the first problem's place.
    public static func failedBeforeTest(_ problems: [Diagnostic], english: Bool) -> String {
        guard let first = problems.first else { return "" }
        let place = "\(first.file):\(first.line):\(first.column)"
        return english
            ? "scenarios check found \(problems.count) problem(s), listed above (the first at \(place)): the test fails until they are fixed — trenazher scenarios check \(first.file)"
            : "перевірка (scenarios check) знайшла проблем: \(problems.count), їх виписано вище (перша — \(place)): тест не пройде, доки їх не виправлено — trenazher scenarios check \(first.file)"
    }
}
