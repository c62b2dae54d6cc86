import Foundation
import Yams

/// Reads and validates one scenario file; every problem goes to the log with its line and column.
struct ScenarioLoader {
    let content: ContentBundle
    let log: DiagnosticLog
    /// Reads `accept` values as the grader does; `nil` skips that check.
    var mentions: MentionExtractor? = nil
    /// Collects what each `accept` value and pattern was read as (`scenarios check --explain`).
    var explanations: ExplanationLog? = nil
    /// The shared building blocks of `Content/blocks.yaml` by name (`use:`), read once per library.
    var blocks: [String: YAMLNode] = [:]
    /// What the other files and variants of the same library load already computed (`nil`: nothing kept).
    var cache: ScenarioLoadCache? = nil
    /// The file's lines (`TextLines.of(text)`) and SHA-256 (`StableHash.hex` of its UTF-8), when the caller
    /// computed them once for the file and every variant of it: the same values `load` would compute.
    var fileLines: [Substring]? = nil
    var fileHash: String? = nil
    /// Whether `readVariants` reads each variant's values for their kind (off where only the variants' fields
    /// are wanted and its problems are not reported: a variant's own load).
    var checksVariantKinds = true

    /// Intents built by the grader from other data, usable in `when:`.
    static let builtIntents = ["offers_service", "tells_account_fact", "informal", "rude", "names_missing_document",
                               "names_incomplete_document", "question", "any", "shouting", "interrupts", "answers_question"]
    /// The simulated-software actions.
    static let actionNames = TranscriptParser.actions
    static let topKeys = ["id", "title", "title_en", "channel", "date", "clock", "topic", "service", "summary", "persona", "facts", "standards",
                          "limits", "identification", "account_facts", "claims", "documents", "questions", "intents", "answers",
                          "opening", "nodes", "fallback", "actions", "mood", "examples", "received", "reply_term_days",
                          "outcome", "records", "knowledge", "statements", "use", "anywhere", "variants", "callback_window",
                          "request_kinds"]

    /// Loads the scenario with variant `variant`'s values (0: the file's own values).
    func load(text: String, file: String, url: URL?, variant: Int = 0) -> Scenario? {
        guard let root = YAMLNode.parse(text, file: file, log: log) else { return nil }
        return load(root: root, text: text, file: file, url: url, variant: variant)
    }

    /// Loads the scenario from its file already parsed (`root`, parsed from `text`), so the variants
    /// of one file are applied to one parsed value.
    func load(root: YAMLNode, text: String, file: String, url: URL?, variant: Int = 0) -> Scenario? {
        guard var fields = root.fields("the scenario", allowed: Self.topKeys, required: ["id", "title", "channel", "clock", "persona"], log: log) else { return nil }
        let errorsBefore = log.entries.count
        let written = variant == 0 ? readVariants(fields["variants"], baseFacts: fields["facts"])
            : ScenarioLoader(content: content, log: DiagnosticLog(), mentions: nil, checksVariantKinds: false).readVariants(fields["variants"], baseFacts: fields["facts"])
        let fileFacts = Self.factValues(fields["facts"])
        let varied = Set(Self.variedFacts(base: fileFacts, variants: written).keys)
        let rawLines = fileLines ?? TextLines.of(text)
        if variant > 0 {
            guard written.indices.contains(variant - 1) else {
                log.report(uk: "у сценарії немає варіанта \(variant) (варіантів: \(written.count + 1), від 0)",
                           en: "the scenario has no variant \(variant) (it has \(written.count + 1), from 0)", at: fields.location)
                return nil
            }
            fields = Self.applying(written[variant - 1], to: fields)
        } else {
            checkPlaceholdersUsed(root: root, text: text, lines: rawLines,
                                  varied: Self.variedFacts(base: Self.factValues(fields["facts"]), variants: written))
        }

        let id = fields["id"]?.string("id", log: log) ?? ""
        if let node = fields["id"], !id.isEmpty, !id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
            log.report(uk: "id '\(id)' може містити лише літери, цифри, '-' і '_'", en: "id '\(id)' may hold only letters, digits and '-'", at: node.location)
        }
        var channel = Channel.visit
        var channelKnown = true
        if let node = fields["channel"], let text = node.string("channel", log: log) {
            if let value = Channel(rawValue: text) { channel = value } else {
                channelKnown = false
                log.report(Bilingual(uk: "невідомий канал '\(text)'", en: "unknown channel '\(text)'")
                           + Suggestion.hint(text, in: Channel.allCases.map(\.rawValue)), at: node.location)
            }
        }
        var date = CalendarDate(year: 2026, month: 11, day: 25)
        if let node = fields["date"], let text = node.string("date", log: log) {
            if let value = CalendarDate(iso: text) { date = value } else {
                log.report(uk: "неправильна дата '\(text)': пишіть РРРР-ММ-ДД, напр. 2026-11-25", en: "bad date '\(text)': write YYYY-MM-DD", at: node.location)
            }
        }
        let clockText = fields["clock"]?.string("clock", log: log) ?? "09:00"
        var clockMinutes = 9 * 60
        if let node = fields["clock"] {
            if let minutes = ClockTime.minutes(of: clockText) { clockMinutes = minutes } else {
                log.report(uk: "неправильний час '\(clockText)': пишіть ГГ:ХХ у лапках, напр. \"09:10\"", en: "bad clock '\(clockText)': write HH:MM, e.g. \"09:10\"", at: node.location)
            }
        }

        var facts = readFacts(fields["facts"])
        let writtenPersona = readPersona(fields["persona"])
        var persona = writtenPersona
        persona.name = fillFacts(persona.name, facts)
        persona.addressAs = persona.addressAs.map { fillFacts($0, facts) }
        facts["today"] = facts["today"] ?? "\(date.day).\(date.month).\(date.year)"
        if !persona.name.isEmpty {
            facts["address_as"] = facts["address_as"] ?? persona.addressAs ?? persona.name
            facts["full_name"] = facts["full_name"] ?? persona.name
        }
        let (used, usedNames) = readUse(fields["use"])
        let knownPlaceholders = Set(facts.keys).union(["trainee"])
        let bindings = facts.merging(["trainee": "Олена"]) { a, _ in a }
        func checkPlaceholders(_ value: String, at location: SourceLocation) {
            for name in placeholders(in: value) where !knownPlaceholders.contains(name) {
                log.report(Bilingual(uk: "'{\(name)}' не є фактом сценарію: додайте його до 'facts'", en: "'{\(name)}' names no fact: add it to 'facts'")
                           + Suggestion.hint(name, in: knownPlaceholders),
                           at: Self.position(of: "{\(name)}", from: location, in: rawLines))
            }
        }

        if let node = fields["persona"] {
            for value in [writtenPersona.name, writtenPersona.addressAs, writtenPersona.mood].compactMap({ $0 }) {
                checkPlaceholders(value, at: node.location)
            }
        }
        let standardEntries = readStandards(fields["standards"], channel: channelKnown ? channel : nil)
        let standards = standardEntries.map(\.0)
        if let topic = fields["topic"]?.string("topic", log: log), !content.topics.isEmpty, content.topics[topic] == nil,
           let node = fields["topic"] {
            log.report(Bilingual(uk: "невідома тема '\(topic)' (теми — у Content/services.yaml)", en: "unknown topic '\(topic)' (topics are in Content/services.yaml)")
                       + Suggestion.hint(topic, in: content.topics.keys), at: node.location)
        }
        let serviceID = fields["service"]?.string("service", log: log)
        if let serviceID, let node = fields["service"], !content.services.contains(where: { $0.id == serviceID }) {
            log.report(Bilingual(uk: "невідома послуга '\(serviceID)' (послуги — у Content/services.yaml)", en: "unknown service '\(serviceID)' (services are in Content/services.yaml)")
                       + Suggestion.hint(serviceID, in: content.services.map(\.id)), at: node.location)
        }

        let limits = fields["limits"]?.fields("limits", allowed: ["turn_words", "pause_seconds"], log: log)
        let knowledge = readKnowledge(fields["knowledge"], bindings: bindings, check: checkPlaceholders)
        let identificationEntries = resolveIdentification(fields["identification"], knowledge: knowledge)
        let identification = identificationEntries?.0
        let accountFacts = patterns(fields["account_facts"], "account_facts", bindings: bindings, lines: rawLines)
        let claims = readClaims(fields["claims"], bindings: bindings, standards: standards, lines: rawLines, varied: varied)
            + used.flatMap { readClaims($0["claims"], bindings: bindings, standards: standards, lines: [], varied: varied) }
        let documents = readDocuments(fields["documents"], bindings: bindings, lines: rawLines)
        let questions = readQuestions(fields["questions"], bindings: bindings, lines: rawLines)
        let ownIntents = fields["intents"].map { IntentReader(log: log, bindings: bindings, allowsExtends: true).read($0) } ?? [:]
        checkIntentNames(ownIntents)
        var intents = ownIntents
        for block in used {
            let shared = block["intents"].map { IntentReader(log: log, bindings: bindings, allowsExtends: true).read($0) } ?? [:]
            intents.merge(shared) { own, _ in own }
        }
        let knownIntents = Set(content.intents.keys).union(intents.keys).union(Self.builtIntents)
        let actionNeeds = Set(Self.actionNeeds(fields["actions"]))
        let answerEntries = readAnswers(fields["answers"], knownIntents: knownIntents, facts: facts,
                                        identification: identificationEntries.map { ($0.1 + $0.2).map(\.0) } ?? [], needs: actionNeeds,
                                        check: checkPlaceholders)
        var answers = answerEntries.map(\.0)
        for block in used {
            let known = Set(facts.keys).union(["name"])
            let shared = readAnswers(block["answers"], knownIntents: knownIntents, facts: facts,
                                     identification: identificationEntries.map { ($0.1 + $0.2).map(\.0) } ?? [], needs: actionNeeds,
                                     check: checkPlaceholders, include: { value in
                                         let say = value.node.mapping?["say"]?.string ?? ""
                                         let gives = value.node.mapping?["gives"]?.sequence?.compactMap(\.string) ?? []
                                         return self.placeholders(in: say).allSatisfy(known.contains) && gives.allSatisfy(known.contains)
                                     })
            for answer in shared.map(\.0) where !answers.contains(where: { $0.intent == answer.intent }) { answers.append(answer) }
        }
        if let identificationEntries {
            let given = Set(answers.flatMap(\.gives))
            for (fact, location) in identificationEntries.1 + identificationEntries.2 where !given.contains(fact) {
                log.report(Bilingual(uk: "жодна відповідь в 'answers' не дає '\(fact)' (gives), тож клієнта ніколи не буде ідентифіковано: додайте 'gives: [\(fact)]' до відповіді на запитання про це",
                                     en: "no answer in 'answers' gives '\(fact)', so the customer is never identified: add 'gives: [\(fact)]' to the answer that tells it")
                           + Suggestion.hint(fact, in: given), at: location)
            }
        }
        let opening = fields["opening"]?.string("opening", log: log)
        if let opening, let node = fields["opening"] { checkPlaceholders(opening, at: node.location) }
        if let node = fields["summary"], let summary = node.scalar { checkPlaceholders(summary, at: node.location) }
        let fallback = fields["fallback"]?.strings("fallback", log: log) ?? []
        for (line, location) in fallback { checkPlaceholders(line, at: location) }
        let actions = readActions(fields["actions"], facts: facts, check: checkPlaceholders)
        let moodRead = readMood(fields["mood"], knownIntents: knownIntents)
        let mood = moodRead?.rules
        let transitionContext = TransitionContext(knownIntents: knownIntents, mood: mood, actions: actions, check: checkPlaceholders)
        let anywhere = readAnywhere(fields["anywhere"], transitionContext) + used.flatMap { readAnywhere($0["anywhere"], transitionContext) }
        let nodes = readNodes(fields["nodes"], transitionContext, anywhere: anywhere)
        if let mood, let target = mood.onLimit, !nodes.contains(where: { $0.name == target }), let location = moodRead?.onLimitLocation {
            log.report(Bilingual(uk: "mood.on_limit: немає вузла '\(target)' у 'nodes'", en: "mood.on_limit names unknown node '\(target)'")
                       + Suggestion.hint(target, in: nodes.map(\.name)), at: location)
        }
        checkGraph(nodes, mood: mood, nodesLocation: fields["nodes"]?.location ?? fields.location)
        let examples = readExamples(fields["examples"], standards: standards, channel: channelKnown ? channel : nil,
                                    actions: actions, check: checkPlaceholders)
        let outcome = readOutcome(fields["outcome"], knownIntents: knownIntents, questions: questions, bindings: bindings)
        checkDialogue(nodes, anywhere: anywhere, goals: outcome?.goals.map(\.id) ?? [])
        let records = readRecords(fields["records"], facts: facts, check: checkPlaceholders)
        let statements = fields["statements"]?.subjectStatements(log: log, subjects: content.subjectKinds) ?? []
        for statement in statements { if let truth = statement.truth { checkPlaceholders(truth, at: statement.location) } }
        var received: CalendarDate?
        if let node = fields["received"], let text = node.string("received", log: log) {
            received = CalendarDate(iso: text)
            if received == nil { log.report(uk: "неправильна дата '\(text)': пишіть РРРР-ММ-ДД", en: "bad date '\(text)': write YYYY-MM-DD", at: node.location) }
        }
        let requestKinds = readRequestKinds(fields["request_kinds"])
        checkRequestNumbers(actions["ticket"], kinds: requestKinds, bindings: bindings, date: date, received: received,
                            lines: rawLines, at: fields["actions"]?.location ?? fields.location)

        if channelKnown, channel != .written, nodes.isEmpty {
            log.report(uk: "сценарій каналу \(channel.rawValue) потребує 'nodes' (граф діалогу)", en: "a \(channel.rawValue) scenario needs 'nodes' (the dialogue graph)", at: fields.location)
        }
        if channel == .written, opening == nil {
            log.report(uk: "письмовий сценарій потребує 'opening': тексту звернення", en: "a written scenario needs 'opening': the text of the appeal", at: fields.location)
        }
        checkStandardsData(standardEntries, fields: fields, identification: identification, documents: documents,
                           questions: questions, received: received)
        let turnWordLimit = limits?["turn_words"]?.int("turn_words", in: 1...10_000, log: log) ?? content.scoring.defaultTurnWords
        let pauseLimitSeconds = limits?["pause_seconds"]?.double("pause_seconds", in: 1...86_400, log: log) ?? content.scoring.defaultPauseSeconds
        let replyTermDays = fields["reply_term_days"]?.int("reply_term_days", in: 1...3_660, log: log)
        let callbackWindow = readCallbackWindow(fields["callback_window"])
        if callbackWindow == nil, let timed = claims.first(where: \.timedByCallbackWindow) {
            log.report(uk: "claim з judged_by: callback_window потребує 'callback_window' сценарію (коли можна передзвонити)",
                       en: "a claim with judged_by: callback_window needs the scenario's 'callback_window' (when a call-back can be kept)", at: timed.location)
        }
        let titleEN = fields["title_en"]?.string("title_en", log: log)
        guard log.entries.count == errorsBefore else { return nil }
        var scenario = Scenario(
            id: id, title: fields["title"]?.string("title", log: log) ?? id, channel: channel, date: date, clock: clockText,
            clockMinutes: clockMinutes, topic: fields["topic"]?.scalar, serviceID: serviceID,
            summary: fields["summary"]?.scalar.map { fillFacts($0, facts) }, persona: persona, facts: facts, standards: standards,
            turnWordLimit: turnWordLimit, pauseLimitSeconds: pauseLimitSeconds,
            identification: identification, accountFacts: accountFacts, claims: claims, documents: documents,
            questions: questions, intents: intents, answers: answers, opening: opening, nodes: nodes,
            anywhere: anywhere, uses: usedNames, fallback: fallback.map(\.0), actions: actions, mood: mood, examples: examples, received: received,
            replyTermDays: replyTermDays, outcome: outcome, records: records,
            knowledge: knowledge, sourceFile: url, sourceHash: fileHash ?? StableHash.hex(of: Array(text.utf8)), sourceText: text,
            variants: written.map(\.variant), variantIndex: variant)
        scenario.callbackWindow = callbackWindow
        scenario.titleEN = titleEN
        scenario.statements = statements
        scenario.otherCustomers = (0...written.count).filter { $0 != variant }.flatMap { other -> [String] in
            let values = other == 0 ? fileFacts : fileFacts.merging(written[other - 1].variant.facts) { _, drawn in drawn }
            return [fillFacts(writtenPersona.name, values)] + (writtenPersona.addressAs.map { [fillFacts($0, values)] } ?? [])
        }.filter { !$0.contains("{") }
        scenario.requestKinds = requestKinds
        return scenario
    }

    /// `callback_window: {from: 2026-11-27, from_time: "14:00", to: 2026-12-11}`: when a call-back can
    /// bring the full answer (`from` required; `from_time` the earliest time on `from`; `to` the last day).
    func readCallbackWindow(_ node: YAMLNode?) -> CallbackWindow? {
        guard let node, let fields = node.fields("callback_window", allowed: ["from", "from_time", "to"], required: ["from"], log: log) else { return nil }
        func date(_ key: String) -> CalendarDate? {
            guard let field = fields[key], let text = field.string(key, log: log) else { return nil }
            guard let value = CalendarDate(iso: text) else {
                log.report(uk: "неправильна дата '\(text)': пишіть РРРР-ММ-ДД", en: "bad date '\(text)': write YYYY-MM-DD", at: field.location)
                return nil
            }
            return value
        }
        var fromMinutes: Int?
        if let field = fields["from_time"], let text = field.string("from_time", log: log) {
            fromMinutes = ClockTime.minutes(of: text)
            if fromMinutes == nil {
                log.report(uk: "неправильний час '\(text)': пишіть ГГ:ХХ у лапках, напр. \"14:00\"", en: "bad time '\(text)': write HH:MM, e.g. \"14:00\"",
                           at: field.location)
            }
        }
        guard let from = date("from") else { return nil }
        let to = date("to")
        if let to, to < from {
            log.report(uk: "callback_window: 'to' раніше за 'from'", en: "callback_window: 'to' is before 'from'", at: node.location)
        }
        return CallbackWindow(from: from, fromMinutes: fromMinutes, to: to)
    }

    /// Where a text first occurs in the file at or after `location` (a block scalar's text starts on
    /// later lines), so a problem inside a multi-line value is reported on its own line and column.
    static func position(of needle: String, from location: SourceLocation, in lines: [Substring]) -> SourceLocation {
        var line = max(0, location.line - 1)
        while line < lines.count {
            let content = lines[line]
            let start = line == location.line - 1 ? content.index(content.startIndex, offsetBy: min(max(0, location.column - 1), content.count)) : content.startIndex
            if let range = content[start...].range(of: needle) {
                return SourceLocation(file: location.file, line: line + 1, column: content.distance(from: content.startIndex, to: range.lowerBound) + 1)
            }
            line += 1
        }
        return location
    }

    /// `{name}` placeholders in a text.
    func placeholders(in text: String) -> [String] {
        cache?.placeholders(in: text) ?? Self.placeholders(in: text)
    }

    /// `{name}` placeholders in a text: in a plain text (`LiteralSearch.isPlain`: every scalar its own
    /// character) the braces are found by their bytes, in any other by characters.
    static func placeholders(in text: String) -> [String] {
        // Without a «{» byte there is no «{» character (nothing else is canonically equivalent to it).
        let braces: [(open: Int, close: Int)]?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress, memchr(base, 0x7B, bytes.count) != nil else { return [] }
            return LiteralSearch.isPlain(text) ? bracePairs(bytes) : nil
        }
        if let found = braces, let pairs = found {
            guard !pairs.isEmpty else { return [] }
            let utf8 = text.utf8
            var names: [String] = []
            for (open, close) in pairs where close > open + 1 {
                let name = text[utf8.index(utf8.startIndex, offsetBy: open + 1)..<utf8.index(utf8.startIndex, offsetBy: close)]
                if name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { names.append(String(name)) }
            }
            return names
        }
        return placeholdersByCharacters(in: text)
    }

    /// The byte offsets of each «{» and the first «}» after it, the next «{» looked for after that «}».
    static func bracePairs(_ bytes: UnsafeBufferPointer<UInt8>) -> [(open: Int, close: Int)] {
        var pairs: [(open: Int, close: Int)] = []
        var open: Int?
        for offset in 0..<bytes.count {
            let byte = bytes[offset]
            if let start = open {
                if byte == 0x7D {
                    pairs.append((start, offset))
                    open = nil
                }
            } else if byte == 0x7B {
                open = offset
            }
        }
        return pairs
    }

    /// `placeholders(in:)` walking the characters.
    static func placeholdersByCharacters(in text: String) -> [String] {
        guard text.utf8.contains(UInt8(ascii: "{")) else { return [] }
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = rest[rest.index(after: open)..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { names.append(String(name)) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    func readFacts(_ node: YAMLNode?) -> [String: String] {
        var facts: [String: String] = [:]
        guard let node else { return facts }
        guard let entries = node.factEntries() else {
            _ = node.entries("facts", log: log)
            return facts
        }
        for entry in entries {
            if facts[entry.key] != nil { log.report(uk: "факт '\(entry.key)' повторено", en: "duplicate fact '\(entry.key)'", at: entry.keyLocation) }
            if let cut = entry.commaCut { log.report(cut.message, at: cut.location) }
            facts[entry.key] = entry.joined ?? entry.value.string("fact '\(entry.key)'", log: log)
        }
        return facts
    }

    func readPersona(_ node: YAMLNode?) -> Persona {
        let fields = node?.fields("persona", allowed: ["name", "address_as", "mood", "mood_en", "pace_wpm"], required: ["name"], log: log)
        return Persona(name: fields?["name"]?.string("persona.name", log: log) ?? "",
                       addressAs: fields?["address_as"]?.string("address_as", log: log),
                       mood: fields?["mood"]?.string("mood", log: log),
                       moodEnglish: fields?["mood_en"]?.string("mood_en", log: log),
                       paceWordsPerMinute: fields?["pace_wpm"]?.int("persona.pace_wpm", in: 60...400, log: log))
    }

    /// The Standards with where each is written; `channel` is `nil` when the channel is unknown
    /// (then no Standard is blamed for not fitting it).
    func readStandards(_ node: YAMLNode?, channel: Channel?) -> [(String, SourceLocation)] {
        guard let node else {
            guard let channel else { return [] }
            let nowhere = SourceLocation(file: "", line: 0, column: 0)
            return content.catalogue.filter { $0.id.hasPrefix("GEN-") || $0.channels == [channel] }.map { ($0.id, nowhere) }
        }
        var result: [(String, SourceLocation)] = []
        for (id, location) in node.strings("standards", log: log) {
            guard let standard = content.standard(id) else {
                log.report(Bilingual(uk: "невідомий Стандарт '\(id)' (каталог — Content/standards.yaml)", en: "unknown Standard ID '\(id)' (the catalogue is Content/standards.yaml)")
                           + Suggestion.hint(id, in: channelStandards(channel)), at: location)
                continue
            }
            if let channel, !standard.channels.contains(channel) {
                let valid = channelStandards(channel).joined(separator: ", ")
                log.report(uk: "Стандарт '\(id)' не стосується каналу \(channel.rawValue); для нього: \(valid)",
                           en: "Standard '\(id)' does not apply to the \(channel.rawValue) channel; its Standards: \(valid)", at: location)
            }
            if result.contains(where: { $0.0 == id }) { log.report(uk: "Стандарт '\(id)' вказано двічі", en: "Standard '\(id)' is listed twice", at: location) }
            result.append((id, location))
        }
        return result
    }

    /// The catalogue's Standards of a channel (every one when the channel is unknown).
    func channelStandards(_ channel: Channel?) -> [String] {
        content.catalogue.filter { standard in channel.map { standard.channels.contains($0) } ?? true }.map(\.id)
    }

    /// Standards decided from data the scenario must give: listing one without its data makes it
    /// unreachable (always missed) — an error, not a silent wrong verdict.
    func checkStandardsData(_ standards: [(String, SourceLocation)], fields: YAMLFields, identification: Identification?,
                            documents: [DocumentItem], questions: [AppealQuestion], received: CalendarDate?) {
        for (id, location) in standards where location.line > 0 {
            switch id {
            case "HOT-ID" where identification == nil, "VIS-ID" where identification == nil:
                log.report(uk: "\(id) вирішується за розділом 'identification', якого в сценарії немає: додайте його (all/any або article: стаття бази знань з процедурою) чи приберіть \(id)",
                           en: "\(id) is decided from 'identification', which the scenario lacks: add it (all/any, or article: the knowledge article stating the procedure) or remove \(id)", at: location)
            case "VIS-DOCS-CHECK" where !documents.contains(where: { $0.status == .missing }):
                log.report(uk: "VIS-DOCS-CHECK вимагає назвати відсутні документи, а в 'documents' немає жодного зі 'status: missing'",
                           en: "VIS-DOCS-CHECK asks for the missing documents to be named, but 'documents' has none with 'status: missing'", at: location)
            case "WRT-ANSWERS" where questions.isEmpty:
                log.report(uk: "WRT-ANSWERS вирішується за розділом 'questions', якого немає: додайте запитання звернення з 'answered_by'",
                           en: "WRT-ANSWERS is decided from 'questions', which the scenario lacks: add the appeal's questions with 'answered_by'", at: location)
            case "WRT-DEADLINE" where received == nil || fields["reply_term_days"] == nil:
                log.report(uk: "WRT-DEADLINE вирішується за 'received' і 'reply_term_days': додайте обидва",
                           en: "WRT-DEADLINE is decided from 'received' and 'reply_term_days': add both", at: location)
            default:
                break
            }
        }
    }

    /// The identification rule the scenario judges by, with where each fact is named: its own
    /// `identification:` facts (`all`, `any`, `any_count`), or the procedure of the knowledge-base article
    /// it names (`article: ID` — the scenario's own article of that id before Content's, its `identifies:`),
    /// so the customer is identified by the rule the trainee reads with `/kb`. An article's facts are
    /// reported at `article:`. A scenario that names neither has no rule (`checkStandardsData` reports it
    /// where HOT-ID or VIS-ID is listed).
    func resolveIdentification(_ node: YAMLNode?, knowledge: [KnowledgeArticle]) -> (Identification, [(String, SourceLocation)], [(String, SourceLocation)])? {
        guard let node, let fields = node.fields("identification", allowed: ["all", "any", "any_count", "update_contacts", "article"], log: log) else { return nil }
        let updateContacts = fields["update_contacts"]?.bool("update_contacts", log: log) ?? false
        guard let articleNode = fields["article"], let id = articleNode.string("article", log: log) else {
            let all = fields["all"]?.strings("all", log: log) ?? []
            let any = fields["any"]?.strings("any", log: log) ?? []
            var rules = Identification(all: all.map(\.0), any: any.map(\.0), updateContacts: updateContacts)
            if let count = fields["any_count"]?.int("any_count", in: 1...max(1, any.count), log: log) { rules.anyCount = count }
            return (rules, all, any)
        }
        if fields["all"] != nil || fields["any"] != nil || fields["any_count"] != nil {
            log.report(uk: "identification: або власні факти (all/any), або 'article' — процедура статті бази знань, не разом",
                       en: "identification: either facts of its own (all/any) or 'article', the procedure of a knowledge article, not both", at: articleNode.location)
        }
        let replaced = Set(knowledge.map(\.id))
        let articles = knowledge + content.knowledge.filter { !replaced.contains($0.id) }
        guard let article = articles.first(where: { $0.id == id }) else {
            log.report(Bilingual(uk: "identification: статті бази знань '\(id)' немає (ні в 'knowledge' сценарію, ні в Content/knowledge.yaml)",
                                 en: "identification: there is no knowledge article '\(id)' (neither in the scenario's 'knowledge' nor in Content/knowledge.yaml)")
                       + Suggestion.hint(id, in: articles.map(\.id)), at: articleNode.location)
            return nil
        }
        guard var rule = article.identifies else {
            log.report(uk: "identification: стаття '\(id)' не описує процедуру ідентифікації ('identifies:'): додайте її до статті або назвіть факти тут (all/any)",
                       en: "identification: the article '\(id)' states no identification procedure ('identifies:'): add one to it or name the facts here (all/any)", at: articleNode.location)
            return nil
        }
        rule.updateContacts = updateContacts
        let named = articleNode.location
        return (rule, rule.all.map { ($0, named) }, rule.any.map { ($0, named) })
    }

    /// A list of word patterns, each checked for syntax and for a YAML comment that cut it short.
    func patterns(_ node: YAMLNode?, _ what: String, bindings: [String: String], lines: [Substring]) -> [PatternSource] {
        guard let node else { return [] }
        for item in node.list(what, log: log) ?? [] { checkCutByComment(item, what: what, lines: lines) }
        let result = node.patterns(what, log: log, bindings: bindings)
        if let explanations {
            for source in result {
                if let pattern = source.compile(bindings: bindings, log: nil) {
                    explanations.add(source.location, Bilingual(uk: "\(what) «\(source.text)» → \(pattern.explanation(english: false))",
                                                                en: "\(what) «\(source.text)» → \(pattern.explanation(english: true))"))
                }
            }
        }
        return result
    }

    /// An unquoted pattern followed by ` #` on its line: YAML read the rest as a comment.
    func checkCutByComment(_ item: YAMLNode, what: String, lines: [Substring]) {
        guard let text = item.scalar, item.isPlainScalar, !LiteralSearch.contains(LiteralSearch.lineFeed, inText: text) else { return }
        let location = item.location
        guard location.line >= 1, location.line <= lines.count,
              Self.holdsSpaceHash(lines[location.line - 1]) else { return }
        let line = Array(lines[location.line - 1])
        let end = location.column - 1 + text.count
        guard end + 1 < line.count, line[end] == " ", line[end + 1] == "#" else { return }
        let rest = String(line[(end + 1)...])
        log.report(uk: "після шаблону '\(text)' стоїть ' #': YAML сприйняв «\(rest)» як коментар і шаблон обрізано до '\(text)'. Якщо # (будь-яке число) — частина шаблону, візьміть увесь шаблон у лапки; коментар відділяйте двома пробілами",
                   en: "' #' after the pattern '\(text)': YAML read «\(rest)» as a comment and cut the pattern to '\(text)'. If # (any number) is part of the pattern, quote the whole pattern; separate a comment by two spaces",
                   at: SourceLocation(file: location.file, line: location.line, column: end + 2))
    }

    /// Whether a line has the bytes « #»: a character « » followed by a character «#» is those two bytes, so a
    /// line without them has no pattern cut by a comment.
    static func holdsSpaceHash(_ line: Substring) -> Bool {
        var previous: UInt8 = 0
        for byte in line.utf8 {
            if previous == 0x20, byte == 0x23 { return true }
            previous = byte
        }
        return false
    }

    /// `varied`: the facts some variant changes; a claim accepting one of them is about the customer's own case.
    func readClaims(_ node: YAMLNode?, bindings: [String: String], standards: [String], lines: [Substring], varied: Set<String> = []) -> [Claim] {
        (node?.list("claims", log: log) ?? []).compactMap { item in
            guard let fields = item.fields("a claim", allowed: ["about", "accept", "shows", "note", "false", "truth", "judged_by", "counted_from"], log: log) else { return nil }
            let falsePatterns = fields["false"]?.patterns("false", log: log, bindings: bindings) ?? []
            if fields["false"] == nil {
                for key in ["about", "accept"] where fields[key] == nil { log.report(uk: "твердженню бракує '\(key)' (або 'false' і 'truth')", en: "a claim needs '\(key)' (or 'false' and 'truth')", at: item.location) }
            } else if fields["truth"] == nil {
                log.report(uk: "твердженню з 'false' потрібне 'truth': правдивий факт, який наводить висновок",
                           en: "a claim with 'false' needs 'truth': the true fact quoted in the finding", at: item.location)
            }
            if fields["about"] != nil, fields["accept"] == nil { log.report(uk: "твердженню з 'about' потрібне 'accept'", en: "a claim with 'about' needs 'accept'", at: item.location) }
            let shows = fields["shows"]?.strings("shows", log: log) ?? []
            for (id, location) in shows {
                if content.standard(id) == nil {
                    log.report(Bilingual(uk: "невідомий Стандарт '\(id)'", en: "unknown Standard ID '\(id)'")
                               + Suggestion.hint(id, in: standards), at: location)
                } else if let problem = KnownFalsehood.notShowable(id) {
                    log.report(problem, at: location)
                } else if !standards.contains(id) {
                    log.report(uk: "claim показує '\(id)', але цього Стандарту немає в 'standards' сценарію: додайте його туди або приберіть з 'shows'",
                               en: "the claim shows '\(id)', but the scenario's 'standards' do not list it: add it there or remove it from 'shows'", at: location)
                }
            }
            let accept = fields["accept"]?.strings("accept", log: log) ?? []
            for (value, location) in accept { checkAccept(fillFacts(value, bindings), written: value, at: location) }
            var claim = Claim(about: patterns(fields["about"], "about", bindings: bindings, lines: lines),
                              accept: accept.map { value, _ in fillFacts(value, bindings) }, shows: shows.map(\.0), location: item.location,
                              falsePatterns: falsePatterns, truth: fields["truth"]?.string("truth", log: log).map { fillFacts($0, bindings) })
            if let judgedBy = fields["judged_by"], let value = judgedBy.string("judged_by", log: log) {
                if value == "callback_window" {
                    claim.timedByCallbackWindow = true
                } else {
                    log.report(uk: "невідоме значення judged_by '\(value)': можливе лише 'callback_window'",
                               en: "unknown judged_by '\(value)': the only value is 'callback_window'", at: judgedBy.location)
                }
            }
            if let countedFrom = fields["counted_from"] {
                claim.countedFrom = patterns(countedFrom, "counted_from", bindings: bindings, lines: lines)
                if fields["accept"] == nil || claim.truth == nil {
                    log.report(uk: "твердженню з 'counted_from' потрібні 'accept' і 'truth': строк і від чого його рахують",
                               en: "a claim with 'counted_from' needs 'accept' and 'truth': the term and what it counts from", at: countedFrom.location)
                }
            }
            claim.customerValues = accept.filter { value, _ in placeholders(in: value).contains(where: varied.contains) }
                .map { value, _ in fillFacts(value, bindings) }
            return claim
        }
    }

    /// An `accept` value is read as dates, amounts, terms or times; one with a number that reads as
    /// none of them would make the claim judge nothing.
    func checkAccept(_ value: String, written: String, at location: SourceLocation) {
        guard let mentions else { return }
        let found = cache?.mentions(ofValue: value, extractor: mentions) ?? mentions.extract(from: AnalyzedText(value))
        var parts: [String] = []
        parts += found.dates.map { "\($0.date.day).\($0.date.month).\($0.date.year)" }
        parts += found.quantities.map { "\($0.kind) \(Self.number($0.value))" }
        parts += found.times.compactMap { $0.minutes.map { ClockTime.text(seconds: $0 * 60).prefix(5).description } }
        if let explanations {
            let what = parts.isEmpty ? Bilingual(uk: "фраза (без дат і чисел)", en: "a phrase (no date or number)")
                : Bilingual(uk: parts.joined(separator: ", "), en: parts.joined(separator: ", "))
            explanations.add(location, Bilingual(uk: "accept «\(written)» → ", en: "accept «\(written)» → ") + what)
        }
        guard parts.isEmpty else { return }
        let words = AnalyzedText(value).words.map(\.form)
        let withoutGaps = value.replacingOccurrences(of: #"~\d+"#, with: "~", options: .regularExpression)
        let hasNumber = withoutGaps.contains(where: \.isNumber) || words.contains { mentions.lexicon.numberWords[$0] != nil }
        guard hasNumber else { return }
        if value.allSatisfy({ $0.isNumber || $0.isWhitespace }) {
            log.report(uk: "accept '\(written)' — лише число без одиниці: у [ ] кома розділяє значення, тож «312,40 грн» без лапок стає '312' і '40 грн'. Беріть таке значення в лапки: [\"312,40 грн\"]; або додайте одиницю (грн, днів, кВт·год)",
                       en: "accept '\(written)' is a bare number: inside [ ] a comma separates values, so an unquoted «312,40 грн» becomes '312' and '40 грн'. Quote such a value: [\"312,40 грн\"]; or add its unit (грн, днів, кВт·год)",
                       at: location)
            return
        }
        log.report(uk: "accept '\(written)' не читається як дата, сума, строк чи час, тож claim не перевірятиме жодної дати чи числа: пишіть повністю, напр. '2 грудня', '5 робочих днів', '312,40 грн', '14:00' (перевірте: scenarios check --explain)",
                   en: "accept '\(written)' reads as no date, amount, term or time, so the claim judges no date or number: write it in full, e.g. '2 грудня', '5 робочих днів', '312,40 грн', '14:00' (see: scenarios check --explain)",
                   at: location)
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    func fillFacts(_ text: String, _ bindings: [String: String]) -> String {
        // Without a «{» no placeholder can match (nothing else is canonically equivalent to it).
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var result = text
        var searched = LiteralSearch.Prepared(result)
        for (name, value) in bindings {
            let placeholder = "{\(name)}"
            let needle = LiteralSearch.Needle(placeholder)
            guard LiteralSearch.contains(needle, in: searched) else { continue }
            if let bytes = searched.plainBytes, let wanted = needle.plainBytes {
                result = LiteralSearch.replacingAll(wanted, with: value, in: bytes)
            } else {
                result = result.replacingOccurrences(of: placeholder, with: value)
            }
            searched = LiteralSearch.Prepared(result)
        }
        return result
    }

    func readDocuments(_ node: YAMLNode?, bindings: [String: String], lines: [Substring]) -> [DocumentItem] {
        (node?.list("documents", log: log) ?? []).compactMap { item in
            guard let fields = item.fields("a document", allowed: ["name", "status", "problem", "patterns", "gives", "handed_with"], required: ["name"], log: log),
                  let name = fields["name"]?.string("name", log: log) else { return nil }
            var status = DocumentItem.Status.ok
            if let node = fields["status"], let text = node.string("status", log: log) {
                if let value = DocumentItem.Status(rawValue: text) { status = value } else {
                    log.report(Bilingual(uk: "невідомий стан документа '\(text)'", en: "unknown document status '\(text)'")
                               + Suggestion.hint(text, in: DocumentItem.Status.allCases.map(\.rawValue)), at: node.location)
                }
            }
            let patterns = patterns(fields["patterns"], "patterns", bindings: bindings, lines: lines)
            if status != .ok, patterns.isEmpty {
                log.report(uk: "документ '\(name)' потребує 'patterns': як стажист його називає", en: "document '\(name)' needs 'patterns': how the trainee names it", at: item.location)
            }
            return DocumentItem(name: name, status: status, problem: fields["problem"]?.string("problem", log: log), patterns: patterns,
                                gives: (fields["gives"]?.strings("gives", log: log) ?? []).map(\.0),
                                handedWith: (fields["handed_with"]?.strings("handed_with", log: log) ?? []).map(\.0))
        }
    }

    func readQuestions(_ node: YAMLNode?, bindings: [String: String], lines: [Substring]) -> [AppealQuestion] {
        (node?.list("questions", log: log) ?? []).enumerated().compactMap { index, item in
            guard let fields = item.fields("a question", allowed: ["id", "text", "answered_by"], required: ["answered_by"], log: log) else { return nil }
            return AppealQuestion(id: fields["id"]?.string("id", log: log) ?? "q\(index + 1)",
                                  text: fields["text"]?.string("text", log: log) ?? "",
                                  answeredBy: patterns(fields["answered_by"], "answered_by", bindings: bindings, lines: lines))
        }
    }

    /// A scenario intent named like a Content intent replaces it only when it says `extends: true`
    /// (then its patterns are added); an `extends` with nothing to extend is an error too.
    func checkIntentNames(_ intents: [String: IntentDefinition]) {
        for intent in intents.values.sorted(by: { $0.location.line < $1.location.line }) {
            if Self.builtIntents.contains(intent.name) {
                log.report(uk: "намір '\(intent.name)' вбудований у грейдер і не може бути перевизначений: назвіть свій намір інакше",
                           en: "intent '\(intent.name)' is built into the grader and cannot be redefined: give yours another name", at: intent.location)
            } else if content.intents[intent.name] != nil, !intent.extends {
                log.report(uk: "намір '\(intent.name)' вже є в Content/intents.yaml, і цей запис замінив би його (разом з усіма шаблонами): щоб додати шаблони, запишіть його як мапу з 'extends: true' і 'patterns:', або дайте іншу назву",
                           en: "intent '\(intent.name)' already exists in Content/intents.yaml and this entry would replace it (all its patterns): to add patterns write it as a mapping with 'extends: true' and 'patterns:', or give it another name",
                           at: intent.location)
            } else if content.intents[intent.name] == nil, intent.extends {
                log.report(Bilingual(uk: "'extends: true', але в Content/intents.yaml немає наміру '\(intent.name)'", en: "'extends: true', but Content/intents.yaml has no intent '\(intent.name)'")
                           + Suggestion.hint(intent.name, in: content.intents.keys), at: intent.location)
            }
        }
    }

    /// The facts named by any action's `needs` (read without reporting).
    static func actionNeeds(_ node: YAMLNode?) -> [String] {
        guard let mapping = node?.node.mapping else { return [] }
        return mapping.compactMap { $0.value.mapping?["needs"] }.flatMap { needs -> [String] in
            if let sequence = needs.sequence { return sequence.compactMap(\.string) }
            return needs.string.map { [$0] } ?? []
        }
    }

    func readAnswers(_ node: YAMLNode?, knownIntents: Set<String>, facts: [String: String], identification: [String], needs: Set<String>,
                     check: (String, SourceLocation) -> Void, include: (YAMLNode) -> Bool = { _ in true }) -> [(Answer, SourceLocation)] {
        let givable = Set(facts.keys).union(identification).union(needs)
        return (node?.entries("answers", log: log) ?? []).filter { include($0.value) }.compactMap { entry in
            if !knownIntents.contains(entry.key) {
                log.report(Bilingual(uk: "невідомий намір '\(entry.key)' (наміри — у Content/intents.yaml і 'intents' сценарію)",
                                     en: "unknown intent '\(entry.key)' (intents are in Content/intents.yaml and the scenario's 'intents')")
                           + Suggestion.hint(entry.key, in: knownIntents), at: entry.keyLocation)
            }
            guard let fields = entry.value.fields("answer '\(entry.key)'", allowed: ["say", "gives"], required: ["say"], log: log),
                  let say = fields["say"]?.string("say", log: log) else { return nil }
            check(say, fields.keyLocation("say"))
            let gives = fields["gives"]?.strings("gives", log: log) ?? []
            for (fact, location) in gives where !givable.contains(fact) && fact != "name" {
                log.report(Bilingual(uk: "'\(fact)' у gives не є фактом сценарію (facts, identification чи needs дії), тож ця відповідь нічого не дає для ідентифікації",
                                     en: "'\(fact)' in gives is no fact of the scenario (facts, identification or an action's needs), so this answer gives nothing towards identification")
                           + Suggestion.hint(fact, in: givable), at: location)
            }
            return (Answer(intent: entry.key, say: say, gives: gives.map(\.0)), entry.keyLocation)
        }
    }

    func readActions(_ node: YAMLNode?, facts: [String: String], check: (String, SourceLocation) -> Void) -> [String: ActionDefinition] {
        var actions: [String: ActionDefinition] = [:]
        for entry in node?.entries("actions", log: log) ?? [] {
            if !Self.actionNames.contains(entry.key) {
                log.report(Bilingual(uk: "невідома дія '\(entry.key)'", en: "unknown action '\(entry.key)'")
                           + Suggestion.hint(entry.key, in: Self.actionNames), at: entry.keyLocation)
                continue
            }
            guard let fields = entry.value.fields("action '\(entry.key)'", allowed: ["takes", "needs", "shows", "not_found", "kind"], log: log) else { continue }
            if entry.key != "ticket", fields["kind"] != nil {
                log.report(uk: "'kind' має лише дія 'ticket'", en: "only the action 'ticket' has a 'kind'", at: fields.keyLocation("kind"))
            }
            let needs = fields["needs"]?.strings("needs", log: log) ?? []
            for (fact, location) in needs where facts[fact] == nil {
                log.report(Bilingual(uk: "'\(fact)' не є фактом сценарію", en: "'\(fact)' names no fact") + Suggestion.hint(fact, in: facts.keys), at: location)
            }
            let shows = fields["shows"]?.string("shows", log: log)
            if let shows {
                let own = (Self.actionPlaceholders[entry.key] ?? []).reduce(shows) { $0.replacingOccurrences(of: "{\($1)}", with: "") }
                check(own, fields.keyLocation("shows"))
            }
            if shows == nil, Self.inventedOutput.contains(entry.key) {
                log.report(uk: "дія '\(entry.key)' без 'shows': програма покаже вигаданий результат (номер, дані), якого немає в сценарії. Додайте 'shows:' з тим, що бачить стажист",
                           en: "action '\(entry.key)' has no 'shows': the software would print an invented result (a number, data) the scenario does not hold. Add 'shows:' with what the trainee sees",
                           at: entry.keyLocation)
            }
            let takes = fields["takes"]?.int("takes (seconds)", in: 0...86_400, log: log) ?? 0
            actions[entry.key] = ActionDefinition(name: entry.key, takes: takes, needs: needs.map(\.0), shows: shows,
                                                  notFound: fields["not_found"]?.string("not_found", log: log),
                                                  kind: fields["kind"]?.string("kind", log: log))
        }
        return actions
    }

    /// Placeholders an action's `shows` may hold besides the facts, filled by the software: `/callback`'s
    /// `{when}` (the date and time booked).
    static let actionPlaceholders = ["callback": ["when"]]

    /// Actions whose output without `shows` would be invented by the software (`lookup` may read `records`).
    static let inventedOutput = ["ticket", "callback"]

    func readMood(_ node: YAMLNode?, knownIntents: Set<String>) -> (rules: MoodRules, onLimitLocation: SourceLocation)? {
        guard let node, let fields = node.fields("mood", allowed: ["scale", "start", "worse", "better", "ignore", "limit", "on_limit"], required: ["scale", "start"], log: log) else { return nil }
        let scale = (fields["scale"]?.strings("scale", log: log) ?? []).map(\.0)
        let start = fields["start"]?.string("start", log: log) ?? scale.first ?? ""
        if !scale.contains(start), let node = fields["start"] {
            log.report(Bilingual(uk: "настрою '\(start)' немає на шкалі", en: "mood '\(start)' is not on the scale") + Suggestion.hint(start, in: scale), at: node.location)
        }
        func intents(_ key: String) -> [String] {
            (fields[key]?.strings(key, log: log) ?? []).map { name, location in
                if !knownIntents.contains(name) {
                    log.report(Bilingual(uk: "невідомий намір '\(name)'", en: "unknown intent '\(name)'") + Suggestion.hint(name, in: knownIntents), at: location)
                }
                return name
            }
        }
        let limit = fields["limit"]?.int("limit", in: 1...1000, log: log)
        let onLimit = fields["on_limit"]?.string("on_limit", log: log)
        if limit != nil, onLimit == nil {
            log.report(uk: "mood.limit без mood.on_limit: вкажіть вузол, куди переходить розмова після стількох загострень",
                       en: "mood.limit without mood.on_limit: name the node the dialogue goes to after that many escalations", at: fields.keyLocation("limit"))
        }
        if onLimit != nil, limit == nil {
            log.report(uk: "mood.on_limit без mood.limit: вкажіть, після скількох загострень переходити",
                       en: "mood.on_limit without mood.limit: say after how many escalations to go there", at: fields.keyLocation("on_limit"))
        }
        var rules = MoodRules(scale: scale, start: start, worse: intents("worse"), better: intents("better"), limit: limit, onLimit: onLimit)
        rules.ignore = intents("ignore")
        return (rules, fields["on_limit"]?.location ?? fields.keyLocation("on_limit"))
    }

    /// Unknown targets, unreachable nodes, and nodes with no way out.
    func checkGraph(_ nodes: [DialogueNode], mood: MoodRules?, nodesLocation: SourceLocation) {
        let names = nodes.map(\.name)
        for node in nodes {
            for transition in node.transitions {
                if let go = transition.go, !names.contains(go) {
                    log.report(Bilingual(uk: "немає вузла '\(go)'", en: "unknown node '\(go)'") + Suggestion.hint(go, in: names), at: transition.location)
                }
            }
            if !node.end, !node.transitions.contains(where: { $0.go != nil && $0.go != node.name }) {
                log.report(uk: "з вузла '\(node.name)' немає виходу: додайте перехід з 'go' або позначте його 'end: true'",
                           en: "node '\(node.name)' has no way out: add a transition with 'go' or mark it 'end: true'", at: node.location)
            }
        }
        guard let first = nodes.first else { return }
        var reached: Set<String> = [first.name]
        if let target = mood?.onLimit { reached.insert(target) }
        var queue = Array(reached)
        while let name = queue.popLast() {
            for transition in nodes.first(where: { $0.name == name })?.transitions ?? [] {
                if let go = transition.go, names.contains(go), !reached.contains(go) {
                    reached.insert(go)
                    queue.append(go)
                }
            }
        }
        for node in nodes where !reached.contains(node.name) {
            log.report(uk: "до вузла '\(node.name)' не веде жоден перехід з '\(first.name)': додайте 'go: \(node.name)' або приберіть вузол",
                       en: "node '\(node.name)' is unreachable from '\(first.name)': add 'go: \(node.name)' somewhere or remove it", at: node.location)
        }
        if !nodes.contains(where: \.end) {
            log.report(uk: "у діалозі немає кінцевого вузла ('end: true')", en: "the dialogue has no end node ('end: true')", at: nodesLocation)
        }
    }

    func readExamples(_ node: YAMLNode?, standards: [String], channel: Channel?, actions: [String: ActionDefinition],
                      check: (String, SourceLocation) -> Void) -> [ScenarioExample] {
        (node?.list("examples", log: log) ?? []).enumerated().compactMap { index, item in
            let keys = ["name", "transcript", "trainee", "expect"]
            guard let fields = item.fields("an example", allowed: keys, required: ["transcript", "expect"], log: log),
                  let transcriptNode = fields["transcript"], let transcript = transcriptNode.string("transcript", log: log) else { return nil }
            var transcriptLocation = transcriptNode.location
            let isBlock = !transcriptNode.isPlainScalar && LiteralSearch.contains(LiteralSearch.lineFeed, inText: transcript)
            if isBlock {
                transcriptLocation = SourceLocation(file: transcriptLocation.file, line: transcriptLocation.line + 1, column: 1)
            }
            check(transcript, transcriptNode.location)
            if let channel { checkTranscript(transcript, at: transcriptLocation, channel: channel, actions: actions) }
            var expect: [String: Verdict] = [:]
            var passed: Bool?
            var score: Int?
            var outcome: CustomerOutcome.Status?
            var allVerdict: Verdict?
            for entry in fields["expect"]?.entries("expect", log: log) ?? [] {
                switch entry.key {
                case "passed": passed = entry.value.bool("passed", log: log)
                case "score": score = entry.value.int("score", in: 0...100, log: log)
                case "outcome":
                    let statuses = CustomerOutcome.Status.allCases.map(\.rawValue)
                    if let text = entry.value.string("outcome", log: log) {
                        outcome = CustomerOutcome.Status(rawValue: text)
                        if outcome == nil { log.report(Bilingual(uk: "невідомий результат '\(text)'", en: "unknown outcome '\(text)'") + Suggestion.hint(text, in: statuses), at: entry.value.location) }
                    }
                default:
                    func expectVerdict(_ id: String, _ verdict: Verdict, at location: SourceLocation) {
                        if verdict != .notApplicable, !standards.contains(id) {
                            log.report(uk: "приклад чекає '\(id): \(verdict.rawValue)', але сценарій не містить \(id) у 'standards' (буде not_applicable): додайте його до 'standards' або чекайте not_applicable",
                                       en: "the example expects '\(id): \(verdict.rawValue)', but the scenario's 'standards' do not list \(id) (it will be not_applicable): add it to 'standards' or expect not_applicable",
                                       at: location)
                        }
                        if expect[id] != nil {
                            log.report(uk: "приклад чекає вердикт для \(id) двічі", en: "the example expects a verdict for \(id) twice", at: location)
                        }
                        expect[id] = verdict
                    }
                    if let verdict = Verdict(rawValue: entry.key) {
                        if entry.value.scalar == "all" {
                            allVerdict = verdict
                            continue
                        }
                        for (id, location) in entry.value.strings(entry.key, log: log) {
                            guard content.standard(id) != nil else {
                                log.report(Bilingual(uk: "невідомий Стандарт '\(id)' в expect.\(entry.key)", en: "unknown Standard ID '\(id)' in expect.\(entry.key)")
                                           + Suggestion.hint(id, in: standards, listLimit: 30), at: location)
                                continue
                            }
                            expectVerdict(id, verdict, at: location)
                        }
                        continue
                    }
                    guard content.standard(entry.key) != nil else {
                        log.report(Bilingual(uk: "невідомий Стандарт '\(entry.key)' в expect", en: "unknown Standard ID '\(entry.key)' in expect")
                                   + Suggestion.hint(entry.key, in: standards + ["passed", "score", "outcome"] + Verdict.allCases.map(\.rawValue), listLimit: 30),
                                   at: entry.keyLocation)
                        continue
                    }
                    guard let text = entry.value.string("verdict", log: log) else { continue }
                    guard let verdict = Verdict(rawValue: text) else {
                        log.report(Bilingual(uk: "невідомий вердикт '\(text)'", en: "unknown verdict '\(text)'")
                                   + Suggestion.hint(text, in: Verdict.allCases.map(\.rawValue), listLimit: 0)
                                   + Bilingual(uk: "; допустимі: met, violated, missed, not_applicable", en: "; valid: met, violated, missed, not_applicable"),
                                   at: entry.value.location)
                        continue
                    }
                    expectVerdict(entry.key, verdict, at: entry.keyLocation)
                }
            }
            if let verdict = allVerdict {
                for id in standards where expect[id] == nil { expect[id] = verdict }
            }
            return ScenarioExample(name: fields["name"]?.string("name", log: log) ?? "example \(index + 1)", transcript: transcript,
                                   trainee: fields["trainee"]?.string("trainee", log: log) ?? "Олена", expect: expect,
                                   passed: passed, score: score, outcome: outcome, location: item.location,
                                   transcriptLocation: transcriptLocation)
        }
    }

    /// An example transcript is parsed now, so a bad line is reported by `check`, not only by `test`;
    /// a lookup, ticket or callback with no `shows` would print invented output.
    func checkTranscript(_ transcript: String, at location: SourceLocation, channel: Channel, actions: [String: ActionDefinition]) {
        do {
            let inputs = try cache?.transcript(transcript, file: location.file, channel: channel, limits: content.scoring.inputLimits)
                ?? TranscriptParser.parse(transcript, file: location.file, channel: channel, limits: content.scoring.inputLimits)
            var reported = Set<String>()
            for input in inputs {
                guard let action = input.action, Self.inventedOutput.contains(action.name), actions[action.name] == nil,
                      !reported.contains(action.name) else { continue }
                reported.insert(action.name)
                let line = Self.lineOf("/\(action.name)", in: transcript).map { location.line + $0 } ?? location.line
                log.report(uk: "приклад використовує /\(action.name), але в 'actions' немає '\(action.name)' з 'shows': програма покаже вигаданий результат. Додайте actions.\(action.name).shows",
                           en: "the example uses /\(action.name), but 'actions' has no '\(action.name)' with 'shows': the software would invent its output. Add actions.\(action.name).shows",
                           at: SourceLocation(file: location.file, line: line, column: location.column))
            }
        } catch let error as TranscriptError {
            log.report(uk: "стенограма: \(error.ukrainian)", en: "transcript: \(error.message)",
                       at: SourceLocation(file: location.file, line: location.line + error.line - 1, column: location.column))
        } catch {
            log.report(uk: "стенограма: \(error)", en: "transcript: \(error)", at: location)
        }
    }

    /// The 0-based line of a text's first line that starts with `prefix` (after spaces).
    static func lineOf(_ prefix: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.drop { $0 == " " }.hasPrefix(prefix) }
    }
}
