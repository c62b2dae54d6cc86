import Foundation

/// A transcript that cannot be played, with the file and line of the problem.
public struct TranscriptError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// The message in English.
    public var message: String
    /// The message in Ukrainian.
    public var ukrainian: String
    public var description: String { "\(file):\(line):\(column): \(message)" }

    public init(file: String, line: Int, column: Int = 1, message: Bilingual) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message.en
        self.ukrainian = message.uk
    }

    /// `file:line:column: message` in the interface language.
    public func text(english: Bool) -> String { "\(file):\(line):\(column): \(english ? message : ukrainian)" }
}

/// Reads the replay transcript format (docs/replay-contract.md): one trainee turn per line, `/action`,
/// `!` interruption, `[+N s]` time taken, `#` comment, blank lines ignored; in the written channel
/// the whole file (comments and action lines aside) is one turn, the letter, after the actions. Every value is checked where it enters: a time taken
/// must be a finite number of seconds within `limits`, a turn or letter no longer than `limits`, and
/// control characters (tab aside) are refused rather than stored differently from what was graded.
public enum TranscriptParser {
    /// Actions a transcript may hold; practice-mode helpers are accepted and not played.
    public static let actions = ["docs", "lookup", "ticket", "callback", "hold", "kb"]
    public static let helpers = ["hint", "standards", "help", "quit", "clause"]

    public static func parse(_ text: String, file: String, channel: Channel, limits: InputLimits) throws -> [TraineeInput] {
        // Without a carriage return there is no «\r\n» to replace.
        let unified = text.utf8.contains(UInt8(ascii: "\r")) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        let lines = unified.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.count > limits.transcriptLines {
            throw TranscriptError(file: file, line: limits.transcriptLines + 1, message: Bilingual(uk: "стенограма довша за \(limits.transcriptLines) рядків", en: "the transcript is longer than \(limits.transcriptLines) lines"))
        }
        for (offset, line) in lines.enumerated() {
            if let column = controlCharacterColumn(in: line) {
                throw TranscriptError(file: file, line: offset + 1, column: column,
                                      message: Bilingual(uk: "керівний символ (\(controlCharacterName(in: line))) не може бути частиною репліки",
                                                         en: "a control character (\(controlCharacterName(in: line))) cannot be part of a turn"))
            }
        }
        if channel == .written {
            return try parseLetter(lines, file: file, limits: limits)
        }
        var inputs: [TraineeInput] = []
        var pendingSeconds: Double?
        for (offset, raw) in lines.enumerated() {
            let number = offset + 1
            var line = raw.trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            var seconds = pendingSeconds
            pendingSeconds = nil
            if line.hasPrefix("[") {
                guard let close = line.firstIndex(of: "]") else {
                    throw TranscriptError(file: file, line: number, message: Bilingual(uk: "'[' без ']': пишіть витрачений час як [+75 s]", en: "'[' without ']': write the time taken as [+75 s]"))
                }
                let inside = line[line.index(after: line.startIndex)..<close]
                let markerColumn = column(of: line, in: raw)
                guard let value = parseSeconds(String(inside)) else {
                    throw TranscriptError(file: file, line: number, column: markerColumn, message: Bilingual(uk: "'[\(inside)]' — не витрачений час: пишіть [+75 s]", en: "'[\(inside)]' is not a time taken: write [+75 s]"))
                }
                guard value <= limits.answerSeconds else {
                    throw TranscriptError(file: file, line: number, column: markerColumn,
                                          message: Bilingual(uk: "'[\(inside)]': витрачений час має бути від 0 до \(Int(limits.answerSeconds)) с",
                                                             en: "'[\(inside)]': the time taken must be from 0 to \(Int(limits.answerSeconds)) s"))
                }
                seconds = value
                line = line[line.index(after: close)...].trimmingSpaces()
                if line.isEmpty { pendingSeconds = value; continue }
            }
            var interrupted = false
            if line.hasPrefix("!") {
                interrupted = true
                line = line.dropFirst().trimmingSpaces()
                guard !line.isEmpty else { throw TranscriptError(file: file, line: number, message: Bilingual(uk: "'!' позначає перебивання, але після нього немає репліки", en: "'!' marks an interruption but no turn follows it")) }
            }
            if line.hasPrefix("/"), try !isPlayedAction(line, file: file, number: number) { continue }
            let input = TraineeInput(text: line, seconds: seconds, interrupted: interrupted, sourceLine: number)
            if let problem = limits.problem(with: input, channel: channel) {
                throw TranscriptError(file: file, line: number, column: column(of: line, in: raw), message: problem)
            }
            inputs.append(input)
        }
        guard !inputs.isEmpty else { throw TranscriptError(file: file, line: max(1, lines.count), message: Bilingual(uk: "у стенограмі немає жодної репліки", en: "the transcript holds no turn")) }
        return inputs
    }

    /// A written reply: the lines of the letter (comments aside) are one turn; a line that starts with
    /// `/` (not `//`) is an action performed while the letter is written, as in the console, played
    /// before the letter is sent and never part of it; `//text` is a letter line that starts with `/`.
    static func parseLetter(_ lines: [String], file: String, limits: InputLimits) throws -> [TraineeInput] {
        var inputs: [TraineeInput] = []
        var letterLines: [String] = []
        var first: Int?
        for (offset, raw) in lines.enumerated() {
            let trimmed = raw.trimmingSpaces()
            if trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("/"), !trimmed.hasPrefix("//") {
                if try isPlayedAction(trimmed, file: file, number: offset + 1) {
                    inputs.append(TraineeInput(text: trimmed, sourceLine: offset + 1))
                }
                continue
            }
            if first == nil, !trimmed.isEmpty { first = offset }
            letterLines.append(trimmed.hasPrefix("//") ? String(raw.drop { $0 != "/" }.dropFirst()) : raw)
        }
        let body = letterLines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty, let first else { throw TranscriptError(file: file, line: 1, message: Bilingual(uk: "у стенограмі немає листа", en: "the transcript holds no letter")) }
        let letter = TraineeInput(text: body, sourceLine: first + 1)
        if let problem = limits.problem(with: letter, channel: .written) { throw TranscriptError(file: file, line: first + 1, message: problem) }
        return inputs + [letter]
    }

    /// Whether an action line (`/name …`) is played: an action of `actions` is, a practice helper of
    /// `helpers` is accepted and not played; anything else is an error at `number`.
    static func isPlayedAction(_ line: String, file: String, number: Int) throws -> Bool {
        guard let action = TraineeAction(line: line) else {
            throw TranscriptError(file: file, line: number, message: Bilingual(uk: "після '/' має бути назва дії, напр. /lookup", en: "'/' must be followed by an action name, e.g. /lookup"))
        }
        if helpers.contains(action.name) { return false }
        guard actions.contains(action.name) else {
            throw TranscriptError(file: file, line: number,
                                  message: Bilingual(uk: "невідома дія '/\(action.name)'", en: "unknown action '/\(action.name)'")
                                      + Suggestion.hint(action.name, in: actions + helpers))
        }
        return true
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
        guard let value = Double(body.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")),
              value.isFinite, value >= 0 else { return nil }
        return value
    }

    /// The 1-based column (in characters) where `part` begins inside `line`.
    static func column(of part: String, in line: String) -> Int {
        guard let range = line.range(of: part) else { return 1 }
        return line.distance(from: line.startIndex, to: range.lowerBound) + 1
    }

    /// The 1-based column of the first control character other than a tab, if any.
    static func controlCharacterColumn(in line: String) -> Int? {
        guard line.unicodeScalars.contains(where: isForbidden) else { return nil }
        var column = 1
        for character in line {
            if character.unicodeScalars.contains(where: isForbidden) { return column }
            column += 1
        }
        return nil
    }

    static func controlCharacterName(in line: String) -> String {
        guard let scalar = line.unicodeScalars.first(where: isForbidden) else { return "" }
        return "U+" + String(repeating: "0", count: max(0, 4 - String(scalar.value, radix: 16).count)) + String(scalar.value, radix: 16, uppercase: true)
    }

    /// C0 and C1 controls and DEL, the tab and the carriage return (line ends) aside.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\r") || (0x7F...0x9F).contains(scalar.value)
    }
}
