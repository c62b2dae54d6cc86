import Foundation

/// A dialogue engine's `OutcomeJudge`, made the first time a conversation is judged and then kept. Its set-up (the
/// goals' `said` patterns compiled and their values read, `GoalClaims` from the goals' patterns) depends only on the
/// analyzer — the scenario, Content and the trainee's name — so every `finish` and `/hint` of the engine, and of its
/// copies, is judged by one. Made when first asked for: an engine that never judges a conversation pays nothing.
/// Safe from several threads.
final class KeptOutcomeJudge: @unchecked Sendable {
    private let analyzer: TurnAnalyzer
    private let lock = NSLock()
    // Guarded by `lock`.
    private var made: OutcomeJudge?

    init(analyzer: TurnAnalyzer) {
        self.analyzer = analyzer
    }

    /// The judge of the analyzer's scenario, made once.
    var judge: OutcomeJudge {
        lock.withLock {
            if let made { return made }
            let judge = OutcomeJudge(analyzer: analyzer)
            made = judge
            return judge
        }
    }
}
