/// The one shape of every request number the simulated software issues and every scenario quotes
/// (`Content/numbers.yaml`): `PREFIX-DDMM-NNNN` — the prefix of the request's kind, the day and month it
/// was registered, and a serial of `serialDigits` digits («СК-2511-0158»).
public struct RequestNumbering: Sendable, Codable, Hashable {
    /// A kind of request: its prefix and the words of a `/ticket` argument that name it.
    public struct Kind: Sendable, Codable, Hashable {
        public var prefix: String
        public var title: String
        /// Word beginnings, lower case («скарг» for `скарг*`).
        public var words: [String]

        public init(prefix: String, title: String, words: [String]) {
            self.prefix = prefix
            self.title = title
            self.words = words
        }
    }

    public var kinds: [Kind]
    /// The prefix of a request whose kind names none of `kinds`.
    public var defaultPrefix: String
    public var serialDigits: Int
    /// Whether `scenarios check` holds scenarios' own numbers to this shape: `false` for the numbering of a
    /// content version without `numbers.yaml` (its scenarios were written before there was one shape).
    public var holdsScenarioNumbers: Bool

    public init(kinds: [Kind], defaultPrefix: String, serialDigits: Int, holdsScenarioNumbers: Bool = true) {
        self.kinds = kinds
        self.defaultPrefix = defaultPrefix
        self.serialDigits = serialDigits
        self.holdsScenarioNumbers = holdsScenarioNumbers
    }

    /// This numbering with a scenario's own kinds (`request_kinds`): tried first for `/ticket`'s argument,
    /// their prefixes known to `isNumber`.
    public func adding(_ own: [Kind]) -> RequestNumbering {
        guard !own.isEmpty else { return self }
        var numbering = self
        numbering.kinds = own + kinds
        return numbering
    }

    /// The prefix for a `/ticket` argument: the first kind one of whose words begins a word of it.
    public func prefix(forKind argument: String) -> String {
        let words = argument.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).map(String.init)
        for kind in kinds where kind.words.contains(where: { stem in words.contains { $0.hasPrefix(stem) } }) {
            return kind.prefix
        }
        return defaultPrefix
    }

    /// The number of a request of this prefix registered on `date` with this serial (kept to its digits).
    public func number(prefix: String, date: CalendarDate, serial: Int) -> String {
        var modulus = 1
        for _ in 0..<serialDigits { modulus = modulus.multipliedReportingOverflow(by: 10).partialValue }
        let kept = ((serial % modulus) + modulus) % modulus
        let digits = String(kept)
        return "\(prefix)-\(Self.twoDigits(date.day))\(Self.twoDigits(date.month))-"
            + String(repeating: "0", count: max(0, serialDigits - digits.count)) + digits
    }

    /// The serial of the first request of a conversation: drawn from the attempt's seed (an exam), else
    /// from the scenario's ID (practice), so a replay issues the same numbers and two exams other ones.
    public func firstSerial(seed: Int64?, scenarioID: String) -> Int {
        var modulus = 1
        for _ in 0..<serialDigits { modulus = modulus.multipliedReportingOverflow(by: 10).partialValue }
        let source = seed.map { "seed \($0)" } ?? "scenario \(scenarioID)"
        let hash = StableHash.hex(of: Array(source.utf8)).prefix(8)
        let value = Int(hash, radix: 16) ?? 0
        // Leave room for the requests after the first, and keep clear of the «…-0001» every number once began with.
        let span = max(1, modulus - modulus / 10 - 100)
        return modulus / 10 + value % span
    }

    /// Whether `text` is a number of this shape: a known prefix, a valid day and month, the serial's digits.
    public func isNumber(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, prefixes.contains(parts[0]),
              parts[1].count == 4, parts[1].allSatisfy(\.isASCIIDigit),
              parts[2].count == serialDigits, parts[2].allSatisfy(\.isASCIIDigit),
              let day = Int(parts[1].prefix(2)), let month = Int(parts[1].suffix(2)),
              (1...12).contains(month), (1...31).contains(day) else { return false }
        return true
    }

    /// The day and month a number of this shape was registered on, as `DDMM`.
    public static func dayMonth(of number: String) -> String? {
        let parts = number.split(separator: "-").map(String.init)
        return parts.count == 3 ? parts[1] : nil
    }

    /// Every prefix: the kinds' and the default.
    public var prefixes: [String] { kinds.map(\.prefix) + (kinds.contains { $0.prefix == defaultPrefix } ? [] : [defaultPrefix]) }

    /// An example of the shape, for messages.
    public var example: String { number(prefix: kinds.first?.prefix ?? defaultPrefix, date: CalendarDate(year: 2026, month: 11, day: 25), serial: 158) }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// What is wrong with a prefix, or `nil`: one to four capital Cyrillic letters. A Latin
    /// letter that looks like a Cyrillic one is named with the letter to write instead.
    public static func prefixProblem(_ prefix: String) -> Bilingual? {
        let latin = prefix.filter { TextNormalizer.isLatin($0) }
        if !latin.isEmpty, latin.allSatisfy({ TextNormalizer.lookalikes[$0] != nil }) {
            let fixed = String(prefix.map { TextNormalizer.lookalikes[$0] ?? $0 }).uppercased()
            let letters = latin.map { "'\($0)'" }.joined(separator: ", ")
            return Bilingual(uk: "у префіксі '\(prefix)' латинські літери \(letters), схожі на кириличні: пишіть «\(fixed)» кирилицею",
                             en: "prefix '\(prefix)' has Latin letters \(letters) that look like Cyrillic ones: write «\(fixed)» in Cyrillic")
        }
        if prefix.isEmpty || prefix.count > 4 || !prefix.allSatisfy({ $0.isUppercase && TextNormalizer.isCyrillic($0) }) {
            return Bilingual(uk: "префікс '\(prefix)' — від однієї до чотирьох великих українських літер, як префікси в Content/numbers.yaml",
                             en: "prefix '\(prefix)' must be one to four capital Ukrainian letters, like the prefixes in Content/numbers.yaml")
        }
        return nil
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
