/// Where a scenario contradicts itself: a text it presents as true — what `/lookup` shows (`records`, an
/// action's `shows`), its own `knowledge` articles, the brief (`summary`), a claim's `truth` — that its own
/// claims would judge wrong if the trainee said it. A record stating «Заборгованість 412,40 грн» (a fact's
/// value) while the claim about «заборгован*» accepts only «312,40 грн», or a claim's `false` pattern found,
/// un-negated, in an article: the trainee who repeats what the software shows would be marked wrong. Judged
/// by the grader's own `ClaimJudge` with the scenario's claims only (Content's known falsehoods are judged
/// by the content checks). Pure: `scenarios check` reports what it returns, at the claim.
public struct ScenarioContradictions: Sendable {
    /// One contradiction: the claim, the text that contradicts it, where that text is, and what it says.
    public struct Found: Sendable {
        public var claim: Claim
        /// Where the contradicting text stands: «a 'records' entry» / «запис у 'records'» …
        public var source: (uk: String, en: String)
        /// The words of the text that the claim judges wrong.
        public var evidence: String
        /// Whether a `false` pattern of the claim matched (otherwise a value it does not accept).
        public var contradicts: Bool
    }

    /// The contradictions of `scenario`'s base facts.
    public static func find(_ scenario: Scenario, content: ContentBundle) -> [Found] {
        find(scenario, content: content, cache: ScenarioLoadCache())
    }

    static func find(_ scenario: Scenario, content: ContentBundle, cache: ScenarioLoadCache) -> [Found] {
        guard !scenario.claims.isEmpty else { return [] }
        var texts: [(text: String, source: (uk: String, en: String))] = []
        for record in scenario.records {
            texts.append((record.shows, ("запис у 'records' (рядок \(record.location.line))", "the 'records' entry at line \(record.location.line)")))
        }
        for name in scenario.actions.keys.sorted() {
            if let shows = scenario.actions[name]?.shows { texts.append((shows, ("'shows' дії '\(name)'", "the 'shows' of action '\(name)'"))) }
        }
        for article in scenario.knowledge {
            texts.append((article.title + ".\n" + article.text, ("стаття '\(article.id)' у 'knowledge'", "the 'knowledge' article '\(article.id)'")))
        }
        if let summary = scenario.summary { texts.append((summary, ("'summary'", "the 'summary'"))) }
        for claim in scenario.claims {
            if let truth = claim.truth {
                texts.append((truth, ("'truth' claim у рядку \(claim.location.line)", "the 'truth' of the claim at line \(claim.location.line)")))
            }
        }
        let bindings = scenario.bindings(trainee: "")
        let extractor = cache.extractor(content.time, today: scenario.date)
        let negation = cache.negationPatterns(content)
        let negators = negation.negators
        let judge = ClaimJudge(scenario: scenario, bindings: bindings, extractor: extractor, negators: negators,
                               conditionals: negation.conditionals, exceptions: negation.exceptions,
                               exceptionsNot: negation.exceptionsNot,
                               interrogatives: content.interrogatives, questionLeads: content.questionLeads,
                               questionCues: content.questionCues, scope: AssertionScope(content: content))
        var found: [Found] = []
        for (raw, source) in texts {
            let filled = scenario.fill(raw, trainee: "")
            let analysed = cache.analysed(filled, reading: content.reading).text
            let mentions = cache.mentions(of: filled, analysed: analysed, day: scenario.date, extractor: extractor)
            // A `false` pattern in a sentence with a negation word anywhere is not reported: the scenario's own
            // text («Аварійних заявок і пошкоджень мережі немає») is taken as the denial it reads as.
            let negated = Set(negators.flatMap { $0.allMatches(in: analysed) }.map(\.sentence))
            for statement in judge.statements(in: analysed, mentions: mentions) where !statement.correct {
                guard scenario.claims.indices.contains(statement.claimIndex) else { continue }
                if statement.contradicts, let clauses = statement.clauses, analysed.words.indices.contains(clauses.lowerBound),
                   negated.contains(analysed.words[clauses.lowerBound].sentence) {
                    continue
                }
                found.append(Found(claim: scenario.claims[statement.claimIndex], source: source, evidence: statement.evidence,
                                   contradicts: statement.contradicts))
            }
        }
        return found
    }

    /// The contradictions as `scenarios check` problems, at the claim each contradicts.
    static func problems(_ scenario: Scenario, content: ContentBundle, cache: ScenarioLoadCache) -> [Diagnostic] {
        find(scenario, content: content, cache: cache).map { found in
            let location = found.claim.location
            let accepted = found.claim.accept.map { "«\($0)»" }.joined(separator: ", ")
            let message: String, ukrainian: String
            if found.contradicts || found.claim.accept.isEmpty {
                message = "the scenario contradicts itself: \(found.source.en) states «\(found.evidence)», which this claim's 'false' calls untrue"
                    + " — a trainee who repeats it would be marked wrong; make the text and the claim agree"
                ukrainian = "сценарій суперечить сам собі: \(found.source.uk) стверджує «\(found.evidence)», а 'false' цього claim називає це неправдою"
                    + " — стажера, який це повторить, оцінять як неправого; узгодьте текст і claim"
            } else {
                message = "the scenario contradicts itself: \(found.source.en) states «\(found.evidence)», but this claim accepts only \(accepted)"
                    + " — a trainee who repeats it would be marked wrong; make the fact, the claim's 'accept' and the text agree"
                ukrainian = "сценарій суперечить сам собі: \(found.source.uk) стверджує «\(found.evidence)», а цей claim приймає лише \(accepted)"
                    + " — стажера, який це повторить, оцінять як неправого; узгодьте факт, 'accept' цього claim і текст"
            }
            return Diagnostic(file: location.file, line: location.line, column: location.column, message: message, ukrainian: ukrainian)
        }
    }
}
