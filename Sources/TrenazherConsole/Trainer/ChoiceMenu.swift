import Foundation

/// A numbered list to choose from, read through the line reader.
struct ChoiceMenu {
    let reader: any LineReader
    let screen: Screen

    /// Shows `options` numbered from 1 and returns the chosen index; `nil` at end of input or Ctrl-C.
    func choose(_ title: String, _ options: [String]) -> Int? {
        screen.blank()
        screen.paragraph(title, style: screen.palette.strong)
        for (index, option) in options.enumerated() {
            screen.item("\(index + 1)) ", option, indent: "   ")
        }
        while true {
            switch reader.readLine(prompt: screen.strings.choicePrompt, typedAhead: "") {
            case .end, .interrupt:
                return nil
            case .line(let answer):
                if let number = Int(answer.trimmingCharacters(in: .whitespaces)), (1...options.count).contains(number) {
                    return number - 1
                }
                screen.paragraph(screen.strings.invalidChoice(options.count), style: screen.palette.faint)
            }
        }
    }

    /// Asks for a non-empty answer, offering `suggestion` as already typed; `nil` at end of input or Ctrl-C.
    func ask(_ prompt: String, suggestion: String = "") -> String? {
        while true {
            switch reader.readLine(prompt: prompt, typedAhead: suggestion) {
            case .end, .interrupt:
                return nil
            case .line(let answer):
                let trimmed = answer.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { return trimmed }
                screen.paragraph(screen.strings.emptyAnswer, style: screen.palette.faint)
            }
        }
    }
}
