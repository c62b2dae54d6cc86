/// Compares what the trainee states with the scenario's `claims` (GEN-ACCURATE and the Standards a
/// claim `shows`). A quantity or date is judged only in a sentence about some claim, and is
/// correct when any claim of that sentence accepts it: a sentence naming two terms is not
/// mistaken for a contradiction.
public struct ClaimJudge: Sendable {
    struct CompiledClaim: Sendable {
        var claim: Claim
        var about: [WordPattern]
        var quantities: [QuantityMention]
        var dates: [CalendarDate]
        var phrases: [WordPattern]
        var kinds: Set<String>
    }

    /// One statement the trainee made about a claim.
    public struct Statement: Sendable {
        public var claimIndex: Int
        public var correct: Bool
        public var evidence: String
        /// The Standards the claim shows.
        public var shows: [String]
    }

    let claims: [CompiledClaim]
    static let dayKinds: Set<String> = ["days", "working_days"]

    public init(scenario: Scenario, bindings: [String: String], extractor: MentionExtractor) {
        claims = scenario.claims.map { claim in
            var quantities: [QuantityMention] = []
            var dates: [CalendarDate] = []
            var phrases: [WordPattern] = []
            for value in claim.accept {
                let mentions = extractor.extract(from: AnalyzedText(value))
                quantities += mentions.quantities
                dates += mentions.dates.map(\.date)
                if mentions.quantities.isEmpty && mentions.dates.isEmpty, let pattern = try? WordPattern(value) { phrases.append(pattern) }
            }
            var kinds = Set(quantities.map(\.kind))
            if !kinds.isDisjoint(with: Self.dayKinds) { kinds.formUnion(Self.dayKinds) }
            if !dates.isEmpty { kinds.insert("date") }
            return CompiledClaim(claim: claim, about: claim.about.compactMap { $0.compile(bindings: bindings, log: nil) },
                                 quantities: quantities, dates: dates, phrases: phrases, kinds: kinds)
        }
    }

    /// Every statement about a claim in one turn.
    public func statements(in text: AnalyzedText, mentions: MentionExtractor.Mentions) -> [Statement] {
        guard !claims.isEmpty else { return [] }
        var claimsBySentence: [Int: [(claim: Int, word: Int)]] = [:]
        for (index, claim) in claims.enumerated() {
            for pattern in claim.about {
                for match in pattern.allMatches(in: text) {
                    claimsBySentence[match.sentence, default: []].append((index, match.firstWord))
                }
            }
        }
        var result: [Statement] = []
        var seen = Set<String>()
        func add(_ statement: Statement) {
            let key = "\(statement.claimIndex)|\(statement.evidence)"
            if seen.insert(key).inserted { result.append(statement) }
        }
        for sentence in claimsBySentence.keys.sorted() {
            let about = claimsBySentence[sentence]!
            let candidates = Set(about.map(\.claim))
            for quantity in mentions.quantities where quantity.sentence == sentence {
                let fitting = candidates.filter { claims[$0].kinds.contains(quantity.kind) }
                guard !fitting.isEmpty else { continue }
                if let accepting = fitting.first(where: { accepts(claims[$0], quantity) }) {
                    add(Statement(claimIndex: accepting, correct: true, evidence: quantity.evidence, shows: claims[accepting].claim.shows))
                } else {
                    let nearest = nearestClaim(fitting, about: about, word: quantity.word)
                    add(Statement(claimIndex: nearest, correct: false, evidence: quantity.evidence, shows: claims[nearest].claim.shows))
                }
            }
            for date in mentions.dates where date.sentence == sentence {
                let fitting = candidates.filter { claims[$0].kinds.contains("date") }
                guard !fitting.isEmpty else { continue }
                if let accepting = fitting.first(where: { claims[$0].dates.contains(date.date) }) {
                    add(Statement(claimIndex: accepting, correct: true, evidence: date.evidence, shows: claims[accepting].claim.shows))
                } else {
                    let nearest = nearestClaim(fitting, about: about, word: date.word)
                    add(Statement(claimIndex: nearest, correct: false, evidence: date.evidence, shows: claims[nearest].claim.shows))
                }
            }
        }
        for (index, claim) in claims.enumerated() {
            for phrase in claim.phrases {
                if let match = phrase.firstMatch(in: text) {
                    add(Statement(claimIndex: index, correct: true, evidence: match.evidence, shows: claim.claim.shows))
                }
            }
        }
        return result
    }

    func accepts(_ claim: CompiledClaim, _ quantity: QuantityMention) -> Bool {
        claim.quantities.contains { accepted in
            let sameKind = accepted.kind == quantity.kind || (Self.dayKinds.contains(accepted.kind) && Self.dayKinds.contains(quantity.kind))
            return sameKind && abs(accepted.value - quantity.value) < 0.001
        }
    }

    func nearestClaim(_ candidates: Set<Int>, about: [(claim: Int, word: Int)], word: Int) -> Int {
        about.filter { candidates.contains($0.claim) }.min { abs($0.word - word) < abs($1.word - word) }?.claim ?? candidates.min()!
    }
}
