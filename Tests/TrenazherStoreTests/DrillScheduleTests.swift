import Foundation
import Testing
import TrenazherCore
@testable import TrenazherStore

/// Spaced repetition of drills (Leitner boxes) and the trend of a Standard.
struct DrillScheduleTests {
    let schedule = DrillSchedule(intervalsDays: [0, 1, 3, 7])
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func day(_ n: Double) -> Date { start.addingTimeInterval(n * 86_400) }

    @Test func aMetDrillMovesUpABoxAndAMissedOneBackToTheFirst() {
        let never = schedule.standing(after: [])
        #expect(never.box == 0 && never.due == nil && never.isDue(at: start))
        let once = schedule.standing(after: [DrillResult(standardID: "A", met: true, drilledAt: start)])
        #expect(once.box == 1 && once.due == day(1))
        #expect(!once.isDue(at: day(0.5)) && once.isDue(at: day(1)))
        let climbed = schedule.standing(after: (0..<6).map { DrillResult(standardID: "A", met: true, drilledAt: day(Double($0) * 10)) })
        #expect(climbed.box == 3 && climbed.due == day(57) && climbed.drills == 6)
        let fell = schedule.standing(after: [
            DrillResult(standardID: "A", met: true, drilledAt: day(0)),
            DrillResult(standardID: "A", met: true, drilledAt: day(2)),
            DrillResult(standardID: "A", met: false, drilledAt: day(6)),
        ])
        #expect(fell.box == 0 && fell.due == day(6) && fell.isDue(at: day(6)))
    }

    @Test func resultsAreReadOldestFirstWhateverTheirOrder() {
        let results = [DrillResult(standardID: "A", met: false, drilledAt: day(0)), DrillResult(standardID: "A", met: true, drilledAt: day(1))]
        #expect(schedule.standing(after: results) == schedule.standing(after: results.reversed()))
        #expect(schedule.standing(after: results).box == 1)
    }

    @Test func theOrderIsDueWeakestFirstThenTheRestSoonestFirst() {
        let results = [
            DrillResult(standardID: "B", met: true, drilledAt: day(0)),          // box 1: due on day 1
            DrillResult(standardID: "C", met: true, drilledAt: day(0)),
            DrillResult(standardID: "C", met: true, drilledAt: day(0.5)),        // box 2: due on day 3.5
            DrillResult(standardID: "D", met: false, drilledAt: day(0)),         // box 0: due at once
        ]
        let rates = ["A": 0.9, "B": 0.1, "C": 0.2, "D": 0.6]
        #expect(schedule.order(candidates: ["A", "B", "C", "D", "E"], results: results, metRates: rates, at: day(0.2))
                == ["E", "D", "A", "B", "C"])                                      // E: no rate (0.5); then D 0.6, A 0.9
        #expect(schedule.order(candidates: ["A", "B", "C", "D", "E"], results: results, metRates: rates, at: day(2))
                == ["B", "E", "D", "A", "C"])
        #expect(schedule.order(candidates: ["A", "A"], results: [], metRates: [:], at: start) == ["A"])
    }

    @Test func theTrendComparesTheLatestResultsWithTheOnesBefore() {
        #expect(StandardTrend.of([], window: 3) == nil)
        #expect(StandardTrend.of([true], window: 3) == nil)
        #expect(StandardTrend.of([true, false], window: 3) == .improving)
        #expect(StandardTrend.of([false, true], window: 3) == .declining)
        #expect(StandardTrend.of([true, true, true, false, false, false, true], window: 3) == .improving)
        #expect(StandardTrend.of([true, false, true, true, false, true], window: 3) == .steady)
        #expect(StandardTrend.of([false, false, true, true], window: 1) == .steady)
        #expect(StandardTrend.improving.arrow == "↑" && StandardTrend.declining.arrow == "↓" && StandardTrend.steady.arrow == "→")
    }

    @Test func drillsAreStoredAndJoinTheTrendOfMyProgress() throws {
        let store = try ProgressStore.inMemory()
        let trainee = try store.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .hotline)
        try store.recordDrill(traineeID: trainee.id, DrillResult(standardID: "HOT-GREET", met: false, drilledAt: day(0)))
        try store.recordDrill(traineeID: trainee.id, DrillResult(standardID: "HOT-GREET", met: true, drilledAt: day(1)))
        let stored = try store.drillResults(traineeID: trainee.id)
        #expect(stored.map(\.met) == [false, true])
        #expect(stored.map(\.drilledAt) == [day(0), day(1)])
        #expect(throws: StoreError.self) {
            try store.recordDrill(traineeID: 99, DrillResult(standardID: "HOT-GREET", met: true, drilledAt: day(0)))
        }
    }

    @Test func coachingSettingsAreReadFromContentWithTheirRanges() throws {
        let log = DiagnosticLog()
        let settings = CoachingSettings.load(contentDirectory: Fixtures.root.appendingPathComponent("Content"), log: log)
        #expect(log.entries.isEmpty)
        #expect(settings.drillSchedule.intervalsDays.first == 0 && settings.drillSchedule.intervalsDays.count > 2)
        #expect(settings.trendWindow >= 1)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coaching-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "drills:\n  intervals_days: [0, -1]\ntrend_window: 0\n".write(to: folder.appendingPathComponent("coaching.yaml"), atomically: true, encoding: .utf8)
        let bad = DiagnosticLog()
        let fallback = CoachingSettings.load(contentDirectory: folder, log: bad)
        #expect(bad.entries.count == 2)
        #expect(fallback == CoachingSettings())
    }
}
