import Testing
@testable import TrenazherCore

/// Every subject of `Content/statements.yaml` reads its own `examples:` in every state, as
/// `content check` plays them (`SubjectExampleCheck`: one implementation): an assertion is false
/// where the case says `no` or `unknown`, a denial where it says `yes` or `unknown`, a hedged, asked
/// or conditional sentence is never a statement, a closed subject's examples hold kind by kind, and
/// every assertion typed in a hurry (lowercase, Latin «i», no apostrophes) reads the same.
@Suite struct StatementSubjectExamplesTests {
    static let subjects: [String] = Fixtures.content.subjects.keys.sorted()

    @Test(arguments: subjects)
    func everyExampleIsReadAsExpected(subject id: String) throws {
        let subject = try #require(Fixtures.content.subjects[id])
        let problems = SubjectExampleCheck.diagnostics(for: subject, content: Fixtures.content)
        for problem in problems { print(problem.description) }
        #expect(problems.isEmpty, "\(problems.count) examples of \(id) fail:\n\(problems.map(\.description).joined(separator: "\n"))")
    }

    /// The check can fail: an assertion listed under `neither` is judged false where the case says
    /// `no` and `unknown`, and the problem names the file, line, subject, state, sentence and reading.
    @Test func anAssertionAmongNeitherIsReported() throws {
        var subject = try #require(Fixtures.content.subjects["service_paid"])
        let assertion = try #require(subject.examples.asserts.first)
        subject.examples.neither.append(assertion)
        let problems = SubjectExampleCheck.diagnostics(for: subject, content: Fixtures.content)
        #expect(problems.count == 2, "\(problems.map(\.description))")
        for problem in problems {
            #expect(problem.file == assertion.location.file && problem.line == assertion.location.line)
            #expect(problem.message.contains("subject 'service_paid', example neither") && problem.message.contains("«\(assertion.text)»"))
            #expect(problem.message.contains("expected not judged false, read judged false"))
            #expect(problem.ukrainian.contains("предмет 'service_paid'"))
        }
        #expect(Set(problems.map(\.message).map { $0.contains("the case says no") || $0.contains("the case says unknown") }) == [true])
    }

    /// A closed subject's denial of a kind moved to another kind is read against the wrong case.
    @Test func aClosedSubjectsExampleUnderTheWrongKindIsReported() throws {
        var subject = try #require(Fixtures.content.subjects["department"])
        let assertion = try #require(subject.examples.kindAsserts.first { $0.kind == "metrology" })
        subject.examples.kindAsserts = [(kind: "accounting", text: assertion.text, location: assertion.location)]
        let problems = SubjectExampleCheck.diagnostics(for: subject, content: Fixtures.content)
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { $0.line == assertion.location.line && $0.message.contains("example asserts: accounting") })
    }

    /// A subject with no example that must not trigger is reported at the subject.
    @Test func aSubjectWithoutNeitherIsReported() throws {
        var subject = try #require(Fixtures.content.subjects["service_paid"])
        subject.examples.neither = []
        let problems = SubjectExampleCheck.diagnostics(for: subject, content: Fixtures.content)
        #expect(problems.map(\.line) == [subject.location.line])
        #expect(problems.first?.message.contains("no example that must not trigger") == true)
    }
}
