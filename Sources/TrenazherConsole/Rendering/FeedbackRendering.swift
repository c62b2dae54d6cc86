import TrenazherCore

/// Practice-mode feedback after one answer: each finding as ✓/✗ with the Standard ID, a one-line
/// explanation and the quoted evidence.
public enum FeedbackRendering {
    /// The lines to show for `findings`, at most `width` characters each (before colouring).
    public static func lines(for findings: [Finding], palette: Palette, width: Int) -> [String] {
        findings.flatMap { finding -> [String] in
            let good = finding.verdict == .met
            let mark = good ? "✓" : "✗"
            var text = "\(mark) \(finding.standardID) — \(finding.note)"
            if let evidence = finding.evidence, !evidence.isEmpty {
                text += " «\(evidence)»"
            }
            return TextWrapper.wrap(text, width: width, indent: "  ").enumerated().map { index, line in
                guard index == 0 else { return palette.faint(line) }
                let body = String(line.dropFirst(2))
                return "  " + (good ? palette.good(body) : palette.bad(body))
            }
        }
    }
}
