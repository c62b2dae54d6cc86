extension ContentLoader {
    /// A content version without `software.yaml` (installed before the file existed): the replies its
    /// program said itself, kept in `Defaults/software-before-content.yaml` (built into the program).
    /// The file is not part of the version, so it adds nothing to the content's digest.
    func readSoftwareRepliesBeforeContent() -> SoftwareReplies? {
        let text = String(decoding: PackageResources.software_before_content_yaml, as: UTF8.self)
        return YAMLNode.parse(text, file: "software-before-content.yaml", log: log).map { readSoftwareReplies($0) }
    }

    /// `software.yaml`: every reply of `SoftwareReplies.Kind`, each with `uk` and `en`; a reply of
    /// `laterAdditions` the file does not give (a version from before it was data) is `builtIn`'s.
    func readSoftwareReplies(_ root: YAMLNode, builtIn: SoftwareReplies? = nil) -> SoftwareReplies {
        var texts: [SoftwareReplies.Kind: Bilingual] = [:]
        let kinds = SoftwareReplies.Kind.allCases.map(\.rawValue)
        for entry in root.entries("software.yaml", log: log) ?? [] {
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
        return SoftwareReplies(texts: texts)
    }
}
