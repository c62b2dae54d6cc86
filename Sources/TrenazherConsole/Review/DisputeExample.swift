import TrenazherCore

/// Turns a trainee's dispute into a check example: the attempt's inputs up to the disputed turn as a
/// replay transcript, added to `Content/checks/ID.yaml` under `triggering:` (the correct verdict is
/// violated or missed) or `non_triggering:` (met), with a comment naming the dispute.
public enum DisputeExample {
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
