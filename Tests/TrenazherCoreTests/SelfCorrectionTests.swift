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
}
