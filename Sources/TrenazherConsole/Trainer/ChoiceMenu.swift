import Foundation

/// A numbered list to choose from, read through the line reader.
struct ChoiceMenu {
    /// One entry: the number typed to choose it and its label.
    struct Option {
        var number: Int
        var label: String
    }

    let reader: any LineReader
    let screen: Screen

    /// Shows `options` numbered from 1 and returns the chosen index; `nil` at end of input or Ctrl-C.
    func choose(_ title: String, _ options: [String]) -> Int? {
        let numbered = options.enumerated().map { Option(number: $0.offset + 1, label: $0.element) }
        return choose(title, numbered: numbered).map { $0 - 1 }
    }

    /// Shows options under their own numbers (which stay the same between visits) and returns the
    /// number chosen; an empty answer takes `suggested` when there is one. The suggested option is
    /// marked («— рекомендовано») unless its label already says so, and «Enter — рекомендований» is
    /// shown only when an option is suggested. `nil` at end of input or Ctrl-C.
    func choose(_ title: String, numbered options: [Option], suggested: Int? = nil) -> Int? {
        screen.blank()
        screen.paragraph(title, style: screen.palette.strong)
        let width = options.map { String($0.number).count }.max() ?? 1
        let suggested = suggested.flatMap { number in options.contains { $0.number == number } ? number : nil }
        for option in options {
            let number = String(option.number)
            let padding = String(repeating: " ", count: width - number.count)
            let mark = option.number == suggested && !option.label.contains(screen.strings.suggested) ? " — \(screen.strings.suggested)" : ""
            screen.item("\(padding)\(number)) ", option.label + mark, indent: "   ")
        }
        if suggested != nil {
            screen.paragraph(screen.strings.enterForSuggested, indent: "   ", style: screen.palette.faint)
        }
        while true {
            switch reader.readLine(prompt: screen.strings.choicePrompt, typedAhead: "") {
            case .end, .interrupt:
                return nil
            case .line(let answer):
                let trimmed = answer.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty, let suggested { return suggested }
                if let number = Int(trimmed), options.contains(where: { $0.number == number }) {
                    return number
                }
                screen.paragraph(screen.strings.invalidChoice(options.map(\.number)), style: screen.palette.faint)
            }
        }
    }

    /// Asks for a non-empty answer; an empty line takes `suggestion` when there is one (the prompt
    /// says so). The suggestion is never typed into the line: whatever the trainee types replaces it,
    /// so typing the suggested word does not double it. `nil` at end of input or Ctrl-C.
    func ask(_ prompt: String, orEnter suggestion: String = "") -> String? {
        while true {
            switch reader.readLine(prompt: prompt, typedAhead: "") {
            case .end, .interrupt:
                return nil
            case .line(let answer):
                let trimmed = answer.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { return trimmed }
                if !suggestion.isEmpty { return suggestion }
                screen.paragraph(screen.strings.emptyAnswer, style: screen.palette.faint)
            }
        }
    }
}
