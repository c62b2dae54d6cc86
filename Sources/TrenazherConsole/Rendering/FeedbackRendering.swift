import TrenazherCore

/// Practice-mode feedback after one answer: each finding as ✓/✗ with the Standard ID, a one-line
/// explanation and the quoted evidence.
public enum FeedbackRendering {
    /// The lines to show for `findings`, at most `width` columns each (before colouring).
    /// With `turnNumbers`, each finding names the trainee turn it is about («репліка 2»): feedback
    /// a later turn decided about an earlier one.
    public static func lines(for findings: [Finding], content: ContentBundle, english: Bool, palette: Palette,
                             width: Int, turnNumbers: [Int: Int]? = nil, strings: (any Strings)? = nil) -> [String] {
        // One line per Standard, verdict and note: a Standard met (or broken) several times in one
        // answer — three facts stated right — reads as one line quoting each place once, not three
        // lines that repeat the note.
        var heads: [String] = []
        var good: [String: Bool] = [:]
        var quotes: [String: [String]] = [:]
        for finding in findings {
            let mark = finding.verdict == .met ? "✓" : "✗"
            let note = explanation(finding.standardID, finding.verdict, note: finding.note, content: content, english: english)
            var head = "\(mark) \(finding.standardID) — \(note)"
            if let strings, let number = finding.turn.flatMap({ turnNumbers?[$0] }) {
                head = "\(mark) \(finding.standardID) (\(strings.turnReference(number))) — \(note)"
            }
            if quotes[head] == nil {
                heads.append(head)
                quotes[head] = []
                good[head] = finding.verdict == .met
            }
            if let evidence = finding.evidence, !evidence.isEmpty, quotes[head]?.contains(evidence) == false {
                quotes[head]?.append(evidence)
            }
        }
        return heads.flatMap { head -> [String] in
            let quoted = (quotes[head] ?? []).map { "«\($0)»" }.joined(separator: " · ")
            let text = quoted.isEmpty ? head : head + " " + quoted
            return TextWrapper.wrap(text, width: width, indent: "  ").enumerated().map { index, line in
                guard index == 0 else { return palette.faint(line) }
                let body = String(line.dropFirst(2))
                return "  " + (good[head] == true ? palette.good(body) : palette.bad(body))
            }
        }
    }

    /// The grader's own note in Ukrainian; in English, the catalogue's English note for the verdict.
    static func explanation(_ id: String, _ verdict: Verdict, note: String?, content: ContentBundle,
                            english: Bool) -> String {
        if english, let standard = content.standard(id) {
            return standard.note(for: verdict, english: true)
        }
        return note ?? content.standard(id)?.note(for: verdict) ?? id
    }
}
