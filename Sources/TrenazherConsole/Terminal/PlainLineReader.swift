import Foundation

/// Reads plain lines from standard input when it is not a terminal, so the console can be scripted.
/// Shows the prompt on standard output (libedit would not) followed by any text already typed,
/// which the line read then continues, and echoes the line, so the output reads like the session;
/// notices no key presses.
public final class PlainLineReader: LineReader {
    private let output: any OutputSink

    public init(output: any OutputSink) {
        self.output = output
    }

    public func readLine(prompt: String, typedAhead: String) -> LineInput {
        output.write(prompt + typedAhead)
        guard let line = Swift.readLine(strippingNewline: true) else {
            output.write("\n")
            return .end
        }
        output.write(line + "\n")
        return .line(typedAhead + line)
    }

    public func listenForKeys() -> (any KeyListener)? { nil }
}
