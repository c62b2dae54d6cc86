import Foundation
import Testing
@testable import TrenazherCore

/// What a trainer hit with claims (issue 10, notes 11 and 12): a value is judged against the claim of its
/// own part of the sentence and a wrong one charged to one claim, the claim of its kind; a `~` gap stays
/// in its clause; an exception («крім», «окрім») qualifies a statement and excludes what it names.
@Suite struct ClaimScopeTests {
    /// The valid scenario of `ScenarioMistakeTests` with these `claims:` in place of its own.
    static func text(claims: String) -> String {
        ScenarioMistakeTests.valid.replacingOccurrences(of: """
        claims:
          - about:
              - заборгован*
              - борг*
            accept: ["312,40 грн"]
        """, with: claims)
    }

    static func scenario(claims: String) throws -> Scenario {
        let (scenario, problems) = ScenarioLibrary.load(text: Self.text(claims: claims), file: "claims.yaml", content: Fixtures.content)
        #expect(problems.isEmpty, "\(problems.map(\.description))")
        return try #require(scenario)
    }

    static func statements(_ text: String, claims: String) throws -> [ClaimJudge.Statement] {
        TurnAnalyzer(scenario: try scenario(claims: claims), content: Fixtures.content, traineeName: "Олена").analyze(text).statements
    }

    static let termAndDebt = """
    claims:
      - about: ["(строк*|термін*) ~ (розгляд*|відповід*)"]
        accept: [30 днів]
      - about: [борг*, звернен*]
        accept: ["312,40 грн", 1 робочий день]
    """

    /// Note 11: «строк розгляду звернень … 60 днів» was charged to the debt claim (whose broad subject
    /// «звернен*» stood nearer) and not to the term's; a term in days is the claim of days.
    @Test func aWrongTermIsChargedToTheClaimOfItsKindNotTheNearestSubject() throws {
        let found = try Self.statements("Нагадуємо, що строк розгляду звернень за законом — 60 днів.", claims: Self.termAndDebt)
        #expect(found.map(\.claimIndex) == [0])
        #expect(found.map(\.correct) == [false])
    }

    static let twoTerms = """
    claims:
      - about: [перерахун*]
        accept: [10 днів]
      - about: [відповід*]
        accept: [30 днів]
    """

    /// Two facts of one kind in one sentence: each value is judged against the claim of its clause, so
    /// swapped terms are both wrong (each was accepted by the other claim of the sentence).
    @Test func eachClaimIsJudgedOnItsOwnPartOfTheSentence() throws {
        let swapped = try Self.statements("Перерахунок зробимо протягом 30 днів, а відповідь надішлемо протягом 10 днів.", claims: Self.twoTerms)
        #expect(swapped.map(\.claimIndex) == [0, 1])
        #expect(swapped.map(\.correct) == [false, false])
        let right = try Self.statements("Перерахунок зробимо протягом 10 днів, а відповідь надішлемо протягом 30 днів.", claims: Self.twoTerms)
        #expect(right.map(\.claimIndex) == [0, 1])
        #expect(right.map(\.correct) == [true, true])
    }

    static let worksAndPayment = """
    claims:
      - about: [робіт*]
        accept: ["486 грн", 3 робочих дні]
      - about: [зарахуван*]
        accept: [1 робочий день]
    """

    /// A value in a clause whose subject is another claim's is still that claim's when its own subject's
    /// clause holds no value of the kind (web-reconnection-request: «…від зарахування оплати»).
    @Test func aValueIsTakenByAClaimWhoseOwnClauseHasNoValueOfItsKind() throws {
        let found = try Self.statements("Після оплати робіт (486 грн), протягом 3 робочих днів від зарахування оплати.", claims: Self.worksAndPayment)
        #expect(found.allSatisfy { $0.correct }, "\(found.map(\.evidence))")
        #expect(Set(found.map(\.claimIndex)) == [0])
    }

    /// Note 12: `~` reached across a comma into another statement («Заміна безкоштовна, а за світло…»). A gap
    /// does not reach over a clause opened by a contrast (`contrasts`) nor over the end of a sentence; other
    /// commas it still reaches over («Назвіть, будь ласка, номер»).
    @Test func aGapDoesNotReachIntoAnotherStatement() throws {
        let reading = Fixtures.content.reading
        let pattern = try WordPattern("безкоштовн* ~3 світло")
        #expect(pattern.firstMatch(in: AnalyzedText("Заміна безкоштовна, а за світло до заміни нараховуватимуть.", reading: reading)) == nil)
        #expect(pattern.firstMatch(in: AnalyzedText("Заміна безкоштовна — але за світло нараховуватимуть.", reading: reading)) == nil)
        #expect(pattern.firstMatch(in: AnalyzedText("Заміна безкоштовна. За світло нараховуватимуть.", reading: reading)) == nil)
        #expect(pattern.firstMatch(in: AnalyzedText("Заміна безкоштовна і за світло нічого не нарахують.", reading: reading)) != nil)
        let request = try WordPattern("назвіть ~3 номер")
        #expect(request.firstMatch(in: AnalyzedText("Назвіть, будь ласка, номер рахунку.", reading: reading)) != nil)
        #expect(request.firstMatch(in: AnalyzedText("Назвіть прізвище, а номер скажете потім.", reading: reading)) == nil)
    }

    /// An elliptical part after a contrast — its predicate a modal alone, with no infinitive — inherits
    /// the predicate before it (`elliptical` of `lexicon/fillers.yaml`): «…, а можете й ви самостійно»
    /// says «можете [виконати роботи] самостійно», so a gap reaches over its «а». A part with an
    /// infinitive or a verb of its own stays apart.
    @Test func anEllipticalPartInheritsThePredicateBeforeIt() throws {
        let reading = Fixtures.content.reading
        let pattern = try WordPattern("робот* ~8 (можете|можна) ~3 самостійно")
        #expect(pattern.firstMatch(in: AnalyzedText("Роботи може виконати наша компанія, а можете й ви самостійно.", reading: reading)) != nil)
        #expect(pattern.firstMatch(in: AnalyzedText("роботи може виконати наша компанiя, а можете й ви самостiйно", reading: reading)) != nil)
        #expect(pattern.firstMatch(in: AnalyzedText("Роботи виконує наша компанія, а можете самостійно передавати показники.", reading: reading)) == nil)
        let free = try WordPattern("безкоштовн* ~3 світло")
        #expect(free.firstMatch(in: AnalyzedText("Заміна безкоштовна, а за світло треба платити.", reading: reading)) == nil)
        #expect(Ellipsis(modals: ["можете"], infinitiveEndings: ["ти"]).isElliptical(["а", "можете", "й", "ви", "самостійно"]))
        #expect(!Ellipsis(modals: ["можете"], infinitiveEndings: ["ти"]).isElliptical(["а", "можете", "перенести"]))
        // «ти», the pronoun, is no infinitive: too short for its ending.
        #expect(Ellipsis(modals: ["можете"], infinitiveEndings: ["ти"]).isElliptical(["а", "можете", "й", "ти"]))
    }

    static let falseStatements = """
    claims:
      - false: ["(документи|пакет) ~2 (гаразд|в порядку)", "не (потрібно|треба) ~2 доплачувати", "потрібн* ~3 паспорт*"]
        truth: "пакет неповний, роботи оплачують окремо, паспорт не потрібен"
    """

    /// Note 12: «крім/окрім» qualifies a statement, and what follows it is excluded, not named.
    @Test(arguments: [
        "Документи в порядку, крім одного: бракує свідоцтва.",
        "Вам не потрібно нічого доплачувати, окрім вартості робіт.",
        "Потрібні всі документи крім паспорта.",
        "Окрім свідоцтва, документи в порядку.",
    ])
    func anExceptionIsNoFalseStatement(text: String) throws {
        let found = try Self.statements(text, claims: Self.falseStatements)
        #expect(found.isEmpty, "\(found.map(\.evidence))")
    }

    @Test(arguments: [
        "Документи в порядку.",
        "Крім того, документи в порядку.",
        "Вам нічого не треба доплачувати.",
    ])
    func theSameStatementWithoutAnExceptionIsFalse(text: String) throws {
        let found = try Self.statements(text, claims: Self.falseStatements)
        #expect(found.count == 1 && found.allSatisfy(\.contradicts), "\(found.map(\.evidence))")
    }
}
