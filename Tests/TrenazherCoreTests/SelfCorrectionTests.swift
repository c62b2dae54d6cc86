import Foundation
import Testing
@testable import TrenazherCore

/// What a trainee takes back in the same turn (b13: seven exemplary conversations failed GEN-ACCURATE on a
/// value the trainee corrected at once): the value before a `self_correction` marker, or the sentence before
/// one that opens its sentence, is no statement; anything further back still is.
@Suite struct SelfCorrectionTests {
    static let analyzer = TurnAnalyzer(scenario: Fixtures.scenario("phone-callback"), content: Fixtures.content, traineeName: "Олена")

    static func dates(_ text: String) -> [String] {
        analyzer.analyze(text).mentions.dates.map(\.evidence)
    }

    @Test func aValueTakenBackInItsSentenceIsNoMention() {
        let said = Self.dates("я Вам передзвоню у четвер ой перепрошую не так сказала у п'ятницю двадцять сьоме листопада о десятій")
        #expect(!said.contains { $0.contains("четвер") }, "\(said)")
        #expect(said.contains { $0.contains("листопада") }, "\(said)")
    }

    @Test func aMarkerOpeningASentenceTakesBackTheSentenceBefore() {
        let said = Self.dates("Я передзвоню Вам у четвер. Ой, перепрошую, я помилилася: передзвоню в п'ятницю, 27 листопада.")
        #expect(!said.contains { $0.contains("четвер") }, "\(said)")
        #expect(said.contains { $0.contains("27 листопада") }, "\(said)")
    }

    @Test func aValueFurtherBackThanTheWindowStaysSaid() {
        let said = Self.dates("Я передзвоню Вам у четвер, двадцять шостого листопада, і скажу все, що відповість нам відділ обліку, ой, перепрошую, не так сказала, відділ обліку відповідає протягом двох робочих днів.")
        #expect(said.contains { $0.contains("листопада") }, "\(said)")
    }

    @Test func withoutTheCorrectionAfterItNothingIsTakenBack() {
        let said = Self.dates("Я передзвоню Вам у четвер, ой, перепрошую, не так сказала")
        #expect(said.contains { $0.contains("четвер") }, "\(said)")
    }

    @Test func theCustomersSlipIsNoCorrection() {
        let said = Self.dates("Ви передавали показники тридцятого жовтня, Ви, мабуть, помилилися, це було тридцять першого жовтня")
        #expect(said.count == 2, "\(said)")
    }

    @Test func aTurnOpeningWithACorrectionTakesBackTheTurnBefore() {
        let opening = Self.analyzer.analyze("Ой, я щойно неправильно сказала: відділ відповідає за два робочі дні, передзвоню 27 листопада.")
        #expect(Self.analyzer.correctsPreviousTurn(opening))
        let before = Self.analyzer.analyze("Дякую. Я Вам передзвоню завтра, 26 листопада, о 10:00, добре?", correctedLater: true)
        #expect(before.mentions.dates.isEmpty, "\(before.mentions.dates.map(\.evidence))")
    }

    @Test func aCorrectionAfterAValueOrInALaterClauseCorrectsItsOwnTurn() {
        #expect(!Self.analyzer.correctsPreviousTurn(Self.analyzer.analyze("У п'ятницю, ой, перепрошую, не так сказала, двадцять сьомого листопада.")))
        #expect(!Self.analyzer.correctsPreviousTurn(Self.analyzer.analyze("Двадцять шостого, ой, не так сказала, двадцять сьомого листопада.")))
        #expect(!Self.analyzer.correctsPreviousTurn(Self.analyzer.analyze("Ой, я неправильно сказала")))
    }

    @Test func theTurnBeforeLosesOnlyItsLastSentenceNamingAValue() {
        let before = Self.analyzer.analyze("Відповідь буде 27 листопада. Я передзвоню 26 листопада. Чи є ще запитання?", correctedLater: true)
        #expect(before.mentions.dates.map(\.evidence).contains { $0.contains("27") })
        #expect(!before.mentions.dates.map(\.evidence).contains { $0.contains("26") })
    }

    @Test func aLaterCorrectionTakesBackTheSentenceItSharesMostWordsWith() {
        let correction = Self.analyzer.analyze("Ой, я щойно неправильно сказала: нараховувати будуть за середньодобовим споживанням, і так до самої заміни.")
        #expect(Self.analyzer.correctsPreviousTurn(correction))
        let before = Self.analyzer.analyze("Бригада буде 27 листопада. До заміни Вам нічого не нараховуватимуть.", correctedBy: correction.text)
        #expect(before.mentions.dates.map(\.evidence).contains { $0.contains("27") })
        let unrelated = Self.analyzer.analyze("Ой, я щойно неправильно сказала: дякую за очікування.")
        let fallback = Self.analyzer.analyze("Бригада буде 27 листопада. До заміни Вам нічого не нараховуватимуть.", correctedBy: unrelated.text)
        #expect(fallback.mentions.dates.isEmpty, "\(fallback.mentions.dates.map(\.evidence))")
        // A correction naming a number corrects a value, whatever other words it shares.
        let value = Self.analyzer.analyze("Ой, я щойно неправильно сказала: відділ обліку відповідає за два робочі дні, відповідь буде 27 листопада.")
        let day = Self.analyzer.analyze("Показників ще немає, потрібен запит до відділу обліку. Я передзвоню Вам 26 листопада.", correctedBy: value.text)
        #expect(!day.mentions.dates.map(\.evidence).contains { $0.contains("26") }, "\(day.mentions.dates.map(\.evidence))")
    }

    @Test func theCorrectionIsReadWhereTheWithdrawnWordsStood() {
        let outage = TurnAnalyzer(scenario: Fixtures.scenario("hotline-outage-report"), content: Fixtures.content, traineeName: "Олена")
        let corrected = outage.analyze("Аварійна бригада прибуде протягом години — ой, перепрошую, не так сказала, правильно: протягом 2 (двох) годин.")
        #expect(corrected.intents["tells_crew_term"] != nil)
        let uncorrected = outage.analyze("Аварійна бригада прибуде протягом години. Правильно: протягом 2 (двох) годин.")
        #expect(uncorrected.intents["tells_crew_term"] == nil)
    }
}
