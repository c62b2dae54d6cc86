import TrenazherCore

/// A one-turn exercise for a single Standard: the conversation of an example that meets it, up to the
/// turn that decided it, is replayed as the situation; the trainee says that turn; the Standard's
/// verdict on that turn alone is the drill's result, and the example's own turn is the model. The
/// examples are the scenarios' exemplary conversations first (their turn answers the moment it is
/// said at), then the Standard's own check examples.
public struct Drill: Sendable {
    public var standardID: String
    public var scenario: Scenario
    /// The trainee's name the example was written for.
    public var traineeName: String
    /// The turns before the one to say.
    public var context: [TraineeInput]
    /// The example's own turn that met the Standard.
    public var model: String
    /// The engine the moment and the answers are played on (`DrillEngines`: shared by the drills of its scenario).
    let engine: DialogueEngine

    /// At most this many drills of a Standard are made from the exemplary conversations (each is a
    /// conversation played twice; the drills are taken in turn).
    static let exemplaryLimit = 6

    /// The drills of a Standard: one per example that meets it, its own turn meeting it there on its own. `channels` keeps the scenarios of a trainee's work (a hotline
    /// operator drills hotline moments); `nil` takes every scenario. `traineeName`, the trainee's first name, fills the
    /// exemplary conversations' `{trainee}`, so the situation replays the trainee's own earlier turns under their own
    /// name and the answer is judged for it (`nil`: the name each example was written for). `sets` is read only
    /// when no exemplary conversation gives a drill; `engines` keeps each scenario's engine for the next Standard.
    public static func drills(for standardID: String, sets: @autoclosure () -> [CheckExampleSet], library: ScenarioLibrary,
                              content: ContentBundle, channels: Set<Channel>? = nil, traineeName: String? = nil,
                              engines: DrillEngines = DrillEngines()) -> [Drill] {
        func own(_ scenario: Scenario) -> Bool { channels?.contains(scenario.channel) ?? true }
        var drills: [Drill] = []
        exemplary: for scenario in library.scenarios where own(scenario) {
            for example in scenario.examples where example.passed == true {
                let trainee = traineeName ?? example.trainee
                let text = scenario.fill(example.transcript, trainee: trainee)
                let engine = engines.engine("library:" + scenario.id, scenario: scenario, content: content, traineeName: trainee)
                guard let inputs = try? TranscriptParser.parse(text, file: example.location.file, channel: scenario.channel,
                                                               limits: content.scoring.inputLimits),
                      let drill = drill(standardID, engine: engine, trainee: trainee, inputs: inputs, content: content),
                      isModelWriting(drill.model) else { continue }
                drills.append(drill)
                if drills.count >= exemplaryLimit { break exemplary }
            }
        }
        if !drills.isEmpty { return drills }
        for set in sets() where set.standard == standardID {
            guard let bundled = library.scenario(id: set.scenario), own(bundled),
                  let scenario = try? set.playedScenario(bundled, content: content) else { continue }
            let engine = engines.engine("checks:" + set.file, scenario: scenario, content: content, traineeName: set.trainee)
            for example in set.examples where !example.triggering {
                let text = scenario.fill(example.transcript, trainee: set.trainee)
                guard let inputs = try? TranscriptParser.parse(text, file: set.file, channel: scenario.channel, limits: content.scoring.inputLimits),
                      let drill = drill(standardID, engine: engine, trainee: set.trainee, inputs: inputs, content: content) else { continue }
                drills.append(drill)
            }
        }
        // The model is shown as the answer to imitate: examples typed in a hurry on purpose (lower case,
        // a Latin «i» in a Ukrainian word) test the grader, not what a trainee should copy.
        let written = drills.filter { isModelWriting($0.model) }
        return written.isEmpty ? drills : written
    }

    /// The drill of the turn of `inputs` that met the Standard, when it is a spoken turn after the
    /// first and meets it on its own at that moment.
    private static func drill(_ standardID: String, engine: DialogueEngine, trainee: String, inputs: [TraineeInput],
                              content: ContentBundle) -> Drill? {
        let (result, before) = playKeepingStates(engine, inputs)
        let traineeTurns = result.turns.filter { $0.speaker == .trainee }
        guard let verdict = result.standards.first(where: { $0.id == standardID }), verdict.verdict == .met,
              let position = traineeTurns.firstIndex(where: { $0.index == verdict.turn }),
              inputs.indices.contains(position), inputs[position].action == nil else { return nil }
        let drill = Drill(standardID: standardID, scenario: engine.scenario, traineeName: trainee,
                          context: Array(inputs.prefix(position)), model: inputs[position].text, engine: engine)
        // Only a moment the example's own turn meets on its own makes a fair drill. The engine is pure, so the state
        // this play had before that turn is the drill's situation: it is not played again.
        return drill.judge(drill.model, after: before[position], content: content)?.verdict == .met ? drill : nil
    }

    /// The graded conversation of `inputs` on `engine` (what `Replay.play` gives, on an engine already made), with the
    /// state before each input: `before[n]` is the state after the first `n` inputs.
    static func playKeepingStates(_ engine: DialogueEngine, _ inputs: [TraineeInput]) -> (result: AttemptResult, before: [DialogueState]) {
        var state = engine.start()
        var before: [DialogueState] = []
        before.reserveCapacity(inputs.count)
        for input in inputs {
            before.append(state)
            _ = engine.advance(&state, input)
        }
        return (engine.finish(state), before)
    }

    /// Whether a text is written as staff should write to a customer: it starts with a capital letter
    /// and no word mixes Cyrillic and Latin letters.
    public static func isModelWriting(_ text: String) -> Bool {
        guard let first = text.first(where: \.isLetter), first.isUppercase else { return false }
        return !text.split(whereSeparator: { !$0.isLetter }).contains { word in
            let cyrillic = word.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
            let latin = word.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
            return cyrillic && latin
        }
    }

    /// The conversation before the turn to say (the customer's lines included).
    public func situation(content: ContentBundle) -> [TurnRecord] {
        var state = engine.start()
        for input in context { state = engine.step(state, input).state }
        return state.turns
    }

    /// The Standard's verdict on `answer` said at that moment, with its note and evidence. Only the
    /// answer is graded: «met» needs the answer itself to meet the Standard, with evidence from it —
    /// an answer that does not do what the Standard asks (no fact stated in a GEN-ACCURATE drill) is
    /// `missed`, whatever the conversation before it met.
    public func judge(_ answer: String, content: ContentBundle) -> StandardVerdict? {
        var situation = engine.start()
        for input in context { _ = engine.advance(&situation, input) }
        return judge(answer, after: situation, content: content)
    }

    /// `judge(_:content:)` with the drill's situation already played: `situation` is the state after `context`.
    func judge(_ answer: String, after situation: DialogueState, content: ContentBundle) -> StandardVerdict? {
        var state = situation
        _ = engine.advance(&state, TraineeInput(text: answer, seconds: 4))
        let result = engine.finish(state)
        guard var verdict = result.standards.first(where: { $0.id == standardID }) else { return nil }
        let answerTurn = result.turns.last { $0.speaker == .trainee }?.index
        if verdict.verdict == .met, verdict.turn != answerTurn || (verdict.evidence ?? "").isEmpty {
            verdict.verdict = .missed
            verdict.turn = answerTurn
            verdict.evidence = nil
            verdict.note = content.standard(standardID)?.note(for: .missed) ?? verdict.note
        }
        return verdict
    }
}
