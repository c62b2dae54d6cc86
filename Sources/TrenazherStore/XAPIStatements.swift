import Crypto
import Foundation
import TrenazherCore

/// Finished attempts as xAPI (Experience API 1.0.3) statements, one JSON object per line.
public struct XAPIStatements: Sendable {
    /// The `account.homePage` identifying the trainee accounts' system.
    public var homePage: String
    /// Scenario ID → title, for the activity's name (`uk`).
    public var scenarioTitles: [String: String]
    /// Scenario ID → English title (`title_en`), for the activity's name in `en-US` where the scenario has one.
    public var englishScenarioTitles: [String: String]

    public init(homePage: String = "https://trenazher.localhost", scenarioTitles: [String: String] = [:],
                englishScenarioTitles: [String: String] = [:]) {
        self.homePage = homePage
        self.scenarioTitles = scenarioTitles
        self.englishScenarioTitles = englishScenarioTitles
    }

    /// The activity's name as an xAPI language map: the Ukrainian title (or the ID), and the English title where known.
    private func activityName(_ scenarioID: String) -> [String: JSONDocument] {
        var name: [String: JSONDocument] = ["uk": .string(scenarioTitles[scenarioID] ?? scenarioID)]
        if let english = englishScenarioTitles[scenarioID] { name["en-US"] = .string(english) }
        return name
    }

    /// One statement: the trainee passed or failed the scenario, with score, duration and every Standard's verdict.
    public func statement(for attempt: AttemptInfo, trainee: Trainee, verdicts: [StandardVerdict]) -> JSONDocument {
        let passed = attempt.passed == true
        let score = attempt.score ?? 0
        let finished = attempt.finishedAt ?? attempt.startedAt
        let seconds = max(0, Int(finished.timeIntervalSince(attempt.startedAt).rounded()))
        var standards: [String: JSONDocument] = [:]
        for verdict in verdicts { standards[verdict.id] = .string(verdict.verdict.rawValue) }
        return .object([
            "id": .string(Self.statementID(attempt)),
            "actor": .object([
                "objectType": .string("Agent"),
                "name": .string(trainee.fullName),
                "account": .object(["homePage": .string(homePage), "name": .string("trainee-\(trainee.id)")]),
            ]),
            "verb": .object([
                "id": .string(passed ? "http://adlnet.gov/expapi/verbs/passed" : "http://adlnet.gov/expapi/verbs/failed"),
                "display": .object(["en-US": .string(passed ? "passed" : "failed"), "uk": .string(passed ? "склав" : "не склав")]),
            ]),
            "object": .object([
                "objectType": .string("Activity"),
                "id": .string("urn:trenazher:scenario:\(attempt.scenarioID)"),
                "definition": .object([
                    "type": .string("http://adlnet.gov/expapi/activities/simulation"),
                    "name": .object(activityName(attempt.scenarioID)),
                ]),
            ]),
            "result": .object([
                "score": .object(["scaled": .number(Double(score) / 100), "raw": .integer(score), "min": .integer(0), "max": .integer(100)]),
                "success": .bool(passed),
                "completion": .bool(true),
                "duration": .string("PT\(seconds)S"),
                "extensions": .object(["urn:trenazher:xapi:standards": .object(standards)]),
            ]),
            "context": .object([
                "registration": .string(Self.statementID(attempt)),
                "platform": .string("Trenazher"),
                "language": .string("uk-UA"),
                "extensions": .object(contextExtensions(attempt)),
            ]),
            "timestamp": .string(Timestamp.string(finished)),
        ])
    }

    private func contextExtensions(_ attempt: AttemptInfo) -> [String: JSONDocument] {
        var extensions: [String: JSONDocument] = [
            "urn:trenazher:xapi:attempt": .integer(Int(attempt.id)),
            "urn:trenazher:xapi:mode": .string(attempt.mode.rawValue),
            "urn:trenazher:xapi:channel": .string(attempt.channel.rawValue),
            "urn:trenazher:xapi:scenario-hash": .string(attempt.scenarioHash),
            "urn:trenazher:xapi:grader-version": .string(attempt.graderVersion),
        ]
        if let seed = attempt.variantSeed { extensions["urn:trenazher:xapi:variant-seed"] = .integer(Int(seed)) }
        return extensions
    }

    /// A stable UUID per attempt (SHA-256 based, version 8), so re-exports do not duplicate statements.
    static func statementID(_ attempt: AttemptInfo) -> String {
        var bytes = Array(SHA256.hash(data: Data("trenazher-attempt-\(attempt.id)-\(Timestamp.string(attempt.startedAt))".utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let characters = Array(hex)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }.joined(separator: "-")
    }
}
