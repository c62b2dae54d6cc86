import Foundation

/// A transcript that cannot be played, with the file and line of the problem.
public struct TranscriptError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }
}

/// Reads the replay transcript format (docs/replay-contract.md): one trainee turn per line, `/action`,
/// `!` interruption, `[+N s]` time taken, `#` comment, blank lines ignored; in the written channel
/// the whole file (comments aside) is one turn.
public enum TranscriptParser {
    /// Actions a transcript may hold; practice-mode helpers are accepted and not played.
    public static let actions = ["docs", "lookup", "ticket", "callback", "hold", "kb"]
    public static let helpers = ["hint", "standards", "help", "quit", "clause"]

    public static func parse(_ text: String, file: String, channel: Channel) throws -> [TraineeInput] {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if channel == .written {
            let body = lines.filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
                .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !body.isEmpty else { throw TranscriptError(file: file, line: 1, message: "the transcript holds no letter") }
            let first = lines.firstIndex { let t = $0.trimmingCharacters(in: .whitespaces); return !t.isEmpty && !t.hasPrefix("#") } ?? 0
            return [TraineeInput(text: body, sourceLine: first + 1)]
        }
        var inputs: [TraineeInput] = []
        var pendingSeconds: Double?
        for (offset, raw) in lines.enumerated() {
            let number = offset + 1
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            var seconds = pendingSeconds
            pendingSeconds = nil
            if line.hasPrefix("[") {
                guard let close = line.firstIndex(of: "]") else {
                    throw TranscriptError(file: file, line: number, message: "'[' without ']': write the time taken as [+75 s]")
                }
                let inside = line[line.index(after: line.startIndex)..<close]
                guard let value = parseSeconds(String(inside)) else {
                    throw TranscriptError(file: file, line: number, message: "'[\(inside)]' is not a time taken: write [+75 s]")
                }
                seconds = value
                line = String(line[line.index(after: close)...]).trimmingCharacters(in: .whitespaces)
                if line.isEmpty { pendingSeconds = value; continue }
            }
            var interrupted = false
            if line.hasPrefix("!") {
                interrupted = true
                line = String(line.dropFirst()).trimmingCharacters(in: .whitespaces)
                guard !line.isEmpty else { throw TranscriptError(file: file, line: number, message: "'!' marks an interruption but no turn follows it") }
            }
            if line.hasPrefix("/") {
                guard let action = TraineeAction(line: line) else {
                    throw TranscriptError(file: file, line: number, message: "'/' must be followed by an action name, e.g. /lookup")
                }
                if helpers.contains(action.name) { continue }
                guard actions.contains(action.name) else {
                    throw TranscriptError(file: file, line: number,
                                          message: "unknown action '/\(action.name)'\(Suggestion.didYouMean(action.name, in: actions + helpers))")
                }
            }
            inputs.append(TraineeInput(text: line, seconds: seconds, interrupted: interrupted, sourceLine: number))
        }
        guard !inputs.isEmpty else { throw TranscriptError(file: file, line: max(1, lines.count), message: "the transcript holds no turn") }
        return inputs
    }

    /// `+75 s`, `+75s`, `+75 с`, `+1.5 s` → seconds.
    static func parseSeconds(_ text: String) -> Double? {
        var body = text.trimmingCharacters(in: .whitespaces)
        guard body.hasPrefix("+") else { return nil }
        body.removeFirst()
        for unit in ["sec", "сек", "s", "с"] where body.hasSuffix(unit) {
            body = String(body.dropLast(unit.count))
            break
        }
        guard let value = Double(body.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")), value >= 0 else { return nil }
        return value
    }
}
