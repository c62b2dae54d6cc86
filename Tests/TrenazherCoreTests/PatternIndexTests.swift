import Testing
@testable import TrenazherCore

/// Trying only the patterns a text's first keys point at (`IntentIndex`, `KeyedPatterns`) finds what
/// trying every pattern finds, and the loader's shortcuts give what the plain ways give.
@Suite struct PatternIndexTests {
    /// Texts to try: every example of every intent of Content, and random mixes of their words with
    /// typos, capitals and Latin lookalikes.
    static func texts() -> [String] {
        var texts = Fixtures.content.intents.values.sorted { $0.name < $1.name }.flatMap { $0.matchExamples + $0.noMatchExamples }
        let words = texts.flatMap { $0.split(separator: " ").map(String.init) }
        var generator = SeededGenerator(seed: 41)
        for _ in 0..<600 where !words.isEmpty {
            var picked = (0..<Int.random(in: 1...14, using: &generator)).map { _ in words.randomElement(using: &generator)! }
            if let at = picked.indices.randomElement(using: &generator), picked[at].count > 3 {
                var letters = Array(picked[at])
                letters.remove(at: Int.random(in: 0..<letters.count, using: &generator))
                picked[at] = String(letters)
            }
            if Bool.random(using: &generator) { picked = picked.map { $0.uppercased() } }
            texts.append(picked.joined(separator: Bool.random(using: &generator) ? " " : ", "))
        }
        return texts
    }

    /// Every intent of every bundled scenario's conversation finds the same match (or none) through the
    /// index as with every pattern tried, in closing and non-closing turns.
    @Test func theIntentIndexFindsWhatEveryPatternFinds() {
        let texts = Self.texts()
        for scenario in Fixtures.library.scenarios.prefix(4) {
            let analyzer = TurnAnalyzer(scenario: scenario, content: Fixtures.content, traineeName: "Олена")
            for raw in texts {
                let text = AnalyzedText(raw, reading: Fixtures.content.reading)
                let candidates = analyzer.intentIndex.candidates(in: text)
                for (position, intent) in analyzer.intents.enumerated() {
                    for closing in [true, false] {
                        let every = intent.firstMatch(in: text, closing: closing, candidates: nil)
                        let indexed = intent.firstMatch(in: text, closing: closing, candidates: candidates[position])
                        #expect(every?.firstWord == indexed?.firstWord && every?.lastWord == indexed?.lastWord,
                                "\(scenario.id) \(intent.name) «\(raw)»")
                    }
                }
            }
        }
    }

    /// A keyed list's candidates are, in order, the patterns of the list that match the text.
    @Test func keyedPatternsKeepEveryMatchingPatternInOrder() {
        let detector = CourtesyDetector(lexicon: Fixtures.content.courtesy)
        for raw in Self.texts() {
            let text = AnalyzedText(raw, reading: Fixtures.content.reading)
            for list in [detector.prohibited, detector.insults, detector.disrespectful] {
                let every = list.patterns.filter { !$0.allMatches(in: text).isEmpty }.map(\.source)
                let candidates = list.candidates(in: text).filter { !$0.allMatches(in: text).isEmpty }.map(\.source)
                #expect(every == candidates, "«\(raw)»")
            }
        }
    }

    /// Trimming from the first to the last character that is not white space is what trimming by
    /// reversing the text gave.
    @Test func trimmingFindsTheEndsInPlace() {
        let alphabet = [" ", "\n", "\t", "а", "b", "\u{301}", "e\u{301}", "\r\n", "\u{00A0}", "😀", "\u{200D}", "🇺🇦", "."]
        var generator = SeededGenerator(seed: 43)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let reversedTwice = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
            #expect(text.trimmingCharacters() == reversedTwice, "\(text.debugDescription)")
        }
    }

    /// Trimming a line without Foundation when neither end is white space is Foundation's trimming.
    @Test func transcriptTrimmingIsFoundationTrimming() {
        let alphabet = [" ", "\t", "\u{00A0}", "\u{2003}", "\u{3000}", "а", "b", "\u{301}", "#", "[", "!", "\u{85}", "\u{200B}"]
        var generator = SeededGenerator(seed: 47)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }

    /// Filling facts skips the texts and names that hold no placeholder, and gives what replacing every
    /// placeholder through Foundation gives.
    @Test func fillingFactsIsFoundationReplacement() {
        let loader = ScenarioLoader(content: Fixtures.content, log: DiagnosticLog())
        let bindings = ["name": "Оксана", "date": "1 грудня", "K": "kelvin", "sum": "312,40 грн", "e\u{301}": "accent"]
        let alphabet = ["{", "}", "name", "date", "K", "\u{212A}", "sum", "e\u{301}", "é", " ", "а", "{name}", "{date}", "{sum}", "\u{301}"]
        var generator = SeededGenerator(seed: 53)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            var expected = text
            for (name, value) in bindings { expected = expected.replacingOccurrences(of: "{\(name)}", with: value) }
            #expect(loader.fillFacts(text, bindings) == expected, "\(text.debugDescription)")
        }
    }
}
