import Foundation

/// One thing the trainee did: said something, or used the simulated company software.
public struct TraineeInput: Codable, Sendable, Hashable {
    /// What the trainee typed. For an action, the whole line including the leading `/`.
    public var text: String
    /// How long the trainee took to answer, in seconds, when known.
    public var seconds: Double?
    /// The turn was typed while the customer was still speaking.
    public var interrupted: Bool
    /// The line of the transcript file it came from, when it came from one.
    public var sourceLine: Int?
    /// How the answer was typed, when it was typed live at a terminal.
    public var typing: TypingEvidence?

    public init(text: String, seconds: Double? = nil, interrupted: Bool = false, sourceLine: Int? = nil,
                typing: TypingEvidence? = nil) {
        self.text = text
        self.seconds = seconds
        self.interrupted = interrupted
        self.sourceLine = sourceLine
        self.typing = typing
    }

    /// The action this input names, when the text starts with `/`.
    public var action: TraineeAction? { TraineeAction(line: text) }
}

/// An action in the simulated company software: `/docs`, `/lookup 20417385`, `/ticket скарга` …
public struct TraineeAction: Codable, Sendable, Hashable {
    /// The action's name without the slash, lower-cased: `lookup`.
    public var name: String
    /// Everything after the name, trimmed.
    public var argument: String

    public init(name: String, argument: String) {
        self.name = name
        self.argument = argument
    }

    /// Parses `/name argument`; `nil` when the line does not start with `/` or names nothing.
    public init?(line: String) {
        let trimmed = line.trimmingSpaces()
        guard trimmed.hasPrefix("/") else { return nil }
        let body = trimmed.dropFirst()
        let name = body.prefix { !$0.isWhitespace }
        guard !name.isEmpty else { return nil }
        self.name = name.lowercased()
        self.argument = body.dropFirst(name.count).trimmingSpaces()
    }
}
