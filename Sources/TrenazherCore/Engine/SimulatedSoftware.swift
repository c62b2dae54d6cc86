/// The simulated company software behind `/docs`, `/lookup`, `/ticket`, `/callback`, `/hold`.
struct SimulatedSoftware: Sendable {
    let scenario: Scenario
    let traineeName: String
    static let known = ["docs", "lookup", "ticket", "callback", "hold"]

    /// The software's answer and how many simulated seconds it took; `nil` for an unknown action.
    func perform(_ action: TraineeAction, state: inout DialogueState) -> (text: String, seconds: Int)? {
        guard Self.known.contains(action.name) else { return nil }
        let definition = scenario.actions[action.name]
        let seconds = definition?.takes ?? 0
        func fill(_ text: String) -> String { scenario.fill(text, trainee: traineeName) }
        switch action.name {
        case "lookup":
            let needs = definition?.needs ?? []
            let argument = TextNormalizer.matchForm(of: TextNormalizer.normalize(action.argument)).filter { !$0.isWhitespace }
            let named = needs.contains { fact in
                guard let value = scenario.facts[fact] else { return false }
                let form = TextNormalizer.matchForm(of: TextNormalizer.normalize(value)).filter { !$0.isWhitespace }
                return !argument.isEmpty && (argument.contains(form) || form.contains(argument))
            }
            if needs.isEmpty || named || needs.allSatisfy(state.disclosed.contains) {
                return (fill(definition?.shows ?? "Нічого не знайдено."), seconds)
            }
            return (fill(definition?.notFound ?? "Нічого не знайдено: уточніть дані клієнта."), seconds)
        case "docs":
            if let shows = definition?.shows { return (fill(shows), seconds) }
            let lines = scenario.documents.filter { $0.status != .missing }.map { document -> String in
                document.problem.map { "• \(document.name): \($0)" } ?? "• \(document.name): в порядку"
            }
            return (lines.isEmpty ? "Документів не подано." : "Подані документи:\n" + lines.joined(separator: "\n"), seconds)
        case "ticket":
            state.ticketCount += 1
            let number = "\(scenario.date.day < 10 ? "0" : "")\(scenario.date.day)\(scenario.date.month < 10 ? "0" : "")\(scenario.date.month)-\(String(format3(state.ticketCount)))"
            let kind = action.argument.isEmpty ? "заявку" : action.argument
            return (fill(definition?.shows ?? "Зареєстровано: \(kind), № \(number)."), seconds)
        case "callback":
            let when = action.argument.isEmpty ? "час не вказано" : action.argument
            return (fill(definition?.shows ?? "Зворотний дзвінок заплановано: \(when)."), seconds)
        default:
            return (fill(definition?.shows ?? "Клієнта поставлено на утримання."), seconds)
        }
    }

    func format3(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 3 - s.count)) + s
    }
}
