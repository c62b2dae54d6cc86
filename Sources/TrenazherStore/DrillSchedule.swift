import Foundation
import TrenazherCore

/// One drill a trainee did on a Standard: whether the Standard was met, and when.
public struct DrillResult: Sendable, Hashable {
    public var standardID: String
    public var met: Bool
    public var drilledAt: Date

    public init(standardID: String, met: Bool, drilledAt: Date) {
        self.standardID = standardID
        self.met = met
        self.drilledAt = drilledAt
    }
}

/// Spaced repetition of drills by Leitner boxes, per trainee and Standard. A Standard never drilled
/// is in box 0 and due at once; a drill met moves it up one box (up to the last), a drill not met
/// sends it back to box 0; it falls due again the box's interval after the drill. The standing is a
/// pure fold over the drill results, so only the results are stored.
public struct DrillSchedule: Sendable, Hashable {
    /// Days until a Standard in box i is due again (`Content/coaching.yaml` `drills.intervals_days`).
    public var intervalsDays: [Int]

    public init(intervalsDays: [Int]) {
        self.intervalsDays = intervalsDays.isEmpty ? [0] : intervalsDays
    }

    /// Where a Standard stands in the schedule.
    public struct Standing: Sendable, Hashable {
        /// The Leitner box, 0 … intervals − 1.
        public var box: Int
        /// When it is due again; `nil` for a Standard never drilled (due at once).
        public var due: Date?
        /// Drills done on it.
        public var drills: Int

        /// Whether it is due at `date`.
        public func isDue(at date: Date) -> Bool { due.map { $0 <= date } ?? true }
    }

    /// The standing after `results` of one Standard, in any order (they are read oldest first).
    public func standing(after results: [DrillResult]) -> Standing {
        var standing = Standing(box: 0, due: nil, drills: 0)
        for result in results.sorted(by: { $0.drilledAt < $1.drilledAt }) {
            standing.box = result.met ? min(standing.box + 1, intervalsDays.count - 1) : 0
            standing.due = result.drilledAt.addingTimeInterval(Double(intervalsDays[standing.box]) * 86_400)
            standing.drills += 1
        }
        return standing
    }

    /// The standing of every Standard that has results.
    public func standings(_ results: [DrillResult]) -> [String: Standing] {
        Dictionary(grouping: results, by: \.standardID).mapValues { standing(after: $0) }
    }

    /// The Standards to drill, in order: those due at `date` first — the weakest first (lowest met
    /// rate in `metRates`, a Standard with no rate counting as half met), then the lower box, then
    /// the order of `candidates`; after them the Standards not yet due, soonest first.
    public func order(candidates: [String], results: [DrillResult], metRates: [String: Double], at date: Date) -> [String] {
        let standings = standings(results)
        let ranked = candidates.enumerated().map { position, id -> (id: String, due: Bool, dueAt: Date, rate: Double, box: Int, position: Int) in
            let standing = standings[id] ?? Standing(box: 0, due: nil, drills: 0)
            return (id, standing.isDue(at: date), standing.due ?? .distantPast, metRates[id] ?? 0.5, standing.box, position)
        }
        let due = ranked.filter(\.due).sorted { ($0.rate, $0.box, $0.position) < ($1.rate, $1.box, $1.position) }
        let later = ranked.filter { !$0.due }.sorted { ($0.dueAt, $0.rate, $0.position) < ($1.dueAt, $1.rate, $1.position) }
        var seen = Set<String>()
        return (due + later).map(\.id).filter { seen.insert($0).inserted }
    }
}

/// Which way a trainee's results on a Standard are going.
public enum StandardTrend: String, Sendable, Hashable {
    case improving, declining, steady

    /// ↑, ↓ or →.
    public var arrow: String {
        switch self {
        case .improving: "↑"
        case .declining: "↓"
        case .steady: "→"
        }
    }

    /// The trend of `results` (newest first, `true` for met): the met share of the latest ones (up to
    /// `window`, at most half of them) against that of as many before them (up to `window`); `nil`
    /// with fewer than two results.
    public static func of(_ results: [Bool], window: Int) -> StandardTrend? {
        guard results.count >= 2 else { return nil }
        let size = min(max(1, window), (results.count + 1) / 2)
        let recent = results.prefix(size)
        let earlier = results.dropFirst(size).prefix(max(1, window))
        let now = Double(recent.filter { $0 }.count) / Double(recent.count)
        let then = Double(earlier.filter { $0 }.count) / Double(earlier.count)
        if now > then { return .improving }
        if now < then { return .declining }
        return .steady
    }
}
