import Testing
@testable import TrenazherCore

/// Evidence is quoted as whole phrases of what was typed: never cut mid-phrase, never one opening word
/// of a clause that goes on, never into a sentence it does not quote.
struct WholeClauseQuoteTests {
    @Test func aQuoteCutMidPhraseBecomesTheWholeClause() {
        let text = AnalyzedText("Дякую. Назвіть, будь ласка, номер особового рахунку.")
        #expect(text.wholeClauses(around: "Назвіть, будь") == "Назвіть, будь ласка, номер особового рахунку")
        #expect(text.wholeClauses(around: "номер особового") == "номер особового рахунку")
    }

    @Test func aWholeClauseStaysAsItIsAndAForeignQuoteIsUnchanged() {
        let text = AnalyzedText("Гаряча лінія, добрий день, мене звати Олена. Слухаю Вас уважно, що у Вас сталося?")
        #expect(text.wholeClauses(around: "мене звати Олена") == "мене звати Олена")
        #expect(text.wholeClauses(around: "Слухаю Вас уважно") == "Слухаю Вас уважно, що у Вас сталося")
        #expect(text.wholeClauses(around: "Гаряча лінія, добрий день…") == "Гаряча лінія, добрий день…")
        #expect(text.wholeClauses(around: "") == "")
    }

    @Test func theEvidencesOwnPunctuationStays() {
        let text = AnalyzedText("Ви що, не бачили оголошення на сайті?! Я ж казала.")
        #expect(text.wholeClauses(around: "бачили оголошення на сайті?!") == "не бачили оголошення на сайті?!")
    }

    @Test func oneOpeningWordTakesTheClauseAfterIt() {
        let summary = AnalyzedText("Отже, я передаю запит до відділу обліку, і в п'ятницю зателефоную Вам з відповіддю щодо перерахунку.")
        #expect(summary.wholeClauses(around: "Отже") == "Отже, я передаю запит до відділу обліку")
        let hold = AnalyzedText("Хвилинку, будь ласка")
        #expect(hold.wholeClauses(around: "Хвилинку") == "Хвилинку, будь ласка")
        let vocative = AnalyzedText("Людмило Петрівно, хвилинку, будь ласка, я перевірю, чи надходили показники за жовтень.")
        #expect(vocative.wholeClauses(around: "хвилинку") == "хвилинку, будь ласка")
    }

    @Test func oneWordThatIsItsWholeSentenceStaysOne() {
        let text = AnalyzedText("Хвилинку. Зараз я перевірю нарахування за жовтень і листопад.")
        #expect(text.wholeClauses(around: "Хвилинку") == "Хвилинку")
        let closing = AnalyzedText("Усе зрозуміло, дякую.")
        #expect(closing.wholeClauses(around: "дякую") == "дякую")
    }

    @Test func theShortRestOfTheSentenceJoinsTheQuote() {
        let id = AnalyzedText("Назвіть, будь ласка, номер особового рахунку та Ваше прізвище, ім'я, по батькові.")
        #expect(id.wholeClauses(around: "Назвіть, будь ласка, номер особового рахунку та Ваше прізвище")
            == "Назвіть, будь ласка, номер особового рахунку та Ваше прізвище, ім'я, по батькові")
        let application = AnalyzedText("Тетяно Олегівно, назвіть, будь ласка, номер заявки та Ваше прізвище, ім'я та по батькові.")
        #expect(application.wholeClauses(around: "номер заявки та Ваше прізвище") == "номер заявки та Ваше прізвище, ім'я та по батькові")
        // A long clause after the quote is another statement: it stays out.
        let long = AnalyzedText("Назвіть номер рахунку, а я тим часом відкрию програму нарахувань за останній рік.")
        #expect(long.wholeClauses(around: "Назвіть номер рахунку") == "Назвіть номер рахунку")
        // A vocative of two words is a whole clause before a long request.
        #expect(application.wholeClauses(around: "Тетяно Олегівно") == "Тетяно Олегівно")
    }

    @Test func evidenceOfSeveralPlacesIsWidenedPartByPart() {
        let letter = AnalyzedText("""
        Ваш номер не був підписаний на сповіщення, тому SMS Ви не отримали. Підписатися можна в особистому кабінеті на сайті. \
        Про роботи повідомили вчасно, тож компенсація не передбачена.
        """)
        #expect(letter.wholeClauses(around: "номер не був підписаний / особистому кабінеті / компенсація не")
            == "Ваш номер не був підписаний на сповіщення / Підписатися можна в особистому кабінеті на сайті / тож компенсація не передбачена")
        #expect(letter.wholeClauses(around: "Ваш номер … не передбачена") == "Ваш номер не був підписаний на сповіщення … тож компенсація не передбачена")
    }
}

/// Findings of whole conversations quote whole phrases (the audit's «Хвилинку», cut identification
/// requests and a call-back quoted into the next sentence).
struct FindingEvidenceQuoteTests {
    static func evidence(_ id: String, _ text: String, scenario name: String) throws -> String? {
        let result = try BundledVariantFactsTests.play(text, trainee: "Олена", on: Fixtures.scenario(name))
        return result.standards.first { $0.id == id }?.evidence
    }

    @Test func holdAndIdentificationAreQuotedWhole() throws {
        let text = """
        Добрий день! Гаряча лінія, мене звати Олена. Як я можу до Вас звертатися?
        Людмило Петрівно, правильно я розумію, Вас турбує сума в рахунку за листопад? Назвіть, будь ласка, номер особового рахунку та Ваше прізвище, ім'я, по батькові.
        Хвилинку, будь ласка
        /lookup 40726915
        """
        #expect(try Self.evidence("HOT-HOLD", text, scenario: "hotline-bill-dispute") == "Хвилинку, будь ласка")
        #expect(try Self.evidence("HOT-ID", text, scenario: "hotline-bill-dispute")
            == "Назвіть, будь ласка, номер особового рахунку та Ваше прізвище, ім'я, по батькові")
    }

    @Test func aCallBackIsQuotedWithoutTheNextSentence() throws {
        let text = """
        Добрий день! Центр обслуговування клієнтів, мене звати Олена. Чим можу допомогти?
        Я передзвоню Вам 26 листопада, після 15:00. Підкажіть, будь ласка, номер телефону для зворотного дзвінка.
        """
        let quoted = try #require(try Self.evidence("PHN-CALLBACK", text, scenario: "phone-callback"))
        #expect(quoted == "Я передзвоню Вам 26 листопада, після 15:00")
        #expect(!quoted.contains("Підкажіть"))
    }
}
