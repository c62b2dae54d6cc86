extension ContentLoader {
    /// `numbers.yaml`: the shape of request numbers (`RequestNumbering`).
    func readNumbering(_ root: YAMLNode) -> RequestNumbering? {
        guard let top = root.fields("numbers.yaml", allowed: ["request_numbers"], required: ["request_numbers"], log: log),
              let section = top["request_numbers"],
              let fields = section.fields("request_numbers", allowed: ["serial_digits", "default", "kinds"],
                                          required: ["serial_digits", "default", "kinds"], log: log),
              let digits = fields["serial_digits"]?.int("serial_digits", in: 3...8, log: log),
              let fallback = fields["default"]?.string("default", log: log) else { return nil }
        var kinds: [RequestNumbering.Kind] = []
        for item in fields["kinds"]?.list("kinds", log: log) ?? [] {
            guard let kind = item.fields("a kind of request", allowed: ["prefix", "title", "words"], required: ["prefix", "title", "words"], log: log),
                  let prefix = kind["prefix"]?.string("prefix", log: log), let title = kind["title"]?.string("title", log: log) else { continue }
            if prefix.isEmpty || prefix.count > 4 || !prefix.allSatisfy({ $0.isLetter && $0.isUppercase }) {
                log.report(uk: "numbers.yaml: префікс '\(prefix)' — від однієї до чотирьох великих літер",
                           en: "numbers.yaml: prefix '\(prefix)' must be one to four capital letters", at: kind.keyLocation("prefix"))
            }
            if kinds.contains(where: { $0.prefix == prefix }) {
                log.report(uk: "numbers.yaml: префікс '\(prefix)' повторюється", en: "numbers.yaml: duplicate prefix '\(prefix)'", at: kind.keyLocation("prefix"))
            }
            let words = (kind["words"]?.strings("words", log: log) ?? []).map { word, _ in
                String(word.lowercased().drop(while: { $0 == " " }).prefix(while: { $0 != "*" }))
            }
            kinds.append(RequestNumbering.Kind(prefix: prefix, title: title, words: words))
        }
        if !kinds.contains(where: { $0.prefix == fallback }) {
            log.report(uk: "numbers.yaml: 'default' ('\(fallback)') — не префікс жодного виду з 'kinds'",
                       en: "numbers.yaml: 'default' ('\(fallback)') is the prefix of no kind in 'kinds'", at: fields.keyLocation("default"))
        }
        return RequestNumbering(kinds: kinds, defaultPrefix: fallback, serialDigits: digits)
    }
}
