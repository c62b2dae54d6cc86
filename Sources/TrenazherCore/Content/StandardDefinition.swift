/// One gradeable Standard of the catalogue, as kept in `Content/standards.yaml`.
public struct StandardDefinition: Sendable, Codable, Hashable {
    public var id: String
    public var channels: [Channel]
    public var severity: Severity
    public var title: String
    public var titleEN: String
    /// What the trainee must show, in Ukrainian.
    public var requirement: String
    /// The clause of the source Standards the item grades, quoted.
    public var clause: String
    /// What to do, for practice-mode hints.
    public var hint: String
    public var hintEN: String
    /// One-line explanations per verdict (Ukrainian and English).
    public var notes: [Verdict: String]
    public var notesEN: [Verdict: String]
    /// The example a hint gives when the scenario has none of its own (`hint_example`): a Standard
    /// that has one takes its tip's example from the scenario played — what its exemplary conversation
    /// said for it — so the example fits the customer and the case; "" when the hint needs none.
    public var hintExample: String = ""

    /// The explanation for a verdict in the wanted language.
    public func note(for verdict: Verdict, english: Bool = false) -> String {
        (english ? notesEN[verdict] : nil) ?? notes[verdict] ?? requirement
    }

    /// The title in the wanted language.
    public func title(english: Bool) -> String { english && !titleEN.isEmpty ? titleEN : title }

    /// What the Standard asks, in the wanted language: its `requirement` in Ukrainian; in English its `hint_en`
    /// (Content words the requirement in Ukrainian only), the requirement when there is none.
    public func summary(english: Bool) -> String { english && !hintEN.isEmpty ? hintEN : requirement }
}
