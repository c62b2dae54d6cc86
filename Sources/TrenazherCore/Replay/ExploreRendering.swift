/// Text reports of the trainers' tools: play-testing, example coverage, the coverage table.
public enum ExploreRendering {
    /// The play-testing report.
    public static func report(_ report: Explorer.Report, scenario: Scenario, english: Bool) -> String {
        var out: [String] = []
        let replay = "trenazher scenarios explore \(scenario.id) --runs 1 --show --seed"
        out.append(english ? "\(scenario.id): \(report.runs) runs from seed \(report.seed)" : "\(scenario.id): прогонів \(report.runs), зерно \(report.seed)")
        func list(_ title: Bilingual, _ items: [String]) {
            out.append(title.text(english: english) + (items.isEmpty ? (english ? "none" : "немає") : items.joined(separator: ", ")))
        }
        list(Bilingual(uk: "Недосягнуті вузли: ", en: "Nodes never reached: "), report.unreachedNodes)
        list(Bilingual(uk: "Недосягнуті завершення: ", en: "Endings never reached: "), report.unreachedEndings)
        list(Bilingual(uk: "Вузли, з яких не дійти до кінця: ", en: "Nodes from which no end is reachable: "), report.trapNodes)
        let unfired = report.unfired.map { item -> String in
            guard let index = item.index, let transition = scenario.transition(for: item) else { return item.node }
            return "\(item.node) #\(index + 1) (\(DialogueGraph.label(transition)), \(english ? "line" : "рядок") \((transition.start ?? transition.location).line))"
        }
        list(Bilingual(uk: "Переходи, що жодного разу не спрацювали: ", en: "Transitions that never fired: "), unfired)
        if report.unfinished.isEmpty {
            out.append(english ? "Runs that never ended: none" : "Прогони без завершення: немає")
        } else {
            var byNode: [String: (count: Int, seed: UInt64)] = [:]
            for item in report.unfinished { byNode[item.node] = ((byNode[item.node]?.count ?? 0) + 1, byNode[item.node]?.seed ?? item.seed) }
            out.append(english ? "Runs that never ended (turn limit; loops): \(report.unfinished.count)" : "Прогони без завершення (межа реплік; цикли): \(report.unfinished.count)")
            for (node, value) in byNode.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }) {
                out.append(english ? "  stuck in '\(node)': \(value.count) — replay: \(replay) \(value.seed)"
                                   : "  застрягли у '\(node)': \(value.count) — відтворити: \(replay) \(value.seed)")
            }
        }
        if report.repeatedLines.isEmpty {
            out.append(english ? "Customer lines repeated in a run: none" : "Репліки клієнта, що повторюються: немає")
        } else {
            out.append(english ? "Customer lines repeated in a run:" : "Репліки клієнта, що повторюються в одному прогоні:")
            for item in report.repeatedLines.prefix(8) {
                out.append(english ? "  «\(DialogueGraph.shorten(item.line))» in \(item.runs) runs — replay: \(replay) \(item.seed)"
                                   : "  «\(DialogueGraph.shorten(item.line))» у \(item.runs) прогонах — відтворити: \(replay) \(item.seed)")
            }
        }
        out.append(english ? "Scores (\(report.passedRuns) of \(report.runs) passed):" : "Бали (складено \(report.passedRuns) з \(report.runs)):")
        var buckets = [Int](repeating: 0, count: 11)
        for score in report.scores { buckets[min(10, max(0, score / 10))] += 1 }
        let widest = max(1, buckets.max() ?? 1)
        for (index, count) in buckets.enumerated() where count > 0 {
            let range = index == 10 ? "   100" : String(repeating: " ", count: index == 0 ? 2 : 1) + "\(index * 10)–\(index * 10 + 9)"
            let bar = String(repeating: "█", count: max(1, count * 40 / widest))
            out.append("  \(range.padding(toLength: 6, withPad: " ", startingAt: 0)) \(bar) \(count)")
        }
        return out.joined(separator: "\n")
    }

    /// One run's conversation, with the seed that replays it.
    public static func conversation(_ run: Explorer.Run, english: Bool) -> String {
        var out = [english ? "— run, seed \(run.seed): score \(run.result.score)" : "— прогін, зерно \(run.seed): бал \(run.result.score)"]
        for turn in run.state.turns {
            let who: String
            switch turn.speaker {
            case .trainee: who = english ? "Trainee" : "Стажист"
            case .customer: who = english ? "Customer" : "Клієнт"
            case .system: who = english ? "Software" : "Програма"
            }
            out.append("  [\(turn.node ?? "")] \(who): \(turn.text.split(whereSeparator: \.isNewline).joined(separator: " / "))")
        }
        return out.joined(separator: "\n")
    }

    /// The closing line of `scenarios test --coverage`: how many transitions no example exercises —
    /// or, when no example was played (the scenarios did not load), that coverage was not measured,
    /// never a «0» that reads as full coverage.
    public static func unexercisedTotal(_ count: Int, examplesPlayed: Int, english: Bool) -> String {
        guard examplesPlayed > 0 else {
            return english ? "Coverage not measured: no example was played." : "Покриття не виміряно: не зіграно жодного прикладу."
        }
        return english ? "Transitions no example exercises: \(count)" : "Переходів без жодного прикладу: \(count)"
    }

    /// `scenarios test --coverage` for one scenario.
    public static func coverage(_ coverage: ExampleCoverage, english: Bool) -> String {
        var out = [english ? "\(coverage.scenario.id): transitions the examples fire" : "\(coverage.scenario.id): переходи, які запускають приклади"]
        for item in coverage.transitions {
            let (location, label) = coverage.describe(item.transition)
            let line = location.map { "\($0.line)" } ?? "-"
            let status = item.examples.isEmpty ? (english ? "NOT EXERCISED" : "НЕ ПЕРЕВІРЕНО") : "\(item.examples.count)×"
            out.append("  \(english ? "line" : "рядок") \(line): \(label) — \(status)")
        }
        if let reached = coverage.moodLimitReached {
            out.append("  mood.on_limit — \(reached ? "✓" : (english ? "NOT EXERCISED" : "НЕ ПЕРЕВІРЕНО"))")
        }
        let total = coverage.transitions.count
        let covered = total - coverage.unexercised.count
        out.append(english ? "  \(covered) of \(total) transitions exercised" : "  перевірено переходів: \(covered) з \(total)")
        out.append(english ? "  Standard × verdicts the examples get (m met, v violated, s missed):"
                           : "  Стандарт × вердикти, які отримують приклади (m met, v violated, s missed):")
        for id in coverage.scenario.standards {
            out.append("    \(id.padding(toLength: 18, withPad: " ", startingAt: 0)) \(ExampleCoverage.letters(coverage.verdicts[id] ?? []))")
        }
        return out.joined(separator: "\n")
    }

    /// The Standards × scenarios table: the verdicts each scenario's examples exercise.
    public static func table(_ coverages: [ExampleCoverage], catalogue: [String], english: Bool) -> String {
        var out: [String] = []
        let columns = coverages.enumerated().map { index, _ in "S\(index + 1)" }
        out.append(english ? "Verdicts the examples exercise (m met, v violated, s missed, – none; · not listed)"
                           : "Вердикти, які перевіряють приклади (m met, v violated, s missed, – жодного; · не застосовується)")
        for (index, coverage) in coverages.enumerated() { out.append("  S\(index + 1) = \(coverage.scenario.id)") }
        out.append("")
        out.append("".padding(toLength: 18, withPad: " ", startingAt: 0) + columns.map { $0.padding(toLength: 5, withPad: " ", startingAt: 0) }.joined())
        for id in catalogue {
            var row = id.padding(toLength: 18, withPad: " ", startingAt: 0)
            for coverage in coverages {
                let cell = coverage.scenario.standards.contains(id) ? ExampleCoverage.letters(coverage.verdicts[id] ?? []) : "·"
                row += cell.padding(toLength: 5, withPad: " ", startingAt: 0)
            }
            out.append(row)
        }
        return out.joined(separator: "\n")
    }
}
