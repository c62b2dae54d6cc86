import Foundation
import Testing
@testable import TrenazherCore

@Suite struct ScenarioLibraryTests {
    static let missionIDs = ["visit-incomplete-documents", "hotline-account-no-id", "hotline-long-lookup",
                             "visit-difficult-visitor", "phone-callback", "web-appeal-reply"]
    /// The second library (docs/scenario-briefs.md): its IDs are fixed by the briefs.
    static let briefIDs = ["hotline-outage-report", "hotline-bill-dispute", "visit-contact-update",
                           "visit-informal-customer", "phone-russian-speaker", "written-postal-letter"]
    /// The third library (docs/scenario-briefs.md, 13–15): written by a trainer from the docs alone.
    static let trainerIDs = ["hotline-meter-replacement", "visit-name-change", "web-reconnection-request"]
    static let allIDs = missionIDs + briefIDs + trainerIDs

    @Test func theBundledLibraryIsCleanAndComplete() {
        #expect(Fixtures.loaded.1.isEmpty, "\(Fixtures.loaded.1.map(\.description).joined(separator: "\n"))")
        for id in Self.allIDs {
            let scenario = Fixtures.library.scenario(id: id)
            #expect(scenario != nil, "missing \(id)")
            guard let scenario else { continue }
            #expect(scenario.examples.count >= 4, "\(id): fewer than four examples")
            #expect(scenario.examples.contains { $0.passed == true }, "\(id): no exemplary pass")
            #expect(scenario.examples.contains { $0.passed == false }, "\(id): no failing example")
        }
    }

    @Test(arguments: allIDs)
    func everyExampleGetsItsVerdicts(id: String) {
        let outcomes = ExampleRunner.run(Fixtures.scenario(id), content: Fixtures.content)
        let failures = outcomes.filter { !$0.passed }.map { "\($0.name): \($0.mismatches.map(\.en).joined(separator: "; "))" }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test(arguments: allIDs)
    func gradingIsDeterministic(id: String) throws {
        let scenario = Fixtures.scenario(id)
        guard let example = scenario.examples.first else { return }
        let text = scenario.fill(example.transcript, trainee: "Олена")
        let first = AttemptRendering.json(try Fixtures.play(id, text))
        let second = AttemptRendering.json(try Fixtures.play(id, text))
        #expect(first == second)
    }
}

@Suite struct ScenarioCheckerTests {
    static let valid = """
    id: test-scenario
    title: Тест
    channel: hotline
    clock: "09:10"
    persona:
      name: Мельник Андрій Петрович
    facts:
      account: "20417385"
    standards: [GEN-FORMAL, HOT-GREET]
    nodes:
      start:
        on:
          - when: farewell
            go: end
      end:
        end: true
    examples:
      - name: привітання
        transcript: |
          Доброго ранку, мене звати {trainee}.
        expect: {HOT-GREET: met}
    """

    func diagnostics(_ text: String) -> [String] {
        ScenarioLibrary.load(text: text, file: "s.yaml", content: Fixtures.content).1.map(\.description)
    }

    @Test func aValidScenarioHasNoProblems() {
        #expect(diagnostics(Self.valid) == [])
    }

    @Test(arguments: [
        ("standards: [GEN-FORMAL, HOT-GREET]", "standards: [GEN-FORMAL, HOT-GRET]", "s.yaml:9:25: unknown Standard ID 'HOT-GRET' (the catalogue is Content/standards.yaml) (did you mean 'HOT-GREET'?)"),
        ("clock: \"09:10\"", "clock: \"9:70\"", "s.yaml:4:8: bad clock '9:70': write HH:MM, e.g. \"09:10\""),
        ("facts:", "fakts:", "s.yaml:7:1: unknown key 'fakts' in the scenario (did you mean 'facts'?)"),
        ("        go: end", "        go: ennd", "s.yaml:14:13: unknown node 'ennd' (did you mean 'end'?)"),
        ("when: farewell", "when: farewel", "s.yaml:13:15: unknown intent 'farewel' (intents are in Content/intents.yaml and the scenario's 'intents') (did you mean 'farewell'?)"),
        ("      Доброго ранку, мене звати {trainee}.", "      Доброго ранку, мене звати {trainee}, рахунок {acount}.", "s.yaml:20:52: '{acount}' names no fact: add it to 'facts' (did you mean 'account'?)"),
        ("channel: hotline", "channel: hotlin", "s.yaml:3:10: unknown channel 'hotlin' (did you mean 'hotline'?)"),
    ])
    func reportsAPlantedErrorAtItsPlace(original: String, planted: String, expected: String) {
        let text = Self.valid.replacingOccurrences(of: original, with: planted)
        #expect(diagnostics(text).contains(expected), "got: \(diagnostics(text))")
    }

    @Test func findsUnreachableAndDeadEndNodes() {
        let text = Self.valid.replacingOccurrences(of: "  end:\n    end: true", with: "  end:\n    end: true\n  lost:\n    say: Ой")
        let found = diagnostics(text)
        #expect(found.contains("s.yaml:17:3: node 'lost' has no way out: add a transition with 'go' or mark it 'end: true'"))
        #expect(found.contains("s.yaml:17:3: node 'lost' is unreachable from 'start': add 'go: lost' somewhere or remove it"))
    }

    @Test func findsDuplicateScenarioIDs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trenazher-dup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.valid.write(to: folder.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try Self.valid.write(to: folder.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        let (library, found) = ScenarioLibrary.load(paths: [folder], content: Fixtures.content)
        #expect(library.scenarios.count == 1)
        #expect(found.count == 1)
        #expect(found.first?.line == 1)
        #expect(found.first?.message.hasPrefix("duplicate scenario ID 'test-scenario'") == true)
    }

    /// An installation names its scenarios through links (`Scenarios` → `current/Scenarios`, `current` →
    /// `versions/N`): the library is the same as through the real folder.
    @Test func loadsAFolderNamedThroughASymbolicLink() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("trenazher-link-\(UUID().uuidString)")
        let real = root.appendingPathComponent("versions/0001/Scenarios")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.valid.write(to: real.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("current").path, withDestinationPath: "versions/0001")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("Scenarios").path, withDestinationPath: "current/Scenarios")
        let (library, found) = ScenarioLibrary.load(paths: [root.appendingPathComponent("Scenarios")], content: Fixtures.content)
        #expect(found.isEmpty, "\(found.map(\.description))")
        #expect(library.scenarios.map(\.id) == ["test-scenario"])
    }

    @Test func reportsYAMLSyntaxErrorsWithTheirLine() {
        let found = diagnostics(Self.valid.replacingOccurrences(of: "title: Тест", with: "title: [Тест"))
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("s.yaml:") == true)
    }
}
