import Foundation
import TrenazherCore
import Yams

/// The limits of `Content/exam-evidence.yaml` by which an exam answer's typing is marked as pasted or
/// implausibly fast.
public struct TypingLimits: Sendable, Hashable {
    /// The file's name inside `Content/`.
    public static let fileName = "exam-evidence.yaml"

    /// An answer with at least this many pasted characters is marked pasted.
    public var pastedCharacters: Int
    /// Sustained typing faster than this many characters a second is implausible.
    public var maxCharactersPerSecond: Double
    /// Answers shorter than this are never marked implausibly fast.
    public var minCharacters: Int

    public init(pastedCharacters: Int, maxCharactersPerSecond: Double, minCharacters: Int) {
        self.pastedCharacters = pastedCharacters
        self.maxCharactersPerSecond = maxCharactersPerSecond
        self.minCharacters = minCharacters
    }

    /// Loads the limits from a `Content/` directory.
    public static func load(contentDirectory: URL) throws -> TypingLimits {
        let url = contentDirectory.appendingPathComponent(fileName)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw TrackFileError(file: url.path, line: 1, message: "cannot read the typing limits")
        }
        return try parse(text, file: url.path)
    }

    /// Parses the text of an `exam-evidence.yaml`.
    public static func parse(_ text: String, file: String) throws -> TypingLimits {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw TrackFileError(syntax: error, file: file, text: text)
        } catch {
            throw TrackFileError(file: file, line: 1, message: "not valid YAML", ukrainian: "файл не читається як YAML")
        }
        guard let mapping = root?.mapping else { throw TrackFileError(file: file, line: 1, message: "expected a mapping of limits") }
        let known = ["pasted_characters", "max_characters_per_second", "min_characters"]
        for (key, value) in mapping {
            guard let name = key.string, known.contains(name) else {
                throw TrackFileError(file: file, line: key.mark?.line ?? 1, message: "unknown key '\(key.string ?? "?")'")
            }
            guard let number = value.float, number > 0 else {
                throw TrackFileError(file: file, line: value.mark?.line ?? 1, message: "'\(name)' must be a positive number")
            }
        }
        func number(_ key: String) throws -> Double {
            guard let value = mapping[key]?.float else { throw TrackFileError(file: file, line: 1, message: "missing '\(key)'") }
            return value
        }
        return TypingLimits(pastedCharacters: Int(try number("pasted_characters")),
                            maxCharactersPerSecond: try number("max_characters_per_second"),
                            minCharacters: Int(try number("min_characters")))
    }
}

/// Why an exam answer's typing is doubtful.
public enum TypingConcern: Sendable, Hashable {
    /// No typing evidence: the answer did not come from a live terminal session.
    case notTypedLive
    /// This many characters arrived faster than anyone types.
    case pasted(characters: Int)
    /// Typed at this many characters a second, faster than the limit.
    case implausiblyFast(charactersPerSecond: Double)
    /// Fewer keys arrived than the answer has characters.
    case fewerKeysThanCharacters(keys: Int, characters: Int)
}

/// One exam answer whose typing HR should look at.
public struct DoubtfulAnswer: Sendable, Hashable {
    public var attemptID: Int64
    public var scenarioID: String
    /// The answer's number within its attempt (1 = the first answer).
    public var answer: Int
    public var text: String
    public var concerns: [TypingConcern]
}

/// Reads exam answers' typing evidence against the limits.
public enum TypingAssessment {
    /// The concerns about one answer; empty when it looks typed by a person. Actions (`/lookup …`) are
    /// short commands and are judged only on missing evidence.
    public static func concerns(_ input: TraineeInput, limits: TypingLimits) -> [TypingConcern] {
        guard let typing = input.typing else { return [.notTypedLive] }
        if input.action != nil { return [] }
        var concerns: [TypingConcern] = []
        let characters = input.text.count
        if typing.pastedCharacters >= limits.pastedCharacters { concerns.append(.pasted(characters: typing.pastedCharacters)) }
        if characters >= limits.minCharacters {
            let rate = Double(characters) / max(typing.typingSeconds, 0.01)
            if rate > limits.maxCharactersPerSecond { concerns.append(.implausiblyFast(charactersPerSecond: (rate * 10).rounded() / 10)) }
        }
        if typing.keysTyped < characters {
            concerns.append(.fewerKeysThanCharacters(keys: typing.keysTyped, characters: characters))
        }
        return concerns
    }

    /// Every doubtful answer among the given exam attempts' inputs, in order.
    public static func doubtful(_ attempts: [(attempt: AttemptInfo, inputs: [TraineeInput])], limits: TypingLimits) -> [DoubtfulAnswer] {
        attempts.filter { $0.attempt.mode == .exam }.flatMap { attempt, inputs in
            inputs.enumerated().compactMap { offset, input -> DoubtfulAnswer? in
                let concerns = concerns(input, limits: limits)
                guard !concerns.isEmpty else { return nil }
                return DoubtfulAnswer(attemptID: attempt.id, scenarioID: attempt.scenarioID, answer: offset + 1, text: input.text,
                                      concerns: concerns)
            }
        }
    }
}
