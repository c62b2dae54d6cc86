extension ContentLoader {
    /// A content version without `software.yaml` (installed before the file existed): the replies its
    /// program said itself, kept in `Defaults/software-before-content.yaml` (built into the program).
    /// The file is not part of the version, so it adds nothing to the content's digest.
    func readSoftwareRepliesBeforeContent() -> SoftwareReplies? {
        let text = String(decoding: PackageResources.software_before_content_yaml, as: UTF8.self)
        return YAMLNode.parse(text, file: "software-before-content.yaml", log: log).map { readSoftwareReplies($0) }
    }

    /// `software.yaml`: every reply of `SoftwareReplies.Kind`, each with `uk` and `en`; a reply of
    /// `laterAdditions` the file does not give (a version from before it was data) is `builtIn`'s;
    /// and the marker words of an address (`address_words`, optional: `AddressWords`).
    func readSoftwareReplies(_ root: YAMLNode, builtIn: SoftwareReplies? = nil) -> SoftwareReplies {
        var texts: [SoftwareReplies.Kind: Bilingual] = [:]
        var addressWords = AddressWords()
        let kinds = SoftwareReplies.Kind.allCases.map(\.rawValue) + [Self.addressWordsKey]
        for entry in root.entries("software.yaml", log: log) ?? [] {
            if entry.key == Self.addressWordsKey {
                addressWords = readAddressWords(entry.value)
                continue
            }
            guard let kind = SoftwareReplies.Kind(rawValue: entry.key) else {
                log.report(Bilingual(uk: "software.yaml: невідома відповідь '\(entry.key)'", en: "software.yaml: unknown reply '\(entry.key)'")
                           + Suggestion.hint(entry.key, in: kinds, listLimit: 30), at: entry.keyLocation)
                continue
            }
            guard let forms = entry.value.fields(entry.key, allowed: ["uk", "en"], required: ["uk", "en"], log: log),
                  let uk = forms["uk"]?.string("uk", log: log), let en = forms["en"]?.string("en", log: log) else { continue }
            texts[kind] = Bilingual(uk: uk, en: en)
        }
        for kind in SoftwareReplies.Kind.allCases where texts[kind] == nil {
            if SoftwareReplies.Kind.laterAdditions.contains(kind), let own = builtIn?.texts[kind] {
                texts[kind] = own
                continue
            }
            log.report(uk: "software.yaml: бракує відповіді '\(kind.rawValue)'", en: "software.yaml needs the reply '\(kind.rawValue)'", at: root.location)
        }
        return SoftwareReplies(texts: texts, addressWords: addressWords)
    }

    /// The key of `software.yaml` that holds the address's marker words.
    static let addressWordsKey = "address_words"

    /// `address_words`: for each part of an address (`settlement`, `street`, `house`, `flat`) its marker
    /// words, kept in match form without a full stop («вул.» → «вул»); a word may mark one part only.
    /// `street_kinds` (optional): groups of street markers that name one kind of street, each word a
    /// street marker of one group only; `skipped` (optional): words typed with an address that are none of
    /// its parts («на», «по»), no marker word.
    func readAddressWords(_ node: YAMLNode) -> AddressWords {
        let parts = AddressWords.Part.allCases.map(\.rawValue)
        guard let fields = node.fields(Self.addressWordsKey, allowed: parts + ["street_kinds", "skipped"], log: log) else { return AddressWords() }
        var words = AddressWords()
        var seen: [String: AddressWords.Part] = [:]
        for part in AddressWords.Part.allCases {
            for (word, location) in fields[part.rawValue]?.strings(part.rawValue, log: log) ?? [] {
                guard let form = addressWord(word, at: location) else { continue }
                if let other = seen[form], other != part {
                    log.report(uk: "software.yaml: '\(word)' уже позначає \(other.rawValue)", en: "software.yaml: '\(word)' already marks \(other.rawValue)",
                               at: location)
                    continue
                }
                seen[form] = part
                words.words[part, default: []].insert(form)
            }
        }
        var grouped: Set<String> = []
        for group in fields["street_kinds"]?.list("street_kinds", log: log) ?? [] {
            var kind: Set<String> = []
            for (word, location) in group.strings("a kind of street", log: log) {
                guard let form = addressWord(word, at: location) else { continue }
                guard seen[form] == .street else {
                    log.report(uk: "software.yaml: '\(word)' у street_kinds не є позначкою вулиці (street)",
                               en: "software.yaml: '\(word)' in street_kinds is no street marker (street)", at: location)
                    continue
                }
                guard grouped.insert(form).inserted else {
                    log.report(uk: "software.yaml: '\(word)' уже є в іншій групі street_kinds", en: "software.yaml: '\(word)' is already in another group of street_kinds",
                               at: location)
                    continue
                }
                kind.insert(form)
            }
            if !kind.isEmpty { words.streetKinds.append(kind) }
        }
        for (word, location) in fields["skipped"]?.strings("skipped", log: log) ?? [] {
            guard let form = addressWord(word, at: location) else { continue }
            if let part = seen[form] {
                log.report(uk: "software.yaml: '\(word)' у skipped уже позначає \(part.rawValue)", en: "software.yaml: '\(word)' in skipped already marks \(part.rawValue)",
                           at: location)
                continue
            }
            words.skipped.insert(form)
        }
        return words
    }

    /// A word of `address_words` in match form without a full stop; `nil` (reported) when it is not letters.
    private func addressWord(_ word: String, at location: SourceLocation) -> String? {
        let form = TextNormalizer.matchForm(of: word.trimmingCharacters().filter { $0 != "." })
        guard !form.isEmpty, form.allSatisfy(\.isLetter) else {
            log.report(uk: "software.yaml: '\(word)' не слово: пишіть слова-позначки адреси літерами («вул», «кв»)",
                       en: "software.yaml: '\(word)' is no word: write an address's marker words in letters («вул», «кв»)", at: location)
            return nil
        }
        return form
    }
}
