import TrenazherCore

/// A software action the console refuses to perform, with why: what a replay leaves out of a transcript.
public struct RefusedAction: Sendable, Equatable {
    /// The action as the transcript gives it (`sourceLine` is its line there).
    public var input: TraineeInput
    /// Why the console does not perform it.
    public var problem: ActionArgumentProblem

    public init(input: TraineeInput, problem: ActionArgumentProblem) {
        self.input = input
        self.problem = problem
    }
}

extension ActionArgumentCheck {
    /// `inputs` as a console session takes them: every action whose argument `problem(with:)` refuses —
    /// a `/ticket` of a kind the scenario does not register (`/ticket претензія` where it registers only
    /// «звернення»), a `/callback` without a real date and time — is left out of `performed` (the console
    /// explains it in one line and neither performs, grades nor records it) and listed in `refused`, in
    /// order. `trenazher play` grades a transcript on `performed`, so a replay registers what the console
    /// registers; the console asks the same `problem(with:)` of each line as it is typed.
    public func screened(_ inputs: [TraineeInput]) -> (performed: [TraineeInput], refused: [RefusedAction]) {
        var performed: [TraineeInput] = []
        var refused: [RefusedAction] = []
        for input in inputs {
            if let action = input.action, let problem = problem(with: action) {
                refused.append(RefusedAction(input: input, problem: problem))
            } else {
                performed.append(input)
            }
        }
        return (performed, refused)
    }
}
