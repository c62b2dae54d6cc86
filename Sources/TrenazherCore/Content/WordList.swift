/// A set of word forms and prefixes (`слов*`), tested one word at a time.
public struct WordList: Sendable, Codable, Hashable {
    var literals: Set<String>
    var prefixes: [[UInt8]]

    /// Builds the list from entries as written (`слово`, `слов*`), normalised to the match form.
    public init(_ entries: [String]) {
        var literals = Set<String>()
        var prefixes: [[UInt8]] = []
        for entry in entries {
            let form = TextNormalizer.matchForm(of: TextNormalizer.normalize(entry.trimmingCharacters()))
            if form.hasSuffix("*") { prefixes.append(Array(form.dropLast().utf8)) } else { literals.insert(form) }
        }
        self.literals = literals
        self.prefixes = prefixes
    }

    /// Whether a word (in match form) is in the list.
    public func contains(_ form: String) -> Bool {
        if literals.contains(form) { return true }
        guard !prefixes.isEmpty else { return false }
        let bytes = Array(form.utf8)
        return prefixes.contains { ByteText.hasPrefix(bytes, $0) }
    }

    /// Whether the list is empty.
    public var isEmpty: Bool { literals.isEmpty && prefixes.isEmpty }
}
