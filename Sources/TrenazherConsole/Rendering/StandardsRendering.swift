import TrenazherCore

/// `/standards` and `/clause ID`: the Standards that apply in a scenario, and one clause's text.
public enum StandardsRendering {
    /// Each applicable Standard: ID, severity and title, then what it requires (indented), in the interface's language.
    public static func list(for scenario: Scenario, content: ContentBundle, strings: any Strings) -> [(heading: String, requirement: String?)] {
        scenario.standards.map { id in
            guard let standard = content.standard(id) else { return (id, nil) }
            return ("\(id) (\(strings.severityName(standard.severity))) — \(standard.title(english: strings.isEnglish))",
                    standard.summary(english: strings.isEnglish))
        }
    }

    /// The clause of the Standards document that a Standard grades, with its requirement; `nil` when
    /// the Standard does not apply in the scenario.
    public static func clause(_ id: String, scenario: Scenario, content: ContentBundle) -> String? {
        let wanted = id.uppercased()
        guard scenario.standards.contains(wanted), let standard = content.standard(wanted) else { return nil }
        return "\(standard.id) — \(standard.requirement)\n\(standard.clause)"
    }
}
