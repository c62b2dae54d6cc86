/// The console's colours, or none: every style is a no-op when colours are off.
public struct Palette: Sendable {
    /// Whether ANSI colours are written.
    public let enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    /// The customer's words.
    public func customer(_ text: String) -> String { paint(text, "1;36") }
    /// The simulated company software's output.
    public func system(_ text: String) -> String { paint(text, "33") }
    /// The status line (clock, channel, mood).
    public func status(_ text: String) -> String { paint(text, "2") }
    /// A met Standard.
    public func good(_ text: String) -> String { paint(text, "32") }
    /// A violated or missed Standard.
    public func bad(_ text: String) -> String { paint(text, "31") }
    /// Headings and emphasis.
    public func strong(_ text: String) -> String { paint(text, "1") }
    /// Secondary text: notes, quotes, hints.
    public func faint(_ text: String) -> String { paint(text, "2") }

    private func paint(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
