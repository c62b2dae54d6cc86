import Testing
@testable import TrenazherCore

/// The claims' patterns run only at the words their first step matches (`PatternHeads`) against each pattern tried at
/// every start.
struct PatternHeadsTests {
    /// Every spoken turn of every example of a scenario, each once.
    static func turns(of scenario: Scenario) -> [String] {
        let turns = scenario.examples.flatMap { example in
            scenario.fill(example.transcript, trainee: example.trainee).split(separator: "\n").map(String.init)
                .filter { !$0.hasPrefix("/") && !$0.hasPrefix("#") && !$0.isEmpty }
        }
        return Set(turns).sorted()
    }

    /// For every bundled scenario and every spoken turn of its examples, what each slot of the judge's claim patterns
    /// gives through the index is what its pattern matches at every start (`WordPattern.matchesAtEveryStart`), and
    /// what it matches tried at every word of the turn, one by one; and the index leaves starts out.
    @Test func theIndexFindsWhatEveryStartFinds() throws {
        var compared = 0, possible = 0, tried = 0
        for scenario in Fixtures.library.scenarios {
            let analyzer = DialogueEngine(scenario: scenario, content: Fixtures.content, traineeName: "Олена").analyzer
            let slots = analyzer.claims.patternSlots
            for turn in Self.turns(of: scenario) {
                let text = analyzer.analyze(turn).text
                var matches = ClaimPatternSlots.Matches(slots, in: text)
                var starts = PatternHeads.Starts(slots.heads, in: text)
                for (slot, pattern) in slots.patterns.enumerated() {
                    let indexed = matches.everyStart(slot).map { [$0.firstWord, $0.lastWord] }
                    let everyStart = pattern.matchesAtEveryStart(in: text).map { [$0.firstWord, $0.lastWord] }
                    let atEachWord = text.words.indices.compactMap { start in pattern.matchLength(in: text, at: start).map { [start, start + $0 - 1] } }
                    #expect(indexed == everyStart, "\(scenario.id) \(pattern.source) «\(turn)»")
                    #expect(indexed == atEachWord, "\(scenario.id) \(pattern.source) «\(turn)»")
                    compared += 1
                    if let tests = slots.heads.heads[slot], pattern.mayMatch(text) {
                        possible += text.leadKeys.filter(pattern.mayStart).count
                        tried += starts.words(startingWith: tests, of: pattern).count
                    }
                }
            }
        }
        #expect(compared > 100_000)
        #expect(tried < possible)
    }

    /// A pattern has heads exactly when its first step is a required word or required phrases; they are the tests of
    /// that step (a phrase's first word's), each matching the way the pattern does.
    @Test func aPatternsHeadsAreItsFirstStepsTests() throws {
        let sources = ["(можна|можете) ~3 онлайн", "[будь ласка] зачекайте", "# днів", "(у вас|за вами) борг*", "номер"]
        let patterns = try sources.map { try WordPattern($0) } + [try WordPattern("(можна|можете) ~3 онлайн").exact()]
        let heads = PatternHeads(patterns)
        func tests(_ pattern: Int) -> [String]? {
            heads.heads[pattern].map { positions in
                positions.map { position in
                    let test = heads.program.tests[Int(position)]
                    let word = String(decoding: heads.program.bytes[Int(test.start)..<Int(test.start + test.count)], as: UTF8.self)
                    return (test.isPrefix ? word + "*" : word) + (heads.isExact[Int(position)] ? "!" : "")
                }
            }
        }
        #expect(tests(0) == ["можна", "можете"])
        #expect(tests(1) == nil)
        #expect(tests(2) == nil)
        #expect(tests(3) == ["у", "за"])
        #expect(tests(4) == ["номер"])
        #expect(tests(5) == ["можна!", "можете!"])
        #expect(heads.heads[0] != heads.heads[5])
        // A test is tried only at words beginning with its first two bytes, unless it is shorter or an ASCII prefix
        // (one typo may stand at its second byte).
        #expect(PatternHeads.leadKey(of: .literal("sms")) == UInt32(0x73) << 8 | 0x6D)
        #expect(PatternHeads.leadKey(of: .prefix("борг")) == UInt32(0xD0) << 8 | 0xB1)
        #expect(PatternHeads.leadKey(of: .prefix("viber")) == AnalyzedText.anyKey)
        #expect(PatternHeads.leadKey(of: .literal("a")) == AnalyzedText.anyKey)
    }

    /// The same on texts with typos, capitals and Latin look-alikes (`PatternIndexTests.texts`), whose words have
    /// corrections and so no lead key, for the claims of the first bundled scenarios.
    @Test func theIndexFindsWhatEveryStartFindsInTextsWithTypos() throws {
        let texts = PatternIndexTests.texts()
        var compared = 0
        for scenario in Fixtures.library.scenarios.prefix(4) {
            let analyzer = DialogueEngine(scenario: scenario, content: Fixtures.content, traineeName: "Олена").analyzer
            let slots = analyzer.claims.patternSlots
            for raw in texts {
                let text = AnalyzedText(raw, reading: Fixtures.content.reading)
                var matches = ClaimPatternSlots.Matches(slots, in: text)
                for (slot, pattern) in slots.patterns.enumerated() {
                    let indexed = matches.everyStart(slot).map { [$0.firstWord, $0.lastWord] }
                    #expect(indexed == pattern.matchesAtEveryStart(in: text).map { [$0.firstWord, $0.lastWord] }, "\(scenario.id) \(pattern.source) «\(raw)»")
                    compared += 1
                }
            }
        }
        #expect(compared > 10_000)
    }
}
