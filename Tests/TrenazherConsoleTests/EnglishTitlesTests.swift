import Foundation
import Testing
import TrenazherConsole
import TrenazherCore
import TrenazherStore

/// Under `--lang en` every place the console names a scenario shows its `title_en`: the scenario menu, the
/// attempt's header, the resume offer, the list of attempts to review, «My progress» and a drill's situation.
struct EnglishTitlesTests {
    @Test func theEnglishConsoleNamesEveryScenarioByItsEnglishTitle() throws {
        let records = try ProgressStore.inMemory()
        try records.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .hotline)
        let (content, library) = try Fixtures.resources()
        let clock = ManualClock()
        let reader = ScriptedLineReader([
            .line("1"), .line(""),                   // practise: the scenario menu, Enter takes the suggested one
            .line("Гаряча лінія, добрий день, мене звати Олена."),
            .ctrlC(""), .line("y"),                  // leave it to continue later
            .line("4"),                              // the resume offer: continue it
            .line("/end"),
            .line(""),                               // no review now
            .line("3"),                              // my progress, then the attempts to review
            .line(""),
            .line("5"),                              // a drill
            .line("Добрий день, гаряча лінія, мене звати Олена. Як я можу до Вас звертатися?"),
            .line("0"),
        ], clock: clock)
        let output = CapturedOutput(columns: 200)
        let screen = Screen(sink: output, palette: Palette(enabled: false), strings: EnglishStrings())
        let trainer = Trainer(library: library, content: content, tracks: [], records: records, reader: reader,
                              screen: screen, voice: CustomerVoice(secondsPerWord: 0), clock: clock)
        try trainer.run(trainee: "Олена")
        let text = output.text
        let hotline = library.scenarios.filter { $0.channel == .hotline }
        let played = try #require(try records.attempts(traineeID: 1).first).scenarioID
        let title = try #require(library.scenario(id: played)?.titleEN)
        #expect(text.contains("Continue the interrupted attempt: #1 \(title)"), "the resume offer")
        #expect(text.contains("\(title) · hotline"), "the attempt's header")
        #expect(text.contains("#1 \(title)"), "the attempts to review")
        #expect(text.contains("A moment from «"), "a drill was shown")
        for scenario in hotline {
            let english = try #require(scenario.titleEN, "\(scenario.id) declares title_en")
            #expect(text.contains(english), "the menu names \(scenario.id) in English")
        }
        for scenario in library.scenarios where scenario.titleEN != nil && scenario.titleEN != scenario.title {
            #expect(!text.contains(scenario.title), "«\(scenario.title)» shown under --lang en")
        }
    }
}
