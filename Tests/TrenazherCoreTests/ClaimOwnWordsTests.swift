import Testing
@testable import TrenazherCore

/// What a claim's pattern texts hold themselves, kept for the process (`ClaimOwnWords`), against reading each text
/// afresh for every claim (`ClaimJudge.ownWords`).
struct ClaimOwnWordsTests {
    /// Every bundled scenario's judge, made after the judges of the others (so most texts come from the kept ones),
    /// holds for each `false`, denied and restricted pattern what reading its text afresh says.
    @Test func keptReadingsAreFreshReadings() {
        let negators = Fixtures.content.negators.compactMap { $0.compile(bindings: [:], log: nil) }
        let conditionals = Fixtures.content.conditionals.compactMap { $0.compile(bindings: [:], log: nil)?.exact() }
        let adding = AssertionScope(content: Fixtures.content).addingTails
        var checked = 0
        for scenario in Fixtures.library.scenarios + Fixtures.library.scenarios {
            let judge = DialogueEngine(scenario: scenario, content: Fixtures.content, traineeName: "Олена").analyzer.claims
            let bindings = scenario.bindings(trainee: "Олена")
            for compiled in judge.claims {
                func fresh(_ sources: [PatternSource]) -> [ClaimOwnWords.Own] {
                    sources.filter { $0.compile(bindings: bindings, log: nil) != nil }
                        .map { ClaimJudge.ownWords(of: $0, negators: negators, conditionals: conditionals, adding: adding) }
                }
                let claim = compiled.claim
                let falseOwn = fresh(claim.falsePatterns), deniedOwn = fresh(claim.deniedPatterns), restrictedOwn = fresh(claim.restrictedPatterns)
                #expect(compiled.negatesItself == falseOwn.map(\.negates) && compiled.conditionsItself == falseOwn.map(\.conditions)
                        && compiled.addsItself == falseOwn.map(\.adds), "\(scenario.id) \(claim.location)")
                #expect(compiled.deniedNegatesItself == deniedOwn.map(\.negates) && compiled.deniedConditionsItself == deniedOwn.map(\.conditions),
                        "\(scenario.id) \(claim.location)")
                #expect(compiled.restrictedNegatesItself == restrictedOwn.map(\.negates)
                        && compiled.restrictedConditionsItself == restrictedOwn.map(\.conditions)
                        && compiled.restrictedAddsItself == restrictedOwn.map(\.adds), "\(scenario.id) \(claim.location)")
                checked += falseOwn.count + deniedOwn.count + restrictedOwn.count
            }
        }
        #expect(checked > 1000)
    }

    /// Texts are kept under the words they were read against: other words read them afresh, equal ones share them.
    @Test func otherWordsReadTextsAfresh() throws {
        let negators = [try WordPattern("не")], conditionals = [try WordPattern("якщо").exact()]
        let source = PatternSource(text: "не ~2 якщо лише", location: SourceLocation(file: "test", line: 1, column: 1))
        let kept = ClaimOwnWords.shared.texts(negators: negators, conditionals: conditionals, adding: ["лише"])
        #expect(kept.own(source) == (true, true, true))
        #expect(ClaimOwnWords.shared.texts(negators: negators, conditionals: conditionals, adding: ["лише"]) === kept)
        let others = ClaimOwnWords.shared.texts(negators: [], conditionals: conditionals, adding: [])
        #expect(others !== kept)
        #expect(others.own(source) == (false, true, false))
    }
}
