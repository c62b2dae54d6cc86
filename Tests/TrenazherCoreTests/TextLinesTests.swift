import Testing
@testable import TrenazherCore

/// `TextLines` splits a text into exactly the lines a split by characters gives.
@Suite struct TextLinesTests {
    static func bySplit(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func agreesWithASplitByCharacters() {
        let texts = ["", "\n", "\n\n", "a", "a\n", "\na", "рядок\nдругий\n\nчетвертий", "id: x\r\nname: y\r\n", "a\r\nb\nc\r",
                     "\n\u{0301}наголос", "e\u{0301}\n\u{200D}\n", "🇺🇦\n👍🏽\n", "\u{FEFF}id: a\n  - «x»\n"]
        for text in texts {
            #expect(TextLines.of(text).map(String.init) == Self.bySplit(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func agreesOnRandomMixes() {
        var random = SeededGenerator(seed: 20261205)
        let pieces = ["\n", "\r", "\r\n", "a", "я", "\u{0301}", "\u{200D}", " ", "🇺", "🇦", "#", "ї", "e\u{0301}"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
            #expect(TextLines.of(text).map(String.init) == Self.bySplit(text), "\(Array(text.unicodeScalars))")
        }
    }
}
