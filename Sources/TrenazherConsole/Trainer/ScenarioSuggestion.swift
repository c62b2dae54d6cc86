import TrenazherCore
import TrenazherStore

/// Which scenario a trainee should practise next.
public enum ScenarioSuggestion {
    /// The channels a role works in.
    public static func channels(of role: TraineeRole) -> Set<Channel> {
        switch role {
        case .cok: [.visit, .phone, .written]
        case .hotline: [.hotline]
        }
    }

    /// The Standards of a role's work: those of its channels, in catalogue order (what drills and
    /// «Що потренувати далі» offer it).
    public static func standards(of role: TraineeRole, content: ContentBundle) -> [String] {
        let own = channels(of: role)
        return content.catalogue.filter { !Set($0.channels).isDisjoint(with: own) }.map(\.id)
    }

    /// The scenario to practise next, always of the trainee's channels when the library has any: the
    /// first not yet passed, then the one with the lowest best score. A hotline operator is never
    /// steered to a visit.
    public static func next<Listed: ListedScenario>(in scenarios: [Listed], attempts: [AttemptInfo], role: TraineeRole) -> Listed? {
        next(in: scenarios, passed: Set(attempts.filter { $0.passed == true }.map(\.scenarioID)),
             bestScore: { bestScore($0, attempts) }, role: role)
    }

    /// `next` from what is passed and each scenario's best score (-1 when never finished).
    static func next<Listed: ListedScenario>(in scenarios: [Listed], passed: Set<String>, bestScore: (String) -> Int,
                                             role: TraineeRole) -> Listed? {
        let own = channels(of: role)
        let ownScenarios = scenarios.filter { own.contains($0.channel) }
        let pool = ownScenarios.isEmpty ? scenarios : ownScenarios
        if let scenario = pool.first(where: { !passed.contains($0.id) }) {
            return scenario
        }
        return pool.min { bestScore($0.id) < bestScore($1.id) }
    }

    /// The suggestion of a trainee's progress (`TraineeProgress.suggestedScenario`) when it is of the
    /// trainee's channels; otherwise `next`.
    public static func suggested<Listed: ListedScenario>(_ progressSuggestion: String?, in scenarios: [Listed], attempts: [AttemptInfo],
                                                         role: TraineeRole) -> Listed? {
        let own = channels(of: role)
        if let id = progressSuggestion, let scenario = scenarios.first(where: { $0.id == id }), own.contains(scenario.channel) {
            return scenario
        }
        return next(in: scenarios, attempts: attempts, role: role)
    }

    /// `suggested` for «Мій прогрес», from the progress's own figures.
    public static func suggested<Listed: ListedScenario>(for progress: TraineeProgress, in scenarios: [Listed]) -> Listed? {
        let own = channels(of: progress.trainee.role)
        if let id = progress.suggestedScenario, let scenario = scenarios.first(where: { $0.id == id }), own.contains(scenario.channel) {
            return scenario
        }
        let played = Dictionary(progress.scenarios.map { ($0.scenarioID, $0) }, uniquingKeysWith: { first, _ in first })
        let passed = Set(progress.scenarios.filter { $0.passedInPractice || $0.passedInExam }.map(\.scenarioID))
        return next(in: scenarios, passed: passed, bestScore: { played[$0]?.bestScore ?? -1 }, role: progress.trainee.role)
    }

    /// The Standards to practise next among those of the role's work, weakest first (then the most
    /// severe), at most three: the list agrees with what a drill picks.
    public static func practiseNext(_ progress: TraineeProgress, content: ContentBundle) -> [StandardProgress] {
        let own = Set(standards(of: progress.trainee.role, content: content))
        let rank: [Severity: Int] = [.critical: 0, .major: 1, .minor: 2]
        return Array(progress.standards.filter { own.contains($0.standardID) && $0.metRate < 1 }
            .sorted { ($0.metRate, rank[$0.severity] ?? 3) < ($1.metRate, rank[$1.severity] ?? 3) }
            .prefix(3))
    }

    /// The best finished score of a scenario, -1 when never finished.
    public static func bestScore(_ scenarioID: String, _ attempts: [AttemptInfo]) -> Int {
        attempts.filter { $0.scenarioID == scenarioID }.compactMap(\.score).max() ?? -1
    }
}
