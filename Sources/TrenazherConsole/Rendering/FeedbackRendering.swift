import TrenazherCore

/// Practice-mode feedback after one answer: each finding as ✓/✗ with the Standard ID, a one-line
/// explanation and the quoted evidence.
public enum FeedbackRendering {
    /// The lines to show for `findings`, at most `width` characters each (before colouring).
    public static func lines(for findings: [Finding], palette: Palette, strings: any Strings, width: Int) -> [String] {
        findings.flatMap { finding -> [String] in
            let good = finding.verdict == .met
            let mark = good ? "✓" : "✗"
            var text = "\(mark) \(finding.standardID) — \(finding.note)"
            if let evidence = finding.evidence, !evidence.isEmpty {
                text += " «\(evidence)»"
            }
            return TextWrapper.wrap(text, width: width, indent: "  ").enumerated().map { index, line in
                let trimmed = index == 0 ? String(line.dropFirst(2)) : line
                let coloured = index == 0 ? "  " + (good ? palette.good(trimmed) : palette.bad(trimmed)) : palette.faint(trimmed)
                return coloured
            }
        }
    }
}
