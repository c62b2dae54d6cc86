import Foundation
import Testing
@testable import TrenazherCore

/// The scenario loader's byte tests before its character walks: a text without the byte «{» has no placeholder, and
/// a line without the bytes « #» has no character « » before a character «#» — on seeded random mixes with
/// combining marks after the braces, spaces and hashes (which make them other characters).
@Suite struct LoaderShortcutTests {
    @Test func theByteTestsAgreeWithTheCharacterWalks() {
        var generator = SeededGenerator(seed: 31)
        let pieces = ["{", "}", "{name}", "{a_1}", "{\u{301}", " ", "#", " \u{301}", "#\u{301}", "\u{301}", "слово", "a", "1", "\t", "«", "’"]
        let loader = ScenarioLoader(content: Fixtures.content, log: DiagnosticLog())
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(loader.placeholders(in: text) == Self.placeholdersByCharacters(text), "\(text.debugDescription)")
            let characters = Array(text)
            let spaceHash = characters.indices.dropLast().contains { characters[$0] == " " && characters[$0 + 1] == "#" }
            #expect(!spaceHash || ScenarioLoader.holdsSpaceHash(Substring(text)), "\(text.debugDescription)")
        }
    }

    /// The placeholders as the loader found them before: walking the characters from every «{».
    static func placeholdersByCharacters(_ text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = rest[rest.index(after: open)..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { names.append(String(name)) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
