import TrenazherCore

/// `/standards` and `/clause ID`: the Standards that apply in a scenario, and one clause's text.
public enum StandardsRendering {
    /// One line per applicable Standard: ID, severity and title.
    public static func list(for scenario: Scenario, content: ContentBundle, strings: any Strings) -> [String] {
        scenario.standards.map { id in
            guard let standard = content.standard(id) else { return id }
            let title = strings.isEnglish ? standard.titleEN : standard.title
            return "\(id) (\(standard.severity.rawValue)) — \(title)"
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
