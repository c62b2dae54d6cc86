import Foundation
import Testing
@testable import TrenazherCore

/// Two exams of a bundled scenario drawn with different seeds differ in their facts, not only in the
/// customer's name or the clock: every variant of every bundled scenario gives another value to a fact
/// the trainee must find and say and the grader checks — a value a claim accepts (`claims[].accept`) or an
/// outcome goal wants said (`outcome.goals[].said`): a reading, a sum, a date, a term, a time. A transcript
/// learnt on one variant therefore states a wrong fact, or misses one, on another.
@Suite struct BundledVariantFactsTests {
    /// What the grader checks the trainee said in this drawn scenario: the values its claims accept and the
    /// patterns its outcome goals want said, with the drawn facts filled in. The scenario's own date
    /// (`{today}`, «сьогодні») is left out: a variant that only moves the day changes no answer.
    static func answerValues(of scenario: Scenario) -> Set<String> {
        let today = scenario.facts["today"]
        var values = Set(scenario.claims.flatMap(\.accept).filter { $0 != today })
        for goal in scenario.outcome?.goals ?? [] {
            for pattern in goal.said where !pattern.text.contains("{today}") {
                values.insert(scenario.fill(pattern.text, trainee: "Олена"))
            }
        }
        return values
    }

    @Test func everyVariantOfEveryBundledScenarioChangesAnAnswerFact() throws {
        #expect(Fixtures.library.scenarios.count >= 15)
        for scenario in Fixtures.library.scenarios {
            #expect(!scenario.variants.isEmpty, "\(scenario.id) has no variants: an exam would replay the practice values")
            let own = Self.answerValues(of: try scenario.variant(0, content: Fixtures.content))
            #expect(!own.isEmpty, "\(scenario.id): no claim accepts a value and no goal wants one said — nothing an exam could vary")
            for index in scenario.variants.indices {
                let drawn = try scenario.variant(index + 1, content: Fixtures.content)
                #expect(Self.answerValues(of: drawn) != own,
                        "\(scenario.id), variant '\(drawn.variantName)': no value a claim accepts or a goal wants said changes — only names, addresses, numbers or the clock; vary a reading, a sum, a date, a term or a time the trainee must say")
            }
        }
    }

    /// A scenario whose first variant changes only the customer and the clock, the second also the debt.
    static let twoKindsOfVariant = """
    id: test-variants
    title: Тест
    channel: hotline
    clock: "09:10"
    persona: {name: "{full_name}"}
    facts: {full_name: Мельник Андрій Петрович, account: "20417385", debt: "312,40 грн"}
    variants:
      - {name: ім'я, clock: "09:40", facts: {full_name: Коваль Іван Петрович, account: "31520846"}}
      - {name: борг, facts: {full_name: Савчук Ігор Петрович, debt: "287,15 грн"}}
    standards: [GEN-ACCURATE, HOT-GREET]
    claims:
      - about: [борг*]
        accept: ["{debt}"]
    outcome:
      goals:
        - {id: debt, said: ["{debt}"], missing: який борг}
    records:
      - shows: "Борг: {debt}."
    nodes:
      start:
        on:
          - when: farewell
            go: end
      end:
        end: true
    """

    @Test func aVariantThatChangesOnlyTheCustomerAndTheClockChangesNoAnswer() throws {
        let (loaded, problems) = ScenarioLibrary.load(text: Self.twoKindsOfVariant, file: "s.yaml", content: Fixtures.content)
        let scenario = try #require(loaded, "\(problems.map(\.description))")
        let own = Self.answerValues(of: try scenario.variant(0, content: Fixtures.content))
        #expect(own.contains("312,40 грн"))
        #expect(Self.answerValues(of: try scenario.variant(1, content: Fixtures.content)) == own)
        #expect(Self.answerValues(of: try scenario.variant(2, content: Fixtures.content)) != own)
    }

    @Test func examsWithDifferentSeedsOfABundledScenarioHaveDifferentFacts() throws {
        for scenario in Fixtures.library.scenarios {
            let first = try scenario.drawn(seed: 1, content: Fixtures.content)
            let second = try scenario.drawn(seed: 2, content: Fixtures.content)
            #expect(first.variantIndex != second.variantIndex, "\(scenario.id): consecutive seeds drew the same variant")
            #expect(Self.answerValues(of: first) != Self.answerValues(of: second),
                    "\(scenario.id): two seeds, the same facts to find and say")
        }
    }
}
