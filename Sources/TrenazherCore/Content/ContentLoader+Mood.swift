extension ContentLoader {
    /// `mood.yaml`: the default mood scale (both genders), the intents that move it, and the reason
    /// each one gives; every intent must be known and every one named in `worse`/`better` needs a reason.
    func readMoodDefaults(_ root: YAMLNode, intents: Set<String>) -> MoodDefaults? {
        guard let fields = root.fields("mood.yaml", allowed: ["scale", "words", "worse", "better", "reasons", "other_reasons"], required: ["scale", "worse", "better", "reasons"], log: log) else {
            return nil
        }
        func steps(_ key: String) -> [MoodDefaults.Step] {
            (fields[key]?.list(key, log: log) ?? []).compactMap { item in
                guard let forms = item.fields(key, allowed: ["m", "f", "en"], required: key == "words" ? ["m", "f", "en"] : ["m", "f"], log: log),
                      let male = forms["m"]?.string("m", log: log), let female = forms["f"]?.string("f", log: log) else { return nil }
                return MoodDefaults.Step(masculine: male, feminine: female, english: forms["en"]?.string("en", log: log))
            }
        }
        let scale = steps("scale")
        if scale.count < 2 {
            log.report(uk: "mood.yaml: на шкалі має бути щонайменше два настрої", en: "mood.yaml: the scale needs at least two moods",
                       at: fields.keyLocation("scale"))
        }
        let known = intents.union(ScenarioLoader.builtIntents)
        func names(_ key: String) -> [String] {
            (fields[key]?.strings(key, log: log) ?? []).map { name, location in
                if !known.contains(name) {
                    log.report(Bilingual(uk: "mood.yaml: невідомий намір '\(name)'", en: "mood.yaml: unknown intent '\(name)'")
                               + Suggestion.hint(name, in: known), at: location)
                }
                return name
            }
        }
        let worse = names("worse")
        let better = names("better")
        var reasons: [String: Bilingual] = [:]
        var channelReasons: [String: [Channel: Bilingual]] = [:]
        for entry in fields["reasons"]?.entries("reasons", log: log) ?? [] {
            if !known.contains(entry.key) {
                log.report(Bilingual(uk: "mood.yaml: невідомий намір '\(entry.key)'", en: "mood.yaml: unknown intent '\(entry.key)'")
                           + Suggestion.hint(entry.key, in: known), at: entry.keyLocation)
            }
            guard let text = entry.value.fields(entry.key, allowed: ["uk", "en"] + Channel.allCases.map(\.rawValue), required: ["uk", "en"], log: log),
                  let uk = text["uk"]?.string("uk", log: log), let en = text["en"]?.string("en", log: log) else { continue }
            reasons[entry.key] = Bilingual(uk: uk, en: en)
            for channel in Channel.allCases {
                guard let own = text[channel.rawValue]?.fields(channel.rawValue, allowed: ["uk", "en"], required: ["uk", "en"], log: log),
                      let ownUK = own["uk"]?.string("uk", log: log), let ownEN = own["en"]?.string("en", log: log) else { continue }
                channelReasons[entry.key, default: [:]][channel] = Bilingual(uk: ownUK, en: ownEN)
            }
        }
        for name in worse + better where reasons[name] == nil {
            log.report(uk: "mood.yaml: у 'reasons' немає пояснення для '\(name)'", en: "mood.yaml: 'reasons' has no explanation for '\(name)'",
                       at: fields.keyLocation("reasons"))
        }
        var defaults = MoodDefaults(scale: scale, worse: worse, better: better, reasons: reasons)
        defaults.channelReasons = channelReasons
        defaults.words = steps("words")
        if let other = fields["other_reasons"]?.fields("other_reasons", allowed: ["better", "worse"], log: log) {
            func reason(_ key: String) -> Bilingual? {
                guard let text = other[key]?.fields(key, allowed: ["uk", "en"], required: ["uk", "en"], log: log),
                      let uk = text["uk"]?.string("uk", log: log), let en = text["en"]?.string("en", log: log) else { return nil }
                return Bilingual(uk: uk, en: en)
            }
            defaults.calmerReason = reason("better")
            defaults.angrierReason = reason("worse")
        }
        return defaults
    }
}
