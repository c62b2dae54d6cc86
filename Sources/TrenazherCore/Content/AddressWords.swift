/// The words that mark the parts of an address for `/lookup` (`Content/software.yaml` `address_words`),
/// in match form without a full stop: a settlement («м», «с», «смт»), a street («вул», «просп»), a
/// house («буд») and a flat («кв»); the street markers that name one kind of street (`street_kinds`:
/// «вул» and «вулиця», not «просп») and the words typed with an address that are none of its parts
/// (`skipped`: «на», «по»). Empty in a content version without them: `/lookup` then reads no
/// address and compares a query with the facts as text, as such a version's program did; a version
/// with markers but without `street_kinds` compares no street marker.
public struct AddressWords: Sendable, Codable, Equatable {
    /// A part of an address a marker word introduces.
    public enum Part: String, Sendable, Codable, CaseIterable {
        case settlement, street, house, flat
    }

    /// Part → its marker words.
    public var words: [Part: Set<String>]
    /// Groups of street markers that name one kind of street («вул», «вулиця»; «просп», «проспект»).
    public var streetKinds: [Set<String>]
    /// Words typed with an address that are none of its parts («на Садовій 3», «по Грушевського 5»).
    public var skipped: Set<String>

    public init(words: [Part: Set<String>] = [:], streetKinds: [Set<String>] = [], skipped: Set<String> = []) {
        self.words = words
        self.streetKinds = streetKinds
        self.skipped = skipped
    }

    /// Whether no part has a marker word.
    public var isEmpty: Bool { words.values.allSatisfy(\.isEmpty) }

    /// The part `word` (in match form) introduces, `nil` for a word that marks none.
    public func part(markedBy word: String) -> Part? {
        Part.allCases.first { words[$0]?.contains(word) == true }
    }

    /// The kind of street a street marker (in match form) names, as one word standing for its
    /// `streetKinds` group (the group's alphabetically first), the marker itself when it is in none;
    /// `nil` when no kinds are given (no marker is compared).
    public func streetKind(of marker: String) -> String? {
        guard !streetKinds.isEmpty else { return nil }
        guard let group = streetKinds.first(where: { $0.contains(marker) }) else { return marker }
        return group.min()
    }
}
