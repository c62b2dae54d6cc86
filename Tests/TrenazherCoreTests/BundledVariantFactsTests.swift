import Foundation
import Testing
@testable import TrenazherCore

/// Two exams of a bundled scenario drawn with different seeds differ in their facts, not only in the
/// customer's name: every variant of every bundled scenario gives another value to at least one fact that
/// reads as a date, an amount or quantity with its unit, or a time of day (a reading, a debt, a sum, a date),
/// or replaces the scenario's `date`, `clock` or `received`; and the drawn scenarios' facts differ.
@Suite struct BundledVariantFactsTests {
    /// The variant's changes beyond names, addresses and account numbers: what it reads as a date, quantity or time.
    static func changesBeyondNames(_ variant: ScenarioVariant, of scenario: Scenario) -> [String] {
        let mentions = MentionExtractor(lexicon: Fixtures.content.time, today: scenario.date)
        var changes = variant.replaces.filter { ["date", "clock", "received"].contains($0) }
        for (fact, value) in variant.facts.sorted(by: { $0.key < $1.key }) where scenario.facts[fact] != value {
            let found = mentions.extract(from: AnalyzedText(value))
            if !found.dates.isEmpty || !found.quantities.isEmpty || !found.times.isEmpty { changes.append(fact) }
        }
        return changes
    }

    @Test func everyVariantOfEveryBundledScenarioChangesMoreThanNames() {
        #expect(Fixtures.library.scenarios.count >= 12)
        for scenario in Fixtures.library.scenarios {
            #expect(!scenario.variants.isEmpty, "\(scenario.id) has no variants: an exam would replay the practice values")
            for variant in scenario.variants {
                #expect(!Self.changesBeyondNames(variant, of: scenario).isEmpty,
                        "\(scenario.id), variant '\(variant.name)': only names, addresses or numbers change — vary a reading, a sum, a date or the clock")
            }
        }
    }

    @Test func examsWithDifferentSeedsOfABundledScenarioHaveDifferentFacts() throws {
        for scenario in Fixtures.library.scenarios {
            let first = try scenario.drawn(seed: 1, content: Fixtures.content)
            let second = try scenario.drawn(seed: 2, content: Fixtures.content)
            #expect(first.variantIndex != second.variantIndex, "\(scenario.id): consecutive seeds drew the same variant")
            #expect(first.facts != second.facts || first.clockMinutes != second.clockMinutes || first.date != second.date,
                    "\(scenario.id): two seeds, the same facts")
        }
    }
}
