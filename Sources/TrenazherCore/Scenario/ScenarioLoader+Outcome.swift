/// Reading the scenario keys of the outcome and the back office: `outcome`, `records`, `knowledge`.
extension ScenarioLoader {
    func readOutcome(_ node: YAMLNode?, knownIntents: Set<String>, questions: [AppealQuestion],
                     bindings: [String: String]) -> OutcomeRules? {
        guard let node, let fields = node.fields("outcome", allowed: ["goals", "resolved", "resolved_en", "unresolved", "unresolved_en"],
                                                 required: ["goals"], log: log) else { return nil }
        var goals: [OutcomeGoal] = []
        let questionIDs = questions.map(\.id)
        for (index, item) in (fields["goals"]?.list("goals", log: log) ?? []).enumerated() {
            let keys = ["id", "missing", "missing_en", "intents", "said", "actions", "answers", "after_identification"]
            guard let goal = item.fields("a goal", allowed: keys, required: ["missing"], log: log) else { continue }
            let id = goal["id"]?.string("id", log: log) ?? "goal\(index + 1)"
            if goals.contains(where: { $0.id == id }), let idNode = goal["id"] { log.report(uk: "мета '\(id)' повторюється", en: "duplicate goal '\(id)'", at: idNode.location) }
            let intents = (goal["intents"]?.strings("intents", log: log) ?? []).map { name, location in
                if !knownIntents.contains(name) {
                    log.report(Bilingual(uk: "невідомий намір '\(name)'", en: "unknown intent '\(name)'") + Suggestion.hint(name, in: knownIntents), at: location)
                }
                return name
            }
            let actions = (goal["actions"]?.strings("actions", log: log) ?? []).map { name, location in
                if !Self.actionNames.contains(name) {
                    log.report(Bilingual(uk: "невідома дія '\(name)'", en: "unknown action '\(name)'") + Suggestion.hint(name, in: Self.actionNames), at: location)
                }
                return name
            }
            let answers = (goal["answers"]?.strings("answers", log: log) ?? []).map { name, location in
                if !questionIDs.contains(name) {
                    log.report(Bilingual(uk: "'\(name)' не називає жодного питання з 'questions'", en: "'\(name)' names no question of 'questions'") + Suggestion.hint(name, in: questionIDs), at: location)
                }
                return name
            }
            let said = goal["said"]?.patterns("said", log: log, bindings: bindings) ?? []
            if intents.isEmpty, actions.isEmpty, answers.isEmpty, said.isEmpty {
                log.report(uk: "меті '\(id)' потрібна умова: 'intents', 'said', 'actions' або 'answers'",
                           en: "goal '\(id)' needs a condition: 'intents', 'said', 'actions' or 'answers'", at: item.location)
            }
            goals.append(OutcomeGoal(id: id, missing: goal["missing"]?.string("missing", log: log) ?? id,
                                     missingEN: goal["missing_en"]?.string("missing_en", log: log), intents: intents, said: said,
                                     actions: actions, answers: answers,
                                     afterIdentification: goal["after_identification"]?.bool("after_identification", log: log) ?? false,
                                     location: item.location))
        }
        if goals.isEmpty { log.report(uk: "outcome: потрібна хоча б одна мета", en: "outcome needs at least one goal", at: fields.location) }
        return OutcomeRules(goals: goals, resolved: fields["resolved"]?.string("resolved", log: log),
                            resolvedEN: fields["resolved_en"]?.string("resolved_en", log: log),
                            unresolved: fields["unresolved"]?.string("unresolved", log: log),
                            unresolvedEN: fields["unresolved_en"]?.string("unresolved_en", log: log))
    }

    func readRecords(_ node: YAMLNode?, facts: [String: String], check: (String, SourceLocation) -> Void) -> [BackOfficeRecord] {
        (node?.list("records", log: log) ?? []).compactMap { item in
            guard let fields = item.fields("a record", allowed: ["find_by", "shows"], required: ["shows"], log: log),
                  let showsNode = fields["shows"], let shows = showsNode.string("shows", log: log) else { return nil }
            check(shows, showsNode.location)
            let findBy = (fields["find_by"]?.strings("find_by", log: log) ?? []).map { fact, location in
                if facts[fact] == nil { log.report(Bilingual(uk: "'\(fact)' не називає жодного факту", en: "'\(fact)' names no fact") + Suggestion.hint(fact, in: facts.keys), at: location) }
                return fact
            }
            return BackOfficeRecord(findBy: findBy, shows: shows, location: item.location)
        }
    }

    func readKnowledge(_ node: YAMLNode?, bindings: [String: String], check: (String, SourceLocation) -> Void) -> [KnowledgeArticle] {
        KnowledgeReader(log: log, topics: content.topics, bindings: bindings, subjects: content.subjectKinds).read(node, check: check)
    }
}

/// Reads knowledge-base articles (`Content/knowledge.yaml` and a scenario's `knowledge:`).
struct KnowledgeReader {
    let log: DiagnosticLog
    let topics: [String: String]
    /// The scenario's facts, for the patterns of `false_statements` (empty in Content).
    var bindings: [String: String] = [:]
    /// The subjects of `Content/statements.yaml` a `statements:` may name, with their kinds.
    var subjects: [String: Set<String>] = [:]

    func read(_ node: YAMLNode?, check: (String, SourceLocation) -> Void = { _, _ in }) -> [KnowledgeArticle] {
        var articles: [KnowledgeArticle] = []
        for (index, item) in (node?.list("knowledge", log: log) ?? []).enumerated() {
            guard let fields = item.fields("an article", allowed: ["id", "title", "text", "keywords", "topics", "false_statements", "statements", "rules", "identifies"], required: ["title", "text"], log: log),
                  let title = fields["title"]?.string("title", log: log), let textNode = fields["text"],
                  let text = textNode.string("text", log: log) else { continue }
            check(text, textNode.location)
            let id = fields["id"]?.string("id", log: log) ?? "article\(index + 1)"
            if articles.contains(where: { $0.id == id }), let idNode = fields["id"] { log.report(uk: "стаття '\(id)' повторюється", en: "duplicate article '\(id)'", at: idNode.location) }
            let articleTopics = (fields["topics"]?.strings("topics", log: log) ?? []).map { topic, location in
                if !topics.isEmpty, topics[topic] == nil {
                    log.report(Bilingual(uk: "невідома тема '\(topic)'", en: "unknown topic '\(topic)'") + Suggestion.hint(topic, in: topics.keys), at: location)
                }
                return topic
            }
            var article = KnowledgeArticle(id: id, title: title, text: text,
                                           keywords: (fields["keywords"]?.strings("keywords", log: log) ?? []).map(\.0),
                                           topics: articleTopics,
                                           falsehoods: fields["false_statements"]?.falsehoods(log: log, bindings: bindings) ?? [],
                                           statements: fields["statements"]?.subjectStatements(log: log, subjects: subjects) ?? [])
            article.rules = readRules(fields["rules"])
            article.identifies = readIdentifies(fields["identifies"])
            articles.append(article)
        }
        return articles
    }

    /// `identifies:` — the identification procedure the article states: `{all: [FACT…], any: [FACT…],
    /// any_count: N}` (every fact of `all` and N of `any`, 1 unless stated). The facts are checked
    /// against the scenario that takes the rule (`ScenarioLoader`), not here: Content names no facts.
    func readIdentifies(_ node: YAMLNode?) -> Identification? {
        guard let node, let fields = node.fields("identifies", allowed: ["all", "any", "any_count"], log: log) else { return nil }
        let all = (fields["all"]?.strings("all", log: log) ?? []).map(\.0)
        let any = (fields["any"]?.strings("any", log: log) ?? []).map(\.0)
        if all.isEmpty && any.isEmpty {
            log.report(uk: "identifies: назвіть факти в 'all' чи 'any'", en: "identifies: name the facts in 'all' or 'any'", at: node.location)
            return nil
        }
        var rule = Identification(all: all, any: any, updateContacts: false)
        if let count = fields["any_count"]?.int("any_count", in: 1...max(1, any.count), log: log) { rule.anyCount = count }
        return rule
    }

    /// `rules:` — values the rule fixes, judged like a scenario's claims: `{about: [PATTERN…], accept:
    /// [VALUE…], truth: TEXT}` («показники передають з 1 по 5 число»: «з 20 по 25 число» is wrong).
    func readRules(_ node: YAMLNode?) -> [Claim] {
        (node?.list("rules", log: log) ?? []).compactMap { item in
            guard let fields = item.fields("a rule", allowed: ["about", "accept", "truth"], required: ["about", "accept", "truth"], log: log),
                  let truth = fields["truth"]?.string("truth", log: log) else { return nil }
            let about = fields["about"]?.patterns("about", log: log, bindings: bindings) ?? []
            let accept = (fields["accept"]?.strings("accept", log: log) ?? []).map(\.0)
            guard !about.isEmpty, !accept.isEmpty else { return nil }
            var claim = Claim(about: about, accept: accept, shows: [], location: item.location, truth: truth)
            claim.isRule = true
            return claim
        }
    }
}
