import Foundation
import Yams

/// Reading `variants:` and loading a scenario with one variant's values in place of the file's own.
extension ScenarioLoader {
    /// The keys a variant may give: facts (merged into `facts`) and top-level values it replaces.
    static let variantKeys = ["name", "facts", "date", "clock", "received", "opening", "callback_window"]
    /// The top-level keys a variant replaces whole.
    static let replacedKeys = ["date", "clock", "received", "opening", "callback_window"]

    /// A variant as written: its summary and its fields (with their places in the file).
    struct WrittenVariant {
        var variant: ScenarioVariant
        var fields: YAMLFields
    }

    /// Reads the `variants` list: names unique, every fact named in a variant one of `facts`, every value
    /// of the same kind (date, amount, term, time, number) as the file's own value of that fact, and no
    /// variant identical to the file's values.
    func readVariants(_ node: YAMLNode?, baseFacts: YAMLNode?) -> [WrittenVariant] {
        guard let node else { return [] }
        let base = Self.factValues(baseFacts)
        var result: [WrittenVariant] = []
        for (offset, item) in (node.list("variants", log: log) ?? []).enumerated() {
            guard let fields = item.fields("a variant", allowed: Self.variantKeys, log: log) else { continue }
            let number = String(offset + 1)
            let name = fields["name"]?.string("name", log: log) ?? number
            if let nameNode = fields["name"] {
                if name == "0" || (Int(name) != nil && name != number) {
                    log.report(uk: "назва варіанта '\(name)' — число іншого варіанта: назвіть його словом або '\(number)'",
                               en: "variant name '\(name)' is another variant's number: name it with a word or '\(number)'", at: nameNode.location)
                } else if result.contains(where: { $0.variant.name == name }) {
                    log.report(uk: "варіант '\(name)' уже є: дайте іншу назву", en: "duplicate variant name '\(name)'", at: nameNode.location)
                }
            }
            var facts: [String: String] = [:]
            let written = fields["facts"].map { node in node.factEntries() ?? { _ = node.entries("facts of variant '\(name)'", log: log); return [] }() } ?? []
            for entry in written {
                if let cut = entry.commaCut { log.report(Bilingual(uk: "варіант '\(name)': ", en: "variant '\(name)': ") + cut.message, at: cut.location) }
                guard let value = entry.joined ?? entry.value.string("fact '\(entry.key)'", log: log) else { continue }
                if facts[entry.key] != nil {
                    log.report(uk: "варіант '\(name)': факт '\(entry.key)' повторено", en: "variant '\(name)': duplicate fact '\(entry.key)'", at: entry.keyLocation)
                }
                facts[entry.key] = value
                guard let original = base[entry.key] else {
                    log.report(Bilingual(uk: "варіант '\(name)': факту '\(entry.key)' немає в 'facts': варіант лише змінює значення фактів — додайте його до 'facts' зі значенням основного варіанта",
                                         en: "variant '\(name)': fact '\(entry.key)' is not in 'facts': a variant only changes facts' values — add it to 'facts' with the file's own value")
                               + Suggestion.hint(entry.key, in: base.keys), at: entry.keyLocation)
                    continue
                }
                if checksVariantKinds { checkKind(of: value, like: original, fact: entry.key, variant: name, at: entry.value.location) }
            }
            let replaces = Self.replacedKeys.filter { fields[$0] != nil }
            if facts.isEmpty, replaces.isEmpty {
                log.report(uk: "варіант '\(name)' нічого не змінює: дайте йому 'facts' (інші значення) або 'date', 'clock', 'received', 'opening', 'callback_window'",
                           en: "variant '\(name)' changes nothing: give it 'facts' (other values) or 'date', 'clock', 'received', 'opening', 'callback_window'", at: item.location)
            } else if replaces.isEmpty, facts.allSatisfy({ base[$0.key] == $0.value }) {
                log.report(uk: "варіант '\(name)' має ті самі значення, що й 'facts': змініть хоча б одне",
                           en: "variant '\(name)' has the same values as 'facts': change at least one", at: item.location)
            }
            result.append(WrittenVariant(variant: ScenarioVariant(name: name, facts: facts, replaces: replaces, location: item.location),
                                         fields: fields))
        }
        return result
    }

    /// The facts' values as written, without reporting (the facts are read and reported by `readFacts`).
    static func factValues(_ node: YAMLNode?) -> [String: String] {
        var values: [String: String] = [:]
        for entry in node?.factEntries() ?? [] {
            if let value = entry.text { values[entry.key] = value }
        }
        return values
    }

    /// The scenario's fields with a variant's values in place: its facts merged into `facts`, and the
    /// top-level values it gives (date, clock, received, opening, callback_window) replacing the file's own. A problem in a
    /// variant's value is reported where the variant writes it.
    static func applying(_ variant: WrittenVariant, to fields: YAMLFields) -> YAMLFields {
        var applied = fields
        if let facts = variant.fields["facts"] {
            applied.set("facts", to: fields["facts"].map { $0.merged(with: facts) } ?? facts, writtenAt: nil)
        }
        for key in replacedKeys {
            guard let node = variant.fields[key] else { continue }
            applied.set(key, to: node, writtenAt: variant.fields.keyLocation(key))
        }
        return applied
    }

    /// What a fact's value reads as, the way the grader reads a trainee's words: dates, amounts and terms
    /// with their units, times of day, a bare number (an account or application number), or words.
    func kind(of value: String) -> Bilingual {
        var uk: [String] = []
        var en: [String] = []
        if let mentions {
            let found = cache?.mentions(ofValue: value, extractor: mentions) ?? mentions.extract(from: AnalyzedText(value))
            if !found.dates.isEmpty { uk.append("дата"); en.append("a date") }
            for kind in found.quantities.map(\.kind).sorted() { uk.append("\(kind)"); en.append("\(kind)") }
            if !found.times.isEmpty { uk.append("час"); en.append("a time") }
        }
        if uk.isEmpty {
            let digits = value.filter { !$0.isWhitespace && $0 != "-" && $0 != "/" }
            if !digits.isEmpty, digits.allSatisfy(\.isNumber) { return Bilingual(uk: "число", en: "a number") }
            return Bilingual(uk: "слова", en: "words")
        }
        return Bilingual(uk: uk.joined(separator: ", "), en: en.joined(separator: ", "))
    }

    /// A variant's value must read as the same kind as the file's own value, so every claim that checks
    /// the fact (a date, an amount, a term) checks it in every variant.
    func checkKind(of value: String, like original: String, fact: String, variant: String, at location: SourceLocation) {
        let expected = kind(of: original)
        let found = kind(of: value)
        guard expected != found else { return }
        log.report(uk: "варіант '\(variant)': факт '\(fact)' = «\(value)» читається як «\(found.uk)», а в 'facts' «\(original)» — як «\(expected.uk)»: пишіть значення того самого виду, щоб claims і перевірки читали його однаково",
                   en: "variant '\(variant)': fact '\(fact)' = «\(value)» reads as «\(found.en)», but the file's «\(original)» as «\(expected.en)»: write a value of the same kind so claims and checks read it alike",
                   at: location)
    }

    /// Facts whose value some variant changes, with their values in every variant (the file's own first).
    static func variedFacts(base: [String: String], variants: [WrittenVariant]) -> [String: [String]] {
        var varied: [String: [String]] = [:]
        for (name, value) in base {
            let values = [value] + variants.compactMap { $0.variant.facts[name] }
            // More than one value in a set ⇔ some value differs from the first: the set's own equality, without hashing
            // every value (a hash normalises a Cyrillic text).
            if values.contains(where: { $0 != value }) { varied[name] = Array(Set(values)).sorted() }
        }
        return varied
    }

    /// A drawn value written out instead of its placeholder: in an example it would fit one variant only (the
    /// answer key of one variant), in a claim, answer, record or goal it would stay the same while the fact
    /// changes. Every text of the file is searched except `facts`, `variants`, `id`, `title`, `callback_window` (dates
    /// and times a variant replaces whole) and comments.
    /// Not reported: a value that is one ordinary word («середа», «трифазне»: any text may use a word of the
    /// language in its own sense), a value inside a longer word or number, and the values of a fact that a
    /// text lists two or more of (a price list, a schedule: the general rule, not the drawn value).
    /// `lines`: the text's lines (`TextLines.of(text)`).
    func checkPlaceholdersUsed(root: YAMLNode, text: String, lines: [Substring], varied: [String: [String]]) {
        guard !varied.isEmpty, let mapping = root.node.mapping else { return }
        let starts = mapping.map { YAMLNode(node: $0.key, file: root.file).location.line }
        let keys = mapping.map { $0.key.scalar?.string ?? "" }
        // By 1-based line number: whether the line stands in a section that is not searched.
        var skipped = [Bool](repeating: false, count: lines.count + 2)
        for (index, key) in keys.enumerated() where ["facts", "variants", "id", "title", "title_en", "callback_window"].contains(key) {
            let end = starts.filter { $0 > starts[index] }.min() ?? lines.count + 1
            for line in max(0, starts[index])..<max(max(0, starts[index]), min(end, skipped.count)) { skipped[line] = true }
        }
        // Longest first (of two equally long, by fact and value: the same on every run); each value's length is
        // counted once, not at every comparison.
        let needles = varied.flatMap { name, values in
            values.map { (name: name, value: $0, length: $0.count) }
                .filter { $0.length >= 3 && $0.value.contains(where: { $0.isLetter || $0.isNumber }) && !Self.isOneWord($0.value) }
        }.sorted { $0.length != $1.length ? $0.length > $1.length : ($0.name, $0.value) < ($1.name, $1.value) }.map { ($0.name, $0.value) }
        guard !needles.isEmpty else { return }
        let prepared = needles.map { LiteralSearch.Prepared($0.1) }
        // The lines each value may stand in, from one search of the whole text per value; the texts that list
        // a fact's values only when some value stands somewhere.
        let candidates = Self.linesHolding(needles.map(\.1), in: text)
        // By 0-based line: whether some value may stand there.
        var mayHold = [Bool](repeating: candidates.contains { $0 == nil }, count: lines.count)
        for case let found? in candidates {
            for line in found where line < mayHold.count { mayHold[line] = true }
        }
        var listed: [Int: Set<String>]?
        for (number, line) in lines.enumerated() where !skipped[number + 1] {
            guard mayHold[number] else { continue }
            if line.drop(while: { $0 == " " }).hasPrefix("#") { continue }
            let searched = LiteralSearch.Prepared(line)
            let listedHere = { () -> Set<String>? in
                if let listed { return listed[number + 1] }
                let found = Self.listedFacts(root: root, lineCount: lines.count, varied: varied)
                listed = found
                return found[number + 1]
            }
            for (index, ((name, value), needle)) in zip(needles, prepared).enumerated() {
                guard candidates[index]?.contains(number) ?? true, !(listedHere()?.contains(name) ?? false),
                      let column = Self.wordColumn(of: value, needle, in: line, searched) else { continue }
                log.report(uk: "«\(value)» — значення факту '\(name)', яке у варіантах інше: пишіть {\(name)}, щоб текст підходив до кожного варіанта",
                           en: "«\(value)» is the value of fact '\(name)', which the variants change: write {\(name)} so the text fits every variant",
                           at: SourceLocation(file: root.file, line: number + 1, column: column))
                break
            }
        }
    }

    /// For each value, the 0-based lines of `text` (split at line feeds, as `TextLines`) where its bytes stand
    /// within one line, found by one search of the whole text; `nil` for a value that must be searched for line by
    /// line (the text or the value is not plain: `LiteralSearch`). Where a plain value stands in a plain line,
    /// `LiteralSearch.firstColumn` finds it in that line, and nowhere else.
    static func linesHolding(_ values: [String], in text: String) -> [Set<Int>?] {
        guard LiteralSearch.isPlain(text) else { return values.map { _ in nil } }
        let bytes = Array(text.utf8)
        var lineEnds: [Int] = []
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { lineEnds.append(offset) }
        lineEnds.append(bytes.count)
        return values.map { value in
            let wanted = LiteralSearch.Needle(value)
            guard let needle = wanted.plainBytes else { return nil }
            var lines = Set<Int>()
            var line = 0
            var from = 0
            while from < bytes.count, let offset = LiteralSearch.firstOffset(of: needle, in: bytes, from: from) {
                while lineEnds[line] < offset { line += 1 }
                if offset + needle.count <= lineEnds[line] { lines.insert(line) }
                // The next line: a line is listed once.
                from = lineEnds[line] + 1
                line += 1
                guard line < lineEnds.count else { break }
            }
            return lines
        }
    }

    /// Whether a value is one ordinary word: letters, apostrophes and hyphens only («середа», «п'ятниця»).
    static func isOneWord(_ value: String) -> Bool {
        value.allSatisfy { $0.isLetter || $0 == "'" || $0 == "’" || $0 == "ʼ" || $0 == "-" }
    }

    /// The 1-based column where `value` first stands in `line` as a whole (not inside a longer word or
    /// number), or `nil`.
    static func wordColumn(of value: String, _ needle: LiteralSearch.Prepared, in line: Substring, _ searched: LiteralSearch.Prepared) -> Int? {
        guard let first = LiteralSearch.firstColumn(of: needle, in: searched) else { return nil }
        func isWordCharacter(_ character: Character?) -> Bool { character.map { $0.isLetter || $0.isNumber } ?? false }
        let characters = Array(line)
        let length = value.count
        var column = first
        while true {
            let start = column - 1
            let before = start > 0 ? characters[start - 1] : nil
            let after = start + length < characters.count ? characters[start + length] : nil
            if !isWordCharacter(before), !isWordCharacter(after) { return column }
            guard start + 1 < characters.count,
                  let next = String(characters[(start + 1)...]).range(of: value) else { return nil }
            let rest = String(characters[(start + 1)...])
            column = start + 2 + rest.distance(from: rest.startIndex, to: next.lowerBound)
        }
    }

    /// For each line of the file, the varied facts that the text standing there lists two or more values of
    /// (a price list «однофазне 486,00 грн, трифазне 612,00 грн»). A text is one scalar of the YAML tree; it
    /// stands from its line to the line before the next scalar.
    static func listedFacts(root: YAMLNode, lineCount: Int, varied: [String: [String]]) -> [Int: Set<String>] {
        var scalars: [(line: Int, text: String)] = []
        func walk(_ node: Node) {
            switch node {
            case .scalar(let scalar): scalars.append((scalar.mark?.line ?? 1, scalar.string))
            case .mapping(let mapping): for pair in mapping { walk(pair.key); walk(pair.value) }
            case .sequence(let sequence): sequence.forEach(walk)
            default: break
            }
        }
        walk(root.node)
        scalars.sort { $0.line < $1.line }
        // Each value's bytes are prepared once, not once per text; a fact is listed as soon as two of its values are found.
        let facts = varied.map { name, values in (name: name, values: values.map(LiteralSearch.Needle.init)) }
        var listed: [Int: Set<String>] = [:]
        for (index, scalar) in scalars.enumerated() {
            let text = LiteralSearch.Prepared(scalar.text)
            let listing = facts.filter { fact in
                var found = 0
                for value in fact.values where LiteralSearch.contains(value, in: text) {
                    found += 1
                    if found == 2 { return true }
                }
                return false
            }.map(\.name)
            guard !listing.isEmpty else { continue }
            let end = max(scalar.line, index + 1 < scalars.count ? scalars[index + 1].line - 1 : lineCount)
            for line in scalar.line...end { listed[line, default: []].formUnion(listing) }
        }
        return listed
    }
}

extension YAMLNode {
    /// A mapping with `other`'s entries replacing (or added to) this one's; each value keeps its own place
    /// in the file.
    /// A value an unquoted comma cut inside `{…}` is merged whole (`factEntries`), as the trainer meant it.
    func merged(with other: YAMLNode) -> YAMLNode {
        guard var mapping = node.mapping, let added = other.factEntries() else { return other }
        for entry in added {
            let key = entry.keyNode
            if let joined = entry.joined {
                mapping[key] = .scalar(.init(joined, .implicit, .doubleQuoted, entry.value.node.mark))
            } else {
                mapping[key] = entry.value.node
            }
        }
        return YAMLNode(node: .mapping(mapping), file: file)
    }
}
