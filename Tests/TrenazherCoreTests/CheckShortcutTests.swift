import Foundation
import Testing
@testable import TrenazherCore

/// The shortcuts `scenarios check` takes over a library, each against the way it replaces: facts filled in by
/// bytes as Foundation's `replacingOccurrences` fills them, texts keyed by their bytes, and a file's lines and
/// hash computed once for the file and its variants giving the load the same problems and the same scenario.
@Suite struct CheckShortcutTests {
    /// Plain letters, their decomposed twins, combining marks, braces, a carriage return and placeholders.
    static let pieces: [String] = ["{name}", "{x}", "{", "}", "name", "x", "а", "й", "и\u{306}", "e\u{301}", "\u{301}", " ", "«", "»",
                                   "’", "\r", "\n", "\u{212A}", "1", "{name}\u{301}", "№"]

    @Test func factsFilledByBytesAreFoundationsReplacement() {
        var generator = SeededGenerator(seed: 20261206)
        let loader = ScenarioLoader(content: Fixtures.content, log: DiagnosticLog())
        for _ in 0..<4_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let values = ["Олена", "x\u{301}", "{x}", "", "312,40 грн", "e\u{301}"]
            let bindings = ["name": values.randomElement(using: &generator)!, "x": values.randomElement(using: &generator)!]
            var expected = text
            if expected.utf8.contains(UInt8(ascii: "{")) {
                for (name, value) in bindings where expected.contains("{\(name)}") {
                    expected = expected.replacingOccurrences(of: "{\(name)}", with: value)
                }
            }
            let filled = loader.fillFacts(text, bindings)
            #expect(Array(filled.utf8) == Array(expected.utf8), "\(text.debugDescription) with \(bindings)")
        }
    }

    @Test func replacingAllIsFoundationsReplacementInPlainTexts() {
        var generator = SeededGenerator(seed: 6)
        let plain = ["а", "б", "{", "}", "ab", "a", " ", "«", "—", "ї", "\n"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in plain.randomElement(using: &generator)! }.joined()
            let wanted = (0..<Int.random(in: 1...3, using: &generator)).map { _ in plain.randomElement(using: &generator)! }.joined()
            let replacement = ["", "x", "ЇЇ", "e\u{301}", wanted].randomElement(using: &generator)!
            let replaced = LiteralSearch.replacingAll(Array(wanted.utf8), with: replacement, in: Array(text.utf8))
            #expect(Array(replaced.utf8) == Array(text.replacingOccurrences(of: wanted, with: replacement).utf8),
                    "\(wanted.debugDescription) in \(text.debugDescription)")
        }
    }

    @Test func exactTextsAreEqualWhenTheirBytesAre() {
        var generator = SeededGenerator(seed: 8)
        for _ in 0..<3_000 {
            let a = (0..<Int.random(in: 0...4, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let b = (0..<Int.random(in: 0...4, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            #expect((ExactText(a) == ExactText(b)) == (Array(a.utf8) == Array(b.utf8)), "\(a.debugDescription) \(b.debugDescription)")
            if ExactText(a) == ExactText(b) { #expect(ExactText(a).hashValue == ExactText(b).hashValue) }
        }
        // Canonically equivalent, spelled differently: one `String`, two keys.
        #expect("й" == "и\u{306}")
        #expect(ExactText("й") != ExactText("и\u{306}"))
        var keyed: [ExactText: Int] = [:]
        keyed[ExactText("й")] = 1
        keyed[ExactText("и\u{306}")] = 2
        #expect(keyed.count == 2)
    }

    /// Every bundled scenario file and every variant of it, loaded with its lines and hash given as a library load
    /// gives them, and without: the same problems, the same hash.
    @Test func aFileLoadedWithItsLinesAndHashGivenIsTheSame() throws {
        let folder = Fixtures.root.appendingPathComponent("Scenarios")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files.count >= 12)
        let mentions = ScenarioLibrary.mentionExtractor(Fixtures.content)
        for name in files {
            let url = folder.appendingPathComponent(name)
            let text = try String(contentsOf: url, encoding: .utf8)
            let log = DiagnosticLog()
            let blocks = ScenarioLoader.parseBlocks(Fixtures.content.blocks, log: log)
            let root = try #require(YAMLNode.parse(text, file: name, log: log))
            let plain = ScenarioLoader(content: Fixtures.content, log: log, mentions: mentions, blocks: blocks)
            let base = try #require(plain.load(root: root, text: text, file: name, url: url))
            for variant in 0..<base.variantCount {
                let plainLog = DiagnosticLog(), givenLog = DiagnosticLog()
                let without = ScenarioLoader(content: Fixtures.content, log: plainLog, mentions: mentions, blocks: blocks)
                    .load(root: root, text: text, file: name, url: url, variant: variant)
                var given = ScenarioLoader(content: Fixtures.content, log: givenLog, mentions: mentions, blocks: blocks, cache: ScenarioLoadCache())
                given.fileLines = TextLines.of(text)
                given.fileHash = StableHash.hex(of: Array(text.utf8))
                let with = given.load(root: root, text: text, file: name, url: url, variant: variant)
                #expect(plainLog.entries.map { $0.description + $0.ukrainian } == givenLog.entries.map { $0.description + $0.ukrainian }, "\(name) variant \(variant)")
                #expect(without?.sourceHash == with?.sourceHash, "\(name) variant \(variant)")
                #expect(without?.claims.count == with?.claims.count, "\(name) variant \(variant)")
                #expect(without?.facts == with?.facts, "\(name) variant \(variant)")
            }
        }
    }
}
