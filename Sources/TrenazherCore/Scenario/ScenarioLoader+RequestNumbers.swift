import Foundation

extension ScenarioLoader {
    /// `request_kinds:` — the scenario's own kinds of request, beside those of `Content/numbers.yaml`
    /// (`{prefix: ЯН, title: заявка на перевірку якості напруги, words: [напруг*]}`): a prefix of one to four
    /// capital Cyrillic letters that no Content kind and no other of the scenario's kinds has, a title no
    /// Content kind has, and word beginnings that no earlier kind of the scenario already takes.
    func readRequestKinds(_ node: YAMLNode?) -> [RequestNumbering.Kind] {
        guard let node else { return [] }
        let company = content.requestNumbering.kinds
        var kinds: [(kind: RequestNumbering.Kind, line: Int)] = []
        var wordOwners: [String: (prefix: String, line: Int)] = [:]
        for item in node.list("request_kinds", log: log) ?? [] {
            guard let fields = item.fields("a kind of request", allowed: ["prefix", "title", "words"], required: ["prefix", "title"], log: log),
                  let prefixNode = fields["prefix"], let prefix = prefixNode.string("prefix", log: log),
                  let title = fields["title"]?.string("title", log: log) else { continue }
            let at = prefixNode.location
            if let problem = RequestNumbering.prefixProblem(prefix) {
                log.report(Bilingual(uk: "request_kinds: ", en: "request_kinds: ") + problem, at: at)
            } else if let same = company.first(where: { $0.prefix == prefix }) {
                log.report(uk: "request_kinds: префікс '\(prefix)' уже має вид «\(same.title)» з Content/numbers.yaml: номери \(prefix)-… приймаються й так — приберіть цей вид або візьміть інший префікс",
                           en: "request_kinds: prefix '\(prefix)' is already the kind «\(same.title)» of Content/numbers.yaml: numbers \(prefix)-… are accepted anyway — remove this kind or take another prefix",
                           at: at)
            } else if let earlier = kinds.first(where: { $0.kind.prefix == prefix }) {
                log.report(uk: "request_kinds: префікс '\(prefix)' уже оголошено в рядку \(earlier.line): один префікс — один вид",
                           en: "request_kinds: prefix '\(prefix)' is already declared on line \(earlier.line): one prefix, one kind", at: at)
            }
            if let same = company.first(where: { $0.title.lowercased() == title.lowercased() && $0.prefix != prefix }), let titleNode = fields["title"] {
                log.report(uk: "request_kinds: вид «\(title)» уже є в Content/numbers.yaml з префіксом \(same.prefix): пишіть номер \(same.prefix)-ДДММ-NNNN або назвіть свій вид інакше",
                           en: "request_kinds: the kind «\(title)» is already in Content/numbers.yaml with prefix \(same.prefix): write the number \(same.prefix)-DDMM-NNNN or name your kind otherwise",
                           at: titleNode.location)
            }
            var words: [String] = []
            for (word, location) in fields["words"]?.strings("words", log: log) ?? [] {
                let stem = String(word.lowercased().drop(while: { $0 == " " }).prefix(while: { $0 != "*" }))
                guard !stem.isEmpty, stem.allSatisfy({ $0.isLetter || $0 == "'" || $0 == "’" }) else {
                    log.report(uk: "request_kinds: слово '\(word)' — початок слова з літер, як «напруг*»: /ticket обирає вид за словом, яке так починається",
                               en: "request_kinds: word '\(word)' must be the beginning of a word, in letters, like «напруг*»: /ticket picks a kind by a word that begins so",
                               at: location)
                    continue
                }
                if let owner = wordOwners[stem] {
                    log.report(uk: "request_kinds: слово '\(word)' уже веде до виду \(owner.prefix) (рядок \(owner.line)): /ticket з ним ніколи не дасть \(prefix) — приберіть одне з двох",
                               en: "request_kinds: word '\(word)' already leads to kind \(owner.prefix) (line \(owner.line)): /ticket with it never gives \(prefix) — remove one of the two",
                               at: location)
                }
                wordOwners[stem] = wordOwners[stem] ?? (prefix, at.line)
                words.append(stem)
            }
            kinds.append((RequestNumbering.Kind(prefix: prefix, title: title, words: words), at.line))
        }
        return kinds.map(\.kind)
    }

    /// The request numbers a scenario's `/ticket` shows (`№ …` in `actions.ticket.shows`, the drawn
    /// variant's facts filled in) must have Content's one shape (`numbers.yaml`), a prefix of Content's or
    /// of the scenario's own `request_kinds`, and the day and month the request was registered: the
    /// scenario's date, or for a letter the day the appeal was received. Each problem is reported where
    /// the number is written (a fact's value, a variant's), else at `location`. A content version without
    /// `numbers.yaml` holds scenarios to no shape.
    func checkRequestNumbers(_ ticket: ActionDefinition?, kinds: [RequestNumbering.Kind], bindings: [String: String], date: CalendarDate,
                             received: CalendarDate?, lines: [Substring], at location: SourceLocation) {
        let numbering = content.requestNumbering.adding(kinds)
        guard let shows = ticket?.shows, numbering.holdsScenarioNumbers else { return }
        let filled = fillFacts(shows, bindings)
        let days = [date, received].compactMap { $0 }.map { RequestNumbering.twoDigits($0.day) + RequestNumbering.twoDigits($0.month) }
        for number in Self.requestNumbers(in: filled) {
            let at = Self.firstPosition(of: number, in: lines, file: location.file) ?? location
            if !numbering.isNumber(number) {
                log.report(unknownPrefix(number, numbering: numbering) ?? Bilingual(
                    uk: "номер заявки «\(number)» не має форми номерів з Content/numbers.yaml (ПРЕФІКС-ДДММ-\(String(repeating: "N", count: numbering.serialDigits)), напр. «\(numbering.example)»; префікси: \(numbering.prefixes.joined(separator: ", ")))",
                    en: "request number «\(number)» is not in the shape of Content/numbers.yaml (PREFIX-DDMM-\(String(repeating: "N", count: numbering.serialDigits)), e.g. «\(numbering.example)»; prefixes: \(numbering.prefixes.joined(separator: ", ")))"),
                           at: at)
            } else if let dayMonth = RequestNumbering.dayMonth(of: number), !days.contains(dayMonth) {
                log.report(uk: "номер заявки «\(number)»: ДДММ має бути днем реєстрації — \(days.joined(separator: " або "))",
                           en: "request number «\(number)»: DDMM must be the day it was registered — \(days.joined(separator: " or "))",
                           at: at)
            }
        }
    }

    /// The problem of a number whose only fault is its prefix: one neither Content nor the scenario declares
    /// (with the closest known one and how to declare a kind of one's own), or one written with Latin
    /// look-alike letters.
    private func unknownPrefix(_ number: String, numbering: RequestNumbering) -> Bilingual? {
        let parts = number.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, !parts[0].isEmpty, !numbering.prefixes.contains(parts[0]) else { return nil }
        var shaped = numbering
        shaped.kinds.insert(RequestNumbering.Kind(prefix: parts[0], title: "", words: []), at: 0)
        guard shaped.isNumber(number) else { return nil }
        let prefix = parts[0]
        if let problem = RequestNumbering.prefixProblem(prefix) {
            return Bilingual(uk: "номер заявки «\(number)»: ", en: "request number «\(number)»: ") + problem
        }
        let known = numbering.prefixes
        let hint = Suggestion.closest(to: prefix, in: known).map { Bilingual(uk: " (можливо, '\($0)'?)", en: " (did you mean '\($0)'?)") }
            ?? Bilingual(uk: "", en: "")
        return Bilingual(uk: "номер заявки «\(number)»: невідомий префікс '\(prefix)'", en: "request number «\(number)»: unknown prefix '\(prefix)'") + hint
            + Bilingual(uk: ". Префікси: \(known.joined(separator: ", ")); власний вид оголосіть у сценарії: request_kinds: [{prefix: \(prefix), title: …, words: […]}]",
                        en: ". Prefixes: \(known.joined(separator: ", ")); declare a kind of your own in the scenario: request_kinds: [{prefix: \(prefix), title: …, words: […]}]")
    }

    /// Where a text is first written in the file (1-based line and column), or `nil`: where `range(of:)` finds it
    /// in the first line that holds it, searched by bytes when both are plain (`LiteralSearch.firstColumn`).
    static func firstPosition(of text: String, in lines: [Substring], file: String) -> SourceLocation? {
        let needle = LiteralSearch.Prepared(text)
        for (index, line) in lines.enumerated() {
            if let column = LiteralSearch.firstColumn(of: needle, in: LiteralSearch.Prepared(line)) {
                return SourceLocation(file: file, line: index + 1, column: column)
            }
        }
        return nil
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
