import Foundation
import Testing
import TrenazherConsole
import TrenazherCore

/// The end-of-attempt summary says, in one sentence, whether the customer was served.
@Suite struct SummaryOutcomeTests {
    static func brushOff() throws -> (ContentBundle, Scenario, AttemptResult) {
        let (content, scenario) = try Fixtures.scenario("visit-difficult-visitor")
        let inputs = try TranscriptParser.parse("Добрий день!\nОтже, все зрозуміло, до побачення!", file: "test", channel: scenario.channel, limits: content.scoring.inputLimits)
        return (content, scenario, Replay.play(scenario: scenario, content: content, traineeName: "Олена", inputs: inputs))
    }

    @Test(arguments: [InterfaceLanguage.uk, .en])
    func theSummaryShowsTheOutcomeSentence(_ language: InterfaceLanguage) throws {
        let (content, scenario, result) = try Self.brushOff()
        let outcome = try #require(result.outcome)
        let lines = SummaryRendering.lines(for: result, scenario: scenario, content: content, palette: Palette(enabled: false),
                                           strings: language.strings, width: 200)
        let sentence = language == .en ? outcome.sentenceEN : outcome.sentence
        #expect(lines.contains(sentence))
        #expect(sentence.contains(language == .en ? "never told" : "так і не почув"))
    }
}
