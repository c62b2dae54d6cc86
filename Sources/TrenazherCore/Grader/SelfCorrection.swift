/// What a trainee takes back in the same turn: «записані тридцятого жовтня, ой, перепрошую, не так
/// сказала: тридцять першого жовтня». The words of the `self_correction` intent (`Content/intents.yaml`)
/// withdraw what stands just before them, when the turn goes on after them with the correction:
///
/// - a marker that opens its sentence («…приїде 26 листопада… Ой, перепрошую, не так сказала: …»)
///   withdraws the whole sentence before it;
/// - a marker inside a sentence withdraws the nearest value said before it in that sentence (a date,
///   a time, a quantity, within `window` words) from that value on, or else the clause it ends (at
///   most `clauseWords` words).
///
/// A withdrawn value is no statement: neither GEN-ACCURATE nor a call-back's date judges it, and a
/// statement the company's data contradicts is dropped when the words its pattern matched end within
/// withdrawn words.
/// A correction in the next turn is not seen: only what the same turn corrects.
public struct SelfCorrection: Sendable {
    let markers: [WordPattern]
    /// How many words before a marker a value it withdraws may stand.
    static let window = 8
    /// At most this many words before a marker are withdrawn when no value stands there.
    static let clauseWords = 4
    /// At most this many words (an interjection: «ой», «ні») may stand before a marker that opens its sentence.
    static let openingWords = 1

    /// The markers: the `self_correction` intent's patterns.
    public init(markers: [WordPattern]) {
        self.markers = markers
    }

    /// The ranges of word indices the turn withdraws, in text order; empty when it corrects nothing.
    public func withdrawnWords(in text: AnalyzedText, mentions: MentionExtractor.Mentions) -> [ClosedRange<Int>] {
        guard !markers.isEmpty else { return [] }
        var markerMatches: [PatternMatch] = []
        for pattern in markers { markerMatches += pattern.allMatches(in: text) }
        guard !markerMatches.isEmpty else { return [] }
        let words = text.words
        let valueWords = Set(mentions.quantities.map(\.word) + mentions.dates.map(\.word) + mentions.times.map(\.word))
        var withdrawn: [ClosedRange<Int>] = []
        for marker in markerMatches.sorted(by: { $0.firstWord < $1.firstWord }) {
            let first = marker.firstWord
            // Only a correction the turn goes on to give, and only the trainee's own words.
            guard marker.lastWord + 1 < words.count, !words[first].quoted else { continue }
            let sentence = words[first].sentence
            let sentenceStart = words.firstIndex { $0.sentence == sentence } ?? first
            if first - sentenceStart <= Self.openingWords {
                guard sentence > 0, let previousStart = words.firstIndex(where: { $0.sentence == sentence - 1 }) else { continue }
                withdrawn.append(previousStart...(first - 1))
                continue
            }
            let lowest = max(sentenceStart, first - Self.window)
            if let value = (lowest..<first).last(where: { valueWords.contains($0) }) {
                var start = value
                while start > lowest, words[start - 1].kind == .number { start -= 1 }
                withdrawn.append(start...(first - 1))
            } else {
                let clauseStart = (max(sentenceStart, first - Self.clauseWords)..<first).last { words[$0].startsClause }
                withdrawn.append((clauseStart ?? max(sentenceStart, first - Self.clauseWords))...(first - 1))
            }
        }
        return withdrawn
    }

    /// The mentions outside the withdrawn words.
    public static func keeping(_ mentions: MentionExtractor.Mentions, outside withdrawn: [ClosedRange<Int>]) -> MentionExtractor.Mentions {
        guard !withdrawn.isEmpty else { return mentions }
        func kept(_ word: Int) -> Bool { !withdrawn.contains { $0.contains(word) } }
        var result = mentions
        result.quantities = mentions.quantities.filter { kept($0.word) }
        result.dates = mentions.dates.filter { kept($0.word) }
        result.times = mentions.times.filter { kept($0.word) }
        return result
    }

    /// The statements outside the withdrawn words: a contradicted statement whose matched words end
    /// within withdrawn words is dropped (a statement judged from a value is already gone with its mention).
    public static func keeping(_ statements: [ClaimJudge.Statement], outside withdrawn: [ClosedRange<Int>]) -> [ClaimJudge.Statement] {
        guard !withdrawn.isEmpty else { return statements }
        return statements.filter { statement in
            guard let words = statement.words else { return true }
            return !withdrawn.contains { $0.contains(words.upperBound) }
        }
    }
}
