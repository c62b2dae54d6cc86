import Testing
@testable import TrenazherCore

/// The grader's cheaper ways of computing a turn's figures give what the plain definitions give.
@Suite struct TextFastPathTests {
    /// Typo corrections found through the hashed index of deletions are exactly the known words one
    /// typo away (`Morphology.isOneTypo`), sorted, at most three — for real typos of the vocabulary and
    /// for random strings.
    @Test func correctionsAreTheKnownWordsOneTypoAway() throws {
        let morphology = try #require(Fixtures.content.reading.morphology)
        let known = morphology.known.map(\.word)
        let letters = Array("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя")
        var generator = SeededGenerator(seed: 23)
        var forms: [String] = []
        for _ in 0..<400 {
            guard var scalars = known.randomElement(using: &generator).map(Array.init) else { continue }
            let at = Int.random(in: 0..<scalars.count, using: &generator)
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: scalars.remove(at: at)
            case 1: scalars.insert(letters.randomElement(using: &generator)!, at: at)
            case 2: scalars[at] = letters.randomElement(using: &generator)!
            default: if at + 1 < scalars.count { scalars.swapAt(at, at + 1) }
            }
            forms.append(String(scalars))
            forms.append(String((0..<Int.random(in: 1...9, using: &generator)).map { _ in letters.randomElement(using: &generator)! }))
        }
        for form in forms {
            let expected: [String]
            if form.unicodeScalars.count < morphology.minimumTypoLetters || morphology.vocabulary.contains(form) || !form.allSatisfy(\.isLetter) {
                expected = []
            } else {
                expected = Array(known.filter { Morphology.isOneTypo(Array(form.unicodeScalars), Array($0.unicodeScalars)) }.sorted().prefix(3))
            }
            #expect(morphology.corrections(of: form) == expected, "\(form)")
        }
    }

    /// Letters and capitals counted by scalars are what `Character.isLetter` and `isUppercase` count.
    @Test func letterCountsAreCharacterCounts() {
        let alphabet: [String] = ["а", "Я", "ї", "Ї", "ґ", "Ґ", "Ё", "ё", "A", "z", "1", " ", "!", "'", "\n", "\r\n", "é", "e\u{301}", "\u{301}",
                                  "ß", "İ", "ǅ", "😀", "\u{200D}", "№", "І", "і"]
        var generator = SeededGenerator(seed: 29)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...20, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let letters = text.filter(\.isLetter)
            let counted = CourtesyDetector.letterCounts(text)
            #expect(counted.letters == letters.count && counted.upper == letters.filter(\.isUppercase).count, "\(text.debugDescription)")
        }
    }
}
