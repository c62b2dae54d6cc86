import Foundation

/// Reads the files of `Content/` into a `ContentBundle`, reporting every problem with its place.
struct ContentLoader {
    let directory: URL
    let log = DiagnosticLog()
    /// Placeholders every content pattern may use; bound per conversation.
    static let contentPlaceholders = ["trainee": "Олена"]

    func load() throws -> ContentBundle {
        var digestInput = ""
        func read(_ name: String) -> YAMLNode? {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                log.report(uk: "немає файлу \(name) у \(directory.path)", en: "missing file \(name) in \(directory.path)", at: SourceLocation(file: url.path, line: 1, column: 1))
                return nil
            }
            guard let text = String(data: data, encoding: .utf8) else {
                log.report(uk: "не текст UTF-8", en: "not UTF-8 text", at: SourceLocation(file: url.path, line: 1, column: 1))
                return nil
            }
            digestInput += name + "\n" + text
            return YAMLNode.parse(text, file: url.path, log: log)
        }

        let catalogue = read("standards.yaml").map(readCatalogue) ?? []
        let intents = read("intents.yaml").map(readIntents) ?? [:]
        let informal = read("lexicon/informal.yaml").map(readInformal)
        let courtesy = read("lexicon/courtesy.yaml").map(readCourtesy)
        let language = read("lexicon/language.yaml").map(readLanguage)
        let time = read("lexicon/time.yaml").map(readTime)
        let jargon = read("lexicon/jargon.yaml").map(readJargon) ?? []
        let questions = read("lexicon/questions.yaml").map(readQuestions) ?? (interrogatives: [], leads: [], cues: QuestionCues())
        let (fillers, contrasts, ellipsis, abbreviations, shorthand) = read("lexicon/fillers.yaml").map(readFillers) ?? ([], [], Ellipsis(), [:], [:])
        let morphologyRules = read("lexicon/morphology.yaml").map(readMorphology)
        let denial = read("lexicon/denial.yaml").map(readDenial) ?? Negation()
        // Optional: a content version installed before it existed has none (no subjects to judge).
        let statements = FileManager.default.fileExists(atPath: directory.appendingPathComponent("statements.yaml").path)
            ? read("statements.yaml") : nil
        let subjects = statements.map(readSubjects) ?? [:]
        // (the mapping itself is checked by `readSubjects`)
        let otherCustomerName = statements?.entries("statements.yaml", log: DiagnosticLog())?.first { $0.key == "other_customer_name" }?
            .value.string("other_customer_name", log: log)
        let truthNote = statements.flatMap(readTruthNote)
        let subjectKinds = subjects.mapValues { Set($0.kinds.map(\.id)) }
        let services = read("services.yaml").map { readServices($0, subjects: subjectKinds) }
        checkSubjectTopics(subjects, topics: services?.topics ?? [:])
        let scoring = read("scoring.yaml").map(readScoring)
        let negation = read("lexicon/negation.yaml").map(readNegation)
            ?? (negators: [], conditionals: [], exceptions: [], exceptionsNot: [], scope: AssertionScopeWords())
        let softwareReplies = FileManager.default.fileExists(atPath: directory.appendingPathComponent("software.yaml").path)
            ? read("software.yaml").map { readSoftwareReplies($0, builtIn: readSoftwareRepliesBeforeContent()) } : readSoftwareRepliesBeforeContent()
        // Optional: a content version installed before it existed numbers requests as its program did.
        let numbering = FileManager.default.fileExists(atPath: directory.appendingPathComponent("numbers.yaml").path)
            ? read("numbers.yaml").flatMap(readNumbering) : readNumberingBeforeContent()
        let knowledge = read("knowledge.yaml").map { readKnowledge($0, topics: services?.topics ?? [:], subjects: subjectKinds) } ?? []

        guard log.isEmpty, let softwareReplies, let numbering, let informal, let courtesy, let language, let time, let services, let scoring, let morphologyRules else {
            throw ContentError(diagnostics: log.entries)
        }
        // Real words the patterns do not name (`real_words`) join the vocabulary: a known word is never a typo.
        var vocabulary = Set(time.months.keys).union(time.weekdays.keys).union(time.numberWords.keys).union(time.clockWords.keys)
            .union(time.multipliers.keys).union(morphologyRules.realWords)
        for intent in intents.values {
            for source in intent.patterns {
                vocabulary.formUnion(source.compile(bindings: Self.contentPlaceholders, log: nil)?.plainWords ?? [])
            }
        }
        let morphology = Morphology(endings: morphologyRules.endings, reflexive: morphologyRules.reflexive,
                                    minimumStemLetters: morphologyRules.minimumStemLetters,
                                    minimumTypoLetters: morphologyRules.minimumTypoLetters,
                                    minimumTypoPrefixLetters: morphologyRules.minimumTypoPrefixLetters,
                                    unstemmed: morphologyRules.unstemmed, vocabulary: vocabulary)
        let numbers = NumberReader(values: time.numberWords, multipliers: time.multipliers, months: Set(time.months.keys),
                                   halfWords: time.halfWords, clockWords: time.clockWords, afternoonUpTo: time.afternoonUpTo,
                                   codeJoiners: time.codeJoiners,
                                   ordinalSuffixes: time.ordinalSuffixes, cardinalSuffixes: time.cardinalSuffixes)
        var blocks: ScenarioBlocksSource?
        let blocksURL = directory.appendingPathComponent("blocks.yaml")
        if FileManager.default.fileExists(atPath: blocksURL.path), let root = read("blocks.yaml") {
            blocks = ScenarioBlocksSource(text: String(data: FileManager.default.contents(atPath: blocksURL.path) ?? Data(), encoding: .utf8) ?? "",
                                          file: root.location.file)
        }
        var replies: [(intent: String, lines: [String])] = []
        var countsAs: [String: [String]] = [:]
        var saidOnce: [String] = []
        if FileManager.default.fileExists(atPath: directory.appendingPathComponent("replies.yaml").path), let root = read("replies.yaml") {
            for entry in root.entries("replies.yaml", log: log) ?? [] {
                if entry.key == "counts_as" {
                    countsAs = readCountsAs(entry.value, intents: Set(intents.keys))
                    continue
                }
                if entry.key == "said_once" {
                    saidOnce = entry.value.strings(entry.key, log: log).map { $0.0.lowercased() }
                        .sorted { $0.count > $1.count }
                    continue
                }
                if intents[entry.key] == nil {
                    log.report(Bilingual(uk: "replies.yaml: невідомий намір '\(entry.key)'", en: "replies.yaml: unknown intent '\(entry.key)'")
                               + Suggestion.hint(entry.key, in: intents.keys), at: entry.keyLocation)
                }
                let lines = entry.value.strings(entry.key, log: log).map(\.0)
                if lines.isEmpty { log.report(uk: "replies.yaml: '\(entry.key)' без реплік", en: "replies.yaml: '\(entry.key)' has no lines", at: entry.keyLocation) }
                replies.append((entry.key, lines))
            }
        }
        var moodDefaults: MoodDefaults?
        if FileManager.default.fileExists(atPath: directory.appendingPathComponent("mood.yaml").path), let root = read("mood.yaml") {
            moodDefaults = readMoodDefaults(root, intents: Set(intents.keys))
        }
        guard log.isEmpty else { throw ContentError(diagnostics: log.entries) }
        var bundle = ContentBundle(
            directory: directory, catalogue: catalogue, intents: intents, informal: informal, courtesy: courtesy,
            language: language, time: time, jargon: jargon, interrogatives: questions.interrogatives, questionLeads: questions.leads, questionCues: questions.cues, fillers: fillers, negation: denial,
            reading: TextReading(fillers: fillers, morphology: morphology, numbers: numbers, contrasts: contrasts, ellipsis: ellipsis,
                                 abbreviations: abbreviations, shorthand: shorthand), topics: services.topics,
            services: services.services, additionalServices: services.additional, scoring: scoring,
            negators: negation.negators, conditionals: negation.conditionals, knowledge: knowledge,
            requestNumbering: numbering, digest: StableHash.hex(of: Array(digestInput.utf8)))
        bundle.blocks = blocks
        bundle.exceptions = negation.exceptions
        bundle.exceptionsNot = negation.exceptionsNot
        bundle.assertionScope = negation.scope
        bundle.defaultReplies = replies
        bundle.dialogueCountsAs = countsAs
        bundle.saidOnce = saidOnce
        bundle.moodDefaults = moodDefaults
        bundle.softwareReplies = softwareReplies
        bundle.subjects = subjects
        bundle.otherCustomerName = otherCustomerName
        if let truthNote { bundle.truthNote = truthNote }
        return bundle
    }

    // MARK: standards.yaml

    func readCatalogue(_ root: YAMLNode) -> [StandardDefinition] {
        var result: [StandardDefinition] = []
        for item in root.list("the catalogue", log: log) ?? [] {
            let keys = ["id", "channels", "severity", "title", "title_en", "requirement", "clause", "hint", "hint_en", "hint_example", "notes", "notes_en"]
            guard let fields = item.fields("a Standard", allowed: keys, required: ["id", "channels", "severity", "title", "clause"], log: log),
                  let id = fields["id"]?.string("id", log: log) else { continue }
            if result.contains(where: { $0.id == id }) { log.report(uk: "ID Стандарту '\(id)' повторюється", en: "duplicate Standard ID '\(id)'", at: fields.keyLocation("id")) }
            let channels: [Channel] = (fields["channels"]?.strings("channels", log: log) ?? []).compactMap { name, location in
                guard let channel = Channel(rawValue: name) else {
                    log.report(Bilingual(uk: "невідомий канал '\(name)'", en: "unknown channel '\(name)'") + Suggestion.hint(name, in: Channel.allCases.map(\.rawValue)), at: location)
                    return nil
                }
                return channel
            }
            var severity = Severity.minor
            if let node = fields["severity"], let text = node.string("severity", log: log) {
                if let value = Severity(rawValue: text) { severity = value } else {
                    log.report(Bilingual(uk: "невідома вага порушення '\(text)'", en: "unknown severity '\(text)'") + Suggestion.hint(text, in: Severity.allCases.map(\.rawValue)), at: node.location)
                }
            }
            func text(_ key: String) -> String { fields[key]?.string(key, log: log) ?? "" }
            result.append(StandardDefinition(
                id: id, channels: channels, severity: severity, title: text("title"), titleEN: text("title_en"),
                requirement: text("requirement"), clause: text("clause"), hint: text("hint"), hintEN: text("hint_en"),
                notes: readNotes(fields["notes"]), notesEN: readNotes(fields["notes_en"]), hintExample: text("hint_example")))
        }
        return result
    }

    func readNotes(_ node: YAMLNode?) -> [Verdict: String] {
        guard let node else { return [:] }
        var notes: [Verdict: String] = [:]
        for entry in node.entries("notes", log: log) ?? [] {
            guard let verdict = Verdict(rawValue: entry.key) else {
                log.report(Bilingual(uk: "невідомий вердикт '\(entry.key)'", en: "unknown verdict '\(entry.key)'") + Suggestion.hint(entry.key, in: Verdict.allCases.map(\.rawValue)), at: entry.keyLocation)
                continue
            }
            notes[verdict] = entry.value.string("a note", log: log)
        }
        return notes
    }

    // MARK: intents.yaml

    func readIntents(_ root: YAMLNode) -> [String: IntentDefinition] {
        IntentReader(log: log, bindings: Self.contentPlaceholders).read(root)
    }

    // MARK: lexicons

    func readInformal(_ root: YAMLNode) -> InformalLexicon {
        let keys = ["pronouns", "verb_2sg", "polite_imperatives", "informal_imperatives", "noun_homographs", "safe_phrases", "imperative_lead_words",
                    "negated_imperatives", "absence_cues"]
        let fields = root.fields("informal.yaml", allowed: keys, required: ["pronouns", "verb_2sg", "polite_imperatives"], log: log)
        func words(_ node: YAMLNode?, _ what: String) -> [String] {
            (node?.strings(what, log: log) ?? []).map { TextNormalizer.matchForm(of: TextNormalizer.normalize($0.0)) }
        }
        let verbs = fields?["verb_2sg"]?.fields("verb_2sg", allowed: ["suffixes", "exceptions", "irregular"], required: ["suffixes"], log: log)
        let fixed = Set(words(fields?["informal_imperatives"], "informal_imperatives"))
        let negated = fields?["negated_imperatives"]?.fields("negated_imperatives", allowed: ["endings", "min_letters"], required: ["endings"], log: log)
        var singulars = fixed
        let polites = words(fields?["polite_imperatives"], "polite_imperatives")
        for polite in polites {
            singulars.formUnion(InformalLexicon.singulars(ofPolite: polite))
        }
        singulars.remove("будь")
        let ambiguous = singulars.subtracting(fixed).filter { $0.hasSuffix("и") }
        return InformalLexicon(
            pronouns: Set(words(fields?["pronouns"], "pronouns")),
            verbSuffixes: words(verbs?["suffixes"], "suffixes").sorted { $0.count > $1.count },
            verbExceptions: WordList(words(verbs?["exceptions"], "exceptions")),
            irregularVerbs: Set(words(verbs?["irregular"], "irregular")),
            singularImperatives: singulars,
            ambiguousImperatives: ambiguous,
            imperativeLeadWords: Set(words(fields?["imperative_lead_words"], "imperative_lead_words")),
            nounHomographs: Set(words(fields?["noun_homographs"], "noun_homographs")),
            safePhrases: fields?["safe_phrases"]?.patterns("safe_phrases", log: log, bindings: [:]) ?? [],
            negatedImperativeEndings: words(negated?["endings"], "endings"),
            negatedImperativeMinLetters: negated?["min_letters"]?.int("min_letters", in: 2...20, log: log) ?? 5,
            absenceCues: fields?["absence_cues"]?.patterns("absence_cues", log: log, bindings: [:]) ?? [],
            politeImperatives: Set(polites))
    }

    func readCourtesy(_ root: YAMLNode) -> CourtesyLexicon {
        let keys = ["prohibited", "offers", "insults", "obscene", "disrespectful_address", "acronyms", "shouting"]
        let fields = root.fields("courtesy.yaml", allowed: keys, required: ["prohibited"], log: log)
        let obscene = fields?["obscene"]?.fields("obscene", allowed: ["roots", "exclusions"], log: log)
        let shouting = fields?["shouting"]?.fields("shouting", allowed: ["min_word_letters", "max_caps_ratio", "min_letters_for_ratio", "punctuation", "repeated_letter"], log: log)
        return CourtesyLexicon(
            prohibited: fields?["prohibited"]?.patterns("prohibited", log: log, bindings: [:]) ?? [],
            insults: fields?["insults"]?.patterns("insults", log: log, bindings: [:]) ?? [],
            obsceneRoots: (obscene?["roots"]?.strings("roots", log: log) ?? []).map { TextNormalizer.matchForm(of: $0.0) },
            obsceneExclusions: WordList((obscene?["exclusions"]?.strings("exclusions", log: log) ?? []).map(\.0)),
            disrespectfulAddress: fields?["disrespectful_address"]?.patterns("disrespectful_address", log: log, bindings: [:]) ?? [],
            acronyms: Set((fields?["acronyms"]?.strings("acronyms", log: log) ?? []).map { TextNormalizer.fixLookalikes(in: $0.0).uppercased() }),
            minShoutingWordLetters: shouting?["min_word_letters"]?.int("min_word_letters", in: 1...100, log: log) ?? 4,
            maxCapsRatio: shouting?["max_caps_ratio"]?.double("max_caps_ratio", in: 0...1, log: log) ?? 0.6,
            minLettersForRatio: shouting?["min_letters_for_ratio"]?.int("min_letters_for_ratio", in: 1...10_000, log: log) ?? 8,
            shoutingPunctuation: (shouting?["punctuation"]?.strings("punctuation", log: log) ?? []).map(\.0),
            repeatedLetter: shouting?["repeated_letter"]?.int("repeated_letter", in: 2...100, log: log) ?? 3,
            offers: fields?["offers"]?.patterns("offers", log: log, bindings: [:]) ?? [])
    }

    func readLanguage(_ root: YAMLNode) -> LanguageLexicon {
        let fields = root.fields("language.yaml", allowed: ["russian_letters", "russian_words", "surzhyk_words", "surzhyk_threshold"],
                                 required: ["russian_letters", "russian_words"], log: log)
        return LanguageLexicon(
            russianLetters: Set((fields?["russian_letters"]?.strings("russian_letters", log: log) ?? []).flatMap { Array($0.0.lowercased()) }),
            russianWords: fields?["russian_words"]?.patterns("russian_words", log: log, bindings: [:]) ?? [],
            surzhykWords: fields?["surzhyk_words"]?.patterns("surzhyk_words", log: log, bindings: [:]) ?? [],
            surzhykThreshold: fields?["surzhyk_threshold"]?.int("surzhyk_threshold", in: 1...1000, log: log) ?? 2)
    }

    func readTime(_ root: YAMLNode) -> TimeLexicon {
        let keys = ["months", "weekdays", "relative_days", "number_words", "clock_words", "clock_prepositions", "day_parts", "units", "greeting_windows",
                    "durations", "duration_prepositions", "approximators", "multipliers", "half_hour_words", "afternoon_hours_up_to", "money_parts",
                    "compound_numbers", "compound_units", "letter_date_words", "year_words", "code_joiners", "working_hours", "clock_hours", "past_weekdays",
                    "terms_in_words", "clock_periods", "approximate_tolerance", "number_endings", "weekday_exclusions"]
        let fields = root.fields("time.yaml", allowed: keys, required: ["months", "units"], log: log)
        func numberedWords(_ key: String, in range: ClosedRange<Int>) -> [String: Int] {
            var map: [String: Int] = [:]
            for entry in fields?[key]?.entries(key, log: log) ?? [] {
                guard let number = Int(entry.key), range.contains(number) else {
                    log.report(uk: "\(key): '\(entry.key)' має бути числом від \(range.lowerBound) до \(range.upperBound)",
                               en: "\(key): '\(entry.key)' must be a number from \(range.lowerBound) to \(range.upperBound)", at: entry.keyLocation)
                    continue
                }
                for (word, _) in entry.value.strings(key, log: log) { map[TextNormalizer.matchForm(of: word)] = number }
            }
            return map
        }
        func wordNumbers(_ key: String, in range: ClosedRange<Int>) -> [String: Int] {
            var map: [String: Int] = [:]
            for entry in fields?[key]?.entries(key, log: log) ?? [] {
                if let value = entry.value.int("\(key).\(entry.key)", in: range, log: log) {
                    map[TextNormalizer.matchForm(of: TextNormalizer.normalize(entry.key))] = value
                }
            }
            return map
        }
        var units: [(kind: String, patterns: [PatternSource])] = []
        for item in fields?["units"]?.list("units", log: log) ?? [] {
            guard let unit = item.fields("a unit", allowed: ["kind", "patterns"], required: ["kind", "patterns"], log: log),
                  let kind = unit["kind"]?.string("kind", log: log) else { continue }
            units.append((kind, unit["patterns"]?.patterns("patterns", log: log, bindings: [:]) ?? []))
        }
        var windows: [String: (from: Int, to: Int)] = [:]
        for entry in fields?["greeting_windows"]?.entries("greeting_windows", log: log) ?? [] {
            guard let window = entry.value.fields(entry.key, allowed: ["from", "to"], required: ["from", "to"], log: log),
                  let from = window["from"].flatMap({ ClockTime.minutes(of: $0, log: log) }),
                  let to = window["to"].flatMap({ ClockTime.minutes(of: $0, log: log) }) else { continue }
            windows[entry.key] = (from, to)
        }
        var durations: [String: (days: Double, workingDays: Double)] = [:]
        for entry in fields?["durations"]?.entries("durations", log: log) ?? [] {
            guard let length = entry.value.fields(entry.key, allowed: ["days", "working_days"], required: ["days", "working_days"], log: log),
                  let days = length["days"]?.double("days", in: 0.001...36_600, log: log),
                  let working = length["working_days"]?.double("working_days", in: 0.001...36_600, log: log) else { continue }
            durations[entry.key] = (days, working)
        }
        var compoundUnits: [(stem: String, kind: String)] = []
        for entry in fields?["compound_units"]?.entries("compound_units", log: log) ?? [] {
            guard let kind = entry.value.string("compound_units.\(entry.key)", log: log) else { continue }
            if !units.contains(where: { $0.kind == kind }) {
                log.report(uk: "compound_units: «\(kind)» — не вид одиниці з `units`", en: "compound_units: '\(kind)' is not a unit kind of `units`",
                           at: entry.keyLocation)
                continue
            }
            compoundUnits.append((TextNormalizer.matchForm(of: TextNormalizer.normalize(entry.key)), kind))
        }
        let letterDateWords = Set((fields?["letter_date_words"]?.strings("letter_date_words", log: log) ?? []).map { TextNormalizer.matchForm(of: $0.0) })
        var lexicon = TimeLexicon(
            months: numberedWords("months", in: 1...12), weekdays: numberedWords("weekdays", in: 1...7),
            relativeDays: wordNumbers("relative_days", in: -366...366),
            numberWords: wordNumbers("number_words", in: 0...1_000_000), clockWords: wordNumbers("clock_words", in: 0...23),
            clockPrepositions: Set((fields?["clock_prepositions"]?.strings("clock_prepositions", log: log) ?? []).map { TextNormalizer.matchForm(of: $0.0) }),
            dayParts: fields?["day_parts"]?.patterns("day_parts", log: log, bindings: [:]) ?? [],
            units: units, durations: durations,
            durationPrepositions: Set((fields?["duration_prepositions"]?.strings("duration_prepositions", log: log) ?? []).map { TextNormalizer.matchForm(of: $0.0) }),
            approximators: Set((fields?["approximators"]?.strings("approximators", log: log) ?? []).map { TextNormalizer.matchForm(of: $0.0) }),
            multipliers: wordNumbers("multipliers", in: 1...1_000_000),
            moneyParts: fields?["money_parts"]?.fields("money_parts", allowed: ["patterns", "per"], required: ["patterns", "per"], log: log).map {
                (patterns: $0["patterns"]?.patterns("patterns", log: log, bindings: [:]) ?? [], per: $0["per"]?.int("per", in: 1...1_000, log: log) ?? 100)
            },
            halfWords: Set((fields?["half_hour_words"]?.strings("half_hour_words", log: log) ?? []).map { TextNormalizer.matchForm(of: $0.0) }),
            afternoonUpTo: fields?["afternoon_hours_up_to"]?.int("afternoon_hours_up_to", in: 0...12, log: log) ?? 7,
            greetingWindows: windows)
        lexicon.compoundNumbers = wordNumbers("compound_numbers", in: 1...1_000).sorted { $0.key.count > $1.key.count }.map { ($0.key, $0.value) }
        lexicon.compoundUnits = compoundUnits
        lexicon.letterDateWords = letterDateWords
        lexicon.yearWords = Set((fields?["year_words"]?.strings("year_words", log: log) ?? []).map { TextNormalizer.matchForm(of: $0.0) })
        if let node = fields?["working_hours"],
           let hours = node.fields("working_hours", allowed: ["weekdays", "from", "to"], required: ["weekdays", "from", "to"], log: log) {
            let weekdays = (hours["weekdays"]?.list("weekdays", log: log) ?? []).compactMap { $0.int("weekdays", in: 1...7, log: log) }
            if let from = hours["from"].flatMap({ ClockTime.minutes(of: $0, log: log) }), let to = hours["to"].flatMap({ ClockTime.minutes(of: $0, log: log) }) {
                lexicon.workingHours = WorkingHours(weekdays: Set(weekdays), from: from, to: to)
            }
        }
        lexicon.codeJoiners = Set((fields?["code_joiners"]?.strings("code_joiners", log: log) ?? []).map { TextNormalizer.matchForm(of: TextNormalizer.normalize($0.0)) })
        func words(_ node: YAMLNode?, _ key: String) -> [String] {
            (node?.strings(key, log: log) ?? []).map { TextNormalizer.matchForm(of: TextNormalizer.normalize($0.0)) }
        }
        if let endings = fields?["number_endings"]?.fields("number_endings", allowed: ["ordinal", "cardinal"], log: log) {
            lexicon.ordinalSuffixes = Set(words(endings["ordinal"], "number_endings.ordinal"))
            lexicon.cardinalSuffixes = Set(words(endings["cardinal"], "number_endings.cardinal"))
        }
        if let exclusions = fields?["weekday_exclusions"]?.fields("weekday_exclusions", allowed: ["words", "joiners"], required: ["words"], log: log) {
            lexicon.weekdayExclusions = Set(words(exclusions["words"], "weekday_exclusions.words"))
            lexicon.weekdayJoiners = Set(words(exclusions["joiners"], "weekday_exclusions.joiners"))
        }
        if let hours = fields?["clock_hours"]?.fields("clock_hours", allowed: ["prepositions", "words"], required: ["prepositions", "words"], log: log) {
            lexicon.clockHours = ClockHourWords(prepositions: Set(words(hours["prepositions"], "clock_hours.prepositions")),
                                                words: Set(words(hours["words"], "clock_hours.words")))
        }
        if let past = fields?["past_weekdays"]?.fields("past_weekdays", allowed: ["markers", "verb_endings", "not_verbs", "future_markers", "future_endings"],
                                                      required: ["markers"], log: log) {
            lexicon.pastWeekdays = PastWeekdayWords(markers: Set(words(past["markers"], "past_weekdays.markers")),
                                                    verbEndings: words(past["verb_endings"], "past_weekdays.verb_endings"),
                                                    notVerbs: Set(words(past["not_verbs"], "past_weekdays.not_verbs")),
                                                    futureMarkers: Set(words(past["future_markers"], "past_weekdays.future_markers")),
                                                    futureEndings: words(past["future_endings"], "past_weekdays.future_endings"))
        }
        lexicon.termsInWords = fields?["terms_in_words"]?.patterns("terms_in_words", log: log, bindings: [:]) ?? []
        if let periods = fields?["clock_periods"]?.fields("clock_periods", allowed: ["evening", "night", "morning", "night_from"], required: [], log: log) {
            lexicon.clockPeriods = ClockPeriodWords(evening: Set(words(periods["evening"], "clock_periods.evening")),
                                                    night: Set(words(periods["night"], "clock_periods.night")),
                                                    morning: Set(words(periods["morning"], "clock_periods.morning")),
                                                    nightFrom: periods["night_from"]?.int("clock_periods.night_from", in: 1...11, log: log) ?? 6)
        }
        lexicon.approximateTolerance = fields?["approximate_tolerance"]?.double("approximate_tolerance", in: 0...1, log: log) ?? 0
        return lexicon
    }

    func readJargon(_ root: YAMLNode) -> [JargonEntry] {
        (root.list("jargon", log: log) ?? []).compactMap { item in
            guard let fields = item.fields("an abbreviation", allowed: ["abbr", "expansion", "lowercase"], required: ["abbr", "expansion"], log: log),
                  let abbreviation = fields["abbr"]?.string("abbr", log: log) else { return nil }
            return JargonEntry(abbreviation: abbreviation, expansions: fields["expansion"]?.patterns("expansion", log: log, bindings: [:]) ?? [],
                               lowercase: fields["lowercase"]?.bool("lowercase", log: log) ?? false)
        }
    }

    func readDenial(_ root: YAMLNode) -> Negation {
        let fields = root.fields("denial.yaml", allowed: ["words", "reach"], required: ["words", "reach"], log: log)
        return Negation(words: Set((fields?["words"]?.strings("words", log: log) ?? []).map { TextNormalizer.matchForm(of: TextNormalizer.normalize($0.0)) }),
                        reach: fields?["reach"]?.int("reach", in: 0...20, log: log) ?? 0)
    }

    func readMorphology(_ root: YAMLNode) -> (endings: [String], reflexive: [String], minimumStemLetters: Int, minimumTypoLetters: Int,
                                              minimumTypoPrefixLetters: Int, realWords: [String], unstemmed: [String]) {
        let keys = ["endings", "reflexive", "minimum_stem_letters", "minimum_typo_letters", "minimum_typo_prefix_letters", "real_words",
                    "unstemmed"]
        let fields = root.fields("morphology.yaml", allowed: keys, required: ["endings", "minimum_stem_letters", "minimum_typo_letters"], log: log)
        return ((fields?["endings"]?.strings("endings", log: log) ?? []).map(\.0),
                (fields?["reflexive"]?.strings("reflexive", log: log) ?? []).map(\.0),
                fields?["minimum_stem_letters"]?.int("minimum_stem_letters", in: 1...20, log: log) ?? 3,
                fields?["minimum_typo_letters"]?.int("minimum_typo_letters", in: 1...40, log: log) ?? 5,
                fields?["minimum_typo_prefix_letters"]?.int("minimum_typo_prefix_letters", in: 2...40, log: log) ?? 40,
                (fields?["real_words"]?.strings("real_words", log: log) ?? []).map { TextNormalizer.matchForm(of: TextNormalizer.normalize($0.0)) },
                (fields?["unstemmed"]?.strings("unstemmed", log: log) ?? []).map { TextNormalizer.normalize($0.0) })
    }

    func readQuestions(_ root: YAMLNode) -> (interrogatives: Set<String>, leads: Set<String>, cues: QuestionCues) {
        let fields = root.fields("questions.yaml", allowed: ["interrogatives", "leads", "tags", "yes_no_leads", "address_words", "subordinators",
                                                                    "statement_markers", "requests", "not_asking", "reasons", "whether",
                                                                    "alternative_tails", "main_clause_openers", "needers", "instructions"],
                                 required: ["interrogatives"], log: log)
        func words(_ key: String) -> Set<String> {
            Set((fields?[key]?.strings(key, log: log) ?? []).map { TextNormalizer.matchForm(of: TextNormalizer.normalize($0.0)) })
        }
        var cues = QuestionCues(tags: words("tags"), yesNoLeads: words("yes_no_leads"), addressWords: words("address_words"),
                                subordinators: words("subordinators"), statementMarkers: words("statement_markers"),
                                requests: words("requests"), notAsking: words("not_asking"), reasons: words("reasons"),
                                whether: words("whether"))
        cues.alternativeTails = words("alternative_tails")
        cues.mainClauseOpeners = words("main_clause_openers")
        cues.needers = words("needers")
        cues.instructions = words("instructions")
        return (words("interrogatives"), words("leads"), cues)
    }

    func readFillers(_ root: YAMLNode) -> (fillers: Set<String>, contrasts: Set<String>, ellipsis: Ellipsis, abbreviations: [String: String],
                                           shorthand: [String: [String]]) {
        let fields = root.fields("fillers.yaml", allowed: ["fillers", "contrasts", "elliptical", "abbreviations", "shorthand"], required: ["fillers"],
                                 log: log)
        func words(_ key: String, in fields: YAMLFields?) -> [String] {
            (fields?[key]?.strings(key, log: log) ?? []).map { TextNormalizer.matchForm(of: TextNormalizer.normalize($0.0)) }
        }
        let elliptical = fields?["elliptical"]?.fields("elliptical", allowed: ["modals", "infinitive_endings"],
                                                       required: ["modals", "infinitive_endings"], log: log)
        let ellipsis = Ellipsis(modals: Set(words("modals", in: elliptical)), infinitiveEndings: words("infinitive_endings", in: elliptical))
        var abbreviations: [String: String] = [:]
        for entry in fields?["abbreviations"]?.entries("abbreviations", log: log) ?? [] {
            guard let full = entry.value.string("abbreviations.\(entry.key)", log: log) else { continue }
            abbreviations[TextNormalizer.matchForm(of: TextNormalizer.normalize(entry.key))] = TextNormalizer.matchForm(of: TextNormalizer.normalize(full))
        }
        var shorthand: [String: [String]] = [:]
        for entry in fields?["shorthand"]?.entries("shorthand", log: log) ?? [] {
            guard let full = entry.value.string("shorthand.\(entry.key)", log: log) else { continue }
            let words = full.split(separator: " ").map { TextNormalizer.matchForm(of: TextNormalizer.normalize(String($0))) }
            guard !words.isEmpty else { continue }
            shorthand[TextNormalizer.matchForm(of: TextNormalizer.normalize(entry.key))] = words
        }
        return (Set(words("fillers", in: fields)), Set(words("contrasts", in: fields)), ellipsis, abbreviations, shorthand)
    }

    // MARK: services.yaml, scoring.yaml

    func readServices(_ root: YAMLNode, subjects: [String: Set<String>]) -> (topics: [String: String], services: [ServiceDefinition], additional: [AdditionalService]) {
        let fields = root.fields("services.yaml", allowed: ["topics", "services", "additional_services"], required: ["additional_services"], log: log)
        var topics: [String: String] = [:]
        for item in fields?["topics"]?.list("topics", log: log) ?? [] {
            guard let topic = item.fields("a topic", allowed: ["id", "name"], required: ["id"], log: log),
                  let id = topic["id"]?.string("id", log: log) else { continue }
            topics[id] = topic["name"]?.string("name", log: log) ?? id
        }
        let services: [ServiceDefinition] = (fields?["services"]?.list("services", log: log) ?? []).compactMap { item in
            let keys = ["id", "name", "documents", "term", "cost", "documents_deadline", "payment_term", "notes", "false_statements", "statements"]
            guard let service = item.fields("a service", allowed: keys, required: ["id", "name"], log: log),
                  let id = service["id"]?.string("id", log: log) else { return nil }
            return ServiceDefinition(
                id: id, name: service["name"]?.string("name", log: log) ?? id,
                documents: (service["documents"]?.strings("documents", log: log) ?? []).map(\.0),
                term: service["term"]?.string("term", log: log), cost: service["cost"]?.string("cost", log: log),
                documentsDeadline: service["documents_deadline"]?.string("documents_deadline", log: log),
                falsehoods: service["false_statements"]?.falsehoods(log: log) ?? [],
                statements: service["statements"]?.subjectStatements(log: log, subjects: subjects) ?? [])
        }
        let additional: [AdditionalService] = (fields?["additional_services"]?.list("additional_services", log: log) ?? []).compactMap { item in
            guard let service = item.fields("an additional service", allowed: ["id", "name", "patterns", "topics", "how"], required: ["id", "patterns"], log: log),
                  let id = service["id"]?.string("id", log: log) else { return nil }
            let serviceTopics = (service["topics"]?.strings("topics", log: log) ?? [])
            for (topic, location) in serviceTopics where !topics.isEmpty && topics[topic] == nil {
                log.report(Bilingual(uk: "невідома тема '\(topic)'", en: "unknown topic '\(topic)'") + Suggestion.hint(topic, in: topics.keys), at: location)
            }
            return AdditionalService(id: id, name: service["name"]?.string("name", log: log) ?? id,
                                     patterns: service["patterns"]?.patterns("patterns", log: log, bindings: [:]) ?? [],
                                     topics: serviceTopics.map(\.0), how: service["how"]?.string("how", log: log))
        }
        return (topics, services, additional)
    }

    func readScoring(_ root: YAMLNode) -> ScoringRules {
        let keys = ["weights", "pass_score", "critical_failure_fails", "long_action_seconds", "default_limits", "practise_next_count",
                    "absence_credit", "outcome", "input_limits", "concise_answer", "recap_values"]
        let fields = root.fields("scoring.yaml", allowed: keys, required: ["weights", "pass_score", "input_limits"], log: log)
        var weights: [Severity: Int] = [:]
        for entry in fields?["weights"]?.entries("weights", log: log) ?? [] {
            guard let severity = Severity(rawValue: entry.key) else {
                log.report(Bilingual(uk: "невідома вага порушення '\(entry.key)'", en: "unknown severity '\(entry.key)'") + Suggestion.hint(entry.key, in: Severity.allCases.map(\.rawValue)), at: entry.keyLocation)
                continue
            }
            weights[severity] = entry.value.int("weight", in: 0...1000, log: log)
        }
        for severity in Severity.allCases where weights[severity] == nil {
            log.report(uk: "weights: бракує ваги '\(severity.rawValue)'", en: "weights needs '\(severity.rawValue)'", at: fields?.keyLocation("weights") ?? root.location)
        }
        if weights.values.allSatisfy({ $0 == 0 }), !weights.isEmpty {
            log.report(uk: "weights: хоча б одна вага має бути більша за 0 (балу потрібно щось зважувати)",
                       en: "weights: at least one must be above 0 (a score needs something to weigh)", at: fields?.keyLocation("weights") ?? root.location)
        }
        let limits = fields?["default_limits"]?.fields("default_limits", allowed: ["turn_words", "pause_seconds"], log: log)
        let inputKeys = ["turn_characters", "letter_characters", "transcript_lines", "answer_seconds"]
        let input = fields?["input_limits"]?.fields("input_limits", allowed: inputKeys, required: inputKeys, log: log)
        let inputLimits = InputLimits(
            turnCharacters: input?["turn_characters"]?.int("turn_characters", in: 1...1_000_000, log: log) ?? 1,
            letterCharacters: input?["letter_characters"]?.int("letter_characters", in: 1...10_000_000, log: log) ?? 1,
            transcriptLines: input?["transcript_lines"]?.int("transcript_lines", in: 1...1_000_000, log: log) ?? 1,
            answerSeconds: input?["answer_seconds"]?.double("answer_seconds", in: 1...31_622_400, log: log) ?? 1)
        return ScoringRules(
            weights: weights,
            passScore: fields?["pass_score"]?.int("pass_score", in: 0...100, log: log) ?? 80,
            criticalFailureFails: fields?["critical_failure_fails"]?.bool("critical_failure_fails", log: log) ?? true,
            longActionSeconds: fields?["long_action_seconds"]?.int("long_action_seconds", in: 0...86_400, log: log) ?? 30,
            defaultTurnWords: limits?["turn_words"]?.int("turn_words", in: 1...10_000, log: log) ?? 80,
            defaultPauseSeconds: limits?["pause_seconds"]?.double("pause_seconds", in: 1...86_400, log: log) ?? 60,
            practiseNextCount: fields?["practise_next_count"]?.int("practise_next_count", in: 0...100, log: log) ?? 2,
            absenceCredit: readAbsenceCredit(fields?["absence_credit"]),
            outcome: readOutcomeWording(fields?["outcome"]),
            inputLimits: inputLimits,
            conciseAnswer: readConciseAnswer(fields?["concise_answer"]),
            recapValues: fields?["recap_values"]?.int("recap_values", in: 0...100, log: log) ?? 0)
    }

    /// `concise_answer`: when a turn over the word limit is a complete answer told clearly (*-CONCISE).
    func readConciseAnswer(_ node: YAMLNode?) -> ConciseAnswer {
        let keys = ["most_words", "sentence_words", "values"]
        guard let node, let fields = node.fields("concise_answer", allowed: keys + ["words_per_value"], required: keys, log: log) else { return ConciseAnswer() }
        return ConciseAnswer(mostWords: fields["most_words"]?.int("most_words", in: 0...10_000, log: log) ?? 0,
                             sentenceWords: fields["sentence_words"]?.int("sentence_words", in: 1...10_000, log: log) ?? 0,
                             values: fields["values"]?.int("values", in: 0...100, log: log) ?? 0,
                             wordsPerValue: fields["words_per_value"]?.int("words_per_value", in: 1...10_000, log: log) ?? 0)
    }

    /// `absence_credit`: which Standards are judged only by the absence of a fault, and how much the
    /// trainee must have said before they earn `met`.
    func readAbsenceCredit(_ node: YAMLNode?) -> AbsenceCredit {
        guard let node, let fields = node.fields("absence_credit", allowed: ["standards", "min_words", "min_turns", "note"], required: ["standards"], log: log) else {
            return AbsenceCredit(standards: [], minWords: [:], minTurns: [:], note: "")
        }
        func perChannel(_ key: String) -> [Channel: Int] {
            var map: [Channel: Int] = [:]
            for entry in fields[key]?.entries(key, log: log) ?? [] {
                guard let channel = Channel(rawValue: entry.key) else {
                    log.report(Bilingual(uk: "невідомий канал '\(entry.key)'", en: "unknown channel '\(entry.key)'") + Suggestion.hint(entry.key, in: Channel.allCases.map(\.rawValue)), at: entry.keyLocation)
                    continue
                }
                map[channel] = entry.value.int("\(key).\(entry.key)", in: 0...100_000, log: log)
            }
            return map
        }
        return AbsenceCredit(standards: (fields["standards"]?.strings("standards", log: log) ?? []).map(\.0),
                             minWords: perChannel("min_words"), minTurns: perChannel("min_turns"),
                             note: fields["note"]?.string("note", log: log) ?? "")
    }

    /// `outcome`: whether an unserved customer fails the attempt, and the sentences that report it.
    func readOutcomeWording(_ node: YAMLNode?) -> OutcomeWording {
        let keys = ["unresolved_fails", "misinformed_fails", "feminine_endings", "list_last", "sentences"]
        guard let node, let fields = node.fields("outcome", allowed: keys, required: ["sentences"], log: log) else { return OutcomeWording() }
        var wording = OutcomeWording()
        wording.unresolvedFails = fields["unresolved_fails"]?.bool("unresolved_fails", log: log) ?? true
        wording.misinformedFails = fields["misinformed_fails"]?.bool("misinformed_fails", log: log) ?? true
        wording.feminineEndings = (fields["feminine_endings"]?.strings("feminine_endings", log: log) ?? []).map { $0.0.lowercased() }
        if let last = fields["list_last"]?.fields("list_last", allowed: ["uk", "en"], required: ["uk", "en"], log: log) {
            wording.listLast = (last["uk"]?.string("uk", log: log) ?? "", last["en"]?.string("en", log: log) ?? "")
        }
        let kinds = OutcomeWording.Kind.allCases.map(\.rawValue)
        for entry in fields["sentences"]?.entries("sentences", log: log) ?? [] {
            guard let kind = OutcomeWording.Kind(rawValue: entry.key) else {
                log.report(Bilingual(uk: "невідоме речення '\(entry.key)'", en: "unknown sentence '\(entry.key)'") + Suggestion.hint(entry.key, in: kinds), at: entry.keyLocation)
                continue
            }
            guard let forms = entry.value.fields(entry.key, allowed: ["m", "f", "en"], required: ["m", "en"], log: log) else { continue }
            let male = forms["m"]?.string("m", log: log) ?? ""
            wording.sentences[kind] = OutcomeWording.Forms(male: male, female: forms["f"]?.string("f", log: log) ?? male,
                                                           english: forms["en"]?.string("en", log: log) ?? "")
        }
        for kind in OutcomeWording.Kind.allCases where wording.sentences[kind] == nil {
            log.report(uk: "outcome.sentences: бракує речення '\(kind.rawValue)'", en: "outcome.sentences needs '\(kind.rawValue)'", at: fields.keyLocation("sentences"))
        }
        return wording
    }

    // MARK: lexicon/negation.yaml, knowledge.yaml

    func readNegation(_ root: YAMLNode) -> (negators: [PatternSource], conditionals: [PatternSource], exceptions: [PatternSource],
                                            exceptionsNot: [PatternSource], scope: AssertionScopeWords) {
        let fields = root.fields("negation.yaml", allowed: ["negators", "conditionals", "exceptions", "exceptions_not", "negators_not",
                                                            "clause_negators", "reported", "topic_of_service", "phrase_openers", "asides",
                                                            "rule_conditions", "consequences", "governing_prepositions", "subject_pronouns",
                                                            "list_names", "not_yet", "reference_points", "contrast", "until", "until_not", "hedges",
                                                            "purpose_openers", "coordinators"],
                                 required: ["negators"], log: log)
        func patterns(_ key: String, in fields: YAMLFields?) -> [PatternSource] {
            fields?[key]?.patterns(key, log: log, bindings: [:]) ?? []
        }
        let topicOfService = fields?["topic_of_service"]?.fields("topic_of_service", allowed: ["topic", "service"],
                                                                  required: ["topic", "service"], log: log)
        let contrast = fields?["contrast"]?.fields("contrast", allowed: ["negators", "openers", "keeping"], required: ["negators", "openers"], log: log)
        var scope = AssertionScopeWords(negatorsNot: patterns("negators_not", in: fields), clauseNegators: patterns("clause_negators", in: fields),
                                        reported: patterns("reported", in: fields), topics: patterns("topic", in: topicOfService),
                                        services: patterns("service", in: topicOfService),
                                        phraseOpeners: patterns("phrase_openers", in: fields), asides: patterns("asides", in: fields),
                                        ruleConditions: patterns("rule_conditions", in: fields), consequences: patterns("consequences", in: fields),
                                        governingPrepositions: patterns("governing_prepositions", in: fields),
                                        subjectPronouns: patterns("subject_pronouns", in: fields), listNames: patterns("list_names", in: fields),
                                        notYet: patterns("not_yet", in: fields), referencePoints: patterns("reference_points", in: fields),
                                        contrast: ContrastWords(negators: patterns("negators", in: contrast), openers: patterns("openers", in: contrast),
                                                                 keeping: patterns("keeping", in: contrast)))
        scope.until = patterns("until", in: fields)
        scope.untilNot = patterns("until_not", in: fields)
        scope.hedges = patterns("hedges", in: fields)
        scope.purposeOpeners = patterns("purpose_openers", in: fields)
        scope.coordinators = patterns("coordinators", in: fields)
        // A guess is a conditional too: `hedges` are added to `conditionals`, not written twice.
        return (patterns("negators", in: fields), patterns("conditionals", in: fields) + scope.hedges, patterns("exceptions", in: fields),
                patterns("exceptions_not", in: fields), scope)
    }

    func readKnowledge(_ root: YAMLNode, topics: [String: String], subjects: [String: Set<String>]) -> [KnowledgeArticle] {
        let fields = root.fields("knowledge.yaml", allowed: ["articles"], required: ["articles"], log: log)
        return KnowledgeReader(log: log, topics: topics, subjects: subjects).read(fields?["articles"])
    }

    /// `statements.yaml` `truth_note`: how a finding quotes the company's data (`{truth}`), in Ukrainian and English;
    /// `nil` when the file has none.
    func readTruthNote(_ root: YAMLNode) -> TruthNote? {
        guard let node = root.entries("statements.yaml", log: DiagnosticLog())?.first(where: { $0.key == "truth_note" })?.value,
              let forms = node.fields("truth_note", allowed: ["uk", "en"], required: ["uk", "en"], log: log) else { return nil }
        let note = TruthNote(ukrainian: forms["uk"]?.string("uk", log: log) ?? "", english: forms["en"]?.string("en", log: log) ?? "")
        for (key, form) in [("uk", note.ukrainian), ("en", note.english)] where !form.contains("{truth}") {
            log.report(uk: "truth_note.\(key): бракує «{truth}» — місця, куди стає правда за даними компанії",
                       en: "truth_note.\(key) needs «{truth}», where the company's fact goes", at: forms.keyLocation(key))
        }
        return note
    }

    /// `statements.yaml`: subject id → `says`, `denies`, `truth` per state; a closed subject adds
    /// `kinds` (`{kind}` in its patterns stands for them), `only` and `from: documents` or `from: how`.
    func readSubjects(_ root: YAMLNode) -> [String: StatementSubject] {
        let fields = root.fields("statements.yaml", allowed: ["subjects", "other_customer_name", "truth_note", "restrictions"], required: ["subjects"], log: log)
        let words = fields?["restrictions"].flatMap(readRestrictionWords)
        var subjects: [String: StatementSubject] = [:]
        for entry in fields?["subjects"]?.entries("subjects", log: log) ?? [] {
            guard let subject = entry.value.fields(entry.key, allowed: ["says", "denies", "only", "kinds", "from", "across_clauses", "guess_tells", "rule_tells", "truth", "topics",
                                                                        "examples", "not", "restricted", "about"],
                                                   required: ["says", "truth"], log: log) else { continue }
            var truth: [SubjectState: String] = [:]
            for state in subject["truth"]?.entries("truth", log: log) ?? [] {
                guard let known = SubjectState(rawValue: state.key) else {
                    log.report(Bilingual(uk: "невідомий стан '\(state.key)'", en: "unknown state '\(state.key)'")
                               + Suggestion.hint(state.key, in: SubjectState.allCases.map(\.rawValue)), at: state.keyLocation)
                    continue
                }
                truth[known] = state.value.string("truth", log: log)
            }
            let kinds = subject["kinds"].map { readSubjectKinds($0, subject: entry.key) } ?? []
            var fromDocuments = false, fromHow = false
            if let from = subject["from"], let text = from.string("from", log: log) {
                if text == "documents" { fromDocuments = true } else if text == "how" { fromHow = true } else {
                    log.report(uk: "\(entry.key): 'from' може бути лише documents або how, а не '\(text)'",
                               en: "\(entry.key): 'from' may only be documents or how, not '\(text)'", at: from.location)
                }
                if kinds.isEmpty { log.report(uk: "\(entry.key): 'from' потребує 'kinds'", en: "\(entry.key): 'from' needs 'kinds'", at: from.location) }
            }
            var probe = StatementSubject(id: entry.key, says: [], denies: [], truth: truth, location: entry.keyLocation)
            probe.kinds = kinds
            /// Patterns checked with `{kind}` standing for every kind (a subject without kinds may not use it).
            func patterns(_ key: String) -> [PatternSource] {
                (subject[key]?.strings(key, log: log) ?? []).compactMap { text, location in
                    let source = PatternSource(text: text, location: location)
                    if text.contains(StatementSubject.kindPlaceholder) && kinds.isEmpty {
                        log.report(uk: "\(entry.key): {kind} потребує 'kinds'", en: "\(entry.key): {kind} needs 'kinds'", at: location)
                        return nil
                    }
                    guard let expanded = probe.expand(source, kinds: kinds.map(\.id)),
                          expanded.compile(bindings: Self.contentPlaceholders, log: log) != nil else { return nil }
                    return source
                }
            }
            let says = patterns("says")
            if says.isEmpty { log.report(uk: "\(entry.key): порожній 'says'", en: "\(entry.key): empty 'says'", at: entry.keyLocation) }
            var definition = StatementSubject(id: entry.key, says: says, denies: patterns("denies"),
                                              truth: truth, topics: (subject["topics"]?.strings("topics", log: log) ?? []).map(\.0),
                                              examples: subject["examples"].map { readSubjectExamples($0, kinds: Set(kinds.map(\.id)), subject: entry.key) } ?? SubjectExamples(),
                                              location: entry.keyLocation)
            definition.kinds = kinds
            definition.only = patterns("only")
            definition.fromDocuments = fromDocuments
            definition.fromHow = fromHow
            definition.acrossClauses = subject["across_clauses"]?.bool("across_clauses", log: log) ?? false
            definition.guessTells = subject["guess_tells"]?.bool("guess_tells", log: log) ?? false
            definition.ruleTells = subject["rule_tells"]?.bool("rule_tells", log: log) ?? false
            definition.not = subject["not"]?.patterns("not", log: log, bindings: Self.contentPlaceholders) ?? []
            definition.about = subject["about"]?.patterns("about", log: log, bindings: Self.contentPlaceholders) ?? []
            if !definition.about.isEmpty, let words {
                definition.aboutPronouns = [PatternSource(text: RestrictionWords.group(words.pronouns), location: words.location)]
            }
            if let node = subject["restricted"] {
                if kinds.isEmpty {
                    log.report(uk: "\(entry.key): 'restricted' потребує 'kinds'", en: "\(entry.key): 'restricted' needs 'kinds'", at: node.location)
                } else if let words {
                    definition.restricted = readRestricted(node, subject: probe, words: words)
                    if definition.restricted?.about.isEmpty == true { definition.restricted?.about = definition.about }
                } else {
                    log.report(uk: "\(entry.key): 'restricted' потребує 'restrictions:' у statements.yaml",
                               en: "\(entry.key): 'restricted' needs 'restrictions:' in statements.yaml", at: node.location)
                }
            }
            if !kinds.isEmpty, !says.contains(where: { $0.text.contains(StatementSubject.kindPlaceholder) }) {
                log.report(uk: "\(entry.key): жоден шаблон 'says' не містить {kind}", en: "\(entry.key): no 'says' pattern holds {kind}", at: entry.keyLocation)
            }
            subjects[entry.key] = definition
        }
        return subjects
    }

    /// `restrictions:` of statements.yaml — `exclusive`, `required`, `pronouns`, `alternatives`: lists
    /// of words or prefixes (they stand inside one alternative group of a pattern).
    func readRestrictionWords(_ node: YAMLNode) -> RestrictionWords? {
        guard let fields = node.fields("restrictions", allowed: ["exclusive", "required", "pronouns", "alternatives"],
                                       required: ["exclusive", "required", "pronouns", "alternatives"], log: log) else { return nil }
        func words(_ key: String) -> [String] {
            plainWords(fields[key]?.strings(key, log: log) ?? [], of: "restrictions.\(key)")
        }
        let result = RestrictionWords(exclusive: words("exclusive"), required: words("required"), pronouns: words("pronouns"),
                                      alternatives: words("alternatives"), location: node.location)
        for (key, list) in [("exclusive", result.exclusive), ("required", result.required), ("pronouns", result.pronouns), ("alternatives", result.alternatives)]
        where list.isEmpty {
            log.report(uk: "restrictions.\(key): порожній список", en: "restrictions.\(key): empty list", at: node.location)
        }
        return result
    }

    /// A closed subject's `restricted:` — `{about: [PATTERNS], reach: 0–8, necessary: BOOL}` (all
    /// optional): the patterns of its restrictions built from `words` — «EXCLUSIVE ~reach {kind}»,
    /// «REQUIRED ~reach {kind}», «{kind} ~2 REQUIRED», «без {kind} ~5 не», «{kind} ~6 без PRONOUN ~5 не».
    func readRestricted(_ node: YAMLNode, subject: StatementSubject, words: RestrictionWords) -> SubjectRestrictions? {
        guard let fields = node.fields("restricted", allowed: ["about", "reach", "necessary"], required: [], log: log) else { return nil }
        let about = fields["about"]?.patterns("about", log: log, bindings: Self.contentPlaceholders) ?? []
        let reach = fields["reach"]?.int("reach", in: 0...8, log: log) ?? 2
        let necessary = fields["necessary"]?.bool("necessary", log: log) ?? false
        let exclusive = RestrictionWords.group(words.exclusive), required = RestrictionWords.group(words.required)
        let pronouns = RestrictionWords.group(words.pronouns)
        let kind = StatementSubject.kindPlaceholder
        func sources(_ texts: [String]) -> [PatternSource] {
            texts.compactMap { text in
                let source = PatternSource(text: text, location: words.location)
                guard let expanded = subject.expand(source, kinds: subject.kinds.map(\.id)),
                      expanded.compile(bindings: Self.contentPlaceholders, log: log) != nil else { return nil }
                return source
            }
        }
        return SubjectRestrictions(
            exclusive: sources(["\(exclusive) ~\(reach) \(kind)"]),
            required: sources(["\(required) ~\(reach) \(kind)", "\(kind) ~2 \(required)", "без \(kind) ~5 не", "\(kind) ~6 без \(pronouns) ~5 не"]),
            about: about,
            pronouns: sources([pronouns]),
            alternatives: sources([RestrictionWords.group(words.alternatives)]),
            necessary: necessary)
    }

    /// The texts that are words, prefixes (`word*`) or phrases of them — no brackets, gaps, alternatives or
    /// comments, as they stand inside one alternative group of a pattern; each other one is reported at its place.
    func plainWords(_ texts: [(String, SourceLocation)], of label: String) -> [String] {
        let reserved: Set<Character> = ["(", ")", "[", "]", "{", "}", "|", "~", "#"]
        return texts.compactMap { text, location in
            guard !text.contains(where: reserved.contains), !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                log.report(uk: "\(label): '\(text)' — лише слова, префікси (слово*) чи фрази з них, без дужок, ~, # і |",
                           en: "\(label): '\(text)' — words, prefixes (word*) or phrases of them only, no brackets, ~, # or |", at: location)
                return nil
            }
            return text
        }
    }

    /// A closed subject's `kinds:` — kind id → `{name: TEXT, said: [WORDS…]}`; each of `said` is a
    /// word, a prefix or a phrase (no gaps, brackets or alternatives: it stands inside `{kind}`).
    func readSubjectKinds(_ node: YAMLNode, subject: String) -> [SubjectKind] {
        (node.entries("kinds", log: log) ?? []).compactMap { entry in
            guard let fields = entry.value.fields(entry.key, allowed: ["name", "said"], required: ["name", "said"], log: log),
                  let name = fields["name"]?.string("name", log: log) else { return nil }
            let said = plainWords(fields["said"]?.strings("said", log: log) ?? [], of: "\(subject).\(entry.key)")
            guard !said.isEmpty else {
                log.report(uk: "\(subject).\(entry.key): порожній 'said'", en: "\(subject).\(entry.key): empty 'said'", at: entry.keyLocation)
                return nil
            }
            return SubjectKind(id: entry.key, name: name, said: said, location: entry.keyLocation)
        }
    }

    /// A subject's `examples:` — `asserts`, `denies`, `neither`: lists of sentences; a closed
    /// subject's `asserts`, `denies`, `only` and `not_only` are mappings of kind → sentences.
    func readSubjectExamples(_ node: YAMLNode, kinds: Set<String>, subject: String) -> SubjectExamples {
        let fields = node.fields("examples", allowed: kinds.isEmpty ? ["asserts", "denies", "neither"] : ["asserts", "denies", "only", "not_only", "neither"],
                                 required: [], log: log)
        func sentences(_ key: String) -> [(text: String, location: SourceLocation)] {
            (fields?[key]?.strings(key, log: log) ?? []).map { (text: $0.0, location: $0.1) }
        }
        func byKind(_ key: String) -> [(kind: String, text: String, location: SourceLocation)] {
            (fields?[key]?.entries(key, log: log) ?? []).flatMap { entry -> [(kind: String, text: String, location: SourceLocation)] in
                guard kinds.contains(entry.key) else {
                    log.report(Bilingual(uk: "\(subject): невідомий вид '\(entry.key)'", en: "\(subject): unknown kind '\(entry.key)'")
                               + Suggestion.hint(entry.key, in: Array(kinds)), at: entry.keyLocation)
                    return []
                }
                return entry.value.strings(key, log: log).map { (kind: entry.key, text: $0.0, location: $0.1) }
            }
        }
        if kinds.isEmpty {
            return SubjectExamples(asserts: sentences("asserts"), denies: sentences("denies"), neither: sentences("neither"))
        }
        return SubjectExamples(neither: sentences("neither"), kindAsserts: byKind("asserts"), kindDenies: byKind("denies"), kindOnly: byKind("only"),
                               kindNotOnly: byKind("not_only"))
    }

    /// A subject's `topics` must be topics of services.yaml.
    func checkSubjectTopics(_ subjects: [String: StatementSubject], topics: [String: String]) {
        guard !topics.isEmpty else { return }
        for subject in subjects.values.sorted(by: { $0.id < $1.id }) {
            for topic in subject.topics where topics[topic] == nil {
                log.report(Bilingual(uk: "\(subject.id): невідома тема '\(topic)' (теми — у Content/services.yaml)",
                                     en: "\(subject.id): unknown topic '\(topic)' (topics are in Content/services.yaml)")
                           + Suggestion.hint(topic, in: Array(topics.keys)), at: subject.location)
            }
        }
    }
}
