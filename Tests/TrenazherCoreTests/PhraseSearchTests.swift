import Foundation
import Testing
@testable import TrenazherCore

/// Whether a customer's sentence holds a said-once phrase as whole words (`DialogueEngine.contains`): by bytes in
/// plain texts, as Foundation's search by characters says, on seeded random mixes of the phrase, letters that
/// touch it, apostrophes, punctuation and spaces.
@Suite struct PhraseSearchTests {
    @Test func theByteSearchAgreesWithTheCharacterSearch() {
        var generator = SeededGenerator(seed: 29)
        let phrases = ["дякую", "дякую вам", "так", "а", "ok", "добре, дякую"]
        let pieces = ["дякую", "дякуюю", "ддякую", "так", "атак", "а", "вам", " ", ",", ".", "!", "'", "-", "ok", "OK", "—", "«", "»", "1",
                      "ї", "é", "ʼ", "е\u{301}", "\n", "\t", "добре"]
        var plain = 0
        for _ in 0..<6_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let phrase = phrases.randomElement(using: &generator)!
            if LiteralSearch.isPlain(text) { plain += 1 }
            #expect(DialogueEngine.contains(text, phrase: phrase) == DialogueEngine.containsByCharacters(text, phrase: phrase),
                    "\(phrase) in \(text.debugDescription)")
        }
        #expect(plain > 3_000)
        #expect(DialogueEngine.contains("ні, дякую.", phrase: "дякую"))
        #expect(!DialogueEngine.contains("подякую", phrase: "дякую"))
    }
}
