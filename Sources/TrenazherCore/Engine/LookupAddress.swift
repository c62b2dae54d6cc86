/// An address as `/lookup` reads it, from a fact («м. Луцьк, вул. Кравчука, 8, кв. 41») or from what the
/// trainee typed («Кравчука 8 кв 41», «вул Кравчука, 8», «Струмівка Садова 3»): the words of its
/// settlement and street, its house and flat. Words are in match form (any case, Latin look-alikes
/// and apostrophes as `TextNormalizer.matchForm` treats them); the marker words of `AddressWords`
/// («вул», «вулиця», «м.», «кв» …) say which part the words after them belong to and are not kept.
/// A word with no marker before it is `unmarked`; the first number is the house, a later one the flat
/// (unless a marker says otherwise); a single letter right after the house number belongs to it («3 а» → «3а»);
/// a `skipped` word anywhere else is none of its parts («на Садовій 3»).
struct LookupAddress: Equatable {
    var settlement: [String] = []
    var street: [String] = []
    var unmarked: [String] = []
    var house: String?
    var flat: String?
    /// Whether the text held a marker word.
    var marked = false
    /// The kind of street its first street marker names (`AddressWords.streetKind`: «вулиця» is «вул»,
    /// «просп» another); `nil` without a street marker, or when Content compares none.
    var streetKind: String?

    init(_ text: String, words: AddressWords) {
        var pending: AddressWords.Part?
        var lastWasHouse = false
        for token in Self.tokens(of: text, words: words) {
            if let part = words.part(markedBy: token) {
                pending = part
                marked = true
                if part == .street, streetKind == nil { streetKind = words.streetKind(of: token) }
                lastWasHouse = false
                continue
            }
            guard token.first?.isNumber == true else {
                if lastWasHouse, token.count == 1, let number = house {
                    house = number + token
                    lastWasHouse = false
                    continue
                }
                lastWasHouse = false
                if words.skipped.contains(token) { continue }
                switch pending {
                case .settlement: settlement.append(token)
                case .street: street.append(token)
                default: unmarked.append(token)
                }
                continue
            }
            switch pending {
            case .flat:
                flat = token
                lastWasHouse = false
            case .house:
                house = token
                lastWasHouse = true
            default:
                lastWasHouse = house == nil
                if house == nil { house = token } else if flat == nil { flat = token }
            }
            pending = nil
        }
    }

    /// The words of the text: letters and digits, split everywhere else (a comma, a full stop, a
    /// hyphen, a space) and where a marker word runs into a number («кв41» → «кв», «41»); apostrophes
    /// are kept inside a word (`matchForm` drops them).
    static func tokens(of text: String, words: AddressWords) -> [String] {
        var tokens: [String] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            let form = TextNormalizer.matchForm(of: current)
            if let digit = form.firstIndex(where: \.isNumber), digit != form.startIndex, form[..<digit].allSatisfy(\.isLetter),
               words.part(markedBy: String(form[..<digit])) != nil {
                tokens.append(String(form[..<digit]))
                tokens.append(String(form[digit...]))
            } else {
                tokens.append(form)
            }
            current = ""
        }
        for character in TextNormalizer.normalize(text) {
            if character.isLetter || character.isNumber || character == TextNormalizer.apostrophe {
                current.append(character)
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }

    /// Every word naming a place: the settlement's, the street's and the unmarked ones.
    var placeWords: [String] { settlement + street + unmarked }

    /// A customer's address the trainee can find: a street named after its marker («вул.») and a house.
    var isRecordAddress: Bool { !street.isEmpty && house != nil }

    /// How a query (`self`) stands to a customer's address `record` (`isRecordAddress`).
    enum Match: Equatable {
        /// The query names the address: its street and house (the flat, when given, the same;
        /// the settlement optional), and nothing that is not in it; a street marker typed is of the
        /// record's kind of street («вулиця Садова», not «просп. Садова»).
        case same
        /// The query names only part of the address — no house, or no street — so it would find
        /// every address there: «Садова», «Струмівка», «Струмівка 3».
        case partial
        /// The query is not this address.
        case other
    }

    /// Whether this query names `record`, names only part of it, or another address. A word of the query
    /// is a word of the record in any of its forms as `morphology` tells them (`Morphology.sameWord`:
    /// «Садовій», «Садової» are «Садова»), as typed without one; a street marker of another kind of street
    /// than the record's names another street («вул Волі» is not «просп. Волі»).
    func match(_ record: LookupAddress, morphology: Morphology? = nil) -> Match {
        let words = placeWords
        func names(_ word: String, in known: [String]) -> Bool {
            known.contains { morphology?.sameWord(word, $0) ?? (word == $0) }
        }
        guard !words.isEmpty, words.allSatisfy({ names($0, in: record.placeWords) }) else { return .other }
        if let streetKind, let recordKind = record.streetKind, streetKind != recordKind { return .other }
        guard let house, words.contains(where: { names($0, in: record.street) }) else { return .partial }
        guard house == record.house else { return .other }
        if let flat, flat != record.flat { return .other }
        return .same
    }

    /// Whether a query reads as an address at all: a marker word, or a word of three letters or more
    /// and a house number («Садова 5»), so «ПР-9999» or an account number is not taken for one.
    var looksLikeAddress: Bool {
        marked || (house != nil && placeWords.contains { $0.count >= 3 })
    }
}
