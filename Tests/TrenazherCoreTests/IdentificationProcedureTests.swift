import Foundation
import Testing
@testable import TrenazherCore

/// HOT-ID by the company's procedure: a scenario that names a knowledge article
/// (`identification: {article: identification}`) takes the rule it states (`identifies:`), so the
/// trainee is graded by the rule `/kb` shows and the hotline scenarios of one company identify alike.
@Suite struct IdentificationProcedureTests {
    @Test func hotlineScenariosTakeTheProcedureOfTheirKnowledgeArticle() throws {
        let procedure = try #require(Fixtures.content.knowledge.first { $0.id == "identification" }?.identifies)
        for id in ["hotline-account-no-id", "hotline-bill-dispute", "hotline-meter-replacement"] {
            #expect(Fixtures.scenario(id).identification == procedure, "\(id)")
        }
        // The night line replaces the article: the full name and the account number or the address.
        let night = try #require(Fixtures.scenario("hotline-outage-report").identification)
        #expect(night.all == ["full_name"])
        #expect(Set(night.any) == ["account", "address"])
        #expect(Fixtures.scenario("hotline-outage-report").knowledge.first { $0.id == "identification" }?.identifies == night)
    }

    @Test func aRuleIsSatisfiedByItsFactsOnly() {
        let company = Identification(all: ["account"], any: ["full_name", "address"], updateContacts: false)
        #expect(company.isSatisfied(by: ["account", "address"]))
        #expect(company.isSatisfied(by: ["account", "full_name"]))
        #expect(!company.isSatisfied(by: ["account"]))
        #expect(!company.isSatisfied(by: ["full_name", "address"]))
        var twoOfThree = Identification(all: [], any: ["full_name", "account", "address"], updateContacts: false)
        twoOfThree.anyCount = 2
        #expect(twoOfThree.isSatisfied(by: ["account", "address"]))
        #expect(twoOfThree.isSatisfied(by: ["full_name", "address"]))
        #expect(!twoOfThree.isSatisfied(by: ["address"]))
    }

    /// Whether the customer of a scenario is identified after the trainee asks for `request`.
    static func identified(_ id: String, after request: String) -> Bool {
        let engine = DialogueEngine(scenario: Fixtures.scenario(id), content: Fixtures.content, traineeName: "Олена")
        var state = engine.start()
        for line in ["Добрий день, гаряча лінія, мене звати Олена.", request] {
            state = engine.step(state, TraineeInput(text: line)).state
        }
        return state.identified
    }

    @Test func theAccountAndTheAddressIdentifyInEveryHotlineScenarioOfTheCompany() {
        for id in ["hotline-account-no-id", "hotline-bill-dispute", "hotline-meter-replacement"] {
            #expect(Self.identified(id, after: "Назвіть, будь ласка, номер особового рахунку та адресу."), "\(id)")
        }
        // The night line's own article asks for the full name with either.
        #expect(!Self.identified("hotline-outage-report", after: "Назвіть, будь ласка, номер особового рахунку та адресу."))
        #expect(Self.identified("hotline-outage-report", after: "Назвіть, будь ласка, прізвище, ім'я, по батькові та адресу."))
    }

    /// The record's address read out to a caller who gave only the account number is account data.
    @Test func anIdentifyingFactTheCustomerDidNotGiveIsAccountData() {
        let analyzer = TurnAnalyzer(scenario: Fixtures.scenario("hotline-account-no-id"), content: Fixtures.content, traineeName: "Олена")
        #expect(analyzer.analyze("Так, бачу: Ковель, вулиця Незалежності, 45, квартира 7 — це Ваш рахунок, правильно?")
            .identificationFactsSaid["address"] != nil)
        #expect(analyzer.analyze("на незалежності 45 так").identificationFactsSaid["address"] != nil)
        #expect(analyzer.analyze("Мельник Андрій Петрович — це Ви?").identificationFactsSaid.isEmpty)   // a name is never judged so
        // How the customer asked to be called, a street alone, other numbers: no address said.
        #expect(analyzer.analyze("Андрію Петровичу, назвіть адресу.").identificationFactsSaid.isEmpty)
        #expect(analyzer.analyze("Наш центр у Ковелі працює до 17:00.").identificationFactsSaid.isEmpty)
        #expect(analyzer.analyze("Показники 15 432 кВт·год від 31 жовтня, 45 днів тому.").identificationFactsSaid.isEmpty)
    }
}
