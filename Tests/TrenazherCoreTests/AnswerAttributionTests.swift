import Testing
@testable import TrenazherCore

/// Which appeal questions a letter answers when the questions' `answered_by` patterns share words.
@Suite struct AnswerAttributionTests {
    static let questions: [(String, [String])] = [
        ("why", ["(вартіст*|оплат*|сплат*|рахун*) ~4 робіт*",
                 "(відновлю*|відновлен*|відновлять|підключ*|увімкн*) ~6 (лише|тільки|після) ~4 (оплат*|сплат*|зарахуван*)"]),
        ("when", ["(протягом|впродовж|упродовж|за) ~2 (3|трьох|три) ~2 (робоч*|дн*)",
                  "(відновл*|підключ*|увімкн*|дадуть|подадуть) ~8 (протягом|впродовж|упродовж|після|через|до)",
                  "(протягом|впродовж|упродовж|після) ~8 (відновл*|підключ*|увімкн*)"]),
        ("what-else", ["(сплатіть|оплатіть|сплатити|оплатити|оплата|сплата|оплати|сплати) ~4 (вартіст*|робіт*|рахун*)",
                       "не (потрібно|треба) ~4 (заяв*|приходити|звертатися|писати)"]),
    ]

    func answered(_ text: String) throws -> Set<String> {
        let compiled = try Self.questions.map { question in (id: question.0, patterns: try question.1.map { try WordPattern($0) }) }
        let attribution = AnswerAttribution(questions: compiled)
        return Set(attribution.answered(in: AnalyzedText(text, reading: Fixtures.content.reading)).keys)
    }

    @Test func wordsAnswerTheQuestionWhoseMatchRestsOnMoreOfThem() throws {
        // «відновлюється лише після оплати … вартості робіт» says why; «when» and «what else» match inside it.
        #expect(try answered("Електропостачання після відключення за борг відновлюється лише після оплати також вартості робіт.") == ["why"])
        #expect(try answered("Рахунок на оплату робіт можна переглянути в особистому кабінеті.") == ["why"])
    }

    @Test func answersInOneSentenceOnWordsOfTheirOwnStandTogether() throws {
        #expect(try answered("Електропостачання відновлять протягом 3 робочих днів після оплати вартості робіт.") == ["why", "when"])
        #expect(try answered("Світло відновлять протягом трьох робочих днів після оплати робіт, не потрібно писати окрему заяву.")
                == ["why", "when", "what-else"])
    }

    @Test func matchesOfOneQuestionNeverOutweighEachOther() throws {
        #expect(try answered("Вартість робіт не сплачена.") == ["why"])
        #expect(try answered("Не потрібно писати окрему заяву.") == ["what-else"])
    }

    @Test func aTypoIsNeverAtTheFirstLetter() {
        // Another first letter is another prefix, often the opposite word.
        #expect(!Morphology.isOneTypo(Array("відключення".unicodeScalars), Array("підключення".unicodeScalars)))
        #expect(!Morphology.isOneTypo(Array("вімкнення".unicodeScalars), Array("увімкнення".unicodeScalars)))
        #expect(Morphology.isOneTypo(Array("зачикайте".unicodeScalars), Array("зачекайте".unicodeScalars)))
    }
}
