import Foundation
import Testing
@testable import TrenazherCore

/// `/lookup` by address: however a trainee types the customer's address — street and house at least,
/// the settlement and flat optional, the marker words of `Content/software.yaml` or none, a Latin «i»,
/// no apostrophes — it finds what typing the address exactly finds, in every bundled scenario; an address
/// that names only part of it is answered as ambiguous and one that is not the customer's as not found,
/// each in one line.
@Suite struct LookupAddressTests {
    static var words: AddressWords { Fixtures.content.softwareReplies.addressWords }

    /// The software's answers to `lines`, played after a greeting (a letter's actions before the letter).
    static func outputs(_ scenario: Scenario, _ lines: [String], english: Bool = false) -> [String] {
        let engine = DialogueEngine(scenario: scenario, content: Fixtures.content, traineeName: "Олена", english: english)
        var state = engine.start()
        if scenario.channel != .written {
            _ = engine.advance(&state, TraineeInput(text: "Добрий день! Мене звати Олена. Чим можу допомогти?"))
        }
        return lines.map { line in
            engine.advance(&state, TraineeInput(text: line)).newTurns.filter { $0.speaker == .system }.map(\.text).joined()
        }
    }

    /// The ways a trainee types `address` («м. Луцьк, вул. Кравчука, 8, кв. 41»): «кравчука 8»,
    /// «вул Кравчука 8 кв 41» (the record's own street marker: «просп» at «просп. Волі»), «Кравчука, 8»,
    /// «Луцьк Кравчука 8», with a Latin «i», without apostrophes.
    static func typedForms(of address: String) throws -> [String] {
        let parts = address.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        try #require(parts.count >= 3, "\(address): settlement, street, house")
        func name(_ part: String) -> String { part.split(separator: " ", maxSplits: 1).last.map(String.init) ?? part }
        let settlement = name(parts[0]), street = name(parts[1]), house = parts[2]
        let flat = parts.count > 3 ? " кв \(name(parts[3]))" : ""
        let marker = String(parts[1].prefix { $0 != " " && $0 != "." })
        return ["\(street.lowercased()) \(house)", "\(marker) \(street) \(house)\(flat)", "\(street), \(house)",
                "\(settlement) \(street) \(house)", address.replacingOccurrences(of: "і", with: "i"),
                address.replacingOccurrences(of: "'", with: ""), "\(street) \(house)\(flat)".uppercased()]
    }

    /// Every bundled scenario whose records (or `actions.lookup`) are found by a customer's address.
    static func scenariosFoundByAddress() -> [(Scenario, String)] {
        Fixtures.library.scenarios.compactMap { scenario -> (Scenario, String)? in
            let findBy = scenario.records.flatMap(\.findBy) + (scenario.actions["lookup"]?.needs ?? [])
            guard let fact = findBy.first(where: { scenario.facts[$0].map { LookupAddress($0, words: words).isRecordAddress } ?? false }),
                  let address = scenario.facts[fact] else { return nil }
            return (scenario, address)
        }
    }

    @Test func everyBundledScenarioWithAnAddressIsFoundByIt() {
        let found = Self.scenariosFoundByAddress().map(\.0.id)
        let withAddress = Fixtures.library.scenarios.filter { scenario in
            (scenario.facts["address"].map { LookupAddress($0, words: Self.words).isRecordAddress } ?? false)
                && (!scenario.records.isEmpty || scenario.actions["lookup"] != nil)
        }.map(\.id)
        #expect(Set(found) == Set(withAddress), "a scenario whose software holds the customer's address finds it by the address")
        #expect(found.contains("hotline-long-lookup") && found.contains("hotline-outage-report"))
    }

    @Test func theAddressAsATraineeTypesItFindsWhatTheExactAddressFinds() throws {
        let notFound = ["Нічого не знайдено", "За адресою"]
        for (scenario, address) in Self.scenariosFoundByAddress() {
            let forms = try Self.typedForms(of: address)
            let shown = Self.outputs(scenario, ["/lookup \(address)"] + forms.map { "/lookup \($0)" })
            let exact = try #require(shown.first)
            #expect(!notFound.contains(where: exact.hasPrefix), "\(scenario.id): /lookup \(address) → \(exact)")
            for (form, answer) in zip(forms, shown.dropFirst()) {
                #expect(answer == exact, "\(scenario.id): /lookup \(form) → \(answer)")
            }
        }
    }

    @Test func theFormsOfTheIssueFindTheirRecords() {
        let outage = Self.outputs(Fixtures.scenario("hotline-outage-report"),
                                  ["/lookup вул Кравчука 8 кв 41", "/lookup Кравчука, 8", "/lookup кравчука 8 кв.41"])
        #expect(outage.allSatisfy { $0.hasPrefix("Особовий рахунок 30581264: Романюк Ігор Васильович, м. Луцьк, вул. Кравчука, 8, кв. 41.") })
        let application = Self.outputs(Fixtures.scenario("hotline-long-lookup"), ["/lookup садова 3", "/lookup Струмівка Садова 3"])
        #expect(application.allSatisfy { $0.hasPrefix("Заявка ПР-1147 від") && $0.contains("с. Струмівка, вул. Садова, 3") })
    }

    @Test func partOfTheAddressIsAmbiguousAndAnotherAddressIsNotFound() {
        let shown = Self.outputs(Fixtures.scenario("hotline-long-lookup"),
                                 ["/lookup Садова", "/lookup Струмівка", "/lookup Струмівка 3", "/lookup Садова 5", "/lookup Лугова 3",
                                  "/lookup вул. Садова, 3, кв. 2", "/lookup ПР-9999"])
        #expect(shown == [
            "За адресою «Садова» знайдено кілька записів: вкажіть вулицю й номер будинку.",
            "За адресою «Струмівка» знайдено кілька записів: вкажіть вулицю й номер будинку.",
            "За адресою «Струмівка 3» знайдено кілька записів: вкажіть вулицю й номер будинку.",
            "За адресою «Садова 5» нічого не знайдено: перевірте вулицю й номер будинку.",
            "За адресою «Лугова 3» нічого не знайдено: перевірте вулицю й номер будинку.",
            "За адресою «вул. Садова, 3, кв. 2» нічого не знайдено: перевірте вулицю й номер будинку.",
            "Нічого не знайдено за запитом «ПР-9999».",
        ])
        #expect(shown.allSatisfy { !$0.contains("\n") })
        // The flat is not the house: «Кравчука 41» is another house of the street.
        #expect(Self.outputs(Fixtures.scenario("hotline-outage-report"), ["/lookup Кравчука 41"])
                == ["За адресою «Кравчука 41» нічого не знайдено: перевірте вулицю й номер будинку."])
        #expect(Self.outputs(Fixtures.scenario("hotline-long-lookup"), ["/lookup Садова"], english: true)
                == ["Several records match the address «Садова»: give the street and the house number."])
    }

    /// A village's or a street's own fact (an outage there) is still found by its name alone.
    @Test func aSettlementOrStreetFactIsStillFoundByItsName() {
        let visitor = Self.outputs(Fixtures.scenario("visit-difficult-visitor"), ["/lookup Світязь"])
        #expect(visitor.first?.hasPrefix("Відключення за адресою с. Світязь (усі вулиці)") == true)
        let letter = Self.outputs(Fixtures.scenario("web-appeal-reply"), ["/lookup Грушевського"])
        #expect(letter.first?.contains("Планове відключення 18 листопада 2026") == true)
    }

    @Test func apostrophesAndTheirVariantsMatchTypedWithoutThem() {
        var scenario = Fixtures.scenario("hotline-outage-report")
        scenario.facts["address"] = "м. Луцьк, вул. В'ячеслава Чорновола, 8, кв. 41"
        let shown = Self.outputs(scenario, ["/lookup Вячеслава Чорновола 8", "/lookup вул. Вʼячеслава Чорновола, 8", "/lookup Чорновола 8 кв 41"])
        #expect(shown.allSatisfy { $0.hasPrefix("Особовий рахунок 30581264: Романюк Ігор Васильович") }, "\(shown)")
        #expect(Self.outputs(scenario, ["/lookup Кравчука 8"]) == ["За адресою «Кравчука 8» нічого не знайдено: перевірте вулицю й номер будинку."])
    }

    @Test func anAddressIsReadIntoItsParts() {
        let record = LookupAddress("м. Луцьк, вул. Лесі Українки, 12-а, кв. 7", words: Self.words)
        #expect(record.settlement == ["луцьк"] && record.street == ["лесі", "українки"])
        #expect(record.house == "12а" && record.flat == "7" && record.isRecordAddress)
        #expect(LookupAddress("Українки 12а", words: Self.words).match(record) == .same)
        #expect(LookupAddress("Лесі Українки, буд. 12 а, кв7", words: Self.words).match(record) == .same)
        #expect(LookupAddress("Українки 12", words: Self.words).match(record) == .other)
        #expect(LookupAddress("Луцьк 12а", words: Self.words).match(record) == .partial)
        #expect(!LookupAddress("с. Світязь", words: Self.words).isRecordAddress)
        #expect(!LookupAddress("20 листопада 2026", words: Self.words).isRecordAddress)
        #expect(!LookupAddress("ПР-9999", words: Self.words).looksLikeAddress)
    }

    @Test func theMarkerWordsAreContent() throws {
        #expect(Self.words.part(markedBy: "вул") == .street && Self.words.part(markedBy: "кв") == .flat)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("address-words-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("Content"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("software.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "  flat: [кв, квартира, бокс]", with: "  flat: [кв, квартира, бокс, вул, 12]")
            .write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try ContentBundle.load(from: folder)
            Issue.record("a marker word of two parts loaded")
        } catch let error as ContentError {
            #expect(error.diagnostics.contains { $0.message.contains("'вул' already marks street") })
            #expect(error.diagnostics.contains { $0.message.contains("'12' is no word") })
        }
        // A version whose software.yaml has no marker words reads no address: the look-up is as it was.
        try text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !["address_words:", "  settlement:", "  street:", "  house:", "  flat:", "  street_kinds:", "  skipped:"].contains(where: $0.hasPrefix) }
            .joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let older = try ContentBundle.load(from: folder)
        #expect(older.softwareReplies.addressWords.isEmpty)
        let engine = DialogueEngine(scenario: Fixtures.scenario("hotline-long-lookup"), content: older, traineeName: "Олена")
        var state = engine.start()
        let shown = engine.advance(&state, TraineeInput(text: "/lookup садова 3")).newTurns.filter { $0.speaker == .system }.map(\.text)
        #expect(shown == ["Нічого не знайдено за запитом «садова 3»."])
    }

    /// A street typed in another grammatical case is the street (the grader's stemmer, `Morphology.sameWord`),
    /// and the words typed with it that are none of its parts («на», «по»: `skipped`) are passed over.
    @Test func aStreetTypedInAnotherCaseIsFound() {
        let application = Self.outputs(Fixtures.scenario("hotline-long-lookup"),
                                       ["/lookup на Садовій 3", "/lookup Садової 3", "/lookup по Садовій, 3", "/lookup на вулиці Садовій 3",
                                        "/lookup Струмівка, на Садовій 3", "/lookup Садову 3"])
        #expect(application.allSatisfy { $0.hasPrefix("Заявка ПР-1147 від") }, "\(application)")
        let outage = Self.outputs(Fixtures.scenario("hotline-outage-report"), ["/lookup по Кравчука 8 кв 41", "/lookup в Луцьку на Кравчука 8"])
        #expect(outage.allSatisfy { $0.hasPrefix("Особовий рахунок 30581264:") }, "\(outage)")
        // Must not find: another street however it is declined, another house, part of the address.
        let other = Self.outputs(Fixtures.scenario("hotline-long-lookup"),
                                 ["/lookup на Садибній 3", "/lookup Садовського 3", "/lookup на Луговій 3", "/lookup на Садовій 5", "/lookup на Садовій"])
        #expect(other == [
            "За адресою «на Садибній 3» нічого не знайдено: перевірте вулицю й номер будинку.",
            "За адресою «Садовського 3» нічого не знайдено: перевірте вулицю й номер будинку.",
            "За адресою «на Луговій 3» нічого не знайдено: перевірте вулицю й номер будинку.",
            "За адресою «на Садовій 5» нічого не знайдено: перевірте вулицю й номер будинку.",
            "За адресою «на Садовій» знайдено кілька записів: вкажіть вулицю й номер будинку.",
        ])
        // A letter after the house number is still the house's («3 в»), not a skipped «в».
        let record = LookupAddress("с. Струмівка, вул. Садова, 3в", words: Self.words)
        #expect(LookupAddress("Садова 3 в", words: Self.words).match(record, morphology: Fixtures.content.reading.morphology) == .same)
        #expect(LookupAddress("Садова 3", words: Self.words).match(record, morphology: Fixtures.content.reading.morphology) == .other)
    }

    /// A street marker the trainee types must name the record's kind of street (`street_kinds`): «вул Волі»
    /// is not «просп. Волі»; «проспект», «просп.», «на проспекті» or no marker at all are.
    @Test func aStreetMarkerTypedMustAgreeWithTheRecords() {
        var scenario = Fixtures.scenario("hotline-outage-report")
        scenario.facts["address"] = "м. Луцьк, просп. Волі, 33, кв. 12"
        let found = Self.outputs(scenario, ["/lookup просп Волі 33", "/lookup проспект Волі, 33, кв. 12", "/lookup Волі 33",
                                            "/lookup на проспекті Волі 33", "/lookup м. Луцьк, просп. Волі, 33"])
        #expect(found.allSatisfy { $0.hasPrefix("Особовий рахунок 30581264:") }, "\(found)")
        let refused = Self.outputs(scenario, ["/lookup вул Волі 33", "/lookup вулиця Волі, 33, кв. 12", "/lookup пров. Волі 33", "/lookup вул Волі"])
        #expect(refused == [
            "За адресою «вул Волі 33» нічого не знайдено: перевірте вулицю й номер будинку.",
            "За адресою «вулиця Волі, 33, кв. 12» нічого не знайдено: перевірте вулицю й номер будинку.",
            "За адресою «пров. Волі 33» нічого не знайдено: перевірте вулицю й номер будинку.",
            "За адресою «вул Волі» нічого не знайдено: перевірте вулицю й номер будинку.",
        ])
        // «вулиця» and «вул.» are one kind of street: the bundled «вул. Кравчука» is found by both.
        let street = Self.outputs(Fixtures.scenario("hotline-outage-report"), ["/lookup вулиця Кравчука 8", "/lookup на вулиці Кравчука 8"])
        #expect(street.allSatisfy { $0.hasPrefix("Особовий рахунок 30581264:") }, "\(street)")
        #expect(Self.words.streetKind(of: "вулиця") == Self.words.streetKind(of: "вул"))
        #expect(Self.words.streetKind(of: "просп") != Self.words.streetKind(of: "вул"))
        #expect(Self.words.streetKind(of: "майдан") == "майдан")
    }

    @Test func theKindsOfStreetAndTheSkippedWordsAreContent() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("address-kinds-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("Content"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("software.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        let kinds = try #require(lines(text).first { $0.hasPrefix("  street_kinds:") })
        let skipped = try #require(lines(text).first { $0.hasPrefix("  skipped:") })
        try text.replacingOccurrences(of: kinds, with: "  street_kinds: [[вул, вулиця], [вулиця, просп], [кв]]")
            .replacingOccurrences(of: skipped, with: "  skipped: [на, буд]")
            .write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try ContentBundle.load(from: folder)
            Issue.record("a street kind of another part loaded")
        } catch let error as ContentError {
            #expect(error.diagnostics.contains { $0.message.contains("'вулиця' is already in another group of street_kinds") })
            #expect(error.diagnostics.contains { $0.message.contains("'кв' in street_kinds is no street marker") })
            #expect(error.diagnostics.contains { $0.message.contains("'буд' in skipped already marks house") })
        }
        // A version with marker words but no kinds of street compares no marker: «вул Волі» finds «просп. Волі», as before.
        try lines(text).filter { $0 != kinds && $0 != skipped }.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let older = try ContentBundle.load(from: folder)
        #expect(older.softwareReplies.addressWords.streetKinds.isEmpty && older.softwareReplies.addressWords.skipped.isEmpty)
        var scenario = Fixtures.scenario("hotline-outage-report")
        scenario.facts["address"] = "м. Луцьк, просп. Волі, 33, кв. 12"
        let engine = DialogueEngine(scenario: scenario, content: older, traineeName: "Олена")
        var state = engine.start()
        let shown = engine.advance(&state, TraineeInput(text: "/lookup вул Волі 33")).newTurns.filter { $0.speaker == .system }.map(\.text)
        #expect(shown.first?.hasPrefix("Особовий рахунок 30581264:") == true, "\(shown)")
    }
}
