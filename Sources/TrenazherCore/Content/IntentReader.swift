/// Reads a mapping of intents (`Content/intents.yaml`, a scenario's `intents:`).
/// An intent is either a list of patterns or a mapping with `patterns`, `closing_patterns`, `not`,
/// `yields_to`, `exact`, `description`, `examples`.
struct IntentReader {
    let log: DiagnosticLog
    let bindings: [String: String]
    /// A scenario's intents may say `extends: true` (add to the Content intent of that name).
    var allowsExtends = false

    func read(_ root: YAMLNode) -> [String: IntentDefinition] {
        var intents: [String: IntentDefinition] = [:]
        for entry in root.entries("intents", log: log) ?? [] {
            if entry.value.isMapping {
                let keys = ["description", "patterns", "closing_patterns", "not", "yields_to", "exact", "examples"] + (allowsExtends ? ["extends"] : [])
                guard let fields = entry.value.fields("intent '\(entry.key)'", allowed: keys, required: ["patterns"], log: log) else { continue }
                let examples = fields["examples"]?.fields("examples", allowed: ["match", "no_match"], log: log)
                intents[entry.key] = IntentDefinition(
                    name: entry.key,
                    description: fields["description"]?.string("description", log: log) ?? "",
                    patterns: fields["patterns"]?.patterns("patterns", log: log, bindings: bindings) ?? [],
                    closingPatterns: fields["closing_patterns"]?.patterns("closing_patterns", log: log, bindings: bindings) ?? [],
                    negations: fields["not"]?.patterns("not", log: log, bindings: bindings) ?? [],
                    yieldsTo: (fields["yields_to"]?.strings("yields_to", log: log) ?? []).map(\.0),
                    exact: fields["exact"]?.bool("exact", log: log) ?? false,
                    matchExamples: (examples?["match"]?.strings("match", log: log) ?? []).map(\.0),
                    noMatchExamples: (examples?["no_match"]?.strings("no_match", log: log) ?? []).map(\.0),
                    location: entry.keyLocation,
                    extends: fields["extends"]?.bool("extends", log: log) ?? false)
            } else {
                intents[entry.key] = IntentDefinition(
                    name: entry.key, description: "", patterns: entry.value.patterns("intent '\(entry.key)'", log: log, bindings: bindings),
                    closingPatterns: [], negations: [], yieldsTo: [], exact: false, matchExamples: [], noMatchExamples: [], location: entry.keyLocation)
            }
        }
        return intents
    }
}
