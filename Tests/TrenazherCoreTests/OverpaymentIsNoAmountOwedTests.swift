import Testing
@testable import TrenazherCore

/// The flat's overpayment (or debt) is no amount to pay for the connection (issue 11): in
/// visit-informal-customer `states_amount` («# грн») is cancelled in a sentence about the account's
/// balance (`not: [переплат*, борг* …]`), so «є навіть переплата 12,60 грн» no longer gets «Ого, стільки?
/// Ну ок, заплачу.» as if the cost had been named, while a cost named is still answered so.
@Suite struct OverpaymentIsNoAmountOwedTests {
    static let identified = """
    Вітаю! Підкажіть, будь ласка, що Вас привело до нас?
    Продиктуйте, будь ласка, номер особового рахунку і Ваше повне ім'я — прізвище, ім'я, по батькові.
    /lookup 60184732
    """

    /// The scenario's own examples of `states_amount`, as `content check` plays them: `match` must show it, `no_match` must not.
    @Test func theIntentsExamplesHold() throws {
        let scenario = Fixtures.scenario("visit-informal-customer")
        let intent = try #require(scenario.intents["states_amount"])
        #expect(intent.matchExamples.count >= 2 && intent.noMatchExamples.count >= 3)
        let problems = ScenarioIntentExampleCheck.diagnostics(for: scenario, content: Fixtures.content)
        for problem in problems { print(problem.description) }
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    static func customer(_ transcript: String) throws -> [String] {
        try Fixtures.play("visit-informal-customer", transcript).turns.filter { $0.speaker == .customer }.map(\.text)
    }

    @Test func theCustomerDoesNotTakeTheOverpaymentForTheCost() throws {
        let overpayment = try Self.customer(Self.identified + "\nПо квартирі заборгованості немає, є навіть переплата 12,60 грн.")
        #expect(!overpayment.contains { $0.contains("Ого, стільки?") }, "\(overpayment)")
        let cost = try Self.customer(Self.identified + "\nПриєднання коштуватиме приблизно 5000 грн.")
        #expect(cost.last?.contains("Ого, стільки?") == true, "\(cost)")
    }
}
