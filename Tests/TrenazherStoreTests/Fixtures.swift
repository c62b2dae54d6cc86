import Crypto
import Foundation
import Testing
import TrenazherCore
@testable import TrenazherStore

/// Small attempts and temporary files shared by the store tests.
enum Fixtures {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18

    /// A fresh directory under the system temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("trenazher-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func trainee(_ store: ProgressStore, _ fullName: String = "Коваль Олена Петрівна", first: String = "Олена",
                        role: TraineeRole = .hotline) throws -> Trainee {
        try store.registerTrainee(fullName: fullName, firstName: first, role: role, at: now)
    }

    /// A graded hotline attempt: two trainee turns, a customer reply, three Standards.
    static func result(scenario: String = "hotline-long-lookup", score: Int = 86, passed: Bool = true,
                       greet: Verdict = .met) -> AttemptResult {
        let greeting = Finding(standardID: "HOT-GREET", verdict: greet, turn: 1, evidence: "Добрий вечір", note: "Привітання.")
        let turns = [
            TurnRecord(index: 1, speaker: .trainee, text: "Добрий вечір, мене звати Олена.", seconds: 4, clock: "19:40:00",
                       findings: [greeting]),
            TurnRecord(index: 2, speaker: .customer, text: "Добрий вечір. У мене питання щодо рахунку.", clock: "19:40:05"),
            TurnRecord(index: 3, speaker: .trainee, text: "/lookup ПР-1147", action: "lookup", interrupted: true, clock: "19:40:20"),
        ]
        return AttemptResult(
            scenarioID: scenario, channel: .hotline, score: score, passed: passed,
            standards: [
                StandardVerdict(id: "GEN-FORMAL", verdict: .met, severity: .critical, turn: 1, evidence: "мене звати"),
                StandardVerdict(id: "HOT-GREET", verdict: greet, severity: .major, turn: 1, evidence: "Добрий вечір", note: "Привітання."),
                StandardVerdict(id: "HOT-HOLD", verdict: .missed, severity: .major),
                StandardVerdict(id: "VIS-GREET", verdict: .notApplicable, severity: .major),
            ],
            turns: turns, graderVersion: GraderVersion.current, finalMood: "calm", reachedEnd: true)
    }

    static let inputs = [
        TraineeInput(text: "Добрий вечір, мене звати Олена.", seconds: 4),
        TraineeInput(text: "/lookup ПР-1147", interrupted: true),
    ]

    static let hotlineTrack = CertificationTrack(
        id: "hotline-operator", title: "Оператор кол-центру", titleEN: "Call-centre operator", role: .hotline,
        description: "Гаряча лінія.", descriptionEN: "Hotline.", scenarios: ["hotline-account-no-id", "hotline-long-lookup"],
        minScore: 80, validityMonths: 12)

    /// Records a finished attempt played `daysAgo` days before `now`.
    @discardableResult
    static func record(_ store: ProgressStore, _ trainee: Trainee, scenario: String, mode: AttemptMode, score: Int,
                       passed: Bool, daysAgo: Double = 1) throws -> AttemptInfo {
        let when = now.addingTimeInterval(-daysAgo * 86_400)
        return try AttemptRecorder(store: store).record(
            result: result(scenario: scenario, score: score, passed: passed), inputs: inputs, trainee: trainee,
            scenarioHash: "hash-\(scenario)", mode: mode, startedAt: when.addingTimeInterval(-300), finishedAt: when)
    }

    /// A store in which a trainee passed both hotline exams and holds the hotline certificate.
    static func certifiedStore(key: Curve25519.Signing.PrivateKey, issuer: String = "ПрАТ Тест",
                               scores: (Int, Int) = (90, 90)) throws -> (ProgressStore, Certificate) {
        let store = try ProgressStore.inMemory()
        let trainee = try Fixtures.trainee(store)
        try record(store, trainee, scenario: "hotline-account-no-id", mode: .exam, score: scores.0, passed: true)
        try record(store, trainee, scenario: "hotline-long-lookup", mode: .exam, score: scores.1, passed: true)
        let outcome = try store.certify(traineeID: trainee.id, track: hotlineTrack, signingKey: key, issuer: issuer, actor: "hr", at: now)
        guard case .issued(let certificate) = outcome else {
            Issue.record("expected a certificate, got \(outcome)")
            throw StoreError.unknownCertificate("-")
        }
        return (store, certificate)
    }
}
