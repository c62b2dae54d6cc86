import Foundation
import Testing
@testable import TrenazherCore

/// What a key written for another variant gives away, besides its facts: another customer's name, and a
/// look-up of another customer's number.
@Suite struct OtherCustomerTests {
    /// hotline-long-lookup with the variant named `name` drawn.
    static func drawn(_ name: String) throws -> Scenario {
        let scenario = Fixtures.scenario("hotline-long-lookup")
        return try scenario.variant(try #require(scenario.variantIndex(named: name)), content: Fixtures.content)
    }

    @Test func callingTheCustomerByAnotherVariantsNameIsFound() throws {
        let scenario = try Self.drawn("Мазурок")   // Мазурок Ірина Віталіївна
        let analyzer = TurnAnalyzer(scenario: scenario, content: Fixtures.content, traineeName: "Олена")
        #expect(analyzer.analyze("Дякую за очікування, Тетяно Олегівно.").otherCustomerName == "Тетяно Олегівно")
        #expect(analyzer.analyze("Оксано Миколаївно, назвіть номер заявки.").otherCustomerName == "Оксано Миколаївно")
        #expect(analyzer.analyze("Вакулюк Тетяна Олегівна — це Ви?").otherCustomerName != nil)
        #expect(analyzer.analyze("Дякую за очікування, Ірино Віталіївно.").otherCustomerName == nil)
        #expect(analyzer.analyze("дякую, ірино віталіївно").otherCustomerName == nil)
        // Олена is the trainee here and the customer of variant «Климчук» (Олена Романівна): one name alone is not judged.
        #expect(analyzer.analyze("Добрий вечір! Гаряча лінія, мене звати Олена. Як я можу до Вас звертатися?").otherCustomerName == nil)
    }

    /// A trainee whose name and patronymic are another variant's customer's introduces herself, not the customer.
    @Test func theTraineesOwnNameIsNoOtherCustomersName() throws {
        let scenario = try Self.drawn("Мазурок")   // variant «Вакулюк»: Тетяна Олегівна
        let tetiana = TurnAnalyzer(scenario: scenario, content: Fixtures.content, traineeName: "Тетяна")
        #expect(tetiana.analyze("Добрий вечір, гаряча лінія, мене звати Тетяна Олегівна. Як я можу до Вас звертатися?").otherCustomerName == nil)
        #expect(tetiana.analyze("Дякую за очікування, Оксано Миколаївно.").otherCustomerName == "Оксано Миколаївно",
                "another customer's name that is not the trainee's is still found")
        let olena = TurnAnalyzer(scenario: scenario, content: Fixtures.content, traineeName: "Олена")
        #expect(olena.analyze("Добрий вечір, гаряча лінія, мене звати Тетяна Олегівна.").otherCustomerName == "Тетяна Олегівна",
                "the pair is the trainee's only when its given name is the trainee's")
    }

    @Test func anotherCustomersNameViolatesAccuracyAndMisinformsTheCustomer() throws {
        let scenario = try Self.drawn("Мазурок")
        let text = """
        Добрий вечір! Гаряча лінія, мене звати Олена. Як я можу до Вас звертатися?
        Тетяно Олегівно, назвіть, будь ласка, номер заявки та Ваше прізвище, ім'я та по батькові.
        Дякую. Пошук займе близько хвилини, зачекайте, будь ласка, на лінії.
        /lookup \(scenario.facts["application"] ?? "")
        Дякую за очікування. Технічні умови видано, оплату отримано \(scenario.facts["payment_day"] ?? ""). Підключення заплановано на \(scenario.facts["connection_day"] ?? "").
        Чи є у Вас ще запитання?
        Дякую за дзвінок. Гарного вечора, до побачення!
        """
        let result = try BundledVariantFactsTests.play(text, trainee: "Олена", on: scenario)
        #expect(result.verdict(of: "GEN-ACCURATE") == .violated)
        #expect(result.standards.first { $0.id == "GEN-ACCURATE" }?.evidence == "Тетяно Олегівно")
        #expect(result.outcome?.status == .misinformed)
        #expect(result.outcome?.falseStatements.first?.said == "Тетяно Олегівно")
        #expect(result.outcome?.falseStatements.first?.truth == "це ім'я іншої людини, а звертатися слід «Ірина Віталіївна»",
                "the words of Content/statements.yaml other_customer_name")
        #expect(!result.passed)
        let right = try BundledVariantFactsTests.play(text.replacingOccurrences(of: "Тетяно Олегівно", with: "Ірино Віталіївно"),
                                                      trainee: "Олена", on: scenario)
        #expect(right.verdict(of: "GEN-ACCURATE") == .met)
        #expect(right.outcome?.status == .resolved)
    }

    /// The finding's words are Content (`statements.yaml` `other_customer_name`), not code.
    @Test func theTruthQuotedIsTheContentsWording() throws {
        let scenario = try Self.drawn("Мазурок")
        var content = Fixtures.content
        content.otherCustomerName = "клієнтку звати {name}"
        #expect(OtherCustomerNames.truth(scenario, content: content) == "клієнтку звати Ірина Віталіївна")
        content.otherCustomerName = nil
        #expect(OtherCustomerNames.truth(scenario, content: content) == "«Ірина Віталіївна»")
    }

    /// The software's answers to `lines` after a greeting, on `scenario`.
    static func software(_ scenario: Scenario, _ lines: [String]) -> [String] {
        let engine = DialogueEngine(scenario: scenario, content: Fixtures.content, traineeName: "Олена")
        var state = engine.start()
        var shown: [String] = []
        for line in ["Добрий вечір! Гаряча лінія, мене звати Олена."] + lines {
            let step = engine.step(state, TraineeInput(text: line))
            state = step.state
            shown += step.newTurns.filter { $0.speaker == .system }.map(\.text)
        }
        return shown
    }

    @Test func aLookupOfANumberThatIsNotTheCustomersFindsNothing() throws {
        let scenario = try Self.drawn("Мазурок")   // заявка ПР-1129
        let asked = "Назвіть, будь ласка, номер заявки та Ваше прізвище, ім'я та по батькові."
        let other = Self.software(scenario, [asked, "/lookup ПР-1163"])
        #expect(other == ["Нічого не знайдено за запитом «ПР-1163»."], "another variant's application, after the customer gave hers")
        #expect(Self.software(scenario, [asked, "/lookup ПР-9999"]) == ["Нічого не знайдено за запитом «ПР-9999»."])
        let own = Self.software(scenario, [asked, "/lookup ПР-1129"])
        #expect(own.first?.contains("Заявка ПР-1129") == true)
        let bare = Self.software(scenario, [asked, "/lookup"])
        #expect(bare.first?.contains("Заявка ПР-1129") == true, "an empty query finds what the customer gave")
        let byName = Self.software(scenario, [asked, "/lookup Мазурок"])
        #expect(byName.first?.contains("Заявка ПР-1129") == true, "a query naming the customer finds what she gave")
    }
}
