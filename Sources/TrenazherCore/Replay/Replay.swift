/// Plays a whole transcript through the dialogue engine without a terminal.
public enum Replay {
    /// The graded attempt for these inputs.
    public static func play(scenario: Scenario, content: ContentBundle, traineeName: String, inputs: [TraineeInput]) -> AttemptResult {
        run(scenario: scenario, content: content, traineeName: traineeName, inputs: inputs).result
    }

    /// The graded attempt and the final dialogue state (which transitions fired).
    public static func run(scenario: Scenario, content: ContentBundle, traineeName: String,
                           inputs: [TraineeInput]) -> (result: AttemptResult, state: DialogueState) {
        let engine = DialogueEngine(scenario: scenario, content: content, traineeName: traineeName)
        var state = engine.start()
        for input in inputs { _ = engine.advance(&state, input) }
        return (engine.finish(state), state)
    }
}
