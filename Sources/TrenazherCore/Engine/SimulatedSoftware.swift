/// The simulated company software behind `/docs`, `/lookup`, `/ticket`, `/callback`, `/hold`, `/kb`.
struct SimulatedSoftware: Sendable {
    let scenario: Scenario
    let traineeName: String
    let knowledge: KnowledgeBase
    static let known = TranscriptParser.actions

    /// The software's answer and how many simulated seconds it took; `nil` for an unknown action.
    func perform(_ action: TraineeAction, state: inout DialogueState) -> (text: String, seconds: Int)? {
        guard Self.known.contains(action.name) else { return nil }
        let definition = scenario.actions[action.name]
        let seconds = definition?.takes ?? 0
        func fill(_ text: String) -> String { scenario.fill(text, trainee: traineeName) }
        switch action.name {
        case "lookup":
            return (lookup(action.argument, definition: definition, state: state), seconds)
        case "kb":
            return (knowledge.answer(action.argument), seconds)
        case "docs":
            for document in scenario.documents where document.status != .missing { state.disclosed.formUnion(document.gives) }
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

    /// `/lookup [ARGUMENT]`: the records found by the argument (an account, an application number, an
    /// address) or by the facts the customer has given. The scenario's `actions.lookup`
    /// (`needs`, `shows`) is one more record, found by its `needs`.
    func lookup(_ argument: String, definition: ActionDefinition?, state: DialogueState) -> String {
        func fill(_ text: String) -> String { scenario.fill(text, trainee: traineeName) }
        func form(_ text: String) -> String { TextNormalizer.matchForm(of: TextNormalizer.normalize(text)).filter { !$0.isWhitespace } }
        let query = form(argument)
        func names(_ fact: String) -> Bool {
            guard query.count >= 3, let raw = scenario.facts[fact] else { return false }
            let value = form(raw)
            return value.contains(query) || query.contains(value)
        }
        var records = scenario.records
        if let shows = definition?.shows { records.insert(BackOfficeRecord(findBy: definition?.needs ?? [], shows: shows, location: SourceLocation(file: scenario.id, line: 0, column: 0)), at: 0) }
        let found = records.filter { record in
            record.findBy.isEmpty || record.findBy.contains(where: names) || record.findBy.contains(where: state.disclosed.contains)
        }
        if !found.isEmpty { return found.map { fill($0.shows).trimmingCharacters() }.joined(separator: "\n\n") }
        if let notFound = definition?.notFound { return fill(notFound) }
        return argument.isEmpty ? "Нічого не знайдено: уточніть дані клієнта." : "Нічого не знайдено за запитом «\(argument)»."
    }
}
