import TrenazherCore

/// A one-turn exercise for a single Standard, made from the Standard's own check examples: the
/// conversation of an example that meets it, up to the turn that decided it, is replayed as the
/// situation; the trainee says that turn; the Standard's verdict on the whole is the drill's result,
/// and the example's own turn is the model.
public struct Drill: Sendable {
    public var standardID: String
    public var scenario: Scenario
    /// The trainee's name the example was written for.
    public var traineeName: String
    /// The turns before the one to say.
    public var context: [TraineeInput]
    /// The example's own turn that met the Standard.
    public var model: String

    /// The drills of a Standard: one per example that meets it at a turn after the first.
    public static func drills(for standardID: String, sets: [CheckExampleSet], library: ScenarioLibrary,
                              content: ContentBundle) -> [Drill] {
        var drills: [Drill] = []
        for set in sets where set.standard == standardID {
            guard let bundled = library.scenario(id: set.scenario),
                  let scenario = try? set.playedScenario(bundled, content: content) else { continue }
            for example in set.examples where !example.triggering {
                let text = scenario.fill(example.transcript, trainee: set.trainee)
                guard let inputs = try? TranscriptParser.parse(text, file: set.file, channel: scenario.channel, limits: content.scoring.inputLimits) else { continue }
                let result = Replay.play(scenario: scenario, content: content, traineeName: set.trainee, inputs: inputs)
                let traineeTurns = result.turns.filter { $0.speaker == .trainee }
                guard let verdict = result.standards.first(where: { $0.id == standardID }), verdict.verdict == .met,
                      let position = traineeTurns.firstIndex(where: { $0.index == verdict.turn }),
                      inputs.indices.contains(position), inputs[position].action == nil else { continue }
                let drill = Drill(standardID: standardID, scenario: scenario, traineeName: set.trainee,
                                  context: Array(inputs.prefix(position)), model: inputs[position].text)
                // Only a moment the example's own turn meets on its own makes a fair drill.
                if drill.judge(drill.model, content: content)?.verdict == .met { drills.append(drill) }
            }
        }
        // The model is shown as the answer to imitate: examples typed in a hurry on purpose (lower case,
        // a Latin «i» in a Ukrainian word) test the grader, not what a trainee should copy.
        let written = drills.filter { isModelWriting($0.model) }
        return written.isEmpty ? drills : written
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
        let engine = DialogueEngine(scenario: scenario, content: content, traineeName: traineeName)
        var state = engine.start()
        for input in context { state = engine.step(state, input).state }
        return state.turns
    }

    /// The Standard's verdict when the trainee says `answer` at that moment, with its note and evidence.
    public func judge(_ answer: String, content: ContentBundle) -> StandardVerdict? {
        let inputs = context + [TraineeInput(text: answer, seconds: 4)]
        let result = Replay.play(scenario: scenario, content: content, traineeName: traineeName, inputs: inputs)
        return result.standards.first { $0.id == standardID }
    }
}
