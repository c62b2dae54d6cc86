/// A set of word forms and prefixes (`слов*`), tested one word at a time.
public struct WordList: Sendable, Hashable {
    var literals: Set<String>
    var prefixes: [String]

    /// Builds the list from entries as written (`слово`, `слов*`), normalised to the match form.
    public init(_ entries: [String]) {
        var literals = Set<String>()
        var prefixes: [String] = []
        for entry in entries {
            let form = TextNormalizer.matchForm(of: TextNormalizer.normalize(entry.trimmingCharacters()))
            if form.hasSuffix("*") { prefixes.append(String(form.dropLast())) } else { literals.insert(form) }
        }
        self.literals = literals
        self.prefixes = prefixes
    }

    /// Whether a word (in match form) is in the list.
    public func contains(_ form: String) -> Bool {
        literals.contains(form) || prefixes.contains { form.hasPrefix($0) }
    }

    /// Whether the list is empty.
    public var isEmpty: Bool { literals.isEmpty && prefixes.isEmpty }
}
