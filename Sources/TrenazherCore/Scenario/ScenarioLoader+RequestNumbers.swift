extension ScenarioLoader {
    /// The request numbers a scenario's `/ticket` shows (`№ …` in `actions.ticket.shows`, the drawn
    /// variant's facts filled in) must have Content's one shape (`numbers.yaml`) and the day and month the
    /// request was registered: the scenario's date, or for a letter the day the appeal was received.
    /// A content version without `numbers.yaml` holds scenarios to no shape.
    func checkRequestNumbers(_ ticket: ActionDefinition?, bindings: [String: String], date: CalendarDate,
                             received: CalendarDate?, at location: SourceLocation) {
        let numbering = content.requestNumbering
        guard let shows = ticket?.shows, numbering != .builtIn else { return }
        let filled = fillFacts(shows, bindings)
        let days = [date, received].compactMap { $0 }.map { RequestNumbering.twoDigits($0.day) + RequestNumbering.twoDigits($0.month) }
        for number in Self.requestNumbers(in: filled) {
            if !numbering.isNumber(number) {
                log.report(uk: "номер заявки «\(number)» не має форми номерів з Content/numbers.yaml (ПРЕФІКС-ДДММ-\(String(repeating: "N", count: numbering.serialDigits)), напр. «\(numbering.example)»; префікси: \(numbering.prefixes.joined(separator: ", ")))",
                           en: "request number «\(number)» is not in the shape of Content/numbers.yaml (PREFIX-DDMM-\(String(repeating: "N", count: numbering.serialDigits)), e.g. «\(numbering.example)»; prefixes: \(numbering.prefixes.joined(separator: ", ")))",
                           at: location)
            } else if let dayMonth = RequestNumbering.dayMonth(of: number), !days.contains(dayMonth) {
                log.report(uk: "номер заявки «\(number)»: ДДММ має бути днем реєстрації — \(days.joined(separator: " або "))",
                           en: "request number «\(number)»: DDMM must be the day it was registered — \(days.joined(separator: " or "))",
                           at: location)
            }
        }
    }

    /// The words after each «№» of a text, up to a space or punctuation other than «-».
    static func requestNumbers(in text: String) -> [String] {
        var numbers: [String] = []
        var rest = Substring(text)
        while let mark = rest.firstIndex(of: "№") {
            let after = rest[rest.index(after: mark)...].drop(while: { $0 == " " })
            let number = after.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" })
            if !number.isEmpty { numbers.append(String(number)) }
            rest = after.dropFirst(number.count)
        }
        return numbers
    }
}
