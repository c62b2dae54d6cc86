import TrenazherCore
import TrenazherStore

/// "My progress" in the trainer, fitted to the terminal's width: the scenarios played, the Standards
/// to practise, the suggested scenario and the certification tracks (the figures are those of
/// `trenazher progress`, attempts whose records do not verify left out and named).
public enum ProgressRendering {
    public static func lines(for progress: TraineeProgress, resources: TrainerResources, palette: Palette,
                             strings: any Strings, width: Int) -> [String] {
        let english = strings.isEnglish
        func scenarioTitle(_ id: String) -> String { resources.scenarios.listing.scenario(id: id)?.title(english: english) ?? id }
        func standardTitle(_ id: String) -> String {
            resources.content.standard(id)?.title(english: english) ?? id
        }
        func wrapped(_ text: String) -> [String] {
            let lines = TextWrapper.wrap(text, width: width, indent: "  ")
            return lines.enumerated().map { $0.offset == 0 ? String($0.element.dropFirst(2)) : $0.element }
        }
        var lines = [palette.strong(strings.progressTitle(progress.trainee.fullName, attempts: progress.finishedAttempts))]
        if let leftOut = ReportWording(english: english).leftOut(progress.leftOut) { lines += wrapped(leftOut).map(palette.bad) }
        guard progress.finishedAttempts > 0 || progress.tracks.contains(where: { !$0.eligibility.missing.isEmpty }) else {
            return lines
        }
        if !progress.scenarios.isEmpty {
            lines.append("")
            for scenario in progress.scenarios {
                let mark = scenario.passedInExam || scenario.passedInPractice ? palette.good("✓") : palette.bad("✗")
                lines += wrapped("\(mark) \(scenarioTitle(scenario.scenarioID)) — " + strings.scenarioProgress(
                    attempts: scenario.attempts, best: scenario.bestScore, practice: scenario.passedInPractice,
                    exam: scenario.passedInExam))
            }
        }
        // The Standards of the trainee's own work, as drills pick them.
        let practiseNext = ScenarioSuggestion.practiseNext(progress, content: resources.content)
        if !practiseNext.isEmpty {
            lines.append("")
            lines.append(palette.strong(strings.practiseNext + ":"))
            for standard in practiseNext {
                lines += wrapped("• \(standard.standardID) — \(standardTitle(standard.standardID)) "
                                 + "(\(Int((standard.metRate * 100).rounded()))%)")
            }
        }
        let trended = progress.standards.filter { !$0.recent.isEmpty }
        if !trended.isEmpty {
            lines.append("")
            lines.append(palette.strong(strings.standardTrends + ":"))
            for standard in trended {
                let arrow: String
                switch standard.trend {
                case .improving?: arrow = palette.good(StandardTrend.improving.arrow)
                case .declining?: arrow = palette.bad(StandardTrend.declining.arrow)
                case .steady?: arrow = StandardTrend.steady.arrow
                case nil: arrow = "·"
                }
                let marks = standard.recent.map { $0 ? "✓" : "✗" }.joined()
                lines += wrapped("\(arrow) \(standard.standardID) — \(standardTitle(standard.standardID)) \(marks)")
            }
        }
        if let suggested = ScenarioSuggestion.suggested(for: progress, in: resources.scenarios.listing.scenarios) {
            lines.append("")
            lines += wrapped("\(strings.nextScenario): \(scenarioTitle(suggested.id))")
        }
        if !progress.tracks.isEmpty {
            lines.append("")
            for standing in progress.tracks {
                let track = standing.eligibility.track
                let state = standing.eligibility.isEligible ? palette.good(strings.trackEligible)
                    : strings.trackMissing(standing.eligibility.missing.map { scenarioTitle($0.scenarioID) },
                                           withinReach: standing.withinReach)
                lines += wrapped("\(track.title(english: english)): \(state)")
            }
        }
        return lines
    }
}
