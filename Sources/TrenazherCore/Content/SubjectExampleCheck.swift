/// Plays the `examples:` of every subject of `Content/statements.yaml` as GEN-ACCURATE reads them —
/// the one implementation `content check` and the test suite share. Each sentence is judged in a
/// scenario of its own where only the subject under test is declared (`judgedScenario`):
/// - an open subject's `asserts` is false where the case says `no` or `unknown`, its `denies` where it
///   says `yes` or `unknown`, its `neither` never;
/// - a closed subject's assertion of a kind is false where the case names only another kind, says
///   `unknown` or `no`, and true where it names that kind; a denial of a kind is false where the case
///   names it and true where it names only another; an `only` is false where the case names the kind
///   and another, true where it names the kind alone; a `not_only` is false where the case names only
///   another kind, true where it names the kind, alone or with another; a `neither` is never a
///   statement, whichever kind the case names or `any`;
/// - every assertion (and a closed subject's denial) typed in a hurry — lowercase, Latin «i», no
///   apostrophe — reads the same;
/// - a subject has an assertion or a denial and a `neither`.
public enum SubjectExampleCheck {
    /// Every example of every subject that is not read as expected, with its file and line; empty
    /// when all hold.
    public static func diagnostics(_ content: ContentBundle) -> [Diagnostic] {
        content.subjects.values.sorted { $0.id < $1.id }.flatMap { diagnostics(for: $0, content: content) }
    }

    /// The examples of one subject that are not read as expected.
    public static func diagnostics(for subject: StatementSubject, content: ContentBundle) -> [Diagnostic] {
        var problems = missingExamples(subject)
        var judges: [SubjectCase: TurnAnalyzer] = [:]
        for expectation in expectations(for: subject) {
            let analyzer = judges[expectation.situation] ?? TurnAnalyzer(scenario: judgedScenario(subject.id, expectation.situation),
                                                                         content: content, traineeName: traineeName)
            judges[expectation.situation] = analyzer
            let judged = analyzer.analyze(expectation.text).statements.contains { $0.contradicts && $0.truth == marker(subject.id) }
            if judged != expectation.isFalse { problems.append(expectation.diagnostic(subject: subject.id, judged: judged)) }
        }
        return problems
    }

    /// The trainee's name the examples are played with.
    static let traineeName = "Олена"

    /// The truth of the subject's statement in the judged scenario: it marks the subject's own findings.
    static func marker(_ subject: String) -> String { "EXAMPLE \(subject)" }

    /// A scenario with no facts, persona, documents, service or rules of its own: only the subject
    /// under test is declared, in the situation given, with a truth that marks its findings. Content's
    /// articles without topics still apply, as in every scenario.
    static func judgedScenario(_ subject: String, _ situation: SubjectCase) -> Scenario {
        var scenario = Scenario(
            id: "statements-examples", title: "statements.yaml examples", channel: .hotline, date: CalendarDate(year: 2026, month: 11, day: 25),
            clock: "09:10", clockMinutes: 9 * 60 + 10, topic: nil, serviceID: nil, summary: nil, persona: Persona(name: "", addressAs: nil, mood: nil),
            facts: [:], standards: [], turnWordLimit: 80, pauseLimitSeconds: 60, identification: nil, accountFacts: [], claims: [],
            documents: [], questions: [], intents: [:], answers: [], opening: nil, nodes: [], fallback: [], actions: [:], mood: nil,
            examples: [], received: nil, replyTermDays: nil, outcome: nil, sourceFile: nil, sourceHash: "")
        scenario.statements = [SubjectStatement(subject: subject, state: situation.state, truth: marker(subject),
                                                location: SourceLocation(file: scenario.id, line: 1, column: 1), kinds: situation.kinds)]
        return scenario
    }

    /// A subject with no sentence to assert or deny it, or none that must not trigger.
    static func missingExamples(_ subject: StatementSubject) -> [Diagnostic] {
        let examples = subject.examples
        var problems: [Diagnostic] = []
        let place = subject.location
        if examples.asserts.isEmpty && examples.denies.isEmpty && examples.kindAsserts.isEmpty && examples.kindDenies.isEmpty {
            problems.append(Diagnostic(file: place.file, line: place.line, column: place.column,
                                       message: "subject '\(subject.id)' has no example that asserts or denies it: add one to examples: asserts or denies",
                                       ukrainian: "предмет '\(subject.id)' не має прикладу, що стверджує чи заперечує його: додайте його в examples: asserts або denies"))
        }
        if examples.neither.isEmpty {
            problems.append(Diagnostic(file: place.file, line: place.line, column: place.column,
                                       message: "subject '\(subject.id)' has no example that must not trigger: add one to examples: neither",
                                       ukrainian: "предмет '\(subject.id)' не має прикладу, що не має спрацьовувати: додайте його в examples: neither"))
        }
        return problems
    }

    /// Every sentence of the subject's examples with each situation it is judged in and whether it
    /// must be false there.
    static func expectations(for subject: StatementSubject) -> [SubjectExpectation] {
        let examples = subject.examples
        var all: [SubjectExpectation] = []
        func expect(_ list: String, _ kind: String?, _ text: String, _ location: SourceLocation, _ situation: SubjectCase, false isFalse: Bool) {
            all.append(SubjectExpectation(list: list, kind: kind, text: text, location: location, situation: situation, isFalse: isFalse))
        }
        guard subject.isClosed else {
            let states: [SubjectState] = [.yes, .no, .unknown, .any]
            for (list, sentences, falseIn) in [("asserts", examples.asserts, [SubjectState.no, .unknown]), ("denies", examples.denies, [.yes, .unknown]),
                                                ("neither", examples.neither, [])] {
                for sentence in sentences {
                    for state in states { expect(list, nil, sentence.text, sentence.location, SubjectCase(state: state), false: falseIn.contains(state)) }
                }
            }
            for sentence in examples.asserts {
                expect("asserts", nil, hurried(sentence.text), sentence.location, SubjectCase(state: .no), false: true)
            }
            return all
        }
        let ids = subject.kinds.map(\.id)
        func other(than kind: String) -> String { ids.first { $0 != kind } ?? kind }
        for example in examples.kindAsserts {
            let (kind, text, location) = (example.kind, example.text, example.location)
            expect("asserts", kind, text, location, SubjectCase(kinds: [other(than: kind)]), false: true)
            expect("asserts", kind, text, location, SubjectCase(state: .unknown), false: true)
            expect("asserts", kind, text, location, SubjectCase(state: .no), false: true)
            expect("asserts", kind, text, location, SubjectCase(kinds: [kind]), false: false)
            expect("asserts", kind, hurried(text), location, SubjectCase(kinds: [other(than: kind)]), false: true)
        }
        for example in examples.kindDenies {
            let (kind, text, location) = (example.kind, example.text, example.location)
            expect("denies", kind, text, location, SubjectCase(kinds: [kind]), false: true)
            expect("denies", kind, text, location, SubjectCase(kinds: [other(than: kind)]), false: false)
            expect("denies", kind, hurried(text), location, SubjectCase(kinds: [kind]), false: true)
        }
        for example in examples.kindOnly {
            let (kind, text, location) = (example.kind, example.text, example.location)
            expect("only", kind, text, location, SubjectCase(kinds: [kind, other(than: kind)]), false: true)
            expect("only", kind, text, location, SubjectCase(kinds: [kind]), false: false)
        }
        // «не лише {kind}» names the kind among others: an assertion of it, never a denial or a restriction.
        for example in examples.kindNotOnly {
            let (kind, text, location) = (example.kind, example.text, example.location)
            expect("not_only", kind, text, location, SubjectCase(kinds: [other(than: kind)]), false: true)
            expect("not_only", kind, text, location, SubjectCase(kinds: [kind]), false: false)
            expect("not_only", kind, text, location, SubjectCase(kinds: [kind, other(than: kind)]), false: false)
        }
        for sentence in examples.neither {
            for kind in ids { expect("neither", nil, sentence.text, sentence.location, SubjectCase(kinds: [kind]), false: false) }
            expect("neither", nil, sentence.text, sentence.location, SubjectCase(state: .any), false: false)
        }
        return all
    }

    /// A sentence as it is typed in a hurry: lowercase, Latin «i» for «і», no apostrophe.
    public static func hurried(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "і", with: "i").replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")
    }
}

/// What the case says of a subject an example is judged against: a state, or the kinds of a closed
/// subject that are so.
struct SubjectCase: Hashable {
    var state: SubjectState
    var kinds: [String]?

    init(state: SubjectState) {
        self.state = state
        kinds = nil
    }

    init(kinds: [String]) {
        state = .yes
        self.kinds = kinds
    }

    /// «the case says unknown», «the case names metrology and accounting».
    var english: String {
        guard let kinds else { return "the case says \(state.rawValue)" }
        return "the case names \(kinds.joined(separator: " and "))"
    }

    var ukrainian: String {
        guard let kinds else { return "справа каже \(state.rawValue)" }
        return "справа називає \(kinds.joined(separator: " і "))"
    }
}

/// One example sentence in one situation, and whether it must be judged false there.
struct SubjectExpectation {
    /// The example list it stands in: `asserts`, `denies`, `only`, `not_only`, `neither`.
    var list: String
    /// A closed subject's kind the list names it under.
    var kind: String?
    /// The sentence as played (typed in a hurry when it differs from the file's).
    var text: String
    var location: SourceLocation
    var situation: SubjectCase
    var isFalse: Bool

    /// The problem of a sentence judged otherwise than expected.
    func diagnostic(subject: String, judged: Bool) -> Diagnostic {
        let label = kind.map { "\(list): \($0)" } ?? list
        let read = (en: judged ? "judged false" : "not judged false", uk: judged ? "визнано хибним" : "не визнано хибним")
        let wanted = (en: isFalse ? "judged false" : "not judged false", uk: isFalse ? "хибне" : "не хибне")
        return Diagnostic(file: location.file, line: location.line, column: location.column,
                          message: "subject '\(subject)', example \(label), where \(situation.english): «\(text)» expected \(wanted.en), read \(read.en): correct the subject's patterns or the example",
                          ukrainian: "предмет '\(subject)', приклад \(label), коли \(situation.ukrainian): «\(text)» очікувано \(wanted.uk), прочитано: \(read.uk) — виправте шаблони предмета або приклад")
    }
}
