import Foundation
import Testing
@testable import TrenazherCore

/// Scenario variants: an exam draws other facts by a recorded seed, every text uses the drawn values, and
/// `scenarios check` / `scenarios test` hold every variant to the same rules as the file's own values.
@Suite struct VariantTests {
    static let text = """
        id: test-variants
        title: Тест варіантів
        channel: written
        clock: "10:00"
        received: 2026-11-20
        reply_term_days: 30
        persona:
          name: "{full_name}"
          address_as: "{address_as}"
        facts:
          full_name: Мельник Андрій Петрович
          address_as: Андрій Петрович
          vocative: Андрію Петровичу
          account: "20417385"
          debt: 312 грн
          debt_said: 312 грн
        variants:
          - name: Коваль
            facts:
              full_name: Коваль Ірина Василівна
              address_as: Ірина Василівна
              vocative: Ірино Василівно
              account: "31520846"
              debt: 148 грн
          - facts:
              full_name: Бондар Олег Іванович
              address_as: Олег Іванович
              vocative: Олеже Івановичу
              account: "40982117"
              debt: 95 грн
          - name: Ткачук
            facts:
              full_name: Ткачук Марія Іванівна
              address_as: Марія Іванівна
              vocative: Маріє Іванівно
              account: "52093318"
              debt: 1 040 грн
            opening: |
              Від: {full_name}. Рахунок {account}. Скільки я винна?
        standards: [GEN-FORMAL, GEN-ACCURATE, WRT-ANSWERS]
        claims:
          - about: [борг*, заборгованіст*]
            accept: ["{debt}"]
        questions:
          - id: debt
            text: який борг
            answered_by: [борг*, заборгованіст*]
        opening: |
          Від: {full_name}, рахунок {account}. Який у мене борг?
        examples:
          - name: зразкова
            transcript: |
              Добрий день, {vocative}! Дякуємо за Ваше звернення. Ваша заборгованість за особовим рахунком {account} становить {debt}. Сплатити її можна в особистому кабінеті на сайті компанії або в будь-якому відділенні банку. З повагою, {trainee}
            expect: {GEN-ACCURATE: met, WRT-ANSWERS: met}
        """

    static func load(_ text: String = text) -> (Scenario?, [Diagnostic]) {
        ScenarioLibrary.load(text: text, file: "v.yaml", content: Fixtures.content)
    }

    static func scenario() throws -> Scenario {
        let (scenario, problems) = load()
        #expect(problems.isEmpty, "\(problems)")
        return try #require(scenario)
    }

    static func letter(_ scenario: Scenario) -> String {
        scenario.fill("Добрий день, {vocative}! Дякуємо за Ваше звернення. Ваша заборгованість за особовим рахунком {account} становить "
                      + "{debt}. Сплатити її можна в особистому кабінеті на сайті компанії або в будь-якому відділенні банку. З повагою, Олена",
                      trainee: "Олена")
    }

    static func play(_ text: String, on scenario: Scenario) throws -> AttemptResult {
        let inputs = try TranscriptParser.parse(text, file: "t", channel: scenario.channel, limits: Fixtures.content.scoring.inputLimits)
        return Replay.play(scenario: scenario, content: Fixtures.content, traineeName: "Олена", inputs: inputs)
    }

    @Test func theDrawIsAPureFunctionOfVersionAndSeed() {
        let version = String(repeating: "ab", count: 32)
        for seed: Int64 in [0, 1, 7, 8815, Int64.max] {
            let index = VariantDraw.index(seed: seed, version: version, alternatives: 3)
            #expect(index == VariantDraw.index(seed: seed, version: version, alternatives: 3))
            #expect((1...3).contains(index))
        }
        for seed: Int64 in 0..<20 {
            #expect(VariantDraw.index(seed: seed, version: version, alternatives: 3) != VariantDraw.index(seed: seed + 1, version: version, alternatives: 3))
        }
        #expect(VariantDraw.index(seed: 5, version: version, alternatives: 0) == 0)
        for _ in 0..<20 {
            let seed = VariantDraw.freshSeed(version: version, alternatives: 3, avoiding: 2)
            #expect(seed >= 0 && VariantDraw.index(seed: seed, version: version, alternatives: 3) != 2)
        }
    }

    @Test func twoSeedsDrawDifferentFactsEverywhere() throws {
        let scenario = try Self.scenario()
        #expect(scenario.variantCount == 4 && scenario.variantIndex == 0 && scenario.variants.map(\.name) == ["Коваль", "2", "Ткачук"])
        let first = try scenario.drawn(seed: 1, content: Fixtures.content)
        let second = try scenario.drawn(seed: 2, content: Fixtures.content)
        #expect(first.seed == 1 && second.seed == 2 && first.variantIndex != second.variantIndex)
        #expect(first.facts["account"] != second.facts["account"] && first.facts["debt"] != second.facts["debt"])
        #expect(first.persona.name != second.persona.name && first.persona.name != scenario.persona.name)
        #expect(first.claims[0].accept == [first.facts["debt"] ?? ""])
        #expect(first.sourceHash == scenario.sourceHash)
        let koval = try scenario.variant(1, content: Fixtures.content)
        #expect(koval.persona.name == "Коваль Ірина Василівна" && koval.facts["debt_said"] == "312 грн")
        #expect(koval.fill(koval.opening ?? "", trainee: "").contains("31520846"))
        let tkachuk = try scenario.variant(try #require(scenario.variantIndex(named: "Ткачук")), content: Fixtures.content)
        #expect(tkachuk.fill(tkachuk.opening ?? "", trainee: "") == "Від: Ткачук Марія Іванівна. Рахунок 52093318. Скільки я винна?\n")
        #expect(scenario.variantIndex(named: "0") == 0 && scenario.variantIndex(named: "2") == 2 && scenario.variantIndex(named: "9") == nil)
    }

    @Test func aSeedReplaysExactlyAndAnotherVariantsAnswerKeyDoesNotFit() throws {
        let scenario = try Self.scenario()
        let drawn = try scenario.drawn(seed: 8815, content: Fixtures.content)
        let letter = Self.letter(drawn)
        let once = try Self.play(letter, on: drawn)
        let again = try Self.play(letter, on: try scenario.drawn(seed: 8815, content: Fixtures.content))
        #expect(once == again)
        #expect(once.verdict(of: "GEN-ACCURATE") == .met)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(AttemptRendering.json(once, played: drawn).utf8)) as? [String: Any])
        #expect(json["variant"] as? String == drawn.variantName && json["seed"] as? Int == 8815 && json["score"] != nil)
        let practice = try Self.play(Self.letter(scenario), on: drawn)
        #expect(practice.verdict(of: "GEN-ACCURATE") == .violated)
    }

    @Test func everyExampleIsPlayedAgainstEveryVariantAndAFailureNamesIt() throws {
        let scenario = try Self.scenario()
        let outcomes = ExampleRunner.runEveryVariant(scenario, content: Fixtures.content)
        #expect(outcomes.map(\.variant) == ["0", "Коваль", "2", "Ткачук"])
        let mismatches = outcomes.flatMap(\.mismatches)
        #expect(mismatches.isEmpty)
        let literal = Self.text.replacingOccurrences(of: "становить {debt}", with: "становить {debt_said}")
        let (broken, problems) = Self.load(literal)
        #expect(problems.isEmpty)
        let failed = ExampleRunner.runEveryVariant(try #require(broken), content: Fixtures.content).filter { !$0.passed }
        #expect(failed.map(\.variant) == ["Коваль", "2", "Ткачук"])
        #expect(failed.first?.mismatches.first?.en.hasPrefix("GEN-ACCURATE: expected met, got violated") == true)
    }

    /// The line of the first occurrence of `needle` in `text`, 1-based.
    private func line(of needle: String, in text: String) -> Int {
        (text.components(separatedBy: "\n").firstIndex { $0.contains(needle) } ?? -1) + 1
    }

    private func problems(_ text: String) -> [String] {
        let (_, diagnostics) = ScenarioLibrary.load(paths: [Self.write(text)], content: Fixtures.content)
        return diagnostics.map { "\($0.line):\($0.column): \($0.ukrainian)" }
    }

    static func write(_ text: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("variants-\(UUID().uuidString).yaml")
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8))
        return url
    }

    @Test func checkReportsAFactNoVariantMayChange() {
        let text = Self.text.replacingOccurrences(of: "      debt: 95 грн", with: "      dept: 95 грн")
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("\(line(of: "dept:", in: text)):7: варіант '2': факту 'dept' немає в 'facts'") == true)
        #expect(found.first?.contains("'debt'") == true)
    }

    @Test func checkReportsAValueOfAnotherKind() {
        let text = Self.text.replacingOccurrences(of: "debt: 148 грн", with: "debt: \"148\"")
        let found = problems(text)
        #expect(found.first == "\(line(of: "debt: \"148\"", in: text)):13: варіант 'Коваль': факт 'debt' = «148» читається як «число», а в 'facts' «312 грн» — як «money»: пишіть значення того самого виду, щоб claims і перевірки читали його однаково")
    }

    @Test func checkReportsADrawnValueWrittenOut() {
        let text = Self.text.replacingOccurrences(of: "рахунком {account}", with: "рахунком 20417385")
        let found = problems(text)
        let row = line(of: "рахунком 20417385", in: text)
        let column = (text.components(separatedBy: "\n")[row - 1].components(separatedBy: "20417385").first?.count ?? 0) + 1
        #expect(found == ["\(row):\(column): «20417385» — значення факту 'account', яке у варіантах інше: пишіть {account}, щоб текст підходив до кожного варіанта"])
    }

    @Test func checkReportsAVariantsOwnProblemAtItsLine() {
        let text = Self.text.replacingOccurrences(of: "Від: {full_name}. Рахунок", with: "Від: {full_nam}. Рахунок")
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("\(line(of: "{full_nam}", in: text)):12: варіант 'Ткачук': '{full_nam}' не є фактом сценарію") == true)
    }

    @Test func checkReportsAVariantThatChangesNothing() {
        let text = Self.text.replacingOccurrences(of: "debt: 95 грн", with: "debt: 312 грн")
            .replacingOccurrences(of: "Бондар Олег Іванович", with: "Мельник Андрій Петрович")
            .replacingOccurrences(of: "Олег Іванович", with: "Андрій Петрович")
            .replacingOccurrences(of: "Олеже Івановичу", with: "Андрію Петровичу")
            .replacingOccurrences(of: "\"40982117\"", with: "\"20417385\"")
        #expect(problems(text).first?.hasPrefix("\(line(of: "  - facts:", in: text)):5: варіант '2' має ті самі значення, що й 'facts'") == true)
    }

    @Test func theBundledScenariosDrawTheirVariants() throws {
        for scenario in Fixtures.library.scenarios where !scenario.variants.isEmpty {
            #expect(scenario.variants.count >= 3, "\(scenario.id)")
            let drawn = try scenario.drawn(seed: 1, content: Fixtures.content)
            let other = try scenario.drawn(seed: 2, content: Fixtures.content)
            #expect(drawn.facts != other.facts, "\(scenario.id)")
            #expect(drawn.facts != scenario.facts, "\(scenario.id)")
        }
    }
}
