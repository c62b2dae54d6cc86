extension ContentLoader {
    /// A content version without `numbers.yaml` (installed before the file existed): the numbering kept in
    /// `Defaults/numbers-before-content.yaml` (built into the program), which holds scenarios to no shape.
    /// The file is not part of the version, so it adds nothing to the content's digest.
    func readNumberingBeforeContent() -> RequestNumbering? {
        let text = String(decoding: PackageResources.numbers_before_content_yaml, as: UTF8.self)
        guard var numbering = YAMLNode.parse(text, file: "numbers-before-content.yaml", log: log).flatMap(readNumbering) else { return nil }
        numbering.holdsScenarioNumbers = false
        return numbering
    }

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
            if let problem = RequestNumbering.prefixProblem(prefix) {
                log.report(Bilingual(uk: "numbers.yaml: ", en: "numbers.yaml: ") + problem, at: kind.keyLocation("prefix"))
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
