/// The statements the company's data contradicts that apply to one scenario, as claims GEN-ACCURATE
/// judges: the `false_statements` of Content's articles on the scenario's topic (an article without
/// topics applies to every scenario; one the scenario replaces by an article of the same id does
/// not), of the service the scenario is built on, and of the scenario's own articles; then the
/// subjects of `Content/statements.yaml` those same rules and the scenario's `statements:` say are
/// so, not so or unknown (the scenario's word wins, then its articles', the service's, Content's).
/// Their `truth` is filled with the scenario's facts.
enum ApplicableFalsehoods {
    static func claims(for scenario: Scenario, content: ContentBundle) -> [Claim] {
        let (falsehoods, statements) = applicable(to: scenario, content: content)
        let replaced = Set(scenario.knowledge.map(\.id))
        let rules = content.knowledge.filter { article in !replaced.contains(article.id)
            && (article.topics.isEmpty || scenario.topic.map(article.topics.contains) ?? true) }.flatMap(\.rules)
            + scenario.knowledge.flatMap(\.rules)
        let known = rules + falsehoods.map { falsehood in
            Claim(about: [], accept: [], shows: falsehood.shows, location: falsehood.location, falsePatterns: falsehood.said,
                  truth: scenario.fill(falsehood.truth, trainee: ""))
        }
        return known + subjectClaims(statements, subjects: content.subjects, scenario: scenario)
            + howStatementClaims(scenario, content: content, statements: statements)
    }

    /// The subjects some rule, service or the scenario itself says something of (any state, `any` too).
    static func declaredSubjects(for scenario: Scenario, content: ContentBundle) -> Set<String> {
        Set(applicable(to: scenario, content: content).statements.map(\.subject))
    }

    /// The false statements and the subjects' states that apply to a scenario, in the order the
    /// later wins: Content's articles on its topic, its service, its own articles, its documents, its word.
    static func applicable(to scenario: Scenario, content: ContentBundle) -> (falsehoods: [KnownFalsehood], statements: [SubjectStatement]) {
        var falsehoods: [KnownFalsehood] = []
        var statements: [SubjectStatement] = []
        // A scenario's article with a Content article's id replaces it (as in `/kb`).
        let replaced = Set(scenario.knowledge.map(\.id))
        for article in content.knowledge where !replaced.contains(article.id)
            && (article.topics.isEmpty || scenario.topic.map(article.topics.contains) ?? true) {
            falsehoods += article.falsehoods
            statements += article.statements
        }
        for service in content.services where service.id == scenario.serviceID {
            falsehoods += service.falsehoods
            statements += service.statements
        }
        falsehoods += scenario.knowledge.flatMap(\.falsehoods)
        statements += scenario.knowledge.flatMap(\.statements)
        if let package = packageStatement(scenario) { statements.append(package) }
        statements += documentSetStatements(scenario, content: content)
        statements += scenario.statements
        return (falsehoods, statements)
    }

    /// The subject built from the visitor's `documents`: `documents_complete` is `no` when one is
    /// incomplete or missing (its truth's `{documents_missing}` names them), `yes` otherwise — a
    /// scenario with documents gets «документів достатньо» judged without a word of its own.
    static func packageStatement(_ scenario: Scenario) -> SubjectStatement? {
        guard !scenario.documents.isEmpty else { return nil }
        let faulty = scenario.documents.filter { $0.status != .ok }
        return SubjectStatement(subject: packageSubject, state: faulty.isEmpty ? .yes : .no, truth: nil,
                                location: SourceLocation(file: scenario.sourceFile?.path ?? scenario.id, line: 1, column: 1))
    }

    /// The subject of `Content/statements.yaml` built from a scenario's documents.
    static let packageSubject = "documents_complete"

    /// The closed subjects built `from: documents`: their set is the kinds the visitor's `documents`
    /// name — every one the procedure asks for, whatever its status — so a document demanded beyond
    /// them is false without a word of the scenario's own. A scenario without documents declares
    /// nothing this way (a service or the scenario may still name the kinds in `statements:`).
    static func documentSetStatements(_ scenario: Scenario, content: ContentBundle) -> [SubjectStatement] {
        guard !scenario.documents.isEmpty else { return [] }
        let texts = scenario.documents.map { AnalyzedText(scenario.fill($0.name, trainee: ""), reading: content.reading) }
        let location = SourceLocation(file: scenario.sourceFile?.path ?? scenario.id, line: 1, column: 1)
        return content.subjects.values.filter(\.fromDocuments).sorted { $0.id < $1.id }.map { subject in
            let named = subject.kinds.filter { kind in
                guard let pattern = try? WordPattern("(" + kind.said.joined(separator: "|") + ")") else { return false }
                return texts.contains { pattern.firstMatch(in: $0) != nil }
            }
            return SubjectStatement(subject: subject.id, state: .yes, truth: nil, location: location, kinds: named.map(\.id))
        }
    }

    /// One claim per subject, from the last statement about it: `yes` — its denial is false (`says`
    /// negated, or `denies`); `no` — `says` asserted is false; `unknown` — both are. A closed
    /// subject's kinds: `says` of another kind, or `only` of one where the case names more, is false;
    /// `says` of a named kind negated, or its `denies`, is false; `unknown` — `says` of any kind.
    static func subjectClaims(_ statements: [SubjectStatement], subjects: [String: StatementSubject], scenario: Scenario) -> [Claim] {
        var last: [String: SubjectStatement] = [:]
        var order: [String] = []
        for statement in statements {
            if last[statement.subject] == nil { order.append(statement.subject) }
            last[statement.subject] = statement
        }
        return order.compactMap { id in
            guard let statement = last[id], statement.state != .any, let subject = subjects[id] else { return nil }
            return claim(statement, of: subject, scenario: scenario)
        }
    }

    /// The claim of one statement about a subject (see `subjectClaims`); `service`: the name `{service}`
    /// stands for in its truth.
    static func claim(_ statement: SubjectStatement, of subject: StatementSubject, scenario: Scenario, service: String = "") -> Claim? {
        let id = subject.id
        let missing = scenario.documents.filter { $0.status != .ok }
            .map { document in document.problem.map { "\(document.name) (\($0))" } ?? document.name }.joined(separator: ", ")
        let named = subject.kinds.filter { (statement.kinds ?? []).contains($0.id) }.map(\.name).joined(separator: ", ")
        let truth = (statement.truth ?? subject.truth[statement.state])
            .map { scenario.fill($0.replacingOccurrences(of: "{documents_missing}", with: missing)
                                  .replacingOccurrences(of: "{kinds}", with: named.isEmpty ? "—" : named)
                                  .replacingOccurrences(of: "{service}", with: service), trainee: "") }
        var claim = Claim(about: [], accept: [], shows: statement.shows, location: statement.location, truth: truth)
        claim.oneClause = !subject.acrossClauses
        claim.guessTells = subject.guessTells
        claim.ruleTells = subject.ruleTells
        claim.aboutPackage = id == packageSubject
        claim.notPatterns = subject.not
        if !subject.about.isEmpty {
            claim.context = subject.about
            claim.contextPronouns = subject.aboutPronouns
            claim.contextBindsAll = true
        }
        if subject.isClosed {
            let all = subject.kinds.map(\.id)
            let declared = statement.state == .unknown ? [] : statement.kinds ?? []
            let others = all.filter { !declared.contains($0) }
            func expanded(_ patterns: [PatternSource], _ kinds: [String]) -> [PatternSource] {
                kinds.isEmpty ? [] : patterns.compactMap { subject.expand($0, kinds: kinds) }
            }
            claim.falsePatterns = expanded(subject.says.filter { $0.text.contains(StatementSubject.kindPlaceholder) }, others)
                + expanded(subject.only, others)
            if declared.count > 1 { claim.falsePatterns += expanded(subject.only, declared) }
            if statement.state != .unknown {
                claim.falsePatterns += expanded(subject.denies, declared)
                // Across clauses a negation of another clause would deny the match: only `denies` there.
                claim.deniedPatterns = subject.acrossClauses ? [] : expanded(subject.says, declared)
            }
            if let restricted = subject.restricted {
                // A needed kind not named is false; «лише {kind}» of a named kind where the case names
                // more is false too, unless the kinds are conditions that all hold (`necessary`).
                let asserting = restricted.necessary ? restricted.required + restricted.exclusive : restricted.required
                claim.restrictedPatterns = expanded(asserting, others)
                if !restricted.necessary {
                    claim.restrictedPatterns += expanded(restricted.exclusive, others)
                    if declared.count > 1 { claim.restrictedPatterns += expanded(restricted.exclusive, declared) }
                }
                if !restricted.about.isEmpty {
                    claim.context = restricted.about
                    claim.contextPronouns = restricted.pronouns
                }
                claim.alternatives = restricted.alternatives
            }
            return claim.falsePatterns.isEmpty && claim.deniedPatterns.isEmpty && claim.restrictedPatterns.isEmpty ? nil : claim
        }
        switch statement.state {
        case .yes:
            claim.falsePatterns = subject.denies
            claim.deniedPatterns = subject.says
        case .no:
            claim.falsePatterns = subject.says
        case .unknown:
            claim.falsePatterns = subject.says + subject.denies
            claim.deniedPatterns = subject.says
        case .any:
            return nil
        }
        return claim
    }

    /// The closed subjects built `from: how`, one claim per additional service of the scenario's topic: its
    /// set is the kinds the service's `how` names (the channels it is used through — «Підписатися в
    /// особистому кабінеті, у Viber-боті або через гарячу лінію»), and it is judged only in a clause about
    /// the service (its `patterns`), so «підписатися на сповіщення можна лише особисто в центрі» is false
    /// without a word of the scenario's own. A scenario saying `any` of the subject leaves it open.
    static func howStatementClaims(_ scenario: Scenario, content: ContentBundle, statements: [SubjectStatement]) -> [Claim] {
        let open = Set(statements.filter { $0.state == .any }.map(\.subject))
        let location = SourceLocation(file: scenario.sourceFile?.path ?? scenario.id, line: 1, column: 1)
        return content.subjects.values.filter { $0.fromHow && !open.contains($0.id) }.sorted { $0.id < $1.id }.flatMap { subject in
            content.additionalServices.filter { service in
                !service.patterns.isEmpty && (scenario.topic.map(service.topics.contains) ?? true)
            }.compactMap { service -> Claim? in
                guard let how = service.how else { return nil }
                let text = AnalyzedText(how, reading: content.reading)
                let named = subject.kinds.filter { kind in
                    guard let pattern = try? WordPattern("(" + kind.said.joined(separator: "|") + ")") else { return false }
                    return pattern.firstMatch(in: text) != nil
                }
                guard !named.isEmpty else { return nil }
                var own = subject
                own.about = service.patterns
                own.restricted?.about = service.patterns
                let statement = SubjectStatement(subject: subject.id, state: .yes, truth: nil, location: location, kinds: named.map(\.id))
                var built = claim(statement, of: own, scenario: scenario, service: service.name)
                built?.contextInClause = true
                return built
            }
        }
    }
}
