/// A word pattern as written in a file, kept with its place so a bad pattern is reported there and
/// so it can be compiled again with per-scenario bindings (`{account}`, `{trainee}`).
public struct PatternSource: Sendable, Codable, Hashable {
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }

    /// Compiles the pattern; a problem is reported at the pattern's place and gives `nil`.
    public func compile(bindings: [String: String], log: DiagnosticLog?) -> WordPattern? {
        do {
            return try WordPattern(text, bindings: bindings)
        } catch {
            log?.report(uk: error.ukrainian, en: error.message, at: location.advanced(by: max(0, error.column - 1)))
            return nil
        }
    }
}

/// Reads pattern lists from YAML.
extension YAMLNode {
    /// A list of word patterns (a lone text counts as one), each checked for syntax with `bindings`.
    func patterns(_ what: String, log: DiagnosticLog, bindings: [String: String]) -> [PatternSource] {
        strings(what, log: log).compactMap { text, location in
            let source = PatternSource(text: text, location: location)
            return source.compile(bindings: bindings, log: log) == nil ? nil : source
        }
    }
}
