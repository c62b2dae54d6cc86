import Foundation
import Testing
@testable import TrenazherCore

/// Request numbers have Content's one shape (`Content/numbers.yaml`): the kind's prefix, the day and month
/// of registration, a serial drawn from the attempt's seed.
@Suite struct RequestNumberingTests {
    let numbering = Fixtures.content.requestNumbering
    let day = CalendarDate(year: 2026, month: 11, day: 25)

    @Test func aKindTypedAfterTicketGivesItsPrefix() {
        #expect(numbering.prefix(forKind: "аварійна") == "АВ")
        #expect(numbering.prefix(forKind: "скаргу") == "СК")
        #expect(numbering.prefix(forKind: "претензія") == "ПТ")
        #expect(numbering.prefix(forKind: "заявка на заміну лічильника") == "ЗЛ")
        #expect(numbering.prefix(forKind: "заява") == "ЗВ")
        #expect(numbering.prefix(forKind: "") == numbering.defaultPrefix)
        #expect(numbering.prefix(forKind: "щось інше") == numbering.defaultPrefix)
    }

    @Test func aNumberHasTheShape() {
        let number = numbering.number(prefix: "СК", date: day, serial: 158)
        #expect(number == "СК-2511-0158")
        #expect(numbering.isNumber(number))
        #expect(numbering.number(prefix: "АВ", date: CalendarDate(year: 2026, month: 3, day: 4), serial: 123_456) == "АВ-0403-3456")
        for wrong in ["2611-0158", "З-2511-0144", "СК-2511-158", "СК-3213-0158", "XX-2511-0158", "СК-2511-0158-1", "СК 2511 0158"] {
            #expect(!numbering.isNumber(wrong), "\(wrong)")
        }
    }

    @Test func examsWithDifferentSeedsIssueOtherNumbersAndAReplayTheSame() {
        let serials = (1...20).map { numbering.firstSerial(seed: Int64($0), scenarioID: "visit-incomplete-documents") }
        #expect(Set(serials).count > 15, "the serial follows the seed")
        #expect(serials == (1...20).map { numbering.firstSerial(seed: Int64($0), scenarioID: "visit-incomplete-documents") })
        #expect(serials.allSatisfy { (1000...9899).contains($0) }, "four digits, room for the requests after the first")
        #expect(numbering.firstSerial(seed: nil, scenarioID: "a") == numbering.firstSerial(seed: nil, scenarioID: "a"))
    }

    @Test func aScenarioNumberOfAnotherShapeOrDayIsReported() throws {
        let scenario = try String(contentsOf: Fixtures.root.appendingPathComponent("Scenarios/phone-callback.yaml"), encoding: .utf8)
        #expect(ScenarioLibrary.load(text: scenario, file: "p.yaml", content: Fixtures.content).1.isEmpty)
        for (planted, message) in [("2611-0231", "не має форми номерів"), ("ПР-2611-0231", "ДДММ має бути днем реєстрації — 2511")] {
            let text = scenario.replacingOccurrences(of: "request_number: ПР-2511-0231", with: "request_number: \"\(planted)\"")
            let problems = ScenarioLibrary.load(text: text, file: "p.yaml", content: Fixtures.content).1.map(\.ukrainian).joined(separator: "\n")
            #expect(problems.contains(message), "\(planted): \(problems)")
        }
    }
}
