import Foundation
import Testing
@testable import TrenazherCore

/// A memorised answer key fits no other variant: every bundled scenario's own passing example, filled in with
/// the facts of the variant it was written for (the trainee's key), fails on every other variant — the
/// variants change facts the trainee must state (a date, a sum, a term, a time), the grader judges the stated
/// values against the drawn ones, and a wrong value of the customer's own case misinforms them.
@Suite struct BundledVariantFactsTests {
    /// The scenario's first example that expects a pass, filled in with this variant's facts: what a trainee
    /// who learnt this variant's answers would type.
    static func key(of scenario: Scenario) -> (text: String, trainee: String)? {
        guard let example = scenario.examples.first(where: { $0.passed == true }) else { return nil }
        return (scenario.fill(example.transcript, trainee: example.trainee), example.trainee)
    }

    /// `text` played on `scenario` as a trainee would type it (no placeholder filled).
    static func play(_ text: String, trainee: String, on scenario: Scenario) throws -> AttemptResult {
        let inputs = try TranscriptParser.parse(text, file: "key.txt", channel: scenario.channel, limits: Fixtures.content.scoring.inputLimits)
        return Replay.run(scenario: scenario, content: Fixtures.content, traineeName: trainee, inputs: inputs).0
    }

    /// The variants of `scenario` on which the key of variant `from` still passes, with their scores.
    static func variantsTheKeyFits(_ scenario: Scenario, from: Int) throws -> [String] {
        let own = try scenario.variant(from, content: Fixtures.content)
        guard let key = key(of: own) else { return ["(no passing example)"] }
        var fits: [String] = []
        for index in 0..<scenario.variantCount where index != from {
            let drawn = try scenario.variant(index, content: Fixtures.content)
            let result = try play(key.text, trainee: key.trainee, on: drawn)
            if result.passed { fits.append("'\(drawn.variantName)' (\(result.score))") }
        }
        return fits
    }

    @Test func theFilesOwnPassingExampleFilledInFailsOnEveryOtherVariant() throws {
        #expect(Fixtures.library.scenarios.count >= 15)
        for scenario in Fixtures.library.scenarios {
            #expect(!scenario.variants.isEmpty, "\(scenario.id) has no variants: an exam would replay the practice values")
            let base = try scenario.variant(0, content: Fixtures.content)
            let key = try #require(Self.key(of: base), "\(scenario.id) has no example that passes")
            #expect(try Self.play(key.text, trainee: key.trainee, on: base).passed, "\(scenario.id): the key must pass its own variant")
            let fits = try Self.variantsTheKeyFits(scenario, from: 0)
            #expect(fits.isEmpty, "\(scenario.id): the passing example filled in with the file's own facts still passes variant \(fits.joined(separator: ", ")): vary a fact the trainee must state (a date, a sum, a term, a time) and write it through its placeholder in the claims, goals, records and examples")
        }
    }

    @Test func examsWithDifferentSeedsOfABundledScenarioHaveDifferentFacts() throws {
        for scenario in Fixtures.library.scenarios {
            let first = try scenario.drawn(seed: 1, content: Fixtures.content)
            let second = try scenario.drawn(seed: 2, content: Fixtures.content)
            #expect(first.variantIndex != second.variantIndex, "\(scenario.id): consecutive seeds drew the same variant")
            let key = try #require(Self.key(of: first))
            let result = try Self.play(key.text, trainee: key.trainee, on: second)
            #expect(!result.passed, "\(scenario.id): the key learnt on seed 1's variant passes seed 2's (score \(result.score))")
        }
    }

    /// A scenario whose first variant changes only the customer and the clock, the second also the debt the
    /// trainee must state.
    static let twoKindsOfVariant = """
    id: test-variants
    title: Тест
    channel: hotline
    clock: "09:10"
    persona: {name: "{full_name}", address_as: "{address_as}"}
    facts: {full_name: Мельник Андрій Петрович, address_as: Андрій Петрович, account: "20417385", debt: "312,40 грн"}
    variants:
      - {name: ім'я, clock: "09:40", facts: {full_name: Коваль Іван Олегович, address_as: Іван Олегович, account: "31520846"}}
      - {name: борг, facts: {full_name: Савчук Ігор Васильович, address_as: Ігор Васильович, debt: "287,15 грн"}}
    standards: [GEN-ACCURATE]
    claims:
      - about: [борг*, заборгован*]
        accept: ["{debt}"]
    records:
      - shows: "Борг: {debt}."
    nodes:
      start:
        on:
          - when: farewell
            go: end
      end:
        end: true
    examples:
      - name: ключ
        transcript: |
          Доброго ранку! Гаряча лінія, мене звати {trainee}. Чим можу допомогти?
          Я перевірила Ваш особовий рахунок: Ваша заборгованість сьогодні становить {debt}.
          Дякую за дзвінок, гарного дня! До побачення!
        expect: {passed: true}
    """

    @Test func aVariantThatChangesOnlyTheCustomerAndTheClockLetsTheKeyFit() throws {
        let (loaded, problems) = ScenarioLibrary.load(text: Self.twoKindsOfVariant, file: "s.yaml", content: Fixtures.content)
        let scenario = try #require(loaded, "\(problems.map(\.description))")
        let own = try Self.play(try #require(Self.key(of: scenario)).text, trainee: "Олена", on: scenario)
        #expect(own.passed, "\(own.standards.filter { $0.verdict != .notApplicable })")
        let fits = try Self.variantsTheKeyFits(scenario, from: 0)
        #expect(fits.count == 1 && fits.first?.hasPrefix("'ім'я'") == true, "\(fits)")
        let debt = try Self.play(try #require(Self.key(of: scenario)).text, trainee: "Олена", on: try scenario.variant(2, content: Fixtures.content))
        #expect(debt.verdict(of: "GEN-ACCURATE") == .violated)
        #expect(debt.outcome?.status == .misinformed, "a wrong value of the customer's own debt misinforms them")
    }
}
