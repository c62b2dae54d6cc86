import Foundation
import Testing
@testable import TrenazherCore

/// `content check` plays the example lists the test suite plays: a copy of the project's Content and
/// Scenarios with one example of `statements.yaml` and one of a scenario's own intent broken reports
/// exactly those two examples, at their file and line.
@Suite struct ContentCheckExampleListsTests {
    /// Replaces `old` (which must occur once) with `new` in a file, and returns the 1-based line of `marker` after it.
    static func edit(_ file: URL, replacing old: String, with new: String, lineOf marker: String) throws -> Int {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.components(separatedBy: old).count == 2, "\(file.lastPathComponent): «\(old)» must occur once")
        let edited = text.replacingOccurrences(of: old, with: new)
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let lines = edited.components(separatedBy: "\n")
        return try #require(lines.firstIndex { $0.contains(marker) }) + 1
    }

    /// Every bundled scenario's own intents show their `match` examples and not their `no_match` ones.
    @Test func everyScenarioIntentShowsItsExamples() {
        let problems = ScenarioIntentExampleCheck.diagnostics(Fixtures.library.scenarios, content: Fixtures.content)
        for problem in problems { print(problem.description) }
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test func theContentCheckReportsABrokenSubjectExampleAndABrokenScenarioIntentExample() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("content-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("Content"), scenarios = root.appendingPathComponent("Scenarios")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("Content"), to: content)
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("Scenarios"), to: scenarios)

        // An assertion of service_paid moved from `asserts` to `neither`: judged false where the case says no or unknown.
        let statements = content.appendingPathComponent("statements.yaml")
        _ = try Self.edit(statements, replacing: #"asserts: ["послуга платна, я видам вам рахунок", "переоформлення коштує 300 гривень"]"#,
                          with: #"asserts: ["послуга платна, я видам вам рахунок"]"#, lineOf: "послуга платна, я видам вам рахунок")
        let subjectLine = try Self.edit(statements, replacing: #"neither: ["чи платна послуга, я уточню""#,
                                        with: #"neither: ["переоформлення коштує 300 гривень", "чи платна послуга, я уточню""#,
                                        lineOf: #"neither: ["переоформлення коштує 300 гривень""#)
        // A cost named, listed as a `no_match` of visit-informal-customer's own `states_amount`.
        let scenario = scenarios.appendingPathComponent("visit-informal-customer.yaml")
        let intentLine = try Self.edit(scenario, replacing: "Суму побачите в рахунку]", with: #"Суму побачите в рахунку, "Приєднання коштуватиме 900 грн"]"#,
                                       lineOf: "Приєднання коштуватиме 900 грн")

        let problems = ContentCheck.run(content: content, scenarios: scenarios)
        for problem in problems { print(problem.description) }
        let places = problems.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line)" }
        #expect(places.sorted() == ["statements.yaml:\(subjectLine)", "statements.yaml:\(subjectLine)", "visit-informal-customer.yaml:\(intentLine)"].sorted(),
                "\(problems.map(\.description))")
        let subject = problems.filter { $0.file.hasSuffix("statements.yaml") }
        #expect(subject.allSatisfy { $0.message.contains("subject 'service_paid', example neither") && $0.message.contains("«переоформлення коштує 300 гривень»") })
        #expect(Set(subject.map { $0.message.contains("the case says no:") ? "no" : $0.message.contains("the case says unknown:") ? "unknown" : "?" }) == ["no", "unknown"])
        let intent = problems.filter { $0.file.hasSuffix("visit-informal-customer.yaml") }
        #expect(intent.first?.message.contains("intent 'states_amount', example no_match: «Приєднання коштуватиме 900 грн» expected not shown, read shown") == true)
    }
}
