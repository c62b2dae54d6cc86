import Foundation
import TrenazherCore

/// Turns a trainee's dispute into a check example: the attempt's inputs through the turn that decided
/// the disputed verdict (`inputsDeciding`: the disputed turn, and on through a `/lookup` that decided a
/// «Хвилинку») as a replay transcript, added under `triggering:` (the correct verdict is violated or missed) or
/// `non_triggering:` (met), with a comment naming the dispute, to the Standard's check file whose
/// examples play in the dispute's scenario with the trainee's name — `Content/checks/ID.yaml` when
/// that is the one, otherwise `ID.SCENARIO.yaml` (or `ID.SCENARIO.NAME.yaml`), created with its header.
public enum DisputeExample {
    /// Where the example goes: an existing file's name, or a new one with the text it starts with.
    public struct Destination: Equatable, Sendable {
        public var fileName: String
        /// The file's text before the example is added (`nil`: it does not exist yet and `header` starts it).
        public var header: String?

        public init(fileName: String, header: String?) {
            self.fileName = fileName
            self.header = header
        }
    }

    /// The check file for `standard` whose header says `scenario` and `trainee`, among `existing`
    /// (file name → text); a new file when none says both.
    public static func destination(standard: String, scenario: String, trainee: String, existing: [String: String]) -> Destination {
        let candidates = ["\(standard).yaml", "\(standard).\(scenario).yaml", "\(standard).\(scenario).\(trainee).yaml"]
        for name in candidates {
            if let text = existing[name], header("scenario", in: text) == scenario, (header("trainee", in: text) ?? "Олена") == trainee {
                return Destination(fileName: name, header: nil)
            }
        }
        let name = candidates.dropFirst().first { existing[$0] == nil } ?? candidates[2]
        return Destination(fileName: name, header: """
            # Examples of \(standard) played in \(scenario), made from trainees' disputes (trenazher disputes example).
            standard: \(standard)
            scenario: \(scenario)
            trainee: \(trainee)

            """)
    }

    /// A top-level `key: value` of a check file's header.
    static func header(_ key: String, in yaml: String) -> String? {
        for line in yaml.split(separator: "\n") where line.hasPrefix("\(key):") {
            return line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }
        return nil
    }

    /// The shortest start of `inputs`, at least through the disputed `turn` (counted from 1), that
    /// played through `engine` gives `standard` the disputed `verdict`: the example then tests the
    /// verdict disputed, not one the cut conversation gives (the hold phrase without the search it
    /// announced is `missed`). All of `inputs` when no shorter start gives it.
    public static func inputsDeciding(_ standard: String, verdict: Verdict, through turn: Int, of inputs: [TraineeInput],
                                      engine: DialogueEngine) -> [TraineeInput] {
        var state = engine.start()
        for (position, input) in inputs.enumerated() {
            _ = engine.advance(&state, input)
            guard position + 1 >= turn else { continue }
            if engine.finish(state).standards.first(where: { $0.id == standard })?.verdict == verdict {
                return Array(inputs.prefix(position + 1))
            }
        }
        return inputs
    }

    /// The comment above a dispute's example: it names the dispute, so the example is found again.
    public static func comment(dispute id: Int64, scenario: String, text: String) -> String {
        "Заперечення №\(id) (сценарій \(scenario)): \(text.replacingOccurrences(of: "\n", with: " "))"
    }

    /// Whether `yaml` (a check file) already holds the example made from dispute `id`.
    public static func holds(dispute id: Int64, in yaml: String) -> Bool {
        yaml.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("# Заперечення №\(id) (") }
    }

    /// The inputs as a replay transcript (`[+N s]` time taken, `!` interruption); a written reply is
    /// its own lines.
    public static func transcript(_ inputs: [TraineeInput], channel: Channel) -> String {
        if channel == .written { return inputs.map(\.text).joined(separator: "\n") }
        return inputs.map { input in
            var line = input.seconds.map { "[+\($0) s] " } ?? ""
            if input.interrupted { line += "!" }
            return line + input.text
        }.joined(separator: "\n")
    }

    /// `yaml` (a check file) with the example added as the first item of its section; the section is
    /// added at the end when the file lacks it.
    public static func adding(_ transcript: String, verdict: Verdict, comment: String, to yaml: String) -> String {
        let section = verdict == .met ? "non_triggering:" : "triggering:"
        var item = comment.split(separator: "\n").map { "  # \($0)" }
        item.append("  - transcript: |")
        item += transcript.split(separator: "\n", omittingEmptySubsequences: false).map { "      \($0)" }
        if verdict != .met { item.append("    verdict: \(verdict.rawValue)") }
        var lines = yaml.components(separatedBy: "\n")
        if let position = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == section && !$0.hasPrefix(" ") }) {
            lines.insert(contentsOf: item, at: position + 1)
            return lines.joined(separator: "\n")
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return (lines + [section] + item).joined(separator: "\n") + "\n"
    }
}
