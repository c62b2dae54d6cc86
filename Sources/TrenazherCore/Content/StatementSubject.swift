/// Whether what a subject of `Content/statements.yaml` asserts is so in a case: `yes` (denying it
/// is false), `no` (asserting it is false), `unknown` (nobody knows yet: asserting or denying it
/// is false) or `any` (the case leaves it open: nothing is judged, and `scenarios check` does not
/// ask for it).
public enum SubjectState: String, Sendable, CaseIterable {
    case yes, no, unknown, any
}

/// Sentences a subject's patterns must read (`examples:` of `Content/statements.yaml`), played by the
/// test suite against every state: `asserts` is false where the case says `no` or `unknown`, `denies`
/// where it says `yes` or `unknown`, `neither` (hedged, asked, conditional, another subject) never.
public struct SubjectExamples: Sendable {
    public var asserts: [(text: String, location: SourceLocation)] = []
    public var denies: [(text: String, location: SourceLocation)] = []
    public var neither: [(text: String, location: SourceLocation)] = []
}

/// Something a trainee may assert about a customer's case, with the words of the assertion
/// (`Content/statements.yaml`): «показники можна передавати самостійно», «оплата надійшла», «світло
/// дадуть до 23:00». A company rule or a scenario says whether it is so (`SubjectStatement`); the
/// grader then catches the statement that contradicts it — negation, questions and conditions
/// understood — so a new scenario gets the check by naming the subject, without patterns of its own.
public struct StatementSubject: Sendable {
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
    public var location: SourceLocation
}

/// What a rule or a scenario says of one subject: `statements: {self_readings: yes}` or
/// `{payment_received: {is: yes, truth: "оплату отримано {payment_date}"}}`.
public struct SubjectStatement: Sendable {
    public var subject: String
    public var state: SubjectState
    /// The true fact to quote instead of the subject's own wording for the state.
    public var truth: String?
    public var location: SourceLocation
}

extension YAMLNode {
    /// `statements:` — subject → `yes` | `no` | `unknown`, or `{is: STATE, truth: TEXT}`; a subject
    /// not in `subjects` (when given) is reported with a «did you mean».
    func subjectStatements(log: DiagnosticLog, subjects: Set<String>?) -> [SubjectStatement] {
        (entries("statements", log: log) ?? []).compactMap { entry in
            if let subjects, !subjects.contains(entry.key) {
                log.report(Bilingual(uk: "невідомий предмет твердження '\(entry.key)' (Content/statements.yaml)",
                                     en: "unknown statement subject '\(entry.key)' (Content/statements.yaml)")
                           + Suggestion.hint(entry.key, in: subjects), at: entry.keyLocation)
                return nil
            }
            var stateNode = entry.value
            var truth: String?
            if entry.value.isMapping {
                guard let fields = entry.value.fields(entry.key, allowed: ["is", "truth"], required: ["is"], log: log),
                      let node = fields["is"] else { return nil }
                stateNode = node
                truth = fields["truth"]?.string("truth", log: log)
            }
            guard let text = stateNode.string(entry.key, log: log) else { return nil }
            guard let state = SubjectState(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
                log.report(Bilingual(uk: "\(entry.key): має бути yes, no або unknown, а не '\(text)'",
                                     en: "\(entry.key) must be yes, no or unknown, not '\(text)'"), at: stateNode.location)
                return nil
            }
            return SubjectStatement(subject: entry.key, state: state, truth: truth, location: entry.keyLocation)
        }
    }
}
