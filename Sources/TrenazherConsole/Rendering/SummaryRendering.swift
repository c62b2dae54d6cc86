import TrenazherCore

/// The end-of-attempt summary: every applicable Standard with its verdict, the customer's outcome in
/// a sentence, the score, pass or fail, and the two Standards to practise next.
public enum SummaryRendering {
    /// The Standards shown in the summary: those of the scenario, and any other that got a verdict.
    public static func applicable(_ result: AttemptResult, scenario: Scenario) -> [StandardVerdict] {
        result.standards.filter { scenario.standards.contains($0.id) || $0.verdict != .notApplicable }
    }

    /// `examples`: the scenario's tip examples (`ModelAnswers.examples`) for the Standards to practise
    /// next whose hint takes one (`StandardTip`).
    public static func lines(for result: AttemptResult, scenario: Scenario, content: ContentBundle,
                             palette: Palette, strings: any Strings, width: Int, examples: [String: String] = [:]) -> [String] {
        let rows = applicable(result, scenario: scenario)
        let idWidth = max(strings.summaryStandard.count, rows.map(\.id.count).max() ?? 0)
        let verdictWidth = max(strings.summaryVerdict.count,
                               rows.map { strings.verdictName($0.verdict).count }.max() ?? 0)
        // On a narrow terminal the note goes under its Standard instead of beside it.
        let besides = width - (2 + idWidth + 2 + verdictWidth + 2) >= 24
        let noteColumn = besides ? 2 + idWidth + 2 + verdictWidth + 2 : 4
        let noteIndent = String(repeating: " ", count: noteColumn)
        var lines = [palette.strong(strings.summaryTitle), ""]
        if besides {
            lines.append(palette.faint("  " + pad(strings.summaryStandard, idWidth) + "  "
                                       + pad(strings.summaryVerdict, verdictWidth) + "  " + strings.summaryNote))
        }
        for row in rows {
            let verdict = pad(strings.verdictName(row.verdict), besides ? verdictWidth : 0)
            let (mark, colouredVerdict): (String, String) = switch row.verdict {
            case .met: (palette.good("✓"), palette.good(verdict))
            case .violated, .missed: (palette.bad("✗"), palette.bad(verdict))
            case .notApplicable: (" ", palette.faint(verdict))
            }
            var note = FeedbackRendering.explanation(row.id, row.verdict, note: row.note, content: content,
                                                     english: strings.isEnglish)
            if let evidence = row.evidence, !evidence.isEmpty { note += " «\(evidence)»" }
            let noteLines = TextWrapper.wrap(note, width: width - noteColumn)
            if besides {
                lines.append(mark + " " + pad(row.id, idWidth) + "  " + colouredVerdict + "  " + (noteLines.first ?? ""))
                lines.append(contentsOf: noteLines.dropFirst().map { noteIndent + $0 })
            } else {
                lines.append(mark + " " + row.id + " — " + colouredVerdict)
                lines.append(contentsOf: noteLines.map { noteIndent + $0 })
            }
        }
        lines.append("")
        if let outcome = result.outcome {
            let sentence = strings.isEnglish ? outcome.sentenceEN : outcome.sentence
            let wrapped = TextWrapper.wrap(sentence, width: width)
            lines.append(contentsOf: wrapped.map { outcome.resolved ? palette.good($0) : palette.bad($0) })
            lines.append("")
        }
        let score = strings.score(result.score, passed: result.passed)
        lines.append(result.passed ? palette.good(palette.strong(score)) : palette.bad(palette.strong(score)))
        lines.append("")
        let next = AttemptRendering.practiseNext(result, content: content)
        if next.isEmpty {
            lines.append(strings.nothingToPractise)
        } else {
            lines.append(palette.strong(strings.practiseNext + ":"))
            for item in next {
                let hint = content.standard(item.id).map { StandardTip.text($0, examples: examples, strings: strings) }
                let text = "• \(item.id) — \(title(of: item.id, content: content, strings: strings))"
                    + (hint.map { ". \($0)" } ?? "")
                let wrapped = TextWrapper.wrap(text, width: width, indent: "  ")
                lines.append(contentsOf: wrapped.enumerated().map { $0.offset == 0 ? String($0.element.dropFirst(2)) : $0.element })
            }
        }
        return lines
    }

    /// A Standard's title in the interface language, or its ID when the catalogue lacks it.
    static func title(of id: String, content: ContentBundle, strings: any Strings) -> String {
        content.standard(id)?.title(english: strings.isEnglish) ?? id
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
