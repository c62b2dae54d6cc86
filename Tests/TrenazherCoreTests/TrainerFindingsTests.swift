import Foundation
import Testing
@testable import TrenazherCore

/// What a trainer hit writing new scenarios from the docs alone: each mistake or surprise planted in a
/// valid scenario, with the exact message and line `scenarios check` gives, or the behaviour that
/// replaced the surprise.
@Suite struct TrainerFindingsTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trenazher-trainer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Loads a text as `scenarios check` loads a file: variants, grounding and warnings included.
    static func check(_ text: String) throws -> (ScenarioLibrary, [Diagnostic]) {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try text.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        return ScenarioLibrary.load(paths: [folder], content: Fixtures.content)
    }

    static func line(of needle: String, in text: String) -> Int {
        guard let range = text.range(of: needle) else { return 0 }
        return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    // MARK: 1. Skeletons

    /// Every channel's skeleton passes the whole check (variants, grounding, no warning) and every example
    /// passes with every variant.
    @Test(arguments: Channel.allCases)
    func everySkeletonPassesTheWholeCheckAndEveryVariantsTest(channel: Channel) throws {
        let (library, problems) = try Self.check(ScenarioSkeleton.text(id: "new-\(channel.rawValue)", channel: channel))
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
        #expect(library.warnings.isEmpty, "\(library.warnings.map(\.description))")
        let scenario = try #require(library.scenarios.first)
        #expect(scenario.variants.count >= ScenarioAdvice.minimumVariants)
        let outcomes = ExampleRunner.runEveryVariant(scenario, content: Fixtures.content)
        #expect(outcomes.count >= 2 * scenario.variantCount)
        let failures = outcomes.filter { !$0.passed }.map { "\($0.variant) \($0.name): \($0.mismatches)" }
        #expect(failures.isEmpty, "\(failures)")
    }

    // MARK: 2. Variants

    @Test func aScenarioWithoutVariantsIsWarnedAtItsIDButPasses() throws {
        let (library, problems) = try Self.check(ScenarioMistakeTests.valid)
        #expect(problems.isEmpty)
        #expect(library.scenarios.count == 1)
        let warning = try #require(library.warnings.first)
        #expect(library.warnings.count == 1)
        #expect(warning.line == Self.line(of: "id: mistakes-fixture", in: ScenarioMistakeTests.valid))
        #expect(warning.ukrainian.hasPrefix("у сценарії немає розділу 'variants': іспит гратиме ті самі значення, що й тренування"))
        #expect(CheckSummary.warning(warning, english: false).hasSuffix("s.yaml:1:1: попередження: " + warning.ukrainian))
        #expect(CheckSummary.passed(scenarios: 1, warnings: 1, english: false) == "Сценаріїв: 1, проблем немає, попереджень: 1.")
    }

    @Test func theBundledLibraryHasNoWarning() {
        #expect(Fixtures.loaded.0.warnings.isEmpty, "\(Fixtures.loaded.0.warnings.map(\.description))")
    }

    // MARK: 3. What a claim's `shows` may name

    @Test func aClaimShowingAStandardClaimsDoNotDecideIsReportedWithTheValidOnes() throws {
        let text = ScenarioMistakeTests.valid.replacingOccurrences(of: "    accept: [\"312,40 грн\"]", with: "    accept: [\"312,40 грн\"]\n    shows: [HOT-ID]")
        let found = ScenarioLibrary.load(text: text, file: "m.yaml", content: Fixtures.content).1
        #expect(found.map(\.ukrainian) == ["'shows' не може назвати HOT-ID: цей Стандарт не вирішується за claims, тож запис нічого б не змінив. Допустимі: VIS-DOCS-EXPLAIN, VIS-TERMS, WRT-DEADLINE"])
        #expect(found.first?.line == Self.line(of: "shows: [HOT-ID]", in: text))
        #expect(found.first?.column == 13)
    }

    // MARK: 4. Varied values written out

    static let varied = ScenarioMistakeTests.valid
        .replacingOccurrences(of: "  debt: 312,40 грн\n", with: "  debt: 312,40 грн\n  weekday: середа\n  cost: 486,00 грн\n")
        .replacingOccurrences(of: "  asks_payment_date:\n    - коли ~ оплат*", with: "  asks_payment_date:\n    - коли ~ оплат*\n    - (середа|четвер) ~ оплат*")
        + """

        knowledge:
          - id: prices
            title: Вартість робіт
            text: |
              Однофазне підключення — 486,00 грн.
              Трифазне підключення — 612,00 грн.
        variants:
          - {name: другий, facts: {weekday: четвер, cost: "612,00 грн"}}
          - {name: третій, facts: {weekday: п'ятниця, cost: "612,00 грн"}}
          - {name: четвертий, facts: {weekday: середа, cost: "486,00 грн", account: "20345678"}}
        """

    @Test func anOrdinaryWordAndAListOfAFactsValuesAreNotHardCodedValues() throws {
        let found = ScenarioLibrary.load(text: Self.varied, file: "m.yaml", content: Fixtures.content).1
        #expect(found.isEmpty, "\(found.map { $0.text(english: false) })")
    }

    @Test func aVariedAmountWrittenOutIsReportedWhereItStands() throws {
        let text = Self.varied.replacingOccurrences(of: "    say: Покличте керівника!", with: "    say: Роботи коштують 486,00 грн!")
        let found = ScenarioLibrary.load(text: text, file: "m.yaml", content: Fixtures.content).1
        #expect(found.map(\.ukrainian) == ["«486,00 грн» — значення факту 'cost', яке у варіантах інше: пишіть {cost}, щоб текст підходив до кожного варіанта"])
        #expect(found.first?.line == Self.line(of: "Роботи коштують", in: text))
        // Inside a longer number it is another value.
        let longer = Self.varied.replacingOccurrences(of: "    say: Покличте керівника!", with: "    say: Рахунок 1486,00 грн!")
        #expect(ScenarioLibrary.load(text: longer, file: "m.yaml", content: Fixtures.content).1.isEmpty)
    }

    // MARK: 5. Outcome goals on values

    static let withGoals = ScenarioMistakeTests.valid
        .replacingOccurrences(of: "  debt: 312,40 грн\n", with: "  debt: 312,40 грн\n  cost: 486,00 грн\n  visit_day: 9 грудня\n")
        + """

        outcome:
          goals:
            - {id: cost, missing: скільки коштують роботи, said: ["{cost}"]}
            - {id: day, missing: коли приїде бригада, said: ["{visit_day}"]}
        """

    @Test(arguments: [
        ("Роботи коштують 486 грн. Бригада приїде 9-го грудня.", true),
        ("Роботи коштують 486,00 гривень. Бригада приїде дев'ятого грудня.", true),
        ("Роботи коштують чотириста вісімдесят шість гривень. Бригада приїде 09.12.", true),
        ("Роботи коштують 468 грн. Бригада приїде 9-го грудня.", false),
        ("Роботи коштують 486 грн. Бригада приїде 19 грудня.", false),
    ])
    func aGoalOnAValueIsMetByTheValueInAnyForm(said: String, resolved: Bool) throws {
        let scenario = try #require(ScenarioLibrary.load(text: Self.withGoals, file: "m.yaml", content: Fixtures.content).0)
        let inputs = try TranscriptParser.parse("Добрий день!\n\(said)\nДо побачення!", file: "t", channel: scenario.channel,
                                                limits: Fixtures.content.scoring.inputLimits)
        let outcome = try #require(Replay.play(scenario: scenario, content: Fixtures.content, traineeName: "Олена", inputs: inputs).outcome)
        #expect((outcome.status == .resolved) == resolved, "\(outcome.sentence)")
    }

    // MARK: 6. The scenario's own articles first

    @Test func aScenarioArticleComesBeforeTheCompanysArticles() throws {
        let text = ScenarioMistakeTests.valid + """

            knowledge:
              - id: meter-replacement
                title: Заміна несправного лічильника
                text: Несправний лічильник замінюють безкоштовно протягом 5 робочих днів.
            """
        let scenario = try #require(ScenarioLibrary.load(text: text, file: "m.yaml", content: Fixtures.content).0)
        let answer = KnowledgeBase(scenario: scenario, content: Fixtures.content).answer("заміна лічильника")
        #expect(answer.hasPrefix("[Заміна несправного лічильника]"), "\(answer)")
    }

    // MARK: 7. A document brought with a problem is not a missing one

    @Test func namingAnIncompleteDocumentIsNotNamingAMissingOne() {
        let analyzer = TurnAnalyzer(scenario: Fixtures.scenario("visit-incomplete-documents"), content: Fixtures.content, traineeName: "Олена")
        let incomplete = analyzer.analyze("У заяві не вказано поточні показники лічильника.")
        #expect(incomplete.shows("names_incomplete_document"))
        #expect(!incomplete.shows("names_missing_document"))
        let missing = analyzer.analyze("Бракує копії РНОКПП.")
        #expect(missing.shows("names_missing_document"))
        #expect(!missing.shows("names_incomplete_document"))
    }

    // MARK: 8. Messages that say what to do

    @Test func anUnquotedCommaInAVariantsMappingGivesOneMessageSayingToQuote() throws {
        let text = Self.varied.replacingOccurrences(of: "{weekday: четвер, cost: \"612,00 грн\"}", with: "{weekday: четвер, cost: 612,00 грн}")
        let found = ScenarioLibrary.load(text: text, file: "m.yaml", content: Fixtures.content).1
        #expect(found.map(\.ukrainian) == ["варіант 'другий': значення факту 'cost' розрізано комою: у { } кома розділяє записи, тож «612,00 грн» без лапок стало «612» і окремим записом. Візьміть значення в лапки: cost: \"612,00 грн\""])
        #expect(found.first?.line == Self.line(of: "{name: другий", in: text))
    }

    @Test func anUnquotedCommaInFactsGivesOneMessage() throws {
        let text = ScenarioMistakeTests.valid
            .replacingOccurrences(of: "facts:\n  account: \"10234567\"\n  full_name: Коваленко Ірина Василівна\n  debt: 312,40 грн\n",
                                  with: "facts: {account: \"10234567\", full_name: Коваленко Ірина Василівна, debt: 312,40 грн}\n")
        let found = ScenarioLibrary.load(text: text, file: "m.yaml", content: Fixtures.content).1
        #expect(found.map(\.ukrainian) == ["значення факту 'debt' розрізано комою: у { } кома розділяє записи, тож «312,40 грн» без лапок стало «312» і окремим записом. Візьміть значення в лапки: debt: \"312,40 грн\""])
        #expect(found.first?.line == Self.line(of: "facts: {", in: text))
    }

    @Test func anUnquotedCommaInAGoalGivesOneUkrainianMessageSayingToQuote() throws {
        let text = ScenarioMistakeTests.valid.replacingOccurrences(
            of: "fallback: [Так?]\n",
            with: "fallback: [Так?]\noutcome:\n  goals:\n    - {id: debt, said: [\"{debt}\"], missing: скільки боргу, і до якої дати}\n")
        let found = ScenarioLibrary.load(text: text, file: "m.yaml", content: Fixtures.content).1
        #expect(found.map(\.ukrainian) == ["значення 'missing' розрізано комою: у { } кома розділяє записи, тож «скільки боргу, і до якої дати» без лапок стало «скільки боргу» і окремим записом «і до якої дати». Візьміть значення в лапки: missing: \"скільки боргу, і до якої дати\""])
        #expect(found.first?.line == Self.line(of: "- {id: debt", in: text))
    }

    @Test func anUnknownKeyIsNamedInUkrainianWhereItStands() throws {
        let text = ScenarioMistakeTests.valid.replacingOccurrences(
            of: "fallback: [Так?]\n",
            with: "fallback: [Так?]\noutcome:\n  goals:\n    - {id: debt, said: [\"{debt}\"], missing: скільки боргу, mising: x}\n")
        let found = ScenarioLibrary.load(text: text, file: "m.yaml", content: Fixtures.content).1
        #expect(found.map(\.ukrainian).contains { $0.hasPrefix("невідомий ключ 'mising' у меті (outcome.goals)") }, "\(found.map(\.ukrainian))")
    }

    @Test func aQuotedNumberSignInsideAFlowListSaysToQuoteTheWholePattern() throws {
        let text = ScenarioMistakeTests.valid.replacingOccurrences(of: "  asks_payment_date:\n    - коли ~ оплат*", with: "  asks_payment_date: [коли ~4 \"#\"]")
        let found = ScenarioLibrary.load(text: text, file: "m.yaml", content: Fixtures.content).1
        #expect(found.map(\.ukrainian) == ["лапки всередині шаблону ('\"#\"'): коли в лапках лише частина шаблону, YAML лишає їх у тексті. Візьміть у лапки весь шаблон: \"… ~4 #\""])
        #expect(found.first?.line == Self.line(of: "asks_payment_date: [", in: text))
    }

    @Test func aPlaceholderJoinedToOtherCharactersSaysToWriteItApart() throws {
        let text = ScenarioMistakeTests.valid.replacingOccurrences(of: "  asks_payment_date:\n    - коли ~ оплат*", with: "  asks_payment_date:\n    - \"{debt},00\"")
        let found = ScenarioLibrary.load(text: text, file: "m.yaml", content: Fixtures.content).1
        #expect(found.map(\.ukrainian) == ["'{debt},00': заповнювач {факт} у шаблоні — окреме слово; пишіть його окремо від інших символів або зробіть усе значення фактом"])
    }
}

/// The same findings through the built binary: what a trainer sees at the command line.
@Suite(.serialized) struct TrainerFindingsCommandLineTests {
    /// `scenarios new` for every channel, then `check` and `test` of the folder: no problem, no warning.
    @Test func everyChannelsSkeletonPassesCheckAndTestAtTheCommandLine() throws {
        let folder = try TrainerFindingsTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for channel in Channel.allCases {
            let made = try CommandLineLanguageTests.run(["scenarios", "new", "new-\(channel.rawValue)", "--channel", channel.rawValue,
                                                         "--output", folder.appendingPathComponent("new-\(channel.rawValue).yaml").path])
            #expect(made.status == 0, "\(made.stderr)")
        }
        let checked = try CommandLineLanguageTests.run(["scenarios", "check", folder.path])
        #expect(checked.status == 0 && checked.stderr.isEmpty, "\(checked.stderr)")
        #expect(checked.stdout == "Сценаріїв: 4, проблем немає.\n")
        let tested = try CommandLineLanguageTests.run(["scenarios", "test", folder.path])
        #expect(tested.status == 0, "\(tested.stdout)\(tested.stderr)")
        #expect(tested.stdout.hasSuffix(", з помилками: 0\n"))
    }

    /// `scenarios new` run outside the repository writes where the trainer works (the current
    /// directory), never into the Scenarios folder found beside the program, and says where.
    @Test func aSkeletonMadeOutsideTheRepositoryIsWrittenWhereTheTrainerWorks() throws {
        let folder = try TrainerFindingsTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = Fixtures.binary
        process.arguments = ["scenarios", "new", "own-visit", "--channel", "visit"]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        for name in ["TRENAZHER_LANG", "TRENAZHER_SCENARIOS", "TRENAZHER_CONTENT"] { environment[name] = nil }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("own-visit.yaml").path))
        #expect(!FileManager.default.fileExists(atPath: Fixtures.root.appendingPathComponent("Scenarios/own-visit.yaml").path),
                "the repository's library is left alone")
        #expect(stdout.hasPrefix("Записано /") && stdout.contains("own-visit.yaml"), "says where, as a full path: \(stdout)")
    }

    /// `scenarios test` over a folder whose check fails says so, and where, after the examples' count.
    @Test func aTestWhoseCheckFailsSaysWhyAndWhere() throws {
        let folder = try TrainerFindingsTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("letter.yaml")
        let text = ScenarioSkeleton.text(id: "letter", channel: .written).replacingOccurrences(of: " Заборгованість: {debt}.", with: "")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let tested = try CommandLineLanguageTests.run(["scenarios", "test", file.path])
        #expect(tested.status == 2)
        let line = TrainerFindingsTests.line(of: "  - about: [заборгован*, борг*]", in: text)
        #expect(tested.stderr.hasSuffix("перевірка (scenarios check) знайшла проблем: 1, їх виписано вище (перша — \(file.path):\(line):5): тест не пройде, доки їх не виправлено — trenazher scenarios check \(file.path)\n"),
                "\(tested.stderr)")
    }

    /// `play` finds a scenario next to its transcript and `analyze` one named by the path of its file, with no
    /// `--scenarios` (a trainer's folder outside `Scenarios/`); an ID found nowhere says what to pass, in one line.
    @Test func aScenarioOutsideTheLibraryIsFoundNextToItsTranscriptOrByItsPath() throws {
        let folder = try TrainerFindingsTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("trainer-debt.yaml")
        try ScenarioSkeleton.text(id: "trainer-debt", channel: .hotline).write(to: file, atomically: true, encoding: .utf8)
        let transcript = folder.appendingPathComponent("call.txt")
        try "Добрий день, гаряча лінія, мене звати Олена.\n".write(to: transcript, atomically: true, encoding: .utf8)
        let played = try CommandLineLanguageTests.run(["play", "trainer-debt", "--transcript", transcript.path, "--name", "Олена"])
        #expect(played.status == 0 && played.stdout.contains("\"trainer-debt\""), "\(played.stderr)")
        let analyzed = try CommandLineLanguageTests.run(["scenarios", "analyze", file.path, "Заборгованість 312,40 грн."])
        #expect(analyzed.status == 0 && analyzed.stdout.contains("words: "), "\(analyzed.stderr)")
        let elsewhere = try CommandLineLanguageTests.run(["scenarios", "analyze", "trainer-debt", "Добрий день."])
        #expect(elsewhere.status == 2)
        // No ID is close: the valid ones while the library is small enough to list them, else where the list is.
        let valid = Fixtures.library.scenarios.count > 14 ? "(список: trenazher scenarios)" : "(допустимі: "
        #expect(elsewhere.stderr.contains("невідомий сценарій 'trainer-debt' \(valid)") && elsewhere.stderr.contains("; шукали в: ")
                    && elsewhere.stderr.contains("шляхом до його файлу .yaml або --scenarios ТЕКА"),
                "\(elsewhere.stderr)")
        let close = try CommandLineLanguageTests.run(["scenarios", "analyze", "hotline-acount-no-id", "Добрий день."])
        #expect(close.status == 2 && close.stderr.contains("невідомий сценарій 'hotline-acount-no-id' (можливо, 'hotline-account-no-id'?); шукали в: "),
                "\(close.stderr)")
        #expect(elsewhere.stderr.filter { $0 == "\n" }.count == 1)
    }

    /// A YAML syntax error in a scenario or a Content file is one line at its line and column, in Ukrainian
    /// (the YAML reader's English no longer leaks through), in English with --lang en.
    @Test func aYAMLSyntaxErrorIsOneLineInTheInterfaceLanguage() throws {
        let folder = try TrainerFindingsTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = ScenarioSkeleton.text(id: "broken", channel: .hotline).replacingOccurrences(of: "title: ", with: "title: Борг: ")
        let file = folder.appendingPathComponent("broken.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let line = TrainerFindingsTests.line(of: "title: Борг: ", in: text)
        let checked = try CommandLineLanguageTests.run(["scenarios", "check", file.path])
        #expect(checked.status == 2)
        #expect(checked.stderr.hasPrefix("\(file.path):\(line):12: синтаксис YAML: двокрапка з пробілом посеред значення: візьміть усе значення в лапки"),
                "\(checked.stderr)")
        #expect(!checked.stderr.contains("mapping values"))
        let english = try CommandLineLanguageTests.run(["scenarios", "check", file.path, "--lang", "en"])
        #expect(english.stderr.hasPrefix("\(file.path):\(line):12: YAML syntax: mapping values are not allowed"), "\(english.stderr)")
    }

    /// A tool that names a scenario with a problem (explore, analyze, play) quotes the problem in the interface language.
    @Test func aScenarioWithAProblemIsQuotedInUkrainian() throws {
        let folder = try TrainerFindingsTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = ScenarioSkeleton.text(id: "debt", channel: .hotline).replacingOccurrences(of: "  - about: [заборгован*, борг*]", with: "  - about: [заборгован*, борг*, \"{debt},00\"]")
        try text.write(to: folder.appendingPathComponent("debt.yaml"), atomically: true, encoding: .utf8)
        let explored = try CommandLineLanguageTests.run(["scenarios", "explore", "debt", "--runs", "1", "--scenarios", folder.path])
        #expect(explored.status == 2)
        #expect(explored.stderr.contains("сценарій 'debt' містить помилки: ") && explored.stderr.contains("заповнювач {факт} у шаблоні — окреме слово"),
                "\(explored.stderr)")
    }
}
