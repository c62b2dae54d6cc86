import Testing
@testable import TrenazherCore

@Suite struct WordPatternTests {
    func matches(_ pattern: String, _ text: String, bindings: [String: String] = [:]) throws -> Bool {
        try WordPattern(pattern, bindings: bindings).firstMatch(in: AnalyzedText(text)) != nil
    }

    @Test func literalsPrefixesAndAlternatives() throws {
        #expect(try matches("до побачення", "Дякую, до побачення!"))
        #expect(try matches("зачека*", "ЗАЧЕКАЙТЕ на лінії"))
        #expect(try matches("(день|дня)", "доброго дня"))
        #expect(try matches("особов* рахун*", "номер особового рахунку"))
        #expect(!(try matches("до побачення", "до зустрічі")))
    }

    @Test func alternativesOfSeveralWords() throws {
        // Each alternative is a phrase: «(у вас|за вами)» matches either two words, in any form.
        #expect(try matches("борг (у вас|за вами)", "є борг за вами"))
        #expect(try matches("борг (у вас|за вами)", "борг у Вас"))
        #expect(try matches("(у вас|за вами) борг", "У вас борг"))
        #expect(try matches("(не|нічого не) платите", "нічого не платите"))
        #expect(try matches("(гаряч* лін*|цок)", "на гарячу лінію"))
        #expect(!(try matches("борг (у вас|за вами)", "борг у нас")))
        #expect(!(try matches("(у вас|за вами) борг", "за нами борг")))
        #expect(try matches("дякую [за вашу|за] відповідь", "дякую за вашу відповідь"))
        #expect(try matches("дякую [за вашу|за] відповідь", "дякую відповідь"))
        #expect(try WordPattern("борг (у вас|за вами)").explanation(english: true).contains("«у вас» or «за вами»"))
    }

    @Test func optionalsGapsAndNumbers() throws {
        #expect(try matches("зачекайте [будь] [ласка] на лінії", "зачекайте на лінії"))
        #expect(try matches("зачекайте [будь] [ласка] на лінії", "зачекайте будь ласка на лінії"))
        #expect(try matches("дякую ~ очікування", "дякую Вам за очікування"))
        #expect(!(try matches("дякую ~1 очікування", "дякую Вам за очікування")))
        #expect(try matches("протягом # днів", "протягом 10 днів"))
    }

    @Test func neverCrossesASentence() throws {
        #expect(!(try matches("добрий день", "Добрий. День")))
        #expect(!(try matches("дякую ~ очікування", "Дякую. Очікування")))
    }

    @Test func placeholdersTakeTheBoundWords() throws {
        #expect(try matches("рахунок {account}", "рахунок 20417385", bindings: ["account": "20417385"]))
        #expect(try matches("{date}", "до 31.10.2026", bindings: ["date": "31.10"]))
    }

    @Test func reportsSyntaxErrorsWithColumn() {
        #expect(throws: PatternError.self) { try WordPattern("(день|дня") }
        #expect(throws: PatternError.self) { try WordPattern("{missing}") }
        // «до ~3 #» with the « #» eaten by YAML as a comment leaves «до ~3».
        #expect(throws: PatternError.self) { try WordPattern("до ~3") }
        #expect(throws: PatternError.self) { try WordPattern("~ день") }
        do {
            _ = try WordPattern("добрий ~x день")
            Issue.record("a bad gap must be reported")
        } catch {
            #expect(error.column == 8)
        }
    }

    /// What the compiler refuses inside an alternative and the white space it trims around one.
    @Test func alternativesAreTrimmedAndRefuseNestedSyntax() throws {
        #expect(try matches("( добрий день | вітаю )", "Добрий день!"))
        #expect(try matches("(добрий день|  вітаю\u{2003})", "вітаю"))
        #expect(throws: PatternError.self) { try WordPattern("(день| )") }
        #expect(throws: PatternError.self) { try WordPattern("(день|~ніч)") }
        #expect(throws: PatternError.self) { try WordPattern("(день|ніч#)") }
    }

    /// A pattern without a placeholder is compiled once per process: compiling its text again gives the
    /// same pattern, and one with a placeholder takes each call's bindings.
    @Test func patternsWithoutPlaceholdersAreCompiledOnce() throws {
        let text = "(зачека*|хвилин*) ~2 будь ласка"
        let first = try WordPattern(text, bindings: ["account": "1"])
        #expect(CompiledPatterns.shared.pattern(for: text) == first)
        let again = try WordPattern(text, bindings: ["account": "2"])
        #expect(again == first)
        #expect(try again.elements == WordPattern.compile(text, bindings: [:]).elements)
        let bound = "рахунок {account}"
        let (one, two) = (try WordPattern(bound, bindings: ["account": "111"]), try WordPattern(bound, bindings: ["account": "222"]))
        #expect(one.elements != two.elements)
        #expect(CompiledPatterns.shared.pattern(for: bound) == nil)
        #expect(try matches(bound, "рахунок 222", bindings: ["account": "222"]))
        #expect(!(try matches(bound, "рахунок 222", bindings: ["account": "111"])))
    }

    /// Patterns are kept by the bytes of their text: the same words spelled with other scalars («й» as «и» and a
    /// combining breve) compile to a pattern of their own, with their own text and the same words.
    @Test func aPatternSpelledWithOtherScalarsIsItsOwn() throws {
        let composed = "(дайте|зачекайте) ~1 рахун*", decomposed = "(даи\u{306}те|зачекаи\u{306}те) ~1 рахун*"
        #expect(composed == decomposed && !composed.utf8.elementsEqual(decomposed.utf8))
        let first = try WordPattern(composed), second = try WordPattern(decomposed)
        #expect(first.source.utf8.elementsEqual(composed.utf8))
        #expect(second.source.utf8.elementsEqual(decomposed.utf8))
        #expect(first.elements == second.elements)
        #expect(CompiledPatterns.shared.pattern(for: decomposed).map { $0.source.utf8.elementsEqual(decomposed.utf8) } == true)
    }
}

@Suite struct CodePatternTests {
    func matches(_ pattern: String, _ text: String, bindings: [String: String] = [:]) throws -> Bool {
        try WordPattern(pattern, bindings: bindings).firstMatch(in: AnalyzedText(text, reading: Fixtures.content.reading)) != nil
    }

    @Test func aCodeMatchesItsDigitsHoweverGroupedTypedOrSaid() throws {
        let ticket = ["ticket_number": "АВ-2511-0317"]
        #expect(try matches("{ticket_number}", "заявка АВ-2511-0317 зареєстрована", bindings: ticket))
        #expect(try matches("{ticket_number}", "номер ав 2511 0317", bindings: ticket))
        #expect(try matches("{ticket_number}", "номер 2511-0317", bindings: ticket))
        #expect(try matches("{ticket_number}", "номер ав двадцять пять одинадцять нуль триста сiмнадцять", bindings: ticket))
        #expect(try matches("{ticket_number}", "зе двадцять п'ять одинадцять дефіс нуль триста сімнадцять", bindings: ticket))
        #expect(try matches("номер {ticket_number}", "номер 25110317", bindings: ticket))
        #expect(try matches("2611-0158", "номер двадцять шість одинадцять дефіс нуль сто пятдесят вісім"))
    }

    @Test func aCodeNeedsEveryDigitInOrder() throws {
        let ticket = ["ticket_number": "АВ-2511-0317"]
        #expect(!(try matches("{ticket_number}", "номер ав 2511 0318", bindings: ticket)))
        #expect(!(try matches("{ticket_number}", "номер ав 2511 0371", bindings: ticket)))
        #expect(!(try matches("{ticket_number}", "номер двадцять п'ять одинадцять", bindings: ticket)))
        #expect(!(try matches("{ticket_number}", "номер 2511. 0317", bindings: ticket)))
        #expect(!(try matches("{ticket_number}", "номер 1225110317", bindings: ticket)))
    }

    @Test func datesTimesAmountsAndShortNumbersAreNoCodes() {
        #expect(WordPattern.codeDigits(of: "АВ-2511-0317") == Array("25110317".utf8))
        #expect(WordPattern.codeDigits(of: "30581264") == Array("30581264".utf8))
        #expect(WordPattern.codeDigits(of: "067 123 45 67") == Array("0671234567".utf8))
        #expect(WordPattern.codeDigits(of: "31.10.2026") == nil)
        #expect(WordPattern.codeDigits(of: "14:00") == nil)
        #expect(WordPattern.codeDigits(of: "1 846,20") == nil)
        #expect(WordPattern.codeDigits(of: "15 432") == nil)
        #expect(WordPattern.codeDigits(of: "вул. Кравчука, 8") == nil)
        #expect(WordPattern.codeDigits(of: "ПР-1147") == Array("1147".utf8))
        #expect(WordPattern.codeDigits(of: "2511-0317-A") == nil)
        #expect(WordPattern.codeDigits(of: "0317") == nil)
    }
}

@Suite struct TypoPrefixTests {
    func matches(_ pattern: String, _ text: String) throws -> Bool {
        try WordPattern(pattern).firstMatch(in: AnalyzedText(text, reading: Fixtures.content.reading)) != nil
    }

    @Test func aLongPrefixMatchesAWordOneTypoAway() throws {
        #expect(try matches("особист* кабінет*", "в особистому кабнеті"))      // a letter missing
        #expect(try matches("особист* кабінет*", "в особистому кабііннеті") == false) // two letters extra
        #expect(try matches("кабінет*", "у кабіінеті"))                        // one letter extra
        #expect(try matches("кабінет*", "у кабанеті"))                          // one letter wrong
        #expect(try matches("зареєстр*", "заявку зареєтрували"))               // a letter missing
        #expect(try matches("безкоштовн*", "заміна безкоштована"))             // one letter extra before the last
        #expect(try matches("очікуван*", "дякую за очікуавння"))               // two neighbours swapped
        #expect(try matches("кабінет*", "в акбінеті") == false)                // the swap takes the first letter
        #expect(try matches("кабінет*", "в кабніеті"))                          // two neighbours swapped inside
    }

    @Test func notAtTheFirstOrLastLetterNorAShortPrefix() throws {
        #expect(!(try matches("кабінет*", "у бабінеті")))     // the first letter
        #expect(!(try matches("кабінет*", "у кабіною")))      // the prefix's last letters
        #expect(!(try matches("кабінет*", "у кабінку")))
        #expect(!(try matches("безкоштовн*", "безкоштовий")))  // the last letter itself changed
        #expect(!(try matches("безкоштовн*", "безкоштовх")))
        #expect(!(try matches("показ*", "покаж")))             // shorter than minimum_typo_prefix_letters
        #expect(!(try matches("відновлен*", "відновлю")))
        #expect(!(try matches("повідомлен*", "повідомили")))
    }
}

/// A word `morphology.yaml` lists as `unstemmed` matches only as written: the other forms of its stem
/// mean another word.
@Suite struct UnstemmedWordTests {
    func matches(_ pattern: String, _ text: String) throws -> Bool {
        try WordPattern(pattern).firstMatch(in: AnalyzedText(text, reading: Fixtures.content.reading)) != nil
    }

    @Test func inPersonIsNotThePersonalAccount() throws {
        #expect(try matches("лише ~3 особисто", "підписатися можна лише особисто"))
        #expect(try matches("лише ~3 особисто", "підписатися можна лише ОСОБИСТО в центрі"))
        #expect(!(try matches("лише ~3 особисто", "е-рахунок можна замовити лише в особистому кабінеті")))
        #expect(!(try matches("особисто", "у вашому особистому кабінеті")))
        #expect(!(try matches("особисто", "особистий кабінет")))
        #expect(!(try matches("особисто", "для особистої безпеки")))
        #expect(try matches("особист* кабінет*", "в особистому кабінеті"))   // a prefix still reaches every form
        #expect(try matches("заяв*", "заявою"))                               // other words keep their stems
        #expect(try matches("права", "правами"))
    }
}
