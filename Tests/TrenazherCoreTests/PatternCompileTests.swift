import Foundation
import Testing
@testable import TrenazherCore

/// Compiling word patterns and reading words by their scalars (`PlainScalars`, `WordPattern.compilePlain`)
/// gives exactly what doing it by `Character`s gives.
@Suite struct PatternCompileTests {
    /// Every scalar of the plain set: one character, whose letter, white-space and lower-case properties are
    /// the table's.
    @Test func theTableIsSwiftsOwnCharacterData() {
        var plain = 0
        for value in UInt32(0)...0x500 {
            guard let scalar = Unicode.Scalar(value), PlainScalars.isPlain(value) else { continue }
            plain += 1
            let character = Character(scalar)
            #expect(String(character).unicodeScalars.count == 1)
            #expect(PlainScalars.isLetter(value) == character.isLetter, "U+\(String(value, radix: 16))")
            #expect(PlainScalars.isWhitespace(value) == character.isWhitespace, "U+\(String(value, radix: 16))")
            let lowered = String(character).lowercased()
            #expect(PlainScalars.lowercase(value).map { String(Character(Unicode.Scalar($0)!)) } == lowered, "U+\(String(value, radix: 16))")
        }
        #expect(plain == 95 + 2 + 131 + 118)
        #expect(!PlainScalars.isPlain(0x0D) && !PlainScalars.isPlain(0x483) && !PlainScalars.isPlain(0xA0))
    }

    /// A word's match form by scalars is the one by characters: every scalar alone and between letters, and
    /// seeded random words of Cyrillic and Latin letters, hyphens, apostrophes, digits and other characters.
    @Test func matchFormsAgree() {
        var words: [String] = []
        for value in UInt32(0)...0x600 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            words += [String(scalar), "а\(scalar)б", "A\(scalar)-дім", "\(scalar)'"]
        }
        let alphabet = Array("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯёЁыЪaceiopxykmthbACEHIKMOPTXYzZqQ'-09 ’ʼé\u{301}ï")
        var generator = SeededGenerator(seed: 41)
        for _ in 0..<4_000 {
            words.append(String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }))
        }
        for word in words {
            #expect(TextNormalizer.matchForm(of: word) == TextNormalizer.matchFormByCharacters(of: word), "\(word.debugDescription)")
        }
    }

    /// Every text of the bundled Content/ and Scenarios/ compiled as a pattern — with a scenario's facts bound —
    /// and seeded random patterns written from the pattern syntax, letters and other characters: the same
    /// elements, or the same problem at the same column, both ways.
    @Test func compilingByScalarsIsCompilingByCharacters() throws {
        let bindings = ["trainee": "Олена", "account": "20417385", "vocative": "Андрію Петровичу", "amount": "1 846,20 грн",
                        "date": "31 жовтня 2026", "ticket": "ПР-1147"]
        var sources: [String] = []
        for folder in ["Content", "Scenarios"] {
            let root = Fixtures.root.appendingPathComponent(folder)
            let files = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".yaml") }
            for file in files.sorted() {
                let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
                let node = try #require(YAMLNode.parse(text, file: file, log: DiagnosticLog()))
                sources += node.allScalarTexts().filter { $0.utf8.count <= 1_000 }
            }
        }
        #expect(sources.count > 5_000)
        let pieces = ["слово", "слов*", "(а|б)", "а|б", "(у вас|за вами)", "[слово]", "[у вас|за вами]", "~", "~2", "~0", "~x", "#",
                      "{account}", "{vocative}", "{amount}", "{unknown}", "{}", "{", "}", "(", ")", "[", "]", "|", "||", "*", "АВ-2511-0317",
                      "ПР-1147", "30581264", "2611-0158", "Зачекайте", "Viber", "EIC-код", "п'ятого", "пятого", "дякуeмо", "Ваш", " ", "  ",
                      "\t", "\n", "\r\n", "é", "зачека\u{301}йте", "«так»", "—", "(а | б)", "( а|б )", "[a|]", "(|а)", "~3 #", "1-2-3",
                      "ЦНАП-у", "кВт·год"]
        var generator = SeededGenerator(seed: 43)
        for _ in 0..<3_000 {
            sources.append((0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined(separator: Int.random(in: 0..<4, using: &generator) == 0 ? "" : " "))
        }
        var plain = 0
        for source in sources {
            let normalized = TextNormalizer.normalize(source)
            let byCharacters = Result { () throws(PatternError) in try WordPattern.compileByCharacters(source, normalized: normalized, bindings: bindings) }
            let compiled = Result { () throws(PatternError) in try WordPattern.compile(source, bindings: bindings) }
            if WordPattern.compilePlain(normalized, bindings: bindings) != nil { plain += 1 }
            switch (compiled, byCharacters) {
            case (.success(let fast), .success(let slow)):
                #expect(fast.elements == slow.elements && fast.bound == slow.bound, "\(source.debugDescription)")
            case (.failure(let fast), .failure(let slow)):
                #expect(fast == slow, "\(source.debugDescription)")
            default:
                Issue.record("one way compiles, the other does not: \(source.debugDescription)")
            }
        }
        #expect(plain > sources.count / 2)
    }
}

extension YAMLNode {
    /// Every scalar's text in the file, keys and values, in document order.
    func allScalarTexts() -> [String] {
        if let text = scalar { return [text] }
        let log = DiagnosticLog()
        if isMapping { return (entries("texts", log: log) ?? []).flatMap { [$0.key] + $0.value.allScalarTexts() } }
        return (list("texts", log: log) ?? []).flatMap { $0.allScalarTexts() }
    }
}
