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

    /// The scenario to practise next: the first of the trainee's channels not yet passed; then any
    /// not yet passed; then the one with the lowest best score.
    public static func next<Listed: ListedScenario>(in scenarios: [Listed], attempts: [AttemptInfo], role: TraineeRole) -> Listed? {
        let passed = Set(attempts.filter { $0.passed == true }.map(\.scenarioID))
        let own = channels(of: role)
        if let scenario = scenarios.first(where: { own.contains($0.channel) && !passed.contains($0.id) }) {
            return scenario
        }
        if let scenario = scenarios.first(where: { !passed.contains($0.id) }) {
            return scenario
        }
        return scenarios.min { bestScore($0.id, attempts) < bestScore($1.id, attempts) }
    }

    /// The best finished score of a scenario, -1 when never finished.
    public static func bestScore(_ scenarioID: String, _ attempts: [AttemptInfo]) -> Int {
        attempts.filter { $0.scenarioID == scenarioID }.compactMap(\.score).max() ?? -1
    }
}
