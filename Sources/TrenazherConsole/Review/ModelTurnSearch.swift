import TrenazherCore

/// Finds, in an exemplary conversation, the words that meet one Standard on their own: the sentence
/// holding the verdict's evidence, else its whole turn, else that turn run on through the following
/// turns (sentence by sentence) until the Standard is met. Each candidate is judged by the engine,
/// said at the same moment of the conversation (the turns before it as they were, the actions right
/// after it, such as a `/lookup` after «Хвилинку»), and nothing said after it: a model never takes
/// credit from a turn it does not show.
struct ModelTurnSearch {
    /// How many turns after the verdict's own a model may run on.
    static let furthestTurns = 2

    /// A model: the exemplary turns (whole) and the sentences of them a tip quotes.
    struct Model {
        var turns: String
        var sentences: String
    }

    let engine: DialogueEngine
    let inputs: [TraineeInput]
    /// The state before each input, and after the last one.
    private let states: [DialogueState]
    /// The trainee turn's number each input became.
    private let turnNumbers: [Int]

    init(engine: DialogueEngine, inputs: [TraineeInput]) {
        self.engine = engine
        self.inputs = inputs
        var states = [engine.start()]
        var turnNumbers: [Int] = []
        for input in inputs {
            var state = states[states.count - 1]
            turnNumbers.append(state.turns.count + 1)
            _ = engine.advance(&state, input)
            states.append(state)
        }
        self.states = states
        self.turnNumbers = turnNumbers
    }

    /// The state after the whole conversation.
    var final: DialogueState { states[states.count - 1] }

    /// The input whose trainee turn has this number.
    func input(ofTurn number: Int) -> Int? { turnNumbers.firstIndex(of: number) }

    /// The model for `standard`, whose verdict was placed on input `index` with `evidence`; `nil` when
    /// nothing within `furthestTurns` meets it on its own. An action is its own model.
    func model(for standard: String, at index: Int, evidence: String?) -> Model? {
        let own = inputs[index].text.trimmingCharacters(in: .whitespacesAndNewlines)
        if inputs[index].action != nil { return Model(turns: own, sentences: own) }
        if let sentence = EvidenceSentence.around(evidence, in: own), sentence != own, meets(standard, saying: sentence, at: index) {
            return Model(turns: own, sentences: sentence)
        }
        if meets(standard, saying: own, at: index) { return Model(turns: own, sentences: own) }
        let lead = EvidenceSentence.around(evidence, in: own) ?? own
        var turns = [own]
        var said = [lead]
        var next = index + 1
        while next < inputs.count, turns.count <= Self.furthestTurns {
            if inputs[next].action != nil { next += 1; continue }
            let text = inputs[next].text.trimmingCharacters(in: .whitespacesAndNewlines)
            let sentences = EvidenceSentence.sentences(of: text)
            for count in 1...max(1, sentences.count) {
                let part = sentences.isEmpty ? text : sentences.prefix(count).joined(separator: " ")
                let candidate = (said + [part]).joined(separator: " ")
                if meets(standard, saying: candidate, at: index) {
                    return Model(turns: (turns + [text]).joined(separator: " "), sentences: candidate)
                }
            }
            turns.append(text)
            said.append(text)
            next += 1
        }
        return nil
    }

    /// Whether saying `speech` as input `index` (then the actions right after it) meets `standard`.
    private func meets(_ standard: String, saying speech: String, at index: Int) -> Bool {
        var state = states[index]
        var input = inputs[index]
        input.text = speech
        _ = engine.advance(&state, input)
        var next = index + 1
        while next < inputs.count, inputs[next].action != nil {
            _ = engine.advance(&state, inputs[next])
            next += 1
        }
        return engine.verdict(of: standard, in: state) == .met
    }
}
