import Testing
@testable import TrenazherCore

@Suite struct TextNormalizerTests {
    @Test func composesAndUnifiesApostrophes() {
        let decomposed = "зачекаи\u{0306}те"
        #expect(TextNormalizer.normalize(decomposed) == "зачекайте")
        for apostrophe in ["'", "’", "ʼ", "`", "‘"] {
            #expect(TextNormalizer.normalize("ім\(apostrophe)я") == "ім'я")
        }
    }

    @Test func removesStressAndInvisibleCharacters() {
        #expect(TextNormalizer.normalize("зачека\u{0301}йте") == "зачекайте")
        #expect(TextNormalizer.normalize("до\u{00AD}бре\u{200B}") == "добре")
        #expect(TextNormalizer.normalize("10\u{00A0}днів") == "10 днів")
    }

    /// The one-pass normalisation of ordinary text gives exactly what decomposing and composing gives:
    /// every character it takes, alone and between letters, apostrophes and marks, and seeded random
    /// mixes of them with characters it leaves to the full normalisation.
    @Test func theOnePassNormalisationAgreesWithTheFullOne() {
        let scalars = (0..<0x3000).compactMap(Unicode.Scalar.init) + [Unicode.Scalar(0xFEFF)!, Unicode.Scalar(0xFF07)!]
        var taken: [String] = []
        for scalar in scalars {
            for text in [String(scalar), "а\(scalar)б", "'\(scalar)", "\(scalar)'", "\(scalar)\u{0301}", "е\(scalar)\r\n"] {
                guard let quick = TextNormalizer.quickNormalized(text) else { continue }
                #expect(quick == TextNormalizer.normalizedByDecomposition(text), "U+\(String(scalar.value, radix: 16)) in \(text.debugDescription)")
                if text.count == 1 { taken.append(text) }
            }
        }
        #expect(taken.count > 500)
        let others = ["\u{0301}", "\u{0300}", "\u{0306}", "é", "ѓ", "\u{200C}", "\u{2000}"]
        var generator = SeededGenerator(seed: 9)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
                Int.random(in: 0..<10, using: &generator) == 0 ? others.randomElement(using: &generator)! : taken.randomElement(using: &generator)!
            }.joined()
            #expect(TextNormalizer.normalize(text) == TextNormalizer.normalizedByDecomposition(text), "\(text.debugDescription)")
        }
    }

    @Test func keepsShortAndDiaeresisLetters() {
        #expect(TextNormalizer.normalize("ї й Ї Й") == "ї й Ї Й")
    }

    @Test func fixesLatinLookalikesOnlyInsideCyrillicWords() {
        #expect(TextNormalizer.matchForm(of: "дякуeмо") == "дякуемо")
        #expect(TextNormalizer.matchForm(of: "Bітаю") == "вітаю")
        #expect(TextNormalizer.matchForm(of: "будь-ласка") == "будь-ласка")
        #expect(TextNormalizer.matchForm(of: "EIC-код") == "eic-код")
        #expect(TextNormalizer.matchForm(of: "Viber") == "viber")
        #expect(TextNormalizer.matchForm(of: "прошу, зачекaйтe") == "прошу, зачекайте")
    }
}

@Suite struct TokenizerTests {
    @Test func keepsWordsWithApostrophesAndHyphens() {
        let text = AnalyzedText("Ваше ім'я та EIC-код, будь-ласка")
        #expect(text.words.map(\.form) == ["ваше", "імя", "та", "eic-код", "будь-ласка"])
    }

    @Test func joinsNumbers() {
        let text = AnalyzedText("15 432 кВт·год на 31.10.2026 о 14:00, 10-й день")
        #expect(text.words.filter { $0.kind == .number }.map(\.form) == ["15432", "31.10.2026", "14:00", "10-й"])
        #expect(AnalyzedText("рахунок 1 846,20 грн, лінія 0 800 300 015").words.filter { $0.kind == .number }.map(\.form) == ["1846,20", "0800300015"])
    }

    @Test func splitsSentencesAndSeesQuotes() {
        let text = AnalyzedText("Ви сказали «ти мене не чуєш». Добре! Що саме?")
        #expect(text.sentenceCount == 3)
        #expect(text.words.first { $0.form == "ти" }?.quoted == true)
        #expect(text.words.first { $0.form == "добре" }?.quoted == false)
        #expect(text.isQuestion(sentence: 2, interrogatives: []))
    }

    @Test func quotesEvidenceAsWritten() throws {
        let text = AnalyzedText("🙂 Добрий   день, Олена")
        let pattern = try WordPattern("добр* день")
        #expect(pattern.firstMatch(in: text)?.evidence == "Добрий   день")
    }
}
