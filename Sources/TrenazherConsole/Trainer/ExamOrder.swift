import TrenazherCore

/// The order in which an exam plays its scenarios: by the simulated day and time each drawn variant
/// takes place (a variant may move its scenario to another day), so that the status line's date
/// never goes backwards from one scenario to the next; scenarios of the same moment keep the track's order.
public enum ExamOrder {
    /// `scenarios` (the track's, drawn) ordered by their date, then their clock; stable.
    public static func chronological(_ scenarios: [Scenario]) -> [Scenario] {
        scenarios.enumerated().sorted { left, right in
            (left.element.date, left.element.clockMinutes, left.offset) < (right.element.date, right.element.clockMinutes, right.offset)
        }.map(\.element)
    }
}
