extension DialogueEngine {
    /// Every finding the conversation so far has decided, on any turn (not final: Standards not yet
    /// shown are not `missed`). Practice feedback shows those a later turn decided about an earlier
    /// one (an identification completed by the customer's answer, a summary confirmed).
    public func decidedFindings(_ state: DialogueState) -> [Finding] {
        grader.findings(for: gradedTurns(state), final: false)
    }
}

extension DialogueEngine {
    /// The Standards whose moment is now: not settled yet (`Grader.settledStandards`), but settled by
    /// the next spoken turn whatever it says — the thanks for waiting right after a long search, the
    /// caller's name in the last turn that may still ask it. Found by grading a silent turn on a copy
    /// of the conversation (the engine is pure).
    public func standardsDueNow(_ state: DialogueState) -> Set<String> {
        let turns = gradedTurns(state)
        let index = (state.turns.last?.index ?? 0) + 1
        let silent = PlayedTurn(index: index, input: TraineeInput(text: "", seconds: nil),
                                analysis: analyzer.analyze("", opening: !turns.contains(where: \.isSpeech)), action: nil,
                                actionSeconds: 0, identifiedBefore: state.identified, disclosedBefore: state.disclosed)
        return grader.settledStandards(after: turns + [silent]).subtracting(grader.settledStandards(after: turns))
    }
}
