import Testing
@testable import TrenazherCore

@Suite struct ContentTests {
    /// The fixed IDs of standards-catalogue.md: none may be renamed or lost.
    static let catalogueIDs = [
        "GEN-FORMAL", "GEN-COURTESY", "GEN-NO-INTERRUPT", "GEN-ACCURATE", "GEN-LANGUAGE",
        "VIS-GREET", "VIS-NEED", "VIS-DOCS-CHECK", "VIS-DOCS-EXPLAIN", "VIS-TERMS", "VIS-REGISTER", "VIS-ID", "VIS-SUMMARY", "VIS-FAREWELL",
        "PHN-GREET", "PHN-NEED", "PHN-CONCISE", "PHN-CALLBACK", "PHN-SUMMARY", "PHN-FAREWELL",
        "HOT-GREET", "HOT-ASK-NAME", "HOT-NEED", "HOT-CONCISE", "HOT-HOLD", "HOT-HOLD-THANKS", "HOT-ID", "HOT-TICKET", "HOT-MORE",
        "HOT-SERVICES", "HOT-FAREWELL",
        "WRT-SALUTATION", "WRT-ANSWERS", "WRT-DEADLINE", "WRT-PLAIN",
    ]

    @Test func theCatalogueHoldsEveryFixedIDWithAClauseAndACheck() {
        let ids = Fixtures.content.standardIDs
        for id in Self.catalogueIDs {
            #expect(ids.contains(id), "missing \(id)")
            #expect(CheckRegistry.check(for: id) != nil, "no check for \(id)")
            #expect(!(Fixtures.content.standard(id)?.clause.isEmpty ?? true), "no clause for \(id)")
        }
        #expect(Set(ids).count == ids.count)
    }

    @Test func scoringFollowsTheCatalogue() {
        let scoring = Fixtures.content.scoring
        #expect(scoring.weights == [.critical: 3, .major: 2, .minor: 1])
        let standards = [
            StandardVerdict(id: "A", verdict: .met, severity: .critical),
            StandardVerdict(id: "B", verdict: .missed, severity: .minor),
            StandardVerdict(id: "C", verdict: .met, severity: .major),
            StandardVerdict(id: "D", verdict: .notApplicable, severity: .major),
        ]
        #expect(scoring.score(standards) == (83, true))
        let critical = [StandardVerdict(id: "A", verdict: .violated, severity: .critical)] + standards.dropFirst()
        #expect(scoring.score(Array(critical)).passed == false)
    }

    /// Every intent's examples: `match` must show it, `no_match` must not (read as `content check` reads them).
    @Test func everyIntentMatchesItsExamples() {
        let failures = ContentCheck.intentExamples(Fixtures.content)
        #expect(failures.isEmpty, "\(failures.count) intent examples fail:\n\(failures.map(\.description).joined(separator: "\n"))")
    }
}

@Suite struct CheckExampleTests {
    static let sets: ([CheckExampleSet], [Diagnostic]) = CheckExampleSet.loadAll(
        from: Fixtures.root.appendingPathComponent("Content/checks"), content: Fixtures.content)

    @Test func everyStandardCarriesEightExamplesEachWay() {
        #expect(Self.sets.1.isEmpty, "\(Self.sets.1.map(\.description).joined(separator: "\n"))")
        for id in ContentTests.catalogueIDs {
            let examples = Self.sets.0.filter { $0.standard == id }.flatMap(\.examples)
            #expect(examples.filter(\.triggering).count >= 8, "\(id): fewer than 8 triggering examples")
            #expect(examples.filter { !$0.triggering }.count >= 8, "\(id): fewer than 8 non-triggering examples")
        }
    }

    /// The SwiftLint way: every example is the documentation and the test of its check.
    @Test func everyExampleGetsItsVerdict() {
        var failures: [String] = []
        for set in Self.sets.0 { failures += set.failures(library: Fixtures.library, content: Fixtures.content).map(\.description) }
        #expect(failures.isEmpty, "\(failures.count) check examples fail:\n\(failures.joined(separator: "\n"))")
    }

    /// The same examples with an emoji before the first turn: offsets in evidence must not break.
    @Test func everyExampleSurvivesAnEmojiPrefix() {
        var failures: [String] = []
        for set in Self.sets.0 { failures += set.failures(library: Fixtures.library, content: Fixtures.content, prefix: "🙂 ").map(\.description) }
        let plain = Self.sets.0.flatMap { $0.failures(library: Fixtures.library, content: Fixtures.content).map(\.description) }
        let newOnes = failures.filter { failure in !plain.contains { $0.prefix(40) == failure.prefix(40) } }
        #expect(newOnes.isEmpty, "fail only with an emoji prefix:\n\(newOnes.joined(separator: "\n"))")
    }
}
