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
///
/// A marker that opens a turn («Ой, я щойно неправильно сказала: …», within `turnOpeningWords` words
/// and no value before it) takes back the trainee's turn before (`correctsPreviousTurn`): the sentence of
/// that turn that shares the most words with what the correction says when it names no number
/// («…нічого не нараховуватимуть» — «Ой, я щойно неправильно сказала: нараховувати будуть …»,
/// `withdrawnByCorrection`), or, when it names one or none or several sentences share as many, that turn's
/// last sentence naming a value, or else its last sentence (`withdrawnByLaterCorrection`).
///
/// What the correction says stands where the withdrawn words stood (`correctedReading`): «бригада
/// прибуде протягом години — ой, не так сказала, правильно: протягом двох годин» is also read as
/// «бригада прибуде протягом двох годин», so a phrase the slip cut in two still counts as said.
public struct SelfCorrection: Sendable {
    let markers: [WordPattern]
    /// How many words before a marker a value it withdraws may stand.
    static let window = 8
    /// At most this many words before a marker are withdrawn when no value stands there.
    static let clauseWords = 4
    /// At most this many words (an interjection: «ой», «ні») may stand before a marker that opens its sentence.
    static let openingWords = 1
    /// At most this many words («ой, я щойно») may stand before a marker that takes back the turn before.
    static let turnOpeningWords = 3

    /// The markers: the `self_correction` intent's patterns.
    public init(markers: [WordPattern]) {
        self.markers = markers
    }

    /// One correction: the words it withdraws and the words of its marker.
    public struct Correction: Sendable, Equatable {
        public var withdrawn: ClosedRange<Int>
        public var marker: ClosedRange<Int>
    }

    /// The ranges of word indices the turn withdraws, in text order; empty when it corrects nothing.
    public func withdrawnWords(in text: AnalyzedText, mentions: MentionExtractor.Mentions) -> [ClosedRange<Int>] {
        corrections(in: text, mentions: mentions).map(\.withdrawn)
    }

    /// The markers of the turn the trainee goes on after, in text order (only the trainee's own words). A marker
    /// ends where the longest marker overlapping it ends: «ой, перепрошую, не так сказала» at the turn's end is one
    /// marker the turn does not go on after, though «ой, перепрошую, не так» alone would be followed by «сказала».
    func markerMatches(in text: AnalyzedText) -> [PatternMatch] {
        var found: [PatternMatch] = []
        for pattern in markers { found += pattern.allMatches(in: text) }
        let reach = { (match: PatternMatch) in
            found.filter { $0.firstWord <= match.lastWord && $0.lastWord >= match.firstWord }.map(\.lastWord).max() ?? match.lastWord
        }
        return found.filter { reach($0) + 1 < text.words.count && !text.words[$0.firstWord].quoted }
            .sorted { $0.firstWord < $1.firstWord }
    }

    /// The words of a value the extractor found (a date, a time, a quantity).
    static func valueWords(_ mentions: MentionExtractor.Mentions) -> Set<Int> {
        Set(mentions.quantities.map(\.word) + mentions.dates.map(\.word) + mentions.times.map(\.word))
    }

    /// Whether the turn opens by taking back the trainee's turn before: a marker in the turn's first
    /// clause, within its first `turnOpeningWords` words («Я щойно неправильно сказала»), with no value
    /// before it, and the turn goes on after it. «У п'ятницю, ой, не так сказала, …» corrects itself.
    public func correctsPreviousTurn(in text: AnalyzedText, mentions: MentionExtractor.Mentions) -> Bool {
        guard !markers.isEmpty else { return false }
        let values = Self.valueWords(mentions)
        return markerMatches(in: text).contains { marker in
            let first = marker.firstWord
            return first <= Self.turnOpeningWords && text.words[first].sentence == 0
                && !(0..<first).contains { values.contains($0) }
                && (first == 0 || !(1...first).contains { text.words[$0].startsClause })
        }
    }

    /// The words `correction`, a later turn that opens by taking this one back, withdraws of `text`. What
    /// the correction says after its marker (to the end of that sentence, or the next one when the marker
    /// ends its own) decides: with a number in it, it corrects a value (`withdrawnByLaterCorrection`); else
    /// it takes back the sentence sharing the most stems of `sharedStemLetters` letters or more with it, the
    /// last such sentence naming a value when several share as many; with none shared, as
    /// `withdrawnByLaterCorrection` says.
    public func withdrawnByCorrection(of text: AnalyzedText, mentions: MentionExtractor.Mentions,
                                      correction: AnalyzedText) -> ClosedRange<Int>? {
        let after = saidAfterOpeningMarker(in: correction)
        // A correction that names a number corrects a value: «…тож відповідь буде тільки в п'ятницю,
        // двадцять сьомого листопада» takes back the day said before, whatever other words it shares.
        guard !after.contains(where: { $0.kind == .number }) else { return Self.withdrawnByLaterCorrection(in: text, mentions: mentions) }
        let said = Set(after.filter { !$0.isFiller && $0.form.count >= Self.sharedStemLetters && !$0.stem.isEmpty }.map(\.stem))
        let words = text.words
        var shared: [Int: Int] = [:]
        for word in words where !word.isFiller && word.form.count >= Self.sharedStemLetters && said.contains(word.stem) {
            shared[word.sentence, default: 0] += 1
        }
        guard let most = shared.values.max() else { return Self.withdrawnByLaterCorrection(in: text, mentions: mentions) }
        let best = shared.filter { $0.value == most }.map(\.key).sorted()
        let values = Self.valueWords(mentions)
        let sentence = best.last { candidate in values.contains { words[$0].sentence == candidate } } ?? best.last!
        guard let start = words.firstIndex(where: { $0.sentence == sentence }),
              let end = words.lastIndex(where: { $0.sentence == sentence }) else { return nil }
        return start...end
    }

    /// Words of at least this many letters are compared by stem to find what a later correction takes back.
    static let sharedStemLetters = 4

    /// What a turn that opens by taking back the turn before says after its marker: the rest of the marker's
    /// sentence, or the next sentence when the marker ends its own.
    func saidAfterOpeningMarker(in correction: AnalyzedText) -> [Token] {
        let words = correction.words
        guard let marker = markerMatches(in: correction).first(where: { $0.firstWord <= Self.turnOpeningWords }) else { return [] }
        let sentence = words[marker.firstWord].sentence
        let rest = words[(marker.lastWord + 1)...].filter { $0.sentence == sentence }
        return rest.isEmpty ? words[(marker.lastWord + 1)...].filter { $0.sentence == sentence + 1 } : rest
    }

    /// The words a later turn's correction takes back of this turn: its last sentence that names a value
    /// (a date, a time, a quantity), or else its last sentence; `nil` for a turn without words.
    public static func withdrawnByLaterCorrection(in text: AnalyzedText, mentions: MentionExtractor.Mentions) -> ClosedRange<Int>? {
        let words = text.words
        guard let last = words.indices.last else { return nil }
        let values = valueWords(mentions)
        let sentence = values.max().map { words[$0].sentence } ?? words[last].sentence
        guard let start = words.firstIndex(where: { $0.sentence == sentence }),
              let end = words.lastIndex(where: { $0.sentence == sentence }) else { return nil }
        return start...end
    }

    /// The corrections of the turn, in text order; empty when it corrects nothing in itself.
    public func corrections(in text: AnalyzedText, mentions: MentionExtractor.Mentions) -> [Correction] {
        guard !markers.isEmpty else { return [] }
        let markerMatches = markerMatches(in: text)
        guard !markerMatches.isEmpty else { return [] }
        let words = text.words
        let valueWords = Self.valueWords(mentions)
        var withdrawn: [Correction] = []
        for marker in markerMatches {
            let first = marker.firstWord
            let sentence = words[first].sentence
            let sentenceStart = words.firstIndex { $0.sentence == sentence } ?? first
            let markerWords = first...marker.lastWord
            if first - sentenceStart <= Self.openingWords {
                guard sentence > 0, let previousStart = words.firstIndex(where: { $0.sentence == sentence - 1 }) else { continue }
                withdrawn.append(Correction(withdrawn: previousStart...(first - 1), marker: markerWords))
                continue
            }
            let lowest = max(sentenceStart, first - Self.window)
            if let value = (lowest..<first).last(where: { valueWords.contains($0) }) {
                var start = value
                while start > lowest, words[start - 1].kind == .number { start -= 1 }
                withdrawn.append(Correction(withdrawn: start...(first - 1), marker: markerWords))
            } else {
                let clauseStart = (max(sentenceStart, first - Self.clauseWords)..<first).last { words[$0].startsClause }
                withdrawn.append(Correction(withdrawn: (clauseStart ?? max(sentenceStart, first - Self.clauseWords))...(first - 1),
                                            marker: markerWords))
            }
        }
        return withdrawn
    }

    /// The turn as the trainee meant it: each correction put where the words it withdraws stood. The
    /// correction joins the withdrawn words at the first word both share («…прибуде протягом години —
    /// ой, не так сказала, правильно: протягом двох годин» → «…прибуде протягом двох годин»), or else
    /// replaces them whole. `nil` when the turn corrects nothing in itself.
    public static func correctedReading(of text: AnalyzedText, corrections: [Correction]) -> String? {
        guard !corrections.isEmpty else { return nil }
        let words = text.words
        let source = text.normalized
        var reading = ""
        var position = source.startIndex
        for correction in corrections {
            let after = correction.marker.upperBound + 1
            guard after < words.count, words[correction.withdrawn.lowerBound].range.lowerBound >= position else { continue }
            var keptUpTo = correction.withdrawn.lowerBound
            var resumeAt = after
            if let anchor = (after..<min(words.count, after + 3)).first(where: { index in
                correction.withdrawn.contains { words[$0].form == words[index].form }
            }), let joined = correction.withdrawn.first(where: { words[$0].form == words[anchor].form }) {
                keptUpTo = joined
                resumeAt = anchor
            }
            reading += source[position..<words[keptUpTo].range.lowerBound]
            position = words[resumeAt].range.lowerBound
        }
        guard position != source.startIndex else { return nil }
        reading += source[position...]
        return reading
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
