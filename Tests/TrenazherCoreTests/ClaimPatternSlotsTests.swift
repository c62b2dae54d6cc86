import Testing
@testable import TrenazherCore

/// The claims' patterns run once a turn for every claim that holds them (`ClaimPatternSlots`) against each claim
/// running its own.
struct ClaimPatternSlotsTests {
    /// For every bundled scenario, each `false`, restricted and denied pattern of each claim sits in a slot of the
    /// same compiled pattern matched the same way; some slots are shared; and in every spoken turn of the scenario's
    /// examples, what a slot gives is what each of its claims' patterns matches at every start.
    @Test func aSlotMatchesWhatEachOfItsPatternsMatches() throws {
        var shared = false, compared = 0
        for scenario in Fixtures.library.scenarios {
            let analyzer = DialogueEngine(scenario: scenario, content: Fixtures.content, traineeName: "Олена").analyzer
            let judge = analyzer.claims, slots = judge.patternSlots
            var own: [(pattern: WordPattern, slot: Int)] = []
            for (index, claim) in judge.claims.enumerated() {
                #expect(slots.falseSlots[index].count == claim.falsePatterns.count && slots.restrictedSlots[index].count == claim.restricted.count
                        && slots.deniedSlots[index].count == claim.deniedPatterns.count)
                own += zip(claim.falsePatterns, slots.falseSlots[index]).map { ($0, $1) }
                own += zip(claim.restricted, slots.restrictedSlots[index]).map { ($0, $1) }
                own += zip(claim.deniedPatterns, slots.deniedSlots[index]).map { ($0, $1) }
            }
            for (pattern, slot) in own {
                #expect(slots.patterns[slot].compiled === pattern.compiled && slots.patterns[slot].isExact == pattern.isExact)
            }
            shared = shared || slots.patterns.count < own.count
            let turns = scenario.examples.flatMap { example in
                scenario.fill(example.transcript, trainee: example.trainee).split(separator: "\n").map(String.init)
                    .filter { !$0.hasPrefix("/") && !$0.hasPrefix("#") && !$0.isEmpty }
            }
            for turn in Set(turns).sorted().prefix(40) {
                let text = analyzer.analyze(turn).text
                var matches = ClaimPatternSlots.Matches(slots, in: text)
                for (pattern, slot) in own {
                    let fromSlot = matches.everyStart(slot).map { [$0.firstWord, $0.lastWord] }
                    #expect(fromSlot == pattern.matchesAtEveryStart(in: text).map { [$0.firstWord, $0.lastWord] }, "\(scenario.id) \(pattern.source) «\(turn)»")
                    compared += 1
                }
            }
        }
        #expect(shared)
        #expect(compared > 10_000)
    }
}
