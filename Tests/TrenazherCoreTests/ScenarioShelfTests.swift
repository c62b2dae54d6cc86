import Foundation
import Testing
@testable import TrenazherCore

/// The trainee console's library read a file at a time gives what the whole load gives, and a file's ID
/// hint is given only when it cannot be wrong.
@Suite struct ScenarioShelfTests {
    @Test func everyBundledFileGivesItsIDAsAHint() throws {
        let folder = Fixtures.root.appendingPathComponent("Scenarios")
        for scenario in Fixtures.library.scenarios {
            let file = try #require(scenario.sourceFile)
            #expect(ScenarioIDHint.of(file: file) == scenario.id, "\(file.path)")
        }
        #expect(Fixtures.library.scenarios.count == ScenarioLibrary.scenarioFiles(under: [folder], log: DiagnosticLog()).count)
    }

    @Test(arguments: [
        ("id: a-b_9\ntitle: x\n", "a-b_9"),
        ("title: x\nid: \"quoted\"  # comment\n", "quoted"),
        ("id: 'single'\r\ntitle: x\r\n", "single"),
        ("id:\ta\n", "a"),
        ("---\nid: doc\n", "doc"),
        ("# id: not-this\nid: this\n", "this"),
        ("idle: 1\nid: real\n", "real"),
    ])
    func aHintIsReadFrom(text: String, expected: String) {
        #expect(ScenarioIDHint.of(bytes: Array(text.utf8)) == expected)
    }

    @Test(arguments: [
        "title: x\n",                                   // no id line
        "id: a\nsummary: \"text\nid: b\"\n",             // a second line starting with id: (a quoted text's continuation)
        "facts: {a: 1,\nid: b}\n\"id\": a\n",           // the key quoted
        "id : a\n",                                     // a blank before the colon
        "? id\n: a\n",                                  // a complex key
        "<<: *base\nid: a\n",                           // a merge key
        "&anchor id: a\n",                              // an anchor
        "!!str id: a\n",                                // a tag
        "{id: a}\n",                                    // a flow mapping
        "\u{FEFF}id: a\n",                              // a byte-order mark
        "id:\n  a\n",                                   // the value on the next line
        "id: a b\n",                                    // more after the value
        "id: a#b\n",                                    // a plain value with # (not a comment)
        "id: \"a\n",                                    // an unclosed quote
        "id: Сценарій\n",                               // letters beyond ASCII: the file is parsed to learn it
        "id: \"a\\u0062\"\n",                           // an escape
        "id:a\n",                                       // no blank after the colon (not a key)
    ])
    func noHintFrom(text: String) {
        #expect(ScenarioIDHint.of(bytes: Array(text.utf8)) == nil)
    }

    @Test func oneScenarioIsReadWithoutTheOthersAndIsTheWholeLoadsScenario() throws {
        let shelf = ScenarioShelf(paths: [Fixtures.root.appendingPathComponent("Scenarios")], content: Fixtures.content)
        let scenario = try #require(shelf.scenario(id: "phone-callback"))
        let whole = try #require(Fixtures.library.scenario(id: "phone-callback"))
        #expect(scenario.sourceHash == whole.sourceHash)
        #expect(scenario.title == whole.title)
        #expect(scenario.examples.map(\.transcript) == whole.examples.map(\.transcript))
        #expect(shelf.scenario(id: "no-such-scenario") == nil)
        #expect(shelf.diagnostics.isEmpty)
        #expect(shelf.library.scenarios.map(\.id) == Fixtures.library.scenarios.map(\.id))
    }

    /// Files in a temporary folder: one that does not load, two with the same ID (the first that loads is
    /// kept, as the whole load keeps it), one whose ID the hint cannot tell.
    @Test func aFolderWithProblemsGivesWhatTheWholeLoadGives() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shelf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let valid = ScenarioCheckerTests.valid
        try valid.replacingOccurrences(of: "id: test-scenario", with: "id: twin\nbroken: [")
            .write(to: folder.appendingPathComponent("a-broken.yaml"), atomically: true, encoding: .utf8)
        try valid.replacingOccurrences(of: "id: test-scenario", with: "id: twin")
            .replacingOccurrences(of: "title: Тест", with: "title: Перший")
            .write(to: folder.appendingPathComponent("b-twin.yaml"), atomically: true, encoding: .utf8)
        try valid.replacingOccurrences(of: "id: test-scenario", with: "id: twin")
            .replacingOccurrences(of: "title: Тест", with: "title: Другий")
            .write(to: folder.appendingPathComponent("c-twin.yaml"), atomically: true, encoding: .utf8)
        try valid.replacingOccurrences(of: "id: test-scenario", with: "\"id\": quoted-key")
            .write(to: folder.appendingPathComponent("d-quoted.yaml"), atomically: true, encoding: .utf8)
        let (whole, problems) = ScenarioLibrary.load(paths: [folder], content: Fixtures.content, checkVariants: false, grounding: false)
        #expect(!problems.isEmpty)
        for id in ["twin", "quoted-key", "test-scenario"] {
            let shelf = ScenarioShelf(paths: [folder], content: Fixtures.content)
            #expect(shelf.scenario(id: id)?.title == whole.scenario(id: id)?.title, "\(id)")
            #expect(shelf.scenario(id: id)?.sourceHash == whole.scenario(id: id)?.sourceHash, "\(id)")
        }
        let shelf = ScenarioShelf(paths: [folder], content: Fixtures.content)
        #expect(shelf.scenario(id: "twin")?.title == "Перший")
        #expect(shelf.diagnostics.contains { $0.file.hasSuffix("a-broken.yaml") })
        #expect(!shelf.diagnostics.contains { $0.file.hasSuffix("d-quoted.yaml") })
        #expect(shelf.library.scenarios.map(\.id) == whole.scenarios.map(\.id))
        #expect(shelf.diagnostics.map(\.description) == problems.map(\.description))
    }
}
