import Testing
@testable import TrenazherCore

/// The outcome judge an engine keeps (`DialogueEngine.outcomeJudge`, made once) against a judge made afresh for each
/// conversation, as `finish` and `/hint` made it before.
struct KeptOutcomeJudgeTests {
    /// Every example of every bundled scenario, played on one engine per scenario and trainee name (as drills share
    /// them): the outcome `finish` gives is a fresh judge's, and so is the kept judge's after each turn of the first
    /// example of each engine.
    @Test func theKeptJudgeJudgesAsAFreshOne() throws {
        var judged = 0
        for scenario in Fixtures.library.scenarios {
            var engines: [String: DialogueEngine] = [:]
            for example in scenario.examples {
                let fresh = engines[example.trainee] == nil
                let engine = engines[example.trainee] ?? DialogueEngine(scenario: scenario, content: Fixtures.content, traineeName: example.trainee)
                engines[example.trainee] = engine
                let text = scenario.fill(example.transcript, trainee: example.trainee)
                guard let inputs = try? TranscriptParser.parse(text, file: "example", channel: scenario.channel,
                                                               limits: Fixtures.content.scoring.inputLimits) else { continue }
                var state = engine.start()
                for input in inputs {
                    _ = engine.advance(&state, input)
                    if fresh {
                        let before = OutcomeJudge(analyzer: engine.analyzer).judge(state.played, mood: state.mood)
                        #expect(engine.outcomeJudge.judge(state.played, mood: state.mood) == before, "\(scenario.id) \(example.name)")
                    }
                }
                let result = engine.finish(state)
                let before = OutcomeJudge(analyzer: engine.analyzer).judge(state.played, mood: state.mood)
                #expect(result.outcome == before, "\(scenario.id) \(example.name)")
                let (score, passed) = Fixtures.content.scoring.score(result.standards, outcome: before)
                #expect(result.score == score && result.passed == passed, "\(scenario.id) \(example.name)")
                judged += 1
            }
        }
        #expect(judged > 150)
    }
}
