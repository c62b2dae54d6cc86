import Foundation
import TrenazherCore

/// The dialogue engines drills are played on, one per scenario and trainee name, made once and shared. Making an
/// engine analyses the whole scenario (its claims, intents and statements) — most of what playing a short
/// conversation costs — while making a Standard's drills plays every exemplary conversation of the trainee's
/// scenarios and each moment found again with its model answer, and the trainee's answer is played once more:
/// with an engine made for each of them, the first drill of a session took seconds. An engine is a pure function of
/// its scenario, Content and trainee name, so one serves every conversation of that scenario.
public final class DrillEngines: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var engines: [String: DialogueEngine] = [:]

    public init() {}

    /// The engine of `scenario` for `traineeName`, made the first time it is asked for under `key` — a key that
    /// names that very scenario (a library scenario's ID, or the check file whose overrides it plays).
    func engine(_ key: String, scenario: Scenario, content: ContentBundle, traineeName: String) -> DialogueEngine {
        let full = key + "\u{0}" + traineeName
        if let known = lock.withLock({ engines[full] }) { return known }
        let made = DialogueEngine(scenario: scenario, content: content, traineeName: traineeName)
        lock.withLock { engines[full] = made }
        return made
    }
}
