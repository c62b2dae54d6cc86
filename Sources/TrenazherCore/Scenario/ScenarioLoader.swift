import Foundation
import Yams

/// Reads and validates one scenario file; every problem goes to the log with its line and column.
struct ScenarioLoader {
    let content: ContentBundle
    let log: DiagnosticLog

    /// Intents built by the grader from other data, usable in `when:`.
    static let builtIntents = ["offers_service", "tells_account_fact", "informal", "rude", "names_missing_document",
                               "question", "any"]
    /// The simulated-software actions.
    static let actionNames = TranscriptParser.actions
    static let topKeys = ["id", "title", "channel", "date", "clock", "topic", "service", "summary", "persona", "facts", "standards",
                          "limits", "identification", "account_facts", "claims", "documents", "questions", "intents", "answers",
                          "opening", "nodes", "fallback", "actions", "mood", "examples", "received", "reply_term_days",
                          "outcome", "records", "knowledge"]

    func load(text: String, file: String, url: URL?) -> Scenario? {
        guard let root = YAMLNode.parse(text, file: file, log: log) else { return nil }
        guard let fields = root.fields("the scenario", allowed: Self.topKeys, required: ["id", "title", "channel", "clock", "persona"], log: log) else { return nil }
        let errorsBefore = log.entries.count

        let id = fields["id"]?.string("id", log: log) ?? ""
        if let node = fields["id"], !id.isEmpty, !id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
            log.report("id '\(id)' may hold only letters, digits and '-'", at: node.location)
        }
        var channel = Channel.visit
        if let node = fields["channel"], let text = node.string("channel", log: log) {
            if let value = Channel(rawValue: text) { channel = value } else {
                log.report("unknown channel '\(text)'\(Suggestion.didYouMean(text, in: Channel.allCases.map(\.rawValue)))", at: node.location)
            }
        }
        var date = CalendarDate(year: 2026, month: 11, day: 25)
        if let node = fields["date"], let text = node.string("date", log: log) {
            if let value = CalendarDate(iso: text) { date = value } else {
                log.report("bad date '\(text)': write YYYY-MM-DD", at: node.location)
            }
        }
        let clockText = fields["clock"]?.string("clock", log: log) ?? "09:00"
        var clockMinutes = 9 * 60
        if let node = fields["clock"] {
            if let minutes = ClockTime.minutes(of: clockText) { clockMinutes = minutes } else {
                log.report("bad clock '\(clockText)': write HH:MM, e.g. \"09:10\"", at: node.location)
            }
        }

        let facts = readFacts(fields["facts"])
        let knownPlaceholders = Set(facts.keys).union(["trainee"])
        let bindings = facts.merging(["trainee": "Олена"]) { a, _ in a }
        let rawLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func checkPlaceholders(_ value: String, at location: SourceLocation) {
            for name in placeholders(in: value) where !knownPlaceholders.contains(name) {
                log.report("'{\(name)}' names no fact\(Suggestion.didYouMean(name, in: knownPlaceholders))",
                           at: Self.position(of: "{\(name)}", from: location, in: rawLines))
            }
        }

        let persona = readPersona(fields["persona"])
        let standards = readStandards(fields["standards"], channel: channel)
        if let topic = fields["topic"]?.string("topic", log: log), !content.topics.isEmpty, content.topics[topic] == nil,
           let node = fields["topic"] {
            log.report("unknown topic '\(topic)'\(Suggestion.didYouMean(topic, in: content.topics.keys))", at: node.location)
        }
        let serviceID = fields["service"]?.string("service", log: log)
        if let serviceID, let node = fields["service"], !content.services.contains(where: { $0.id == serviceID }) {
            log.report("unknown service '\(serviceID)'\(Suggestion.didYouMean(serviceID, in: content.services.map(\.id)))", at: node.location)
        }

        let limits = fields["limits"]?.fields("limits", allowed: ["turn_words", "pause_seconds"], log: log)
        let identification = readIdentification(fields["identification"], facts: facts)
        let accountFacts = fields["account_facts"]?.patterns("account_facts", log: log, bindings: bindings) ?? []
        let claims = readClaims(fields["claims"], bindings: bindings)
        let documents = readDocuments(fields["documents"], bindings: bindings)
        let questions = readQuestions(fields["questions"], bindings: bindings)
        let intents = fields["intents"].map { IntentReader(log: log, bindings: bindings).read($0) } ?? [:]
        let knownIntents = Set(content.intents.keys).union(intents.keys).union(Self.builtIntents)
        let answers = readAnswers(fields["answers"], knownIntents: knownIntents, facts: facts, check: checkPlaceholders)
        let opening = fields["opening"]?.string("opening", log: log)
        if let opening, let node = fields["opening"] { checkPlaceholders(opening, at: node.location) }
        let fallback = fields["fallback"]?.strings("fallback", log: log) ?? []
        for (line, location) in fallback { checkPlaceholders(line, at: location) }
        let actions = readActions(fields["actions"], facts: facts, check: checkPlaceholders)
        let mood = readMood(fields["mood"], knownIntents: knownIntents)
        let nodes = readNodes(fields["nodes"], knownIntents: knownIntents, mood: mood, check: checkPlaceholders)
        if let mood, let target = mood.onLimit, !nodes.contains(where: { $0.name == target }), let node = fields["mood"] {
            log.report("mood.on_limit names unknown node '\(target)'\(Suggestion.didYouMean(target, in: nodes.map(\.name)))", at: node.location)
        }
        checkGraph(nodes, mood: mood, nodesLocation: fields["nodes"]?.location ?? fields.location)
        let examples = readExamples(fields["examples"], check: checkPlaceholders)
        let outcome = readOutcome(fields["outcome"], knownIntents: knownIntents, questions: questions, bindings: bindings)
        let records = readRecords(fields["records"], facts: facts, check: checkPlaceholders)
        let knowledge = readKnowledge(fields["knowledge"], check: checkPlaceholders)
        var received: CalendarDate?
        if let node = fields["received"], let text = node.string("received", log: log) {
            received = CalendarDate(iso: text)
            if received == nil { log.report("bad date '\(text)': write YYYY-MM-DD", at: node.location) }
        }

        if channel != .written, nodes.isEmpty {
            log.report("a \(channel.rawValue) scenario needs 'nodes' (the dialogue graph)", at: fields.location)
        }
        if channel == .written, opening == nil {
            log.report("a written scenario needs 'opening': the text of the appeal", at: fields.location)
        }
        guard log.entries.count == errorsBefore else { return nil }
        let bytes = Array(text.utf8)
        return Scenario(
            id: id, title: fields["title"]?.string("title", log: log) ?? id, channel: channel, date: date, clock: clockText,
            clockMinutes: clockMinutes, topic: fields["topic"]?.scalar, serviceID: serviceID,
            summary: fields["summary"]?.scalar, persona: persona, facts: facts, standards: standards,
            turnWordLimit: limits?["turn_words"]?.int("turn_words", log: log) ?? content.scoring.defaultTurnWords,
            pauseLimitSeconds: limits?["pause_seconds"]?.double("pause_seconds", log: log) ?? content.scoring.defaultPauseSeconds,
            identification: identification, accountFacts: accountFacts, claims: claims, documents: documents,
            questions: questions, intents: intents, answers: answers, opening: opening, nodes: nodes,
            fallback: fallback.map(\.0), actions: actions, mood: mood, examples: examples, received: received,
            replyTermDays: fields["reply_term_days"]?.int("reply_term_days", log: log), outcome: outcome, records: records,
            knowledge: knowledge, sourceFile: url, sourceHash: StableHash.hex(of: bytes), sourceText: text)
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
        for entry in node?.entries("facts", log: log) ?? [] {
            if facts[entry.key] != nil { log.report("duplicate fact '\(entry.key)'", at: entry.keyLocation) }
            facts[entry.key] = entry.value.string("fact '\(entry.key)'", log: log)
        }
        return facts
    }

    func readPersona(_ node: YAMLNode?) -> Persona {
        let fields = node?.fields("persona", allowed: ["name", "address_as", "mood"], required: ["name"], log: log)
        return Persona(name: fields?["name"]?.string("persona.name", log: log) ?? "",
                       addressAs: fields?["address_as"]?.string("address_as", log: log),
                       mood: fields?["mood"]?.string("mood", log: log))
    }

    func readStandards(_ node: YAMLNode?, channel: Channel) -> [String] {
        guard let node else {
            return content.catalogue.filter { $0.id.hasPrefix("GEN-") || $0.channels == [channel] }.map(\.id)
        }
        var result: [String] = []
        for (id, location) in node.strings("standards", log: log) {
            guard let standard = content.standard(id) else {
                log.report("unknown Standard ID '\(id)'\(Suggestion.didYouMean(id, in: content.standardIDs))", at: location)
                continue
            }
            if !standard.channels.contains(channel) {
                log.report("Standard '\(id)' does not apply to the \(channel.rawValue) channel", at: location)
            }
            if result.contains(id) { log.report("Standard '\(id)' is listed twice", at: location) }
            result.append(id)
        }
        return result
    }

    func readIdentification(_ node: YAMLNode?, facts: [String: String]) -> Identification? {
        guard let node, let fields = node.fields("identification", allowed: ["all", "any", "update_contacts"], log: log) else { return nil }
        let all = fields["all"]?.strings("all", log: log) ?? []
        let any = fields["any"]?.strings("any", log: log) ?? []
        return Identification(all: all.map(\.0), any: any.map(\.0),
                              updateContacts: fields["update_contacts"]?.bool("update_contacts", log: log) ?? false)
    }

    func readClaims(_ node: YAMLNode?, bindings: [String: String]) -> [Claim] {
        (node?.list("claims", log: log) ?? []).compactMap { item in
            guard let fields = item.fields("a claim", allowed: ["about", "accept", "shows", "note", "false", "truth"], log: log) else { return nil }
            let falsePatterns = fields["false"]?.patterns("false", log: log, bindings: bindings) ?? []
            if fields["false"] == nil {
                for key in ["about", "accept"] where fields[key] == nil { log.report("a claim needs '\(key)' (or 'false' and 'truth')", at: item.location) }
            } else if fields["truth"] == nil {
                log.report("a claim with 'false' needs 'truth': the true fact quoted in the finding", at: item.location)
            }
            if fields["about"] != nil, fields["accept"] == nil { log.report("a claim with 'about' needs 'accept'", at: item.location) }
            let shows = fields["shows"]?.strings("shows", log: log) ?? []
            for (id, location) in shows where content.standard(id) == nil {
                log.report("unknown Standard ID '\(id)'\(Suggestion.didYouMean(id, in: content.standardIDs))", at: location)
            }
            let accept = fields["accept"]?.strings("accept", log: log) ?? []
            return Claim(about: fields["about"]?.patterns("about", log: log, bindings: bindings) ?? [],
                         accept: accept.map { value, _ in fillFacts(value, bindings) }, shows: shows.map(\.0), location: item.location,
                         falsePatterns: falsePatterns, truth: fields["truth"]?.string("truth", log: log).map { fillFacts($0, bindings) })
        }
    }

    func fillFacts(_ text: String, _ bindings: [String: String]) -> String {
        var result = text
        for (name, value) in bindings { result = result.replacingOccurrences(of: "{\(name)}", with: value) }
        return result
    }

    func readDocuments(_ node: YAMLNode?, bindings: [String: String]) -> [DocumentItem] {
        (node?.list("documents", log: log) ?? []).compactMap { item in
            guard let fields = item.fields("a document", allowed: ["name", "status", "problem", "patterns"], required: ["name"], log: log),
                  let name = fields["name"]?.string("name", log: log) else { return nil }
            var status = DocumentItem.Status.ok
            if let node = fields["status"], let text = node.string("status", log: log) {
                if let value = DocumentItem.Status(rawValue: text) { status = value } else {
                    log.report("unknown document status '\(text)'\(Suggestion.didYouMean(text, in: DocumentItem.Status.allCases.map(\.rawValue)))", at: node.location)
                }
            }
            let patterns = fields["patterns"]?.patterns("patterns", log: log, bindings: bindings) ?? []
            if status != .ok, patterns.isEmpty {
                log.report("document '\(name)' needs 'patterns': how the trainee names it", at: item.location)
            }
            return DocumentItem(name: name, status: status, problem: fields["problem"]?.string("problem", log: log), patterns: patterns)
        }
    }

    func readQuestions(_ node: YAMLNode?, bindings: [String: String]) -> [AppealQuestion] {
        (node?.list("questions", log: log) ?? []).enumerated().compactMap { index, item in
            guard let fields = item.fields("a question", allowed: ["id", "text", "answered_by"], required: ["answered_by"], log: log) else { return nil }
            return AppealQuestion(id: fields["id"]?.string("id", log: log) ?? "q\(index + 1)",
                                  text: fields["text"]?.string("text", log: log) ?? "",
                                  answeredBy: fields["answered_by"]?.patterns("answered_by", log: log, bindings: bindings) ?? [])
        }
    }

    func readAnswers(_ node: YAMLNode?, knownIntents: Set<String>, facts: [String: String],
                     check: (String, SourceLocation) -> Void) -> [Answer] {
        (node?.entries("answers", log: log) ?? []).compactMap { entry in
            if !knownIntents.contains(entry.key) {
                log.report("unknown intent '\(entry.key)'\(Suggestion.didYouMean(entry.key, in: knownIntents))", at: entry.keyLocation)
            }
            guard let fields = entry.value.fields("answer '\(entry.key)'", allowed: ["say", "gives"], required: ["say"], log: log),
                  let say = fields["say"]?.string("say", log: log) else { return nil }
            check(say, fields["say"]!.location)
            let gives = fields["gives"]?.strings("gives", log: log) ?? []
            return Answer(intent: entry.key, say: say, gives: gives.map(\.0))
        }
    }

    func readActions(_ node: YAMLNode?, facts: [String: String], check: (String, SourceLocation) -> Void) -> [String: ActionDefinition] {
        var actions: [String: ActionDefinition] = [:]
        for entry in node?.entries("actions", log: log) ?? [] {
            if !Self.actionNames.contains(entry.key) {
                log.report("unknown action '\(entry.key)'\(Suggestion.didYouMean(entry.key, in: Self.actionNames))", at: entry.keyLocation)
                continue
            }
            guard let fields = entry.value.fields("action '\(entry.key)'", allowed: ["takes", "needs", "shows", "not_found"], log: log) else { continue }
            let needs = fields["needs"]?.strings("needs", log: log) ?? []
            for (fact, location) in needs where facts[fact] == nil {
                log.report("'\(fact)' names no fact\(Suggestion.didYouMean(fact, in: facts.keys))", at: location)
            }
            let shows = fields["shows"]?.string("shows", log: log)
            if let shows { check(shows, fields["shows"]!.location) }
            let takes = fields["takes"]?.int("takes", log: log) ?? 0
            if takes < 0, let node = fields["takes"] { log.report("takes must not be negative", at: node.location) }
            actions[entry.key] = ActionDefinition(name: entry.key, takes: takes, needs: needs.map(\.0), shows: shows,
                                                  notFound: fields["not_found"]?.string("not_found", log: log))
        }
        return actions
    }

    func readMood(_ node: YAMLNode?, knownIntents: Set<String>) -> MoodRules? {
        guard let node, let fields = node.fields("mood", allowed: ["scale", "start", "worse", "better", "limit", "on_limit"], required: ["scale", "start"], log: log) else { return nil }
        let scale = (fields["scale"]?.strings("scale", log: log) ?? []).map(\.0)
        let start = fields["start"]?.string("start", log: log) ?? scale.first ?? ""
        if !scale.contains(start), let node = fields["start"] {
            log.report("mood '\(start)' is not on the scale\(Suggestion.didYouMean(start, in: scale))", at: node.location)
        }
        func intents(_ key: String) -> [String] {
            (fields[key]?.strings(key, log: log) ?? []).map { name, location in
                if !knownIntents.contains(name) {
                    log.report("unknown intent '\(name)'\(Suggestion.didYouMean(name, in: knownIntents))", at: location)
                }
                return name
            }
        }
        return MoodRules(scale: scale, start: start, worse: intents("worse"), better: intents("better"),
                         limit: fields["limit"]?.int("limit", log: log), onLimit: fields["on_limit"]?.string("on_limit", log: log))
    }

    func readNodes(_ node: YAMLNode?, knownIntents: Set<String>, mood: MoodRules?, check: (String, SourceLocation) -> Void) -> [DialogueNode] {
        var nodes: [DialogueNode] = []
        for entry in node?.entries("nodes", log: log) ?? [] {
            if nodes.contains(where: { $0.name == entry.key }) { log.report("duplicate node '\(entry.key)'", at: entry.keyLocation) }
            guard let fields = entry.value.fields("node '\(entry.key)'", allowed: ["say", "end", "on"], log: log) else { continue }
            let say = fields["say"]?.string("say", log: log)
            if let say { check(say, fields["say"]!.location) }
            var transitions: [Transition] = []
            for item in fields["on"]?.list("on", log: log) ?? [] {
                guard let t = item.fields("a transition", allowed: ["when", "action", "say", "go", "mood"], log: log) else { continue }
                let when = (t["when"]?.strings("when", log: log) ?? []).map { name, location in
                    if !knownIntents.contains(name) {
                        log.report("unknown intent '\(name)'\(Suggestion.didYouMean(name, in: knownIntents))", at: location)
                    }
                    return name
                }
                let action = t["action"]?.string("action", log: log)
                if let action, !Self.actionNames.contains(action), let node = t["action"] {
                    log.report("unknown action '\(action)'\(Suggestion.didYouMean(action, in: Self.actionNames))", at: node.location)
                }
                if when.isEmpty, action == nil {
                    log.report("a transition needs 'when' (intents) or 'action'", at: item.location)
                }
                let say = t["say"]?.string("say", log: log)
                if let say { check(say, t["say"]!.location) }
                let moodValue = t["mood"]?.string("mood", log: log)
                if let moodValue, let mood, !mood.scale.contains(moodValue), let node = t["mood"] {
                    log.report("mood '\(moodValue)' is not on the scale\(Suggestion.didYouMean(moodValue, in: mood.scale))", at: node.location)
                }
                transitions.append(Transition(when: when, action: action, say: say, go: t["go"]?.string("go", log: log),
                                              mood: moodValue, location: t["go"]?.location ?? item.location))
            }
            nodes.append(DialogueNode(name: entry.key, say: say, end: fields["end"]?.bool("end", log: log) ?? false,
                                      transitions: transitions, location: entry.keyLocation))
        }
        return nodes
    }

    /// Unknown targets, unreachable nodes, and nodes with no way out.
    func checkGraph(_ nodes: [DialogueNode], mood: MoodRules?, nodesLocation: SourceLocation) {
        let names = nodes.map(\.name)
        for node in nodes {
            for transition in node.transitions {
                if let go = transition.go, !names.contains(go) {
                    log.report("unknown node '\(go)'\(Suggestion.didYouMean(go, in: names))", at: transition.location)
                }
            }
            if !node.end, !node.transitions.contains(where: { $0.go != nil && $0.go != node.name }) {
                log.report("node '\(node.name)' has no way out: add a transition with 'go' or mark it 'end: true'", at: node.location)
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
            log.report("node '\(node.name)' is unreachable from '\(first.name)'", at: node.location)
        }
        if !nodes.contains(where: \.end) {
            log.report("the dialogue has no end node ('end: true')", at: nodesLocation)
        }
    }

    func readExamples(_ node: YAMLNode?, check: (String, SourceLocation) -> Void) -> [ScenarioExample] {
        (node?.list("examples", log: log) ?? []).enumerated().compactMap { index, item in
            let keys = ["name", "transcript", "trainee", "expect"]
            guard let fields = item.fields("an example", allowed: keys, required: ["transcript", "expect"], log: log),
                  let transcriptNode = fields["transcript"], let transcript = transcriptNode.string("transcript", log: log) else { return nil }
            var transcriptLocation = transcriptNode.location
            if case .scalar(let scalar) = transcriptNode.node, scalar.style == .literal || scalar.style == .folded {
                transcriptLocation = SourceLocation(file: transcriptLocation.file, line: transcriptLocation.line + 1, column: 1)
            }
            check(transcript, transcriptNode.location)
            var expect: [String: Verdict] = [:]
            var passed: Bool?
            var score: Int?
            var outcome: CustomerOutcome.Status?
            for entry in fields["expect"]?.entries("expect", log: log) ?? [] {
                switch entry.key {
                case "passed": passed = entry.value.bool("passed", log: log)
                case "score": score = entry.value.int("score", log: log)
                case "outcome":
                    let statuses = CustomerOutcome.Status.allCases.map(\.rawValue)
                    if let text = entry.value.string("outcome", log: log) {
                        outcome = CustomerOutcome.Status(rawValue: text)
                        if outcome == nil { log.report("unknown outcome '\(text)'\(Suggestion.didYouMean(text, in: statuses))", at: entry.value.location) }
                    }
                default:
                    guard content.standard(entry.key) != nil else {
                        log.report("unknown Standard ID '\(entry.key)'\(Suggestion.didYouMean(entry.key, in: content.standardIDs + ["passed", "score", "outcome"]))", at: entry.keyLocation)
                        continue
                    }
                    guard let text = entry.value.string("verdict", log: log) else { continue }
                    guard let verdict = Verdict(rawValue: text) else {
                        log.report("unknown verdict '\(text)'\(Suggestion.didYouMean(text, in: Verdict.allCases.map(\.rawValue)))", at: entry.value.location)
                        continue
                    }
                    expect[entry.key] = verdict
                }
            }
            return ScenarioExample(name: fields["name"]?.string("name", log: log) ?? "example \(index + 1)", transcript: transcript,
                                   trainee: fields["trainee"]?.string("trainee", log: log) ?? "Олена", expect: expect,
                                   passed: passed, score: score, outcome: outcome, location: item.location,
                                   transcriptLocation: transcriptLocation)
        }
    }
}
