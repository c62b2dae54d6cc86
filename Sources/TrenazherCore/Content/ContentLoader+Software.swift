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
    func readAddressWords(_ node: YAMLNode) -> AddressWords {
        let parts = AddressWords.Part.allCases.map(\.rawValue)
        guard let fields = node.fields(Self.addressWordsKey, allowed: parts, log: log) else { return AddressWords() }
        var words = AddressWords()
        var seen: [String: AddressWords.Part] = [:]
        for part in AddressWords.Part.allCases {
            for (word, location) in fields[part.rawValue]?.strings(part.rawValue, log: log) ?? [] {
                let form = TextNormalizer.matchForm(of: word.trimmingCharacters().filter { $0 != "." })
                guard !form.isEmpty, form.allSatisfy(\.isLetter) else {
                    log.report(uk: "software.yaml: '\(word)' не слово: пишіть слова-позначки адреси літерами («вул», «кв»)",
                               en: "software.yaml: '\(word)' is no word: write an address's marker words in letters («вул», «кв»)", at: location)
                    continue
                }
                if let other = seen[form], other != part {
                    log.report(uk: "software.yaml: '\(word)' уже позначає \(other.rawValue)", en: "software.yaml: '\(word)' already marks \(other.rawValue)",
                               at: location)
                    continue
                }
                seen[form] = part
                words.words[part, default: []].insert(form)
            }
        }
        return words
    }
}
