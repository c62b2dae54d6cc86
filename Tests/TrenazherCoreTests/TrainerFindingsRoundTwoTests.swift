import Foundation
import Testing
@testable import TrenazherCore

/// Findings of a trainer who wrote scenarios from the docs alone (second round): dates read alike by
/// goals and claims, a weekday beside its date, a wrong figure for what the customer asked.
@Suite struct TrainerFindingsRoundTwoTests {
    static func mentions(_ text: String, today: CalendarDate = CalendarDate(year: 2026, month: 11, day: 25)) -> [CalendarDate] {
        let extractor = MentionExtractor(lexicon: Fixtures.content.time, today: today)
        return extractor.extract(from: AnalyzedText(text, reading: Fixtures.content.reading)).dates.map(\.date)
    }

    // MARK: A date with or without its year

    @Test(arguments: ["1 грудня 2026", "1 грудня 2026 року", "1 грудня", "першого грудня", "01.12", "01.12.2026", "1-го грудня 2026 р."])
    func aDateIsTheSameDayWithOrWithoutItsYear(_ said: String) {
        #expect(Self.mentions("Прийдемо \(said).") == [CalendarDate(year: 2026, month: 12, day: 1)])
    }

    @Test func aDateWithoutAYearIsTheNearestSuchDay() {
        let december = CalendarDate(year: 2026, month: 12, day: 28)
        #expect(Self.mentions("Прийдемо 5 січня.", today: december) == [CalendarDate(year: 2027, month: 1, day: 5)])
        #expect(Self.mentions("Оплата надійшла 31 жовтня.") == [CalendarDate(year: 2026, month: 10, day: 31)])
    }

    static let visit = """
    id: phone-visit-date
    title: Дата заміни лічильника
    channel: phone
    date: 2026-11-25
    clock: "14:20"
    persona: {name: Бондар Ольга Петрівна, address_as: Ольга Петрівна}
    facts: {visit_date: 1 грудня 2026, visit_weekday: вівторок}
    standards: [GEN-ACCURATE, PHN-GREET]
    claims:
      - about: [(замін*|прийд*|приїд*) ~6 (лічильник*|фахів*|майстр*), заплановано]
        accept: ["{visit_date}"]
    opening: Коли прийдуть міняти лічильник?
    nodes:
      start: {on: [{when: any, go: end}]}
      end: {end: true}
    outcome:
      goals:
        - {id: visit, said: ["{visit_date}"], missing: коли прийдуть міняти лічильник}
    """

    static func playVisit(_ line: String) throws -> AttemptResult {
        let (loaded, problems) = ScenarioLibrary.load(text: visit, file: "v.yaml", content: Fixtures.content)
        let scenario = try #require(loaded, "\(problems.map(\.ukrainian))")
        let inputs = try TranscriptParser.parse("Добрий день, ЦОК, мене звати Олена.\n\(line)", file: "test", channel: scenario.channel,
                                                limits: Fixtures.content.scoring.inputLimits)
        return Replay.play(scenario: scenario, content: Fixtures.content, traineeName: "Олена", inputs: inputs)
    }

    @Test(arguments: ["Заміну заплановано на 1 грудня, у вівторок.", "Заміну заплановано на першого грудня.",
                      "Заміну заплановано на 01.12.", "Заміну заплановано на 1 грудня 2026 року."])
    func aDateGoalWrittenWithTheYearIsReachedByTheDateSaidInAnyForm(_ line: String) throws {
        let result = try Self.playVisit(line)
        #expect(result.outcome?.status == .resolved, "\(result.outcome?.sentence ?? "")")
        #expect(result.verdict(of: "GEN-ACCURATE") != .violated)
    }

    // MARK: A weekday beside its date

    @Test func aWeekdayThatNamesTheDayOfTheDateBesideItIsThatDate() {
        let third = CalendarDate(year: 2026, month: 12, day: 3)
        #expect(Self.mentions("Заміна 3 грудня 2026, четвер.") == [third])
        #expect(Self.mentions("Заміна 3 грудня, у четвер.") == [third])
        #expect(Self.mentions("Заміна у четвер, 3 грудня.") == [third])
    }

    @Test func aWeekdayThatContradictsTheDateBesideItIsReadOnItsOwn() {
        let found = Self.mentions("Заміна 3 грудня 2026, середа.")
        #expect(found.contains(CalendarDate(year: 2026, month: 12, day: 3)))
        #expect(found.contains(CalendarDate(year: 2026, month: 12, day: 2)), "the coming Wednesday")
    }

    // MARK: A wrong figure for what the customer asked misinforms them

    static let exemplaryVisit = OutcomeTests.exemplary.replacingOccurrences(
        of: "COMPENSATION", with: "За планові роботи, про які повідомили заздалегідь, компенсація, на жаль, не передбачена, але я можу зареєструвати Вашу скаргу.")

    @Test func aWrongRestorationTimeMisinformsTheVisitorWhoAskedWhenThePowerComesBack() throws {
        let said = Self.exemplaryVisit.replacingOccurrences(of: "Роботи завершать, і електропостачання відновлять сьогодні до 18:00.",
                                                            with: "Роботи завершать, і електропостачання відновлять сьогодні до 20:00.")
        #expect(said != Self.exemplaryVisit)
        let result = try Fixtures.play("visit-difficult-visitor", said)
        let outcome = try #require(result.outcome)
        #expect(outcome.status == .misinformed, "\(outcome.sentence)")
        #expect(!result.passed)
        #expect(outcome.falseStatements.contains { $0.said.contains("20:00") && $0.truth.contains("18:00") })
    }

    @Test func aWrongValueOfAClaimNoGoalNamesCostsAccuracyOnly() throws {
        let said = Self.exemplaryVisit.replacingOccurrences(of: "Про них повідомляли на сайті компанії та SMS за 10 днів, 15 листопада.",
                                                            with: "Про них повідомляли на сайті компанії та SMS за 3 дні, 22 листопада.")
        #expect(said != Self.exemplaryVisit)
        let result = try Fixtures.play("visit-difficult-visitor", said)
        #expect(result.verdict(of: "GEN-ACCURATE") == .violated)
        #expect(result.outcome?.status == .resolved, "\(result.outcome?.sentence ?? "")")
    }

    @Test func theClaimsTheGoalsNameAValueOfAreTheGoalClaims() throws {
        let scenario = try #require(ScenarioLibrary.load(text: Self.visit, file: "v.yaml", content: Fixtures.content).0)
        let analyzer = TurnAnalyzer(scenario: scenario, content: Fixtures.content, traineeName: "Олена")
        let rules = Set(analyzer.claims.claims.indices.filter { analyzer.claims.claims[$0].claim.isRule })
        #expect(!rules.contains(0))
        #expect(GoalClaims(analyzer: analyzer).indices == Set([0]).union(rules))
        #expect(GoalClaims.valueText(of: "(20|двадцят*) робоч* ~3 дн*", bindings: [:]).split(separator: " ") == ["20", "робоч", "дн"])
        #expect(GoalClaims.numbersWithUnits(in: "лін 10 кв").map(\.unit) == ["кв"])
    }
}

