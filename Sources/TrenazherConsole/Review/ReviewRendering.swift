import TrenazherCore

/// The after-action review of a graded attempt: the whole conversation, the trainee's turns numbered,
/// and under each turn the final verdicts it decided, their evidence and, for a failure, the
/// exemplary answer for that Standard; then the required Standards that were never shown.
public enum ReviewRendering {
    /// The trainee's turns of `result` in order (their numbers in the review are 1, 2, …).
    public static func traineeTurns(_ result: AttemptResult) -> [TurnRecord] {
        result.turns.filter { $0.speaker == .trainee }
    }

    /// What the trainee typed, turn by turn, as inputs that replay the attempt.
    public static func inputs(_ result: AttemptResult) -> [TraineeInput] {
        traineeTurns(result).map { TraineeInput(text: $0.text, seconds: $0.seconds, interrupted: $0.interrupted) }
    }

    /// `throughout`: the Standards kept throughout the conversation (`Content/console.yaml`
    /// `hint.throughout`: «Ви», courtesy, not interrupting …): no one exemplary turn shows them, so
    /// a failure of one gets the Standard's tip instead of a model turn (which would be, say, the
    /// model's greeting under an interruption). `customerFemale`: the customer's label agrees with them.
    public static func lines(for result: AttemptResult, scenario: Scenario, content: ContentBundle, models: ModelAnswers,
                             palette: Palette, strings: any Strings, width: Int, throughout: Set<String> = [],
                             customerFemale: Bool? = nil) -> [String] {
        let decided = Dictionary(grouping: result.standards.filter { $0.turn != nil && $0.verdict != .notApplicable },
                                 by: { $0.turn ?? 0 })
        let numberWidth = String(traineeTurns(result).count).count
        let customerLabel = strings.customerLabel(female: customerFemale)
        let labelWidth = max(TextWrapper.columns(strings.reviewYou), TextWrapper.columns(customerLabel),
                             TextWrapper.columns(strings.systemLabel))
        let textColumn = numberWidth + 1 + labelWidth + 2
        let hanging = String(repeating: " ", count: textColumn)
        var lines = [palette.strong(strings.reviewTitle)]
        lines += TextWrapper.wrap(strings.reviewLegend, width: width).map(palette.faint)
        lines.append("")
        var number = 0
        for turn in result.turns {
            let label: String
            var marker = String(repeating: " ", count: numberWidth)
            let style: (String) -> String
            switch turn.speaker {
            case .trainee:
                number += 1
                marker = pad(String(number), numberWidth, left: true)
                label = strings.reviewYou
                style = { $0 }
            case .customer:
                label = customerLabel
                style = palette.customer
            case .system:
                label = strings.systemLabel
                style = palette.system
            }
            let head = marker + " " + pad(label, labelWidth) + "  "
            var text = SoftLineBreaks.joined(turn.text.trimmingCharacters(in: .whitespacesAndNewlines))
            if turn.interrupted { text = "⚡ " + text }
            for (index, line) in TextWrapper.wrap(text, width: width, indent: hanging).enumerated() {
                lines.append(index == 0 ? head + style(String(line.dropFirst(textColumn))) : style(line))
            }
            for verdict in decided[turn.index] ?? [] {
                lines += verdictLines(verdict, content: content, models: models, palette: palette, strings: strings,
                                      width: width, indent: hanging, throughout: throughout)
            }
        }
        let missed = result.standards.filter { $0.verdict == .missed && $0.turn == nil }
        if !missed.isEmpty {
            lines.append("")
            lines.append(palette.strong(strings.reviewNeverShown))
            for verdict in missed {
                lines += verdictLines(verdict, content: content, models: models, palette: palette, strings: strings,
                                      width: width, indent: "  ", throughout: throughout)
            }
        }
        return lines
    }

    private static func verdictLines(_ verdict: StandardVerdict, content: ContentBundle, models: ModelAnswers,
                                     palette: Palette, strings: any Strings, width: Int, indent: String,
                                     throughout: Set<String>) -> [String] {
        let good = verdict.verdict == .met
        var note = FeedbackRendering.explanation(verdict.id, verdict.verdict, note: verdict.note, content: content,
                                                 english: strings.isEnglish)
        if let evidence = verdict.evidence, !evidence.isEmpty { note += " «\(evidence)»" }
        let text = "\(good ? "✓" : "✗") \(verdict.id) \(strings.verdictName(verdict.verdict)) — \(note)"
        var lines = TextWrapper.wrap(text, width: width, indent: indent).enumerated().map { index, line in
            index == 0 ? indent + (good ? palette.good : palette.bad)(String(line.dropFirst(indent.count))) : palette.faint(line)
        }
        if !good, throughout.contains(verdict.id) {
            let tip = content.standard(verdict.id).map { StandardTip.text($0, examples: models.examples, strings: strings) }
            if let tip, !tip.isEmpty {
                lines += TextWrapper.wrap("\(strings.reviewTip): \(tip)", width: width, indent: indent + "  ").map(palette.faint)
            }
        } else if !good, let model = models.byStandard[verdict.id] {
            lines += TextWrapper.wrap("\(strings.reviewModel): «\(model)»", width: width, indent: indent + "  ").map(palette.faint)
        }
        return lines
    }

    private static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - TextWrapper.columns(text)))
        return left ? padding + text : text + padding
    }
}
