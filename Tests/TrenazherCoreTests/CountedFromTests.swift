import Foundation
import Testing
@testable import TrenazherCore

/// A claim's `counted_from` (b22, b23): the right number of days counted from another claim's subject is false;
/// counted from the claim's own point, or from a point nobody names, it is not. A weekday naming a date ties the
/// date to the subject of its clause (b23: the crew's visit given on the day of the electrician's call).
@Suite struct CountedFromTests {
    static let connectionAndPackage = """
    claims:
      - about: [підключ*, приєдна*]
        accept: [15 робочих днів]
        counted_from: [оплат*, сплат*]
        truth: "15 робочих днів від дня оплати"
      - about: [донес*, принес*, повн* пакет*]
        accept: [10 робочих днів]
    """

    static func statements(_ text: String, claims: String = connectionAndPackage) throws -> [ClaimJudge.Statement] {
        try ClaimScopeTests.statements(text, claims: claims)
    }

    @Test(arguments: [
        "а саме приєднання — 15 робочих днів з дня, коли донесете повний пакет документів",
        "як тільки принесете повний пакет — на протязі 15 робочих днів вас підключать",
    ])
    func aTermCountedFromAnotherSubjectIsFalse(sentence: String) throws {
        let found = try Self.statements(sentence)
        let wrong = found.filter { !$0.correct }
        #expect(wrong.count == 1, "\(found)")
        #expect(wrong.first?.claimIndex == 0)
        #expect(wrong.first?.contradicts == true)
        #expect(wrong.first?.truth == "15 робочих днів від дня оплати")
    }

    @Test(arguments: [
        "приєднання виконаємо протягом 15 робочих днів від дня оплати",
        "після повного пакета — технічні умови і рахунок, приєднання протягом 15 роб. днів від оплати",
        "спершу оплатіть рахунок, і після цього вас підключать протягом 15 робочих днів",
        "підключення — 15 робочих днів",
    ])
    func aTermCountedFromItsOwnPointOrFromNoOtherSubjectIsTrue(sentence: String) throws {
        let found = try Self.statements(sentence)
        #expect(found.contains { $0.claimIndex == 0 && $0.correct }, "\(found)")
        #expect(!found.contains { !$0.correct }, "\(found)")
    }

    @Test func withoutCountedFromTheSameTermIsJudgedByItsValueAlone() throws {
        let claims = Self.connectionAndPackage.replacingOccurrences(of: "    counted_from: [оплат*, сплат*]\n", with: "")
        let found = try Self.statements("а саме приєднання — 15 робочих днів з дня, коли донесете повний пакет документів", claims: claims)
        #expect(!found.contains { !$0.correct }, "\(found)")
    }

    @Test func countedFromWithoutTruthIsReportedAtItsLine() {
        let text = ClaimScopeTests.text(claims: """
        claims:
          - about: [підключ*]
            accept: [15 робочих днів]
            counted_from: [оплат*]
        """)
        let (_, problems) = ScenarioLibrary.load(text: text, file: "claims.yaml", content: Fixtures.content)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("counted_from") }.map { $0 + 1 }
        let found = problems.first { $0.ukrainian.contains("counted_from") }
        #expect(found != nil, "\(problems.map(\.description))")
        #expect(found?.line == line)
    }

    static let visitAndCall = """
    claims:
      - about: [бригад*, (приїде|приїдуть)]
        accept: [27 листопада 2026]
      - about: [електромонтер*, (зателефонує|подзвонить)]
        accept: [26 листопада 2026]
    """

    @Test func aWeekdayTiesItsDateToTheSubjectOfItsClause() throws {
        let wrong = try Self.statements("бригада приїде в четвер, двадцять шостого листопада, перед цим Вам зателефонує електромонтер",
                                        claims: Self.visitAndCall)
        #expect(wrong.contains { $0.claimIndex == 0 && !$0.correct }, "\(wrong)")
        let right = try Self.statements("бригада приїде в пятницю, 27 листопада, а напередодні, 26 листопада, вам зателефонує електромонтер",
                                        claims: Self.visitAndCall)
        #expect(!right.contains { !$0.correct }, "\(right)")
    }

    /// Without a weekday, another claim's date said near a subject stays lenient: «про це відключення оголосили
    /// 6 листопада» names the notice's date beside the outage.
    @Test func anotherClaimsDateWithoutAWeekdayIsNotCharged() throws {
        let found = try Self.statements("бригада приїде двадцять шостого листопада, перед цим Вам зателефонує електромонтер",
                                        claims: Self.visitAndCall)
        #expect(!found.contains { !$0.correct }, "\(found)")
    }
}
