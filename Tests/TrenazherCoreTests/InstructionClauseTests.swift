import Testing
@testable import TrenazherCore

/// A sentence opened by «коли» whose later clause opens with an instruction (`instructions` of
/// `lexicon/questions.yaml`) tells the customer what to do, however short it is (b27); a short clause that is no
/// instruction still asks.
@Suite struct InstructionClauseTests {
    static func isQuestion(_ sentence: String) -> Bool {
        let content = Fixtures.content
        return AnalyzedText(sentence, reading: content.reading)
            .isQuestion(sentence: 0, interrogatives: content.interrogatives, leads: content.questionLeads, cues: content.questionCues)
    }

    @Test(arguments: ["коли оплата зарахується, принесіть квитанцію",
                      "коли оплата зарахується принесіть квитанцію",
                      "коли оплата зарахується, щоб відключення зняли — напишіть заяву"])
    func anInstructionAfterASubordinateClauseAsksNothing(_ sentence: String) {
        #expect(!Self.isQuestion(sentence))
    }

    @Test(arguments: ["коли ви оплатили, скажіть", "коли вам зручно", "коли ж мені принести"])
    func aShortClauseThatIsNoInstructionStillAsks(_ sentence: String) {
        #expect(Self.isQuestion(sentence))
    }
}
