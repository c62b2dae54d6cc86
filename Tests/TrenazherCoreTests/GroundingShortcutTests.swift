import Foundation
import Testing
@testable import TrenazherCore

/// The shortcuts of `scenarios check` taken in the fourteenth session, each against the way it replaces: related
/// words found by their first scalar (`RelatedWords`), a line feed and a request number looked for by bytes
/// (`LiteralSearch.contains(_:inText:)`, `firstPosition`), a text's placeholders kept for the load, and the varied
/// facts told without hashing every value.
@Suite struct GroundingShortcutTests {
    /// Plain letters, their decomposed and compatibility twins, combining marks, a carriage return.
    static let letters: [String] = ["к", "о", "м", "п", "а", "н", "с", "ц", "і", "я", "ю", "й", "и\u{306}", "ї", "і\u{308}", "e",
                                    "\u{E9}", "e\u{301}", "\u{301}", "K", "\u{212A}", "'", "1", "\r", "\n", "ь"]

    static func word(_ generator: inout SeededGenerator, stem: [String]) -> String {
        // Words sharing a stem, so that related pairs are common.
        let prefix = stem.prefix(Int.random(in: 0...stem.count, using: &generator)).joined()
        return prefix + (0..<Int.random(in: 0...4, using: &generator)).map { _ in letters.randomElement(using: &generator)! }.joined()
    }

    @Test func relatedWordsAnswerAsEveryPairTried() {
        var generator = SeededGenerator(seed: 20261207)
        let stems: [[String]] = [["к", "о", "м", "п"], ["и\u{306}", "о", "м"], ["й", "о", "м"], ["\u{212A}", "а"], ["K", "а"], ["а"]]
        for _ in 0..<600 {
            let stem = stems.randomElement(using: &generator)!
            let words = (0..<Int.random(in: 0...12, using: &generator)).map { _ in Self.word(&generator, stem: stem) } + ["", "ко"]
            let related = RelatedWords(words)
            for _ in 0..<20 {
                let wanted = Self.word(&generator, stem: stems.randomElement(using: &generator)!)
                let expected = words.contains { KnowledgeBase.related(wanted, $0) }
                #expect(related.holdsRelated(to: RelatedWords.Word(wanted)) == expected, "\(wanted.debugDescription) among \(words.debugDescription)")
            }
        }
    }

    @Test func relatedPlainWordsByScalarsAreRelatedByCharacters() {
        let pairs: [(String, String)] = [("компенсацію", "компенсація"), ("аварія", "аварійне"), ("кот", "кит"), ("ко", "ко"), ("abc", "abd"),
                                         ("рахунок", "рахунку"), ("рах", "рахунок"), ("a", "b"), ("йод", "йодований")]
        for (a, b) in pairs {
            let scalars = { (text: String) in text.unicodeScalars.map(\.value) }
            #expect(RelatedWords.related(scalars(a), scalars(b)) == KnowledgeBase.related(a, b), "\(a) \(b)")
        }
    }

    @Test func aLineFeedIsFoundAsFoundationFindsIt() {
        var generator = SeededGenerator(seed: 14)
        let pieces = ["а", "\n", "\r", "\r\n", " ", "e\u{301}", "\u{301}", "й", "x", "\u{212A}"]
        var texts = ["", "\n", "\r\n", "a\r\nb", "рядок\nрядок", "\u{301}\n"]
        for _ in 0..<3_000 {
            texts.append((0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            #expect(LiteralSearch.contains(LiteralSearch.lineFeed, inText: text) == text.contains("\n"), "\(text.debugDescription)")
            for needle in ["ай", "x", "e\u{301}", "\u{E9}"] {
                #expect(LiteralSearch.contains(LiteralSearch.Needle(needle), inText: text) == text.contains(needle),
                        "\(needle.debugDescription) in \(text.debugDescription)")
            }
        }
    }

    @Test func aRequestNumberIsPlacedWhereFoundationPlacesIt() {
        var generator = SeededGenerator(seed: 15)
        let pieces = ["ПР-2511-0042", "№ ", "ПР", "-", "2511", "\n", "e\u{301}", "\r\n", "й", "и\u{306}", " ", "«", "»"]
        for _ in 0..<1_000 {
            let text = (0..<Int.random(in: 0...16, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let lines = TextLines.of(text)
            for number in ["ПР-2511-0042", "2511", "и\u{306}", "й", "ПР-2511"] {
                var expected: TrenazherCore.SourceLocation?
                for (index, line) in lines.enumerated() {
                    if let range = line.range(of: number) {
                        expected = TrenazherCore.SourceLocation(file: "f", line: index + 1, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
                        break
                    }
                }
                #expect(ScenarioLoader.firstPosition(of: number, in: lines, file: "f") == expected, "\(number) in \(text.debugDescription)")
            }
        }
    }

    @Test func placeholdersKeptForTheLoadAreTheTextsOwn() {
        let cache = ScenarioLoadCache()
        for text in ["{name} і {x}", "й {и\u{306}}", "{name}\u{301}", "", "без дужок", "{name} і {x}"] {
            #expect(cache.placeholders(in: text) == ScenarioLoader.placeholders(in: text))
            #expect(cache.placeholders(in: text) == ScenarioLoader.placeholders(in: text))
        }
    }

    @Test func variedFactsAreTheFactsWithMoreThanOneValue() {
        // Every bundled scenario's variants: the same varied facts as counting a set of each fact's values.
        let nowhere = TrenazherCore.SourceLocation(file: "", line: 1, column: 1)
        for scenario in Fixtures.library.scenarios {
            let base = scenario.facts
            let written = scenario.variants.map { ScenarioLoader.WrittenVariant(variant: $0, fields: YAMLFields(location: nowhere)) }
            let varied = ScenarioLoader.variedFacts(base: base, variants: written)
            for (name, value) in base {
                let values = [value] + scenario.variants.compactMap { $0.facts[name] }
                #expect((varied[name] != nil) == (Set(values).count > 1), "\(scenario.id) \(name)")
            }
        }
        // «й» and «и\u{306}» are one value to a set, so the fact does not vary.
        let equivalent = [ScenarioLoader.WrittenVariant(variant: ScenarioVariant(name: "1", facts: ["x": "и\u{306}"], replaces: [], location: nowhere),
                                                        fields: YAMLFields(location: nowhere))]
        #expect(ScenarioLoader.variedFacts(base: ["x": "й"], variants: equivalent).isEmpty)
    }
}
