import Foundation
import Testing
@testable import TrenazherCore

/// The scenario list kept between runs (`ScenarioListCache`) is the list the whole load gives, it is used only
/// while nothing it depends on has changed, and a file that cannot be used is loaded past.
@Suite struct ScenarioListCacheTests {
    /// A folder with three bundled scenarios, a file that does not load and two files with one ID.
    static func library() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("list-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for id in ["hotline-account-no-id", "phone-callback", "visit-name-change"] {
            let file = try #require(Fixtures.scenario(id).sourceFile)
            try FileManager.default.copyItem(at: file, to: folder.appendingPathComponent(file.lastPathComponent))
        }
        let valid = ScenarioCheckerTests.valid
        try valid.replacingOccurrences(of: "id: test-scenario", with: "id: twin\nbroken: [")
            .write(to: folder.appendingPathComponent("a-broken.yaml"), atomically: true, encoding: .utf8)
        try valid.replacingOccurrences(of: "id: test-scenario", with: "id: twin")
            .write(to: folder.appendingPathComponent("b-twin.yaml"), atomically: true, encoding: .utf8)
        try valid.replacingOccurrences(of: "id: test-scenario", with: "id: twin")
            .write(to: folder.appendingPathComponent("c-twin.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    static func wholeList(_ folder: URL) -> ScenarioList {
        let (library, problems) = ScenarioLibrary.load(paths: [folder], content: Fixtures.content, checkVariants: false, grounding: false)
        return ScenarioList(library: library, diagnostics: problems)
    }

    static func key(_ folder: URL) throws -> String {
        let files = ScenarioLibrary.scenarioFiles(under: [folder], log: DiagnosticLog())
        let program = try #require(ScenarioListCache.programIdentity())
        return try #require(ScenarioListCache.key(paths: [folder], files: files, contentDirectory: Fixtures.content.directory,
                                                  program: program, currentDirectory: FileManager.default.currentDirectoryPath))
    }

    @Test func theListKeptIsTheWholeLoadsAndIsReadWhileNothingChanged() throws {
        let folder = try Self.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ScenarioListCache(file: folder.appendingPathComponent("list.json"))
        let whole = Self.wholeList(folder)
        #expect(whole.scenarios.map(\.id).contains("twin"))
        #expect(!whole.diagnostics.isEmpty)

        let first = ScenarioShelf(paths: [folder], content: Fixtures.content, listCache: cache)
        #expect(first.listing == whole)
        #expect(first.diagnostics == whole.diagnostics)
        #expect(cache.read(key: try Self.key(folder)) == whole)

        // A list planted under the right key is what the next start shows: the files are not loaded again.
        var planted = whole
        planted.scenarios[0].title = "Ключ той самий"
        cache.write(planted, key: try Self.key(folder))
        let second = ScenarioShelf(paths: [folder], content: Fixtures.content, listCache: cache)
        #expect(second.listing == planted)
        #expect(second.diagnostics == whole.diagnostics)
        // The scenario chosen from the list is the whole load's.
        let chosen = try #require(second.scenario(id: "phone-callback"))
        #expect(chosen.sourceHash == Fixtures.scenario("phone-callback").sourceHash)

        // One byte more in one scenario file: another key, the list is loaded again (and kept anew).
        let file = folder.appendingPathComponent("phone-callback.yaml")
        try (try String(contentsOf: file, encoding: .utf8) + "#\n").write(to: file, atomically: true, encoding: .utf8)
        let third = ScenarioShelf(paths: [folder], content: Fixtures.content, listCache: cache)
        #expect(third.listing == Self.wholeList(folder))
        #expect(cache.read(key: try Self.key(folder)) == Self.wholeList(folder))
    }

    @Test func aFileThatCannotBeUsedIsLoadedPast() throws {
        let folder = try Self.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("list.json")
        try "{\"format\": 1, не JSON".write(to: file, atomically: true, encoding: .utf8)
        let whole = Self.wholeList(folder)
        #expect(ScenarioShelf(paths: [folder], content: Fixtures.content, listCache: ScenarioListCache(file: file)).listing == whole)
        #expect(ScenarioListCache(file: file).read(key: try Self.key(folder)) == whole)
        // A cache that cannot be written (its folder is missing) leaves the list as the load gives it.
        let nowhere = ScenarioListCache(file: folder.appendingPathComponent("missing/list.json"))
        #expect(ScenarioShelf(paths: [folder], content: Fixtures.content, listCache: nowhere).listing == whole)
    }

    /// Everything the key stands for changes it: a Content file's bytes, a file added, a scenario path that
    /// appears, the current directory and the program.
    @Test func theKeyChangesWithWhatTheLoadReads() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("list-key-\(UUID().uuidString)")
        let content = root.appendingPathComponent("Content"), scenarios = root.appendingPathComponent("Scenarios")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("lexicon"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "a: 1\n".write(to: content.appendingPathComponent("intents.yaml"), atomically: true, encoding: .utf8)
        try "b: 2\n".write(to: content.appendingPathComponent("lexicon/time.yaml"), atomically: true, encoding: .utf8)
        try "id: x\n".write(to: scenarios.appendingPathComponent("x.yaml"), atomically: true, encoding: .utf8)
        let missing = root.appendingPathComponent("More")
        func key(program: String = "p", directory: String = "/d") throws -> String {
            let paths = [scenarios, missing]
            return try #require(ScenarioListCache.key(paths: paths, files: ScenarioLibrary.scenarioFiles(under: paths, log: DiagnosticLog()),
                                                      contentDirectory: content, program: program, currentDirectory: directory))
        }
        var keys: Set<String> = [try key()]
        #expect(try key() == key())
        keys.insert(try key(program: "q"))
        keys.insert(try key(directory: "/e"))
        try "b: 3\n".write(to: content.appendingPathComponent("lexicon/time.yaml"), atomically: true, encoding: .utf8)
        keys.insert(try key())
        try "c: 4\n".write(to: content.appendingPathComponent("lexicon/new.yaml"), atomically: true, encoding: .utf8)
        keys.insert(try key())
        try "id: x \n".write(to: scenarios.appendingPathComponent("x.yaml"), atomically: true, encoding: .utf8)
        keys.insert(try key())
        try FileManager.default.createDirectory(at: missing, withIntermediateDirectories: true)
        keys.insert(try key())
        try "id: y\n".write(to: missing.appendingPathComponent("y.yaml"), atomically: true, encoding: .utf8)
        keys.insert(try key())
        #expect(keys.count == 8)
    }
}
