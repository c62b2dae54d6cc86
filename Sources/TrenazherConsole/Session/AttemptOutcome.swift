import TrenazherCore

/// How an attempt ended in the console.
public enum AttemptOutcome: Sendable {
    /// The conversation was graded: an end node, `/end`, or the end of input.
    case finished(AttemptResult)
    /// The trainee left (Ctrl-C, `/quit`): what was recorded is kept and can be resumed.
    case left
}
