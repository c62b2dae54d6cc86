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
    static func judged(_ sentence: String, subject: String, state: SubjectState) -> Bool {
        var scenario = Fixtures.scenario("hotline-account-no-id")
        scenario.claims = []
        scenario.knowledge = []
        scenario.documents = []
        scenario.serviceID = nil
        scenario.statements = [SubjectStatement(subject: subject, state: state, truth: marker(subject),
                                                location: TrenazherCore.SourceLocation(file: "test", line: 1, column: 1))]
        let analysis = TurnAnalyzer(scenario: scenario, content: Fixtures.content, traineeName: "Олена").analyze(sentence)
        return analysis.statements.contains { $0.contradicts && $0.truth == marker(subject) }
    }

    static func marker(_ subject: String) -> String { "TEST \(subject)" }

    static var subjects: [StatementSubject] { Fixtures.content.subjects.values.sorted { $0.id < $1.id } }

    @Test func everySubjectHasExamplesOfWhatItAssertsOrDenies() {
        for subject in Self.subjects {
            #expect(!(subject.examples.asserts.isEmpty && subject.examples.denies.isEmpty), "\(subject.id): no examples")
            #expect(!subject.examples.neither.isEmpty, "\(subject.id): no example that must not trigger")
        }
    }

    @Test(arguments: [SubjectState.yes, .no, .unknown, .any])
    func everyExampleIsReadAsItsKindInEveryState(state: SubjectState) {
        for subject in Self.subjects {
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

    /// Hurried typing reads the same: lowercase, Latin «i» for «і», no apostrophe.
    @Test func hurriedTypingOfAnAssertionIsStillRead() {
        for subject in Self.subjects {
            for sentence in subject.examples.asserts {
                let hurried = sentence.text.lowercased().replacingOccurrences(of: "і", with: "i")
                    .replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")
                #expect(Self.judged(hurried, subject: subject.id, state: .no), "\(subject.id): «\(hurried)» not judged")
            }
        }
    }
}
