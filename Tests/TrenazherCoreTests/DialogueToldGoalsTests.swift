import Foundation
import Testing
@testable import TrenazherCore

/// The customer never asks again for what was just said: an outcome goal whose id the dialogue's
/// conditions test is a flag set by the turn that tells it in any words the goal accepts, not only
/// by a reaction whose intent caught those words (`ToldGoals`).
@Suite struct DialogueToldGoalsTests {
    static func replies(_ scenarioID: String, _ lines: [String]) -> [String] {
        let scenario = Fixtures.scenario(scenarioID)
        let engine = DialogueEngine(scenario: scenario, content: Fixtures.content, traineeName: "Олена")
        var state = engine.start()
        return lines.map { line in
            engine.advance(&state, TraineeInput(text: scenario.fill(line, trainee: "Олена"))).newTurns
                .filter { $0.speaker == .customer }.map(\.text).joined(separator: " ")
        }
    }

    static let start = ["Добрий день! Чим можу Вам допомогти?", "/docs",
                        "Бракує свідоцтва про право на спадщину: довідка нотаріуса право власності не підтверджує."]

    /// visit-name-change: «Переоформлення — 7 робочих днів» is caught by no reaction's intent, but
    /// tells the goal `term`: the customer asks the next thing she has not heard, not the term again.
    @Test func theTermJustGivenIsNotAskedAgain() {
        let told = Self.replies("visit-name-change", Self.start + [
            "Донесіть його протягом 10 робочих днів, до {documents_due_day}. Переоформлення — 7 робочих днів.",
        ])
        let reply = told.last ?? ""
        #expect(!reply.contains("скільки потім чекати"), "the term was just given: \(reply)")
        #expect(reply.contains("А платити за переоформлення щось треба?"), "the next thing she has not heard: \(reply)")
        // Without the term, she does ask for it.
        let untold = Self.replies("visit-name-change", Self.start + ["Донесіть його протягом 10 робочих днів, до {documents_due_day}."])
        #expect(untold.last?.contains("А скільки потім чекати, поки рахунок переоформлять?") == true, "\(untold)")
    }

    /// The reaction that records what the customer heard still acknowledges it in the turn that tells it.
    @Test func theReactionThatSetsTheFlagStillAcknowledges() {
        let replies = Self.replies("visit-name-change", Self.start + [
            "Донесіть його протягом 10 робочих днів, до {documents_due_day}.",
            "Після подання повного пакета переоформлення триває 7 робочих днів.",
        ])
        #expect(replies.last?.hasPrefix("Добре, почекаю.") == true, "\(replies)")
        #expect(replies.last?.contains("скільки потім чекати") == false)
    }

    /// Told in an earlier turn in other words, the goal is remembered: no later turn brings the question back.
    @Test func aGoalToldEarlierIsRemembered() {
        let replies = Self.replies("visit-name-change", [
            "Добрий день! Чим можу Вам допомогти?",
            "Переоформлення — 7 робочих днів після подання повного пакета.",
            "/docs",
            "Бракує свідоцтва про право на спадщину: довідка нотаріуса право власності не підтверджує.",
            "Донесіть його протягом 10 робочих днів, до {documents_due_day}.",
        ])
        #expect(!replies.joined(separator: " ").contains("скільки потім чекати"), "\(replies)")
    }

    /// A scenario whose conditions test no goal's id is played exactly as before (no goal flags at all).
    @Test func onlyGoalsTheConditionsTestBecomeFlags() {
        let scenario = Fixtures.scenario("hotline-bill-dispute")
        let engine = DialogueEngine(scenario: scenario, content: Fixtures.content, traineeName: "Олена")
        #expect(engine.toldGoals == nil)
        let tested = DialogueEngine(scenario: Fixtures.scenario("visit-name-change"), content: Fixtures.content, traineeName: "Олена")
        #expect(Set(tested.toldGoals?.goals.map(\.goal.id) ?? []) == ["deadline", "term", "balance"])
    }
}
