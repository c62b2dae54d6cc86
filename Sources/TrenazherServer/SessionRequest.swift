/// What a trainee logged in over SSH asked for (`SSH_ORIGINAL_COMMAND`), checked against the few
/// commands a trainee may run. The trainee and the database come from the forced command, never from
/// the request: the result is the argument list for `trenazher` with both appended by the caller.
public struct SessionRequest: Equatable, Sendable {
    /// The trainee's own commands.
    public enum Command: String, Equatable, Sendable, CaseIterable {
        /// The menu (an empty request: `ssh trenazher@server`).
        case start
        case train
        case exam
        /// `train --resume`.
        case resume
        case progress
    }

    public var command: Command
    /// The request's own arguments, every one allowed for `command`.
    public var arguments: [String]
    /// `--lang en` was asked for.
    public var english: Bool

    /// Why a request is refused.
    public enum Refusal: Error, Equatable, Sendable {
        /// An unbalanced quote.
        case unreadable
        /// Not a trainee's command (a shell, `hr`, `trainees`, `admin` …).
        case notAllowed(String)
        /// An option the trainee may not give (`--database`, `--trainee`, `--content`, `--output` …).
        case optionNotAllowed(String)
        /// An option without its value, or a value that is not allowed.
        case badValue(String)
        /// More arguments than the command takes.
        case tooManyArguments(String)
    }

    /// Options each command accepts, and whether they take a value.
    private static let options: [Command: [String: Bool]] = {
        let console = ["--fast": false, "--pace": true, "--lang": true]
        return [
            .start: console,
            .train: console.merging(["--resume": false]) { $1 },
            .exam: console,
            .resume: console,
            .progress: ["--format": true, "--lang": true],
        ]
    }()

    /// How many positional arguments each command accepts.
    private static let positionals: [Command: Int] = [.start: 0, .train: 1, .exam: 1, .resume: 0, .progress: 0]

    /// Values allowed for options that take a fixed set.
    private static let allowedValues: [String: Set<String>] = ["--lang": ["uk", "en"], "--format": ["text", "csv", "html"]]

    /// Parses `SSH_ORIGINAL_COMMAND` (`nil` or blank: the menu).
    public static func parse(_ original: String?) throws -> SessionRequest {
        let words: [String]
        do {
            words = try ShellWords.split(original ?? "")
        } catch {
            throw Refusal.unreadable
        }
        guard let first = words.first else { return SessionRequest(command: .start, arguments: [], english: false) }
        let command: Command
        var rest = Array(words.dropFirst())
        if first.hasPrefix("-") {
            command = .start
            rest = words
        } else if let named = Command(rawValue: first) {
            command = named
        } else {
            throw Refusal.notAllowed(first)
        }
        let accepted = options[command] ?? [:]
        var arguments: [String] = []
        var positional = 0
        var english = false
        var index = 0
        while index < rest.count {
            let word = rest[index]
            index += 1
            if word.hasPrefix("-") {
                let (name, inline) = split(option: word)
                guard let takesValue = accepted[name] else { throw Refusal.optionNotAllowed(name) }
                guard takesValue else {
                    if inline != nil { throw Refusal.badValue(name) }
                    arguments.append(name)
                    continue
                }
                guard let value = inline ?? (index < rest.count ? rest[index] : nil), !value.hasPrefix("-") else {
                    throw Refusal.badValue(name)
                }
                if inline == nil { index += 1 }
                if let allowed = allowedValues[name], !allowed.contains(value) { throw Refusal.badValue(name) }
                if name == "--lang" { english = value == "en" }
                arguments += [name, value]
            } else {
                positional += 1
                guard positional <= (positionals[command] ?? 0) else { throw Refusal.tooManyArguments(word) }
                arguments.append(word)
            }
        }
        return SessionRequest(command: command, arguments: arguments, english: english)
    }

    /// `trenazher` arguments for this request, run for `traineeID` on `database`.
    public func commandLine(traineeID: Int64, database: String) -> [String] {
        switch command {
        case .start:
            return ["start"] + arguments + ["--trainee", "#\(traineeID)", "--database", database]
        case .train, .exam:
            return [command.rawValue] + arguments + ["--trainee", "#\(traineeID)", "--database", database]
        case .resume:
            return ["train", "--resume"] + arguments + ["--trainee", "#\(traineeID)", "--database", database]
        case .progress:
            return ["progress", "#\(traineeID)"] + arguments + ["--database", database]
        }
    }

    private static func split(option word: String) -> (String, String?) {
        guard let equals = word.firstIndex(of: "=") else { return (word, nil) }
        return (String(word[..<equals]), String(word[word.index(after: equals)...]))
    }
}
