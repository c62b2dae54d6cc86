/// Whether what a subject of `Content/statements.yaml` asserts is so in a case: `yes` (denying it
/// is false), `no` (asserting it is false), `unknown` (nobody knows yet: asserting or denying it
/// is false) or `any` (the case leaves it open: nothing is judged, and `scenarios check` does not
/// ask for it).
public enum SubjectState: String, Sendable, Codable, CaseIterable {
    case yes, no, unknown, any
}

/// Sentences a subject's patterns must read (`examples:` of `Content/statements.yaml`), played by the
/// test suite against every state: `asserts` is false where the case says `no` or `unknown`, `denies`
/// where it says `yes` or `unknown`, `neither` (hedged, asked, conditional, another subject) never.
public struct SubjectExamples: Sendable {
    public var asserts: [(text: String, location: SourceLocation)] = []
    public var denies: [(text: String, location: SourceLocation)] = []
    public var neither: [(text: String, location: SourceLocation)] = []
    /// A closed subject's examples, by kind (`asserts: {metrology: [...]}`): a sentence asserting the
    /// kind is false where the case declares other kinds only (or `unknown`); one denying it is false
    /// where the case declares the kind.
    public var kindAsserts: [(kind: String, text: String, location: SourceLocation)] = []
    public var kindDenies: [(kind: String, text: String, location: SourceLocation)] = []
    /// A closed subject's sentences saying only this kind is so: false where the case names it and more.
    public var kindOnly: [(kind: String, text: String, location: SourceLocation)] = []
    /// A closed subject's sentences naming this kind among others («не лише в центрі»: `not_only`):
    /// false where the case does not name it, neither a denial nor a restriction where it names it,
    /// alone or with more.
    public var kindNotOnly: [(kind: String, text: String, location: SourceLocation)] = []
}

/// One kind of a closed subject (`kinds:` of `Content/statements.yaml`): a department, a channel, a
/// document, a cause — with the words that name it and its name quoted in a finding.
public struct SubjectKind: Sendable, Codable {
    public var id: String
    /// How the finding names it («відділ обліку електроенергії»).
    public var name: String
    /// Alternatives that name it, each a word, a prefix (`метрологі*`) or a phrase of them: they
    /// stand for `{kind}` in the subject's patterns.
    public var said: [String]
    public var location: SourceLocation
}

/// Something a trainee may assert about a customer's case, with the words of the assertion
/// (`Content/statements.yaml`): «показники можна передавати самостійно», «оплата надійшла», «світло
/// дадуть до 23:00». A company rule or a scenario says whether it is so (`SubjectStatement`); the
/// grader then catches the statement that contradicts it — negation, questions and conditions
/// understood — so a new scenario gets the check by naming the subject, without patterns of its own.
public struct StatementSubject: Sendable, Codable {
    public var id: String
    /// Word patterns of the assertion («самостійн* ~4 переда* ~4 (можна|можуть)»): said with a
    /// negation in its clause, it is denied.
    public var says: [PatternSource]
    /// Word patterns that deny the assertion without a negation word («нараховано правильно» denies
    /// «нараховано помилково»).
    public var denies: [PatternSource]
    /// The true fact quoted in a finding, per state (a scenario may give its own).
    public var truth: [SubjectState: String]
    /// The topics (services.yaml) in which every scenario should say what is known of the subject:
    /// `scenarios check` warns about one that leaves it undeclared.
    public var topics: [String] = []
    /// Sentences its patterns must and must not read as an assertion or a denial.
    public var examples = SubjectExamples()
    /// A closed subject's kinds (`kinds:`): the case names which are so (`statements: {department:
    /// accounting}`, a list for several), and `{kind}` in `says`, `denies` and `only` stands for them.
    /// Asserting a kind the case does not name is false; denying one it names is false.
    public var kinds: [SubjectKind] = []
    /// A closed subject's patterns of exclusivity («показники знімає тільки {kind}»): said of one kind
    /// where the case names more, false.
    public var only: [PatternSource] = []
    /// Built from the case's documents (`from: documents`): the kinds the scenario's documents (or its
    /// service's) name are the case's set, without a word in `statements:`.
    public var fromDocuments = false
    /// Built from each additional service's `how` (`from: how`): the kinds its `how` names are the set of
    /// that service (the channels it is used through), judged in sentences about the service (its
    /// `patterns` are the claim's `about`) — one claim per additional service, without a word in
    /// `statements:`.
    public var fromHow = false
    /// Its patterns may span clauses (`across_clauses: true`): a list of documents after «бракує»
    /// runs over commas. Otherwise a match stands within one clause.
    public var acrossClauses = false
    /// A guess still tells it (`guess_tells: true`): «мабуть, це Ваш мобільний оператор не доставив» names a cause
    /// the system does not show as surely as without «мабуть» — a hedge (`hedges` of `lexicon/negation.yaml`)
    /// leaves its statement asserted; a condition («якщо») or a question does not.
    public var guessTells = false
    /// A rule still tells it (`rule_tells: true`): a duty said of no one in particular under «коли» («коли оплата
    /// зарахується, треба буде ще написати заяву») is the customer's duty all the same — `rule_conditions` of
    /// `lexicon/negation.yaml` do not make it a rule about other cases.
    public var ruleTells = false
    public var location: SourceLocation

    /// Patterns that, standing in a match's clause, say it is about something else (`not:`: «ваш
    /// новий номер поки не підключений до SMS» is about the new number, not the subscribed one).
    public var not: [PatternSource] = []
    /// A closed subject's restrictions (`restricted:`): patterns built from the words of
    /// `restrictions:` of `Content/statements.yaml` («лише {kind}», «обов'язково … {kind}», «без
    /// {kind} … не»), judged only in a sentence about the subject (`nil`: the subject takes none).
    public var restricted: SubjectRestrictions? = nil
    /// The words of the subject's topic (`about:`): every statement of it — asserted, denied or
    /// restricted — is judged only in a sentence holding one, or holding one of `aboutPronouns` right
    /// after a sentence of the turn that holds one («показники приймаємо лише через кабінет» is no
    /// statement of where a payment is made). Empty: every sentence is about it.
    public var about: [PatternSource] = []
    /// The pronouns that carry the topic over from the sentence before (`restrictions.pronouns`).
    public var aboutPronouns: [PatternSource] = []

    /// Whether the subject is closed: a set of kinds, one or more of which a case declares.
    public var isClosed: Bool { !kinds.isEmpty }

    /// The pattern with `{kind}` standing for these kinds' words (`nil` when it holds `{kind}` and
    /// none of these kinds is the subject's).
    public func expand(_ source: PatternSource, kinds ids: [String]) -> PatternSource? {
        guard source.text.contains(Self.kindPlaceholder) else { return source }
        let words = kinds.filter { ids.contains($0.id) }.flatMap(\.said)
        guard !words.isEmpty else { return nil }
        return PatternSource(text: source.text.replacingOccurrences(of: Self.kindPlaceholder, with: "(" + words.joined(separator: "|") + ")"),
                             location: source.location)
    }

    /// The placeholder of a closed subject's patterns.
    public static let kindPlaceholder = "{kind}"
}

/// The words that make a statement about a kind a restriction (`restrictions:` of
/// `Content/statements.yaml`): an exclusive word names the only kind that is so («показники
/// приймають лише в центрі»), a required word a kind that must be («обов'язково потрібен
/// техпаспорт»), a pronoun lets a sentence be about what the sentence before it named («Їх можна
/// подати лише особисто»), and an alternative after the kind lists more than one («лише власнику
/// або особі, яка назве…»: no exclusion).
public struct RestrictionWords: Sendable {
    public var exclusive: [String] = []
    public var required: [String] = []
    public var pronouns: [String] = []
    public var alternatives: [String] = []
    public var location: SourceLocation

    public init(exclusive: [String] = [], required: [String] = [], pronouns: [String] = [], alternatives: [String] = [], location: SourceLocation) {
        self.exclusive = exclusive
        self.required = required
        self.pronouns = pronouns
        self.alternatives = alternatives
        self.location = location
    }

    /// The words as one alternative group of a word pattern: `(тільки|лише)`.
    static func group(_ words: [String]) -> String { "(" + words.joined(separator: "|") + ")" }
}

/// A closed subject's restrictions, built from `RestrictionWords` and the subject's `restricted:`.
/// `exclusive` patterns say the kind is the only one («лише {kind}»; with `necessary`, a kind that
/// is needed — «лише після того, як {kind}» names a condition — so they assert it instead);
/// `required` patterns assert the kind is needed. `about`: words one of which the sentence must
/// hold, or the sentence before it in the turn when this one holds a pronoun.
public struct SubjectRestrictions: Sendable, Codable {
    public var exclusive: [PatternSource]
    public var required: [PatternSource]
    public var about: [PatternSource]
    public var pronouns: [PatternSource]
    public var alternatives: [PatternSource]
    public var necessary: Bool
}

/// What a rule or a scenario says of one subject: `statements: {self_readings: yes}` or
/// `{payment_received: {is: yes, truth: "оплату отримано {payment_date}"}}`.
public struct SubjectStatement: Sendable, Codable {
    public var subject: String
    public var state: SubjectState
    /// The true fact to quote instead of the subject's own wording for the state.
    public var truth: String?
    public var location: SourceLocation
    /// For a closed subject: the kinds the case declares are so (`nil` for a state).
    public var kinds: [String]? = nil
    /// The Standards a false statement of it shows, as a claim's `shows` (`{is: no, truth: …, shows:
    /// [VIS-TERMS]}`: paying after the service is a wrong payment term).
    public var shows: [String] = []

    public init(subject: String, state: SubjectState, truth: String? = nil, location: SourceLocation, kinds: [String]? = nil,
                shows: [String] = []) {
        self.subject = subject
        self.state = state
        self.truth = truth
        self.location = location
        self.kinds = kinds
        self.shows = shows
    }
}

extension YAMLNode {
    /// `statements:` — subject → `yes` | `no` | `unknown` | `any`, or `{is: STATE, truth: TEXT, shows: [STANDARD…]}`
    /// (`shows` checked as a claim's: `KnownFalsehood.notShowable`); a
    /// closed subject takes a kind or a list of kinds instead of `yes` (`department: accounting`,
    /// `readings_channel: [personal_account, sms]`), `no` when none of its kinds is so. A subject not in `subjects` (when given; subject
    /// id → its kinds) is reported with a «did you mean», and so is a kind the subject lacks.
    func subjectStatements(log: DiagnosticLog, subjects: [String: Set<String>]?) -> [SubjectStatement] {
        (entries("statements", log: log) ?? []).compactMap { entry -> SubjectStatement? in
            if let subjects, subjects[entry.key] == nil {
                log.report(Bilingual(uk: "невідомий предмет твердження '\(entry.key)' (Content/statements.yaml)",
                                     en: "unknown statement subject '\(entry.key)' (Content/statements.yaml)")
                           + Suggestion.hint(entry.key, in: Array(subjects.keys)), at: entry.keyLocation)
                return nil
            }
            let kinds = subjects?[entry.key] ?? []
            var stateNode = entry.value
            var truth: String?
            var shows: [String] = []
            if entry.value.isMapping {
                guard let fields = entry.value.fields(entry.key, allowed: ["is", "truth", "shows"], required: ["is"], log: log),
                      let node = fields["is"] else { return nil }
                stateNode = node
                truth = fields["truth"]?.string("truth", log: log)
                shows = (fields["shows"]?.strings("shows", log: log) ?? []).map { id, location in
                    if let problem = KnownFalsehood.notShowable(id) { log.report(problem, at: location) }
                    return id
                }
            }
            if stateNode.isSequence {
                let names = stateNode.strings(entry.key, log: log)
                guard !names.isEmpty else { return nil }
                let declared = names.compactMap { name, location in Self.kind(name, of: entry.key, kinds: kinds, log: log, at: location) }
                guard declared.count == names.count else { return nil }
                return SubjectStatement(subject: entry.key, state: .yes, truth: truth, location: entry.keyLocation, kinds: declared, shows: shows)
            }
            guard let text = stateNode.string(entry.key, log: log) else { return nil }
            let word = text.trimmingCharacters(in: .whitespaces)
            if !kinds.isEmpty {
                if let state = SubjectState(rawValue: word.lowercased()), state != .yes {
                    return SubjectStatement(subject: entry.key, state: state, truth: truth, location: entry.keyLocation, shows: shows)
                }
                guard let kind = Self.kind(word, of: entry.key, kinds: kinds, log: log, at: stateNode.location) else { return nil }
                return SubjectStatement(subject: entry.key, state: .yes, truth: truth, location: entry.keyLocation, kinds: [kind], shows: shows)
            }
            guard let state = SubjectState(rawValue: word.lowercased()) else {
                log.report(Bilingual(uk: "\(entry.key): має бути yes, no або unknown, а не '\(text)'",
                                     en: "\(entry.key) must be yes, no or unknown, not '\(text)'"), at: stateNode.location)
                return nil
            }
            return SubjectStatement(subject: entry.key, state: state, truth: truth, location: entry.keyLocation, shows: shows)
        }
    }

    /// A kind a closed subject's statement names, or `nil` (reported) when the subject lacks it.
    static func kind(_ name: String, of subject: String, kinds: Set<String>, log: DiagnosticLog, at location: SourceLocation) -> String? {
        let id = name.trimmingCharacters(in: .whitespaces)
        guard kinds.contains(id) else {
            let list = kinds.sorted().joined(separator: ", ")
            log.report(Bilingual(uk: "\(subject): невідомий вид '\(id)' — назвіть один чи кілька з: \(list), або unknown чи any",
                                 en: "\(subject): unknown kind '\(id)' — name one or more of: \(list), or unknown or any")
                       + Suggestion.hint(id, in: Array(kinds)), at: location)
            return nil
        }
        return id
    }
}
