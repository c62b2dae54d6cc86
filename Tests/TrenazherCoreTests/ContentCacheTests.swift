import Foundation
import Testing
@testable import TrenazherCore

/// The compiled Content kept between starts (`ContentCache`) is the Content its files give — every value, and the
/// same grading of every bundled example — it is used only while nothing it depends on has changed, and a file that
/// cannot be used (cut short, damaged, foreign) is loaded past with nothing lost.
@Suite struct ContentCacheTests {
    /// A copy of the project's Content/ in a folder of its own.
    static func contentCopy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("content-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("Content"), to: folder.appendingPathComponent("Content"))
        return folder
    }

    /// Runs `body` with a copy of the project's Content/ in a folder of its own, removed afterwards: the
    /// folder, its `Content` and the cache file `content-cache` beside it.
    static func withContentCopy(_ body: (_ folder: URL, _ content: URL, _ file: URL) throws -> Void) throws {
        let folder = try contentCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder, folder.appendingPathComponent("Content"), folder.appendingPathComponent("content-cache"))
    }

    static func key(_ content: URL) throws -> String {
        let program = try #require(ScenarioListCache.programIdentity())
        return try #require(ContentCache.key(directory: content, program: program, currentDirectory: FileManager.default.currentDirectoryPath))
    }

    /// The bundle with its compound-number stems in one order: the loader puts them longest first, stems of one
    /// length in a dictionary's order (`ContentLoader`, `compound_numbers`), which differs between two loads of
    /// the same files in one process, with or without the cache.
    static func ordered(_ bundle: ContentBundle) -> ContentBundle {
        var bundle = bundle
        bundle.time.compoundNumbers.sort { ($0.0.count, $1.0) > ($1.0.count, $0.0) }
        return bundle
    }

    @Test func theKeptContentIsTheContentOfTheFilesValueForValue() throws {
        try Self.withContentCopy { folder, content, file in
            let cache = ContentCache(file: file)
            let fromFiles = try ContentBundle.load(from: content)

            let first = try cache.loadReporting(from: content)
            #expect(first.source == .files)
            let second = try cache.loadReporting(from: content)
            #expect(second.source == .cache)
            #expect(StructuralDifferences.of(Self.ordered(fromFiles), Self.ordered(second.bundle)).isEmpty)
            #expect(StructuralDifferences.of(Self.ordered(fromFiles), Self.ordered(first.bundle)).isEmpty)
            // What the cache read is exactly what it wrote, order and all.
            #expect(StructuralDifferences.of(first.bundle, second.bundle).isEmpty)
            #expect(second.bundle.digest == fromFiles.digest)
            #expect(second.bundle.directory == content)
        }
    }

    /// The comparison above would see a difference anywhere in the bundle: deep in a tuple, a set, a class.
    @Test func theComparisonSeesADifferenceAnywhere() throws {
        let content = Fixtures.content
        var units = content
        units.time.units[0].patterns[0].text += "x"
        #expect(StructuralDifferences.of(content, units).count == 1)
        var letters = content
        letters.language.russianLetters.insert("ж")
        #expect(!StructuralDifferences.of(content, letters).isEmpty)
        var subjects = content
        let subject = try #require(subjects.subjects.keys.sorted().first)
        subjects.subjects[subject]?.location.line += 1
        #expect(StructuralDifferences.of(content, subjects).count == 1)
        var morphology = content
        let old = try #require(content.reading.morphology)
        morphology.reading.morphology = Morphology(endings: [], reflexive: [], minimumStemLetters: old.minimumStemLetters,
                                                   minimumTypoLetters: old.minimumTypoLetters, vocabulary: old.vocabulary)
        #expect(!StructuralDifferences.of(content, morphology).isEmpty)
        #expect(StructuralDifferences.of(content, content).isEmpty)
    }

    /// Every bundled scenario loaded with the kept Content grades each of its examples as with the Content of the files.
    @Test func theBundledExamplesAreGradedTheSameBothWays() throws {
        try Self.withContentCopy { folder, content, file in
            let cache = ContentCache(file: file)
            _ = try cache.load(from: content)
            let kept = try cache.loadReporting(from: content)
            #expect(kept.source == .cache)
            let fromFiles = try ContentBundle.load(from: content)
            let scenarios = [Fixtures.root.appendingPathComponent("Scenarios")]
            let (filesLibrary, filesProblems) = ScenarioLibrary.load(paths: scenarios, content: fromFiles)
            let (keptLibrary, keptProblems) = ScenarioLibrary.load(paths: scenarios, content: kept.bundle)
            #expect(filesProblems.map(\.description) == keptProblems.map(\.description))
            #expect(filesLibrary.scenarios.map(\.id) == keptLibrary.scenarios.map(\.id))
            var examples = 0
            // The first four examples of every scenario (all of them take minutes in a debug build).
            for scenario in filesLibrary.scenarios {
                var one = scenario
                one.examples = Array(scenario.examples.prefix(4))
                var other = try #require(keptLibrary.scenario(id: scenario.id))
                other.examples = Array(other.examples.prefix(4))
                let expected = ExampleRunner.run(one, content: fromFiles)
                let got = ExampleRunner.run(other, content: kept.bundle)
                #expect(expected.count == got.count)
                for (one, two) in zip(expected, got) {
                    #expect(one.result != nil)
                    #expect(one.result == two.result, "\(scenario.id): \(one.name)")
                    #expect(one.mismatches == two.mismatches)
                    examples += 1
                }
            }
            #expect(examples > 40)
        }
    }

    @Test func aChangedFileOrProgramGivesAnotherKey() throws {
        try Self.withContentCopy { folder, content, file in
            let cache = ContentCache(file: file)
            #expect(try cache.loadReporting(from: content).source == .files)
            let key = try Self.key(content)
            let program = try #require(ScenarioListCache.programIdentity())
            let here = FileManager.default.currentDirectoryPath
            #expect(ContentCache.key(directory: content, program: program + "1", currentDirectory: here) != key)
            #expect(ContentCache.key(directory: content, program: program, currentDirectory: here + "/x") != key)

            // One more word in one file: another key, Content is loaded from the files and kept anew.
            let file = content.appendingPathComponent("lexicon/fillers.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            try (text + "#\n").write(to: file, atomically: true, encoding: .utf8)
            #expect(try Self.key(content) != key)
            #expect(try cache.loadReporting(from: content).source == .files)
            #expect(try cache.loadReporting(from: content).source == .cache)
            let scoring = content.appendingPathComponent("scoring.yaml")
            let scoringText = try String(contentsOf: scoring, encoding: .utf8)
            try scoringText.replacingOccurrences(of: "pass_score: 80", with: "pass_score: 79").write(to: scoring, atomically: true, encoding: .utf8)
            #expect(scoringText.contains("pass_score: 80"))
            let changed = try cache.loadReporting(from: content)
            #expect(changed.source == .files)
            #expect(changed.bundle.scoring.passScore == 79)
            #expect(try cache.loadReporting(from: content).bundle.scoring.passScore == 79)
            // A file added under Content/ changes the key too.
            try "x".write(to: content.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
            #expect(try cache.loadReporting(from: content).source == .files)
            // The same files in another folder: another key (diagnostics name the files by their path).
            let moved = folder.appendingPathComponent("Moved")
            try FileManager.default.copyItem(at: content, to: moved)
            let elsewhere = try cache.loadReporting(from: moved)
            #expect(elsewhere.source == .files)
            #expect(elsewhere.bundle.directory == moved)
            #expect(elsewhere.bundle.intents.values.allSatisfy { $0.location.file.hasPrefix(moved.path) })
        }
    }

    @Test func aDamagedOrForeignFileIsLoadedPast() throws {
        try Self.withContentCopy { folder, content, file in
            let cache = ContentCache(file: file)
            _ = try cache.load(from: content)
            let good = try Data(contentsOf: file)
            let fromFiles = try ContentBundle.load(from: content)
            // The header is three lines (format, key, checksum); the JSON follows.
            let newlines = good.indices.filter { good[$0] == 0x0A }.prefix(3)
            let header = try #require(newlines.last) + 1
            #expect(header > 0 && header < 200)

            var damaged: [(String, Data)] = [("empty", Data()), ("not a cache", Data("{\"format\": 1, не JSON".utf8))]
            for length in [1, 10, header - 1, header, header + 1, good.count / 2, good.count - 1] {
                damaged.append(("cut at \(length)", good.prefix(length)))
            }
            for position in [0, 25, header + 3, good.count / 3, good.count - 2] {
                var bytes = good
                bytes[position] ^= 0x01
                damaged.append(("byte \(position) changed", bytes))
            }
            // A garbled body under a checksum that fits it: the JSON does not decode.
            let lines = good.prefix(header).split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            var body = [UInt8](good.dropFirst(header))
            body.removeLast(body.count / 2)
            damaged.append(("garbled body, checksum fitting", Data("\(lines[0])\n\(lines[1])\n\(ContentCache.checksum(body[...]))\n".utf8) + body))
            // Another format's file and a file kept for another Content folder.
            damaged.append(("another format", Data("trenazher content 0\n\(lines[1])\n\(lines[2])\n".utf8) + good.dropFirst(header)))
            let other = folder.appendingPathComponent("Other")
            try FileManager.default.copyItem(at: content, to: other)
            let otherFile = folder.appendingPathComponent("other-cache")
            _ = try ContentCache(file: otherFile).load(from: other)
            damaged.append(("kept for another folder", try Data(contentsOf: otherFile)))

            for (name, bytes) in damaged {
                try bytes.write(to: file)
                let loaded = try cache.loadReporting(from: content)
                #expect(loaded.source == .files, "\(name)")
                #expect(loaded.bundle.digest == fromFiles.digest, "\(name)")
                // Written anew: the next start reads it.
                #expect(try cache.loadReporting(from: content).source == .cache, "\(name)")
            }
            // A folder that cannot be written: Content as the files give it, nothing kept.
            let nowhere = ContentCache(file: folder.appendingPathComponent("missing/content-cache"))
            #expect(try nowhere.loadReporting(from: content).bundle.digest == fromFiles.digest)
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("missing").path))
        }
    }

    @Test func contentWithProblemsIsNeverKept() throws {
        try Self.withContentCopy { folder, content, file in
            let cache = ContentCache(file: file)
            _ = try cache.load(from: content)
            let scoring = content.appendingPathComponent("scoring.yaml")
            try (try String(contentsOf: scoring, encoding: .utf8) + "\nunknown_key: [\n").write(to: scoring, atomically: true, encoding: .utf8)
            for _ in 0..<2 {
                #expect(throws: ContentError.self) { try cache.load(from: content) }
            }
        }
    }

    @Test func manyStartsAtOnceKeepOneWholeCopy() throws {
        try Self.withContentCopy { folder, content, file in
            let digest = try ContentBundle.load(from: content).digest
            let digests = Locked<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 6) { _ in
                let bundle = try? ContentCache(file: file).load(from: content)
                digests.withValue { $0.append(bundle?.digest ?? "") }
            }
            #expect(digests.withValue { $0 } == Array(repeating: digest, count: 6))
            #expect(try ContentCache(file: file).loadReporting(from: content).source == .cache)
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
            #expect(left.isEmpty)
        }
    }
}

/// A value guarded by a lock, for the test's threads.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withValue<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}

/// Where two values differ, walked by reflection (`Mirror`) through every stored property, tuple element, optional,
/// array element, set and dictionary entry — independent of how the cache codes them.
enum StructuralDifferences {
    static func of(_ first: Any, _ second: Any) -> [String] {
        var found: [String] = []
        compare(first, second, at: "", into: &found)
        return found
    }

    private static func compare(_ first: Any, _ second: Any, at path: String, into found: inout [String]) {
        guard found.count < 20 else { return }
        guard type(of: first) == type(of: second) else {
            found.append("\(path): \(type(of: first)) ≠ \(type(of: second))")
            return
        }
        let one = Mirror(reflecting: first)
        let two = Mirror(reflecting: second)
        switch one.displayStyle {
        case .set:
            if let a = first as? AnyHashable, let b = second as? AnyHashable, a != b { found.append("\(path): sets differ") }
        case .dictionary:
            func entries(_ mirror: Mirror) -> [AnyHashable: Any] {
                var result: [AnyHashable: Any] = [:]
                for child in mirror.children {
                    let pair = Array(Mirror(reflecting: child.value).children)
                    if let key = pair[0].value as? AnyHashable { result[key] = pair[1].value }
                }
                return result
            }
            let a = entries(one)
            let b = entries(two)
            guard Set(a.keys) == Set(b.keys), a.count == one.children.count else {
                found.append("\(path): keys differ")
                return
            }
            for (key, value) in a { compare(value, b[key]!, at: "\(path)[\(key)]", into: &found) }
        default:
            let a = Array(one.children)
            let b = Array(two.children)
            if a.isEmpty && b.isEmpty {
                if String(reflecting: first) != String(reflecting: second) { found.append("\(path): \(first) ≠ \(second)") }
                return
            }
            guard a.count == b.count else {
                found.append("\(path): \(a.count) ≠ \(b.count) parts")
                return
            }
            for (index, (x, y)) in zip(a, b).enumerated() {
                compare(x.value, y.value, at: "\(path).\(x.label ?? String(index))", into: &found)
            }
        }
    }
}
