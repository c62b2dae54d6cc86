import Foundation
import Testing
@testable import TrenazherCore

/// Every subject of `Content/statements.yaml` reads its own `examples:` in every state: an assertion
/// is false where the case says `no` or `unknown`, a denial where it says `yes` or `unknown`, and a
/// hedged, asked or conditional sentence is never a statement. The sentences are typed as trainees
/// type them (lowercase, Latin «i», no apostrophes), so the patterns are tested on that too.
@Suite struct StatementSubjectExamplesTests {
    /// A scenario with no facts of its own: only the subject under test is declared, with a truth
    /// that marks its findings.
    static func judged(_ sentence: String, subject: String, state: SubjectState, kinds: [String]? = nil) -> Bool {
        var scenario = Fixtures.scenario("hotline-account-no-id")
        scenario.claims = []
        scenario.knowledge = []
        scenario.documents = []
        scenario.serviceID = nil
        scenario.statements = [SubjectStatement(subject: subject, state: state, truth: marker(subject),
                                                location: TrenazherCore.SourceLocation(file: "test", line: 1, column: 1), kinds: kinds)]
        let analysis = TurnAnalyzer(scenario: scenario, content: Fixtures.content, traineeName: "Олена").analyze(sentence)
        return analysis.statements.contains { $0.contradicts && $0.truth == marker(subject) }
    }

    static func marker(_ subject: String) -> String { "TEST \(subject)" }

    static var subjects: [StatementSubject] { Fixtures.content.subjects.values.sorted { $0.id < $1.id } }

    @Test func everySubjectHasExamplesOfWhatItAssertsOrDenies() {
        for subject in Self.subjects {
            let examples = subject.examples
            #expect(!(examples.asserts.isEmpty && examples.denies.isEmpty && examples.kindAsserts.isEmpty && examples.kindDenies.isEmpty),
                    "\(subject.id): no examples")
            #expect(!subject.examples.neither.isEmpty, "\(subject.id): no example that must not trigger")
        }
    }

    @Test(arguments: [SubjectState.yes, .no, .unknown, .any])
    func everyExampleIsReadAsItsKindInEveryState(state: SubjectState) {
        for subject in Self.subjects where !subject.isClosed {
            let cases: [(sentences: [(text: String, location: TrenazherCore.SourceLocation)], falseIn: Set<SubjectState>)] = [
                (subject.examples.asserts, [.no, .unknown]), (subject.examples.denies, [.yes, .unknown]), (subject.examples.neither, [])]
            for (sentences, falseIn) in cases {
                for sentence in sentences {
                    let found = Self.judged(sentence.text, subject: subject.id, state: state)
                    #expect(found == falseIn.contains(state),
                            "\(sentence.location.file):\(sentence.location.line): \(subject.id) is \(state.rawValue): «\(sentence.text)» \(found ? "judged false" : "not judged")")
                }
            }
        }
    }

    /// A closed subject's examples, kind by kind: a sentence asserting a kind is false where the case
    /// names only another kind, or says `no` or `unknown`, and true where it names that kind; one denying a
    /// kind is false where the case names it and true where it names only another; a `neither`
    /// sentence is never a statement, whichever kind the case names.
    @Test func everyClosedExampleIsReadForItsKind() {
        for subject in Self.subjects where subject.isClosed {
            let ids = subject.kinds.map(\.id)
            func other(than kind: String) -> String { ids.first { $0 != kind } ?? kind }
            for example in subject.examples.kindAsserts {
                let place = "\(example.location.file):\(example.location.line): \(subject.id)"
                #expect(Self.judged(example.text, subject: subject.id, state: .yes, kinds: [other(than: example.kind)]),
                        "\(place): «\(example.text)» not judged false where the case names \(other(than: example.kind))")
                #expect(Self.judged(example.text, subject: subject.id, state: .unknown),
                        "\(place): «\(example.text)» not judged false where the case says unknown")
                #expect(Self.judged(example.text, subject: subject.id, state: .no),
                        "\(place): «\(example.text)» not judged false where the case says no kind is so")
                #expect(!Self.judged(example.text, subject: subject.id, state: .yes, kinds: [example.kind]),
                        "\(place): «\(example.text)» judged false where the case names \(example.kind)")
            }
            for example in subject.examples.kindDenies {
                let place = "\(example.location.file):\(example.location.line): \(subject.id)"
                #expect(Self.judged(example.text, subject: subject.id, state: .yes, kinds: [example.kind]),
                        "\(place): «\(example.text)» not judged false where the case names \(example.kind)")
                #expect(!Self.judged(example.text, subject: subject.id, state: .yes, kinds: [other(than: example.kind)]),
                        "\(place): «\(example.text)» judged false where the case names only \(other(than: example.kind))")
            }
            for example in subject.examples.kindOnly {
                let place = "\(example.location.file):\(example.location.line): \(subject.id)"
                #expect(Self.judged(example.text, subject: subject.id, state: .yes, kinds: [example.kind, other(than: example.kind)]),
                        "\(place): «\(example.text)» not judged false where the case names \(example.kind) and more")
                #expect(!Self.judged(example.text, subject: subject.id, state: .yes, kinds: [example.kind]),
                        "\(place): «\(example.text)» judged false where the case names only \(example.kind)")
            }
            // «не лише {kind}» names the kind among others: an assertion of it, never a denial or a restriction.
            for example in subject.examples.kindNotOnly {
                let place = "\(example.location.file):\(example.location.line): \(subject.id)"
                #expect(Self.judged(example.text, subject: subject.id, state: .yes, kinds: [other(than: example.kind)]),
                        "\(place): «\(example.text)» not judged false where the case names only \(other(than: example.kind))")
                #expect(!Self.judged(example.text, subject: subject.id, state: .yes, kinds: [example.kind]),
                        "\(place): «\(example.text)» judged false where the case names \(example.kind)")
                #expect(!Self.judged(example.text, subject: subject.id, state: .yes, kinds: [example.kind, other(than: example.kind)]),
                        "\(place): «\(example.text)» judged false where the case names \(example.kind) and more")
            }
            for example in subject.examples.neither {
                for kind in ids {
                    #expect(!Self.judged(example.text, subject: subject.id, state: .yes, kinds: [kind]),
                            "\(example.location.file):\(example.location.line): \(subject.id) is \(kind): «\(example.text)» judged false")
                }
                #expect(!Self.judged(example.text, subject: subject.id, state: .any), "\(subject.id) is any: «\(example.text)» judged false")
            }
        }
    }

    /// Hurried typing reads the same: lowercase, Latin «i» for «і», no apostrophe.
    @Test func hurriedTypingOfAnAssertionIsStillRead() {
        func hurried(_ text: String) -> String {
            text.lowercased().replacingOccurrences(of: "і", with: "i").replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")
        }
        for subject in Self.subjects {
            for sentence in subject.examples.asserts {
                #expect(Self.judged(hurried(sentence.text), subject: subject.id, state: .no), "\(subject.id): «\(hurried(sentence.text))» not judged")
            }
            let ids = subject.kinds.map(\.id)
            for example in subject.examples.kindAsserts {
                let other = ids.first { $0 != example.kind } ?? example.kind
                #expect(Self.judged(hurried(example.text), subject: subject.id, state: .yes, kinds: [other]),
                        "\(subject.id): «\(hurried(example.text))» not judged")
            }
            for example in subject.examples.kindDenies {
                #expect(Self.judged(hurried(example.text), subject: subject.id, state: .yes, kinds: [example.kind]),
                        "\(subject.id): «\(hurried(example.text))» not judged")
            }
        }
    }
}
