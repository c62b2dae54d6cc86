extension DialogueEngine {
    /// Every finding the conversation so far has decided, on any turn (not final: Standards not yet
    /// shown are not `missed`). Practice feedback shows those a later turn decided about an earlier
    /// one (an identification completed by the customer's answer, a summary confirmed).
    public func decidedFindings(_ state: DialogueState) -> [Finding] {
        grader.findings(for: gradedTurns(state), final: false)
    }
}
