import Testing
@testable import TrenazherCore

/// Trying only the patterns a text's first keys point at (`IntentIndex`, `KeyedPatterns`) finds what
/// trying every pattern finds, and the loader's shortcuts give what the plain ways give.
@Suite struct PatternIndexTests {
    /// Texts to try: every example of every intent of Content, and random mixes of their words with
    /// typos, capitals and Latin lookalikes.
    /// Every pattern of every bundled scenario's conversation — intents (with their closing and `not` patterns),
    /// claims, account facts, documents, services, questions — and what `more` adds from each analyzer.
    static func conversationPatterns(more: (TurnAnalyzer) -> [WordPattern] = { _ in [] }) -> [WordPattern] {
        var patterns: [WordPattern] = []
        for scenario in Fixtures.library.scenarios {
            let analyzer = TurnAnalyzer(scenario: scenario, content: Fixtures.content, traineeName: "Олена")
            patterns += analyzer.intents.flatMap { $0.patterns + $0.closingPatterns + $0.negations }
            patterns += analyzer.claims.claims.flatMap { $0.about + $0.falsePatterns + $0.deniedPatterns + $0.phrases }
            patterns += analyzer.accountFacts + analyzer.documents.flatMap(\.patterns) + analyzer.services.flatMap(\.patterns)
            patterns += analyzer.questions.flatMap(\.patterns) + more(analyzer)
        }
        return patterns
    }

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

    /// Ruling a pattern out because a word it requires is absent from the text (`RequiredWords`) leaves
    /// every match as it was: every pattern of every bundled scenario's conversation (intents, claims,
    /// statements, documents, services) and of the lexicons, as written and exact, on every text.
    @Test func requiredWordsRuleOutOnlyPatternsThatCannotMatch() {
        let patterns = Self.conversationPatterns { analyzer in
            analyzer.jargon.flatMap(\.expansions) + analyzer.mentions.units.flatMap(\.patterns) + analyzer.mentions.dayParts
                + analyzer.informal.safePhrases + analyzer.courtesy.prohibited.patterns + analyzer.courtesy.insults.patterns
                + analyzer.language.russian.patterns
        }
        let unique = Array(Set(patterns.flatMap { [$0, $0.exact()] }))
        #expect(unique.count > 1_000)
        var ruledOut = 0
        // Every third text: the plain way runs every pattern on each of them.
        let texts = Self.texts().enumerated().filter { $0.offset % 3 == 0 }.map(\.element) + Self.typedTexts().prefix(300)
        for raw in texts {
            let text = AnalyzedText(raw, reading: Fixtures.content.reading)
            for pattern in unique {
                let plain = pattern.allMatches(in: text, before: .max, ruledOutByRequiredWords: false)
                let gated = pattern.allMatches(in: text, before: .max, ruledOutByRequiredWords: true)
                #expect(plain.map { [$0.firstWord, $0.lastWord] } == gated.map { [$0.firstWord, $0.lastWord] }, "\(pattern.source) «\(raw)»")
                if !pattern.mayMatch(text), pattern.mayStartSomewhere(text) { ruledOut += 1 }
                // Looking only before a word finds the matches that start before it (`CompiledIntent`
                // stops a pattern at the best match so far).
                let limit = text.wordCount / 2
                #expect(pattern.allMatches(in: text, before: limit).map(\.firstWord) == plain.map(\.firstWord).filter { $0 < limit })
                #expect(pattern.firstMatch(in: text, before: limit)?.lastWord == plain.first.flatMap { $0.firstWord < limit ? $0.lastWord : nil })
            }
        }
        // The shortcut is taken: many patterns that share a first letter with the text are ruled out.
        #expect(ruledOut > 10_000)
    }

    /// Texts as trainees type them: typos in the first letters, Latin look-alikes, stems of two
    /// letters, long prefixes one letter off, hyphens, numbers.
    static func typedTexts() -> [String] {
        let words = ["самостійно", "самостіно", "смостійно", "передати", "пердати", "показники", "покзники", "кабнеті", "кабінеті",
                     "оплату", "оплта", "отримано", "надійшла", "наіійшла", "sms", "snms", "смс", "ЦНАП-у", "цок", "ОСР", "31.10.2026",
                     "10", "грудня", "приймаються", "прийимаються", "приймаємо", "можна", "мона", "не", "ні", "телефоном", "тлефоном",
                     "гаряча", "лінія", "лнія", "заявку", "зявку", "реєструю", "рееструю", "Олено", "Оксано", "вас", "Вас", "ти", "зачекайте",
                     "зачикайте", "хвилинку", "ПР-1147", "a", "i", "ok", "Ok", "дякую", "дякуємо", "світло", "свтло", "буде", "до", "18:00"]
        var generator = SeededGenerator(seed: 53)
        return (0..<800).map { _ in
            (0..<Int.random(in: 1...16, using: &generator)).map { _ in words.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : ", ")
        }
    }

    /// A word the analyzer skips when looking for abbreviations (more characters than the longest,
    /// no hyphen) gives none: the unexplained abbreviations are those of comparing every word.
    @Test func jargonSkipsOnlyWordsThatAreNoAbbreviation() {
        let analyzer = TurnAnalyzer(scenario: Fixtures.library.scenarios[0], content: Fixtures.content, traineeName: "Олена")
        let abbreviations = Set(analyzer.jargon.map(\.abbreviation))
        for raw in Self.texts() + Self.typedTexts() {
            let text = AnalyzedText(raw, reading: Fixtures.content.reading)
            for word in text.words where TurnAnalyzer.hasMoreCharacters(word.text, than: analyzer.longestJargon) && !word.text.contains("-") {
                let parts = TextNormalizer.fixLookalikes(in: word.text).uppercased().split(separator: "-").map(String.init)
                #expect(parts.allSatisfy { !abbreviations.contains($0) }, "\(word.text)")
            }
            #expect(TurnAnalyzer.hasMoreCharacters(raw, than: 3) == (raw.count > 3))
        }
    }

    /// A word the language detector passes over as holding no Russian letter holds none, whatever
    /// the letters around and however they are composed.
    @Test func wordsScreenedOutHoldNoRussianLetter() {
        let detector = LanguageDetector(lexicon: Fixtures.content.language)
        #expect(!detector.lexicon.russianLetters.isEmpty)
        let alphabet = ["а", "б", "ї", "є", "ґ", "'", "e", "ё", "е\u{308}", "ы", "э", "ъ", "\u{301}", "Ё", "ь", "й", "и\u{306}", "x", "1", "😀"]
        var generator = SeededGenerator(seed: 59)
        for _ in 0..<4000 {
            let form = (0..<Int.random(in: 1...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined().lowercased()
            if !detector.mayHoldRussianLetter(form) {
                #expect(!form.contains(where: { detector.lexicon.russianLetters.contains($0) }), "\(form.debugDescription)")
            }
        }
        #expect(!detector.mayHoldRussianLetter("передати"))
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
