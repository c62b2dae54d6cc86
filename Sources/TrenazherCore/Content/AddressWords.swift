/// The words that mark the parts of an address for `/lookup` (`Content/software.yaml` `address_words`),
/// in match form without a full stop: a settlement («м», «с», «смт»), a street («вул», «просп»), a
/// house («буд») and a flat («кв»). Empty in a content version without them: `/lookup` then reads no
/// address and compares a query with the facts as text, as such a version's program did.
public struct AddressWords: Sendable, Codable, Equatable {
    /// A part of an address a marker word introduces.
    public enum Part: String, Sendable, Codable, CaseIterable {
        case settlement, street, house, flat
    }

    /// Part → its marker words.
    public var words: [Part: Set<String>]

    public init(words: [Part: Set<String>] = [:]) {
        self.words = words
    }

    /// Whether no part has a marker word.
    public var isEmpty: Bool { words.values.allSatisfy(\.isEmpty) }

    /// The part `word` (in match form) introduces, `nil` for a word that marks none.
    public func part(markedBy word: String) -> Part? {
        Part.allCases.first { words[$0]?.contains(word) == true }
    }
}
