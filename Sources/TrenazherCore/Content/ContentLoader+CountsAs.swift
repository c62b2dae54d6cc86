extension ContentLoader {
    /// `replies.yaml` `counts_as`: intent shown → the intents it counts as for the dialogue (one or a
    /// list), read as intent → the intents that count as it. Every intent must be known.
    func readCountsAs(_ node: YAMLNode, intents: Set<String>) -> [String: [String]] {
        let known = intents.union(ScenarioLoader.builtIntents)
        func checked(_ name: String, at location: SourceLocation) -> String {
            if !known.contains(name) {
                log.report(Bilingual(uk: "replies.yaml: counts_as: невідомий намір '\(name)'", en: "replies.yaml: counts_as: unknown intent '\(name)'")
                           + Suggestion.hint(name, in: known), at: location)
            }
            return name
        }
        var result: [String: [String]] = [:]
        for entry in node.entries("counts_as", log: log) ?? [] {
            let shown = checked(entry.key, at: entry.keyLocation)
            for (target, location) in entry.value.strings(entry.key, log: log) {
                result[checked(target, at: location), default: []].append(shown)
            }
        }
        return result
    }
}
