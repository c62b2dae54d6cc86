import Testing
@testable import TrenazherCore

/// Patterns run only at the words their first step matches (`PatternHeads`), as the intents' are, against each pattern
/// tried at every start.
struct IntentHeadsTests {
    /// Texts to try: the intents' examples and random mixes of their words (`PatternIndexTests.texts`), and texts as
    /// trainees type them (`PatternIndexTests.typedTexts`).
    static func texts() -> [String] {
        PatternIndexTests.texts() + PatternIndexTests.typedTexts()
    }

    /// Every pattern of the bundled scenarios' conversations (intents, claims, documents, services, questions) as
    /// written and exact, run only at the words its first step matches, finds its first match and its non-overlapping
    /// matches — whole and before a word — as when it is tried at every word.
    @Test func patternsRunAtTheirHeadsFindWhatEveryStartFinds() {
        let patterns = PatternIndexTests.conversationPatterns()
        let unique = Array(Set(patterns.flatMap { [$0, $0.exact()] }))
        let heads = PatternHeads(unique)
        var indexed = 0
        for raw in Self.texts().enumerated().filter({ $0.offset % 3 == 0 }).map(\.element) {
            let text = AnalyzedText(raw, reading: Fixtures.content.reading)
            var starts = PatternHeads.Starts(heads, in: text)
            for (index, pattern) in unique.enumerated() {
                guard let words = starts.words(ofPattern: index, pattern) else { continue }
                indexed += 1
                for limit in [Int.max, text.wordCount / 2] {
                    let every = pattern.allMatches(in: text, before: limit).map { [$0.firstWord, $0.lastWord] }
                    #expect(pattern.allMatches(in: text, startingAt: words, before: limit).map { [$0.firstWord, $0.lastWord] } == every,
                            "\(pattern.source) «\(raw)»")
                    let first = pattern.firstMatch(in: text, startingAt: words, before: limit).map { [$0.firstWord, $0.lastWord] }
                    #expect(first == pattern.firstMatch(in: text, before: limit).map { [$0.firstWord, $0.lastWord] }, "\(pattern.source) «\(raw)»")
                }
            }
        }
        #expect(indexed > 100_000)
    }

    /// Every intent of the first bundled scenarios' conversations finds, through its heads and the first keys
    /// (`TurnAnalyzer.intentsFound`'s way), the same match as with every pattern tried at every word: in closing and
    /// non-closing turns, with and without the first sentence excluded.
    @Test func intentsThroughTheirHeadsFindWhatEveryPatternFinds() {
        let texts = Self.texts()
        var found = 0
        for scenario in Fixtures.library.scenarios.prefix(4) {
            let analyzer = TurnAnalyzer(scenario: scenario, content: Fixtures.content, traineeName: "Олена")
            for raw in texts {
                let text = AnalyzedText(raw, reading: Fixtures.content.reading)
                let candidates = analyzer.intentIndex.candidates(in: text)
                var starts = PatternHeads.Starts(analyzer.intentHeads, in: text)
                for (position, intent) in analyzer.intents.enumerated() {
                    let offset = analyzer.intentHeadOffsets[position]
                    for closing in [true, false] {
                        for excluded in [Set<Int>(), [0]] {
                            let every = intent.firstMatch(in: text, excludingSentences: excluded, closing: closing, candidates: nil)
                            let indexed = intent.firstMatch(in: text, excludingSentences: excluded, closing: closing, candidates: candidates[position],
                                                            starts: { starts.words(ofPattern: offset + $0, $1) })
                            #expect(every?.firstWord == indexed?.firstWord && every?.lastWord == indexed?.lastWord,
                                    "\(scenario.id) \(intent.name) «\(raw)»")
                            if every != nil { found += 1 }
                        }
                    }
                }
            }
        }
        #expect(found > 1_000)
    }
}
