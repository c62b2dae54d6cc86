import Testing
@testable import TrenazherConsole
@testable import TrenazherCore

/// A drill's answer judged on the state its exemplary conversation was played to (`Drill.drills` keeps the states of
/// its one play) against the same answer judged with the drill's situation played again (`Drill.judge`).
struct DrillSituationTests {
    /// The first passing example of every bundled scenario: at each spoken turn, the example's own turn and a turn
    /// that says little, judged after the kept state, give the verdicts (of one Standard in twelve, taken in turn)
    /// that judging after playing the turns before again gives.
    @Test func anAnswerAfterTheKeptStateIsJudgedAsAfterPlayingTheSituationAgain() throws {
        let (content, library) = try Fixtures.resources()
        var compared = 0
        for scenario in library.scenarios {
            for example in scenario.examples.filter({ $0.passed == true }).prefix(1) {
                let engine = DialogueEngine(scenario: scenario, content: content, traineeName: example.trainee)
                let text = scenario.fill(example.transcript, trainee: example.trainee)
                let inputs = try TranscriptParser.parse(text, file: "example", channel: scenario.channel, limits: content.scoring.inputLimits)
                let (result, before) = Drill.playKeepingStates(engine, inputs)
                #expect(before.count == inputs.count)
                for position in inputs.indices where inputs[position].action == nil {
                    for (index, standard) in result.standards.map(\.id).enumerated() where (index + position) % 12 == 0 {
                        let drill = Drill(standardID: standard, scenario: scenario, traineeName: example.trainee,
                                          context: Array(inputs.prefix(position)), model: inputs[position].text, engine: engine)
                        for answer in [inputs[position].text, "Так."] {
                            let kept = drill.judge(answer, after: before[position], content: content)
                            let replayed = drill.judge(answer, content: content)
                            #expect(kept == replayed, "\(scenario.id) \(example.name) \(position) \(standard)")
                            compared += 1
                        }
                    }
                }
            }
        }
        #expect(compared > 120)
    }
}
