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
        TraineeInput(text: "Добрий вечір, мене звати Олена.", seconds: 4, typing: typed("Добрий вечір, мене звати Олена.")),
        TraineeInput(text: "/lookup ПР-1147", interrupted: true, typing: typed("/lookup ПР-1147")),
    ]

    /// Typing evidence of a person typing `text` at four characters a second.
    static func typed(_ text: String) -> TypingEvidence {
        TypingEvidence(firstKeySeconds: 2, typingSeconds: Double(text.count) / 4, keysTyped: text.count + 2, pastedCharacters: 0)
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The project's own Content/.
    static let content: ContentBundle = {
        do { return try ContentBundle.load(from: root.appendingPathComponent("Content")) } catch {
            preconditionFailure("Content/ does not load: \(error)")
        }
    }()

    /// The project's own Scenarios/.
    static let library: ScenarioLibrary = ScenarioLibrary.load(paths: [root.appendingPathComponent("Scenarios")], content: content).0

    /// Replays certificate evidence with the project's own Content and Scenarios.
    static let replay = EvidenceReplay(content: content, library: library)

    /// Plays a scenario's own example transcript (the first that passes, or the first that fails) as a live exam
    /// would, on the variant `seed` draws (the file's own values without one): turn by turn through the engine, every answer with its typing evidence, committed as it is played.
    @discardableResult
    static func liveExam(_ store: ProgressStore, _ trainee: Trainee, scenario id: String, passing: Bool = true,
                         daysAgo: Double = 1, seed: Int64? = nil) throws -> AttemptInfo {
        let scenario = try #require(library.scenario(id: id)).played(seed: seed, content: content)
        let example = try #require(scenario.examples.first { $0.passed == passing })
        let inputs = try TranscriptParser.parse(scenario.fill(example.transcript, trainee: trainee.firstName), file: "example",
                                                channel: scenario.channel, limits: content.scoring.inputLimits)
            .map { TraineeInput(text: $0.text, seconds: $0.seconds, interrupted: $0.interrupted, typing: typed($0.text)) }
        let when = now.addingTimeInterval(-daysAgo * 86_400)
        let attempt = try store.startAttempt(traineeID: trainee.id, scenario: scenario, mode: .exam, at: when.addingTimeInterval(-300))
        let engine = DialogueEngine(scenario: scenario, content: content, traineeName: trainee.firstName)
        var state = engine.start()
        if !state.turns.isEmpty { try store.recordOpening(attemptID: attempt.id, turns: state.turns) }
        for input in inputs {
            let step = engine.step(state, input)
            state = step.state
            try store.appendTurn(attemptID: attempt.id, input: input, turns: step.newTurns)
        }
        try store.finishAttempt(attemptID: attempt.id, result: engine.finish(state), at: when)
        return try store.attempt(id: attempt.id)
    }

    static let hotlineTrack = CertificationTrack(
        id: "hotline-operator", title: "Оператор кол-центру", titleEN: "Call-centre operator", role: .hotline,
        description: "Гаряча лінія.", descriptionEN: "Hotline.", scenarios: ["hotline-account-no-id", "hotline-long-lookup"],
        minScore: 80, validityMonths: 12)

    /// Records a finished attempt with a made-up result played `daysAgo` days before `now`: practice in one go,
    /// an exam turn by turn as the console does.
    @discardableResult
    static func record(_ store: ProgressStore, _ trainee: Trainee, scenario: String, mode: AttemptMode, score: Int,
                       passed: Bool, daysAgo: Double = 1) throws -> AttemptInfo {
        let when = now.addingTimeInterval(-daysAgo * 86_400)
        let made = result(scenario: scenario, score: score, passed: passed)
        guard mode == .exam else {
            return try AttemptRecorder(store: store).record(
                result: made, inputs: inputs, trainee: trainee, scenarioHash: "hash-\(scenario)", mode: mode,
                startedAt: when.addingTimeInterval(-300), finishedAt: when)
        }
        let attempt = try store.startAttempt(traineeID: trainee.id, scenarioID: scenario, scenarioHash: "hash-\(scenario)",
                                             channel: .hotline, mode: .exam, at: when.addingTimeInterval(-300))
        for input in inputs { try store.appendTurn(attemptID: attempt.id, input: input, turns: []) }
        try store.finishAttempt(attemptID: attempt.id, result: made, at: when)
        return try store.attempt(id: attempt.id)
    }

    /// Issues, in the database at `path`, a certificate that has already expired: «Бондар Олеся» passes both hotline
    /// exams today and is certified on the hotline track made valid for no months, with the HR key in `keys`; the
    /// ledger is sealed afterwards, as `hr` commands do.
    static func expiredCertificate(database path: String, keys: String) throws -> Certificate {
        let store = try ProgressStore.open(path: path)
        let key = try SigningKeys.privateKey(in: keys)
        var brief = hotlineTrack
        brief.validityMonths = 0
        let olesia = try store.registerTrainee(fullName: "Бондар Олеся", firstName: "Олеся", role: .hotline)
        try liveExam(store, olesia, scenario: "hotline-account-no-id", daysAgo: 0)
        try liveExam(store, olesia, scenario: "hotline-long-lookup", daysAgo: 0)
        let outcome = try store.certify(traineeID: olesia.id, track: brief, evidence: replay, signingKey: key,
                                        issuer: "ПрАТ Тест", actor: "hr", at: now)
        guard case .issued(let certificate) = outcome else {
            Issue.record("expected a certificate, got \(outcome)")
            throw StoreError.unknownCertificate("-")
        }
        try store.sealLedger(with: key)
        return certificate
    }

    /// A store in which a trainee passed both hotline exams and holds the hotline certificate; with `base`, HR
    /// recorded the published folder's address first (the certificate has its place in the revocation list).
    static func certifiedStore(key: Curve25519.Signing.PrivateKey, issuer: String = "ПрАТ Тест",
                               base: String? = nil) throws -> (ProgressStore, Certificate) {
        let store = try ProgressStore.inMemory()
        if let base { try store.recordPublicationBase(base, actor: "hr", at: now) }
        let trainee = try Fixtures.trainee(store)
        try liveExam(store, trainee, scenario: "hotline-account-no-id")
        try liveExam(store, trainee, scenario: "hotline-long-lookup")
        let outcome = try store.certify(traineeID: trainee.id, track: hotlineTrack, evidence: replay, signingKey: key, issuer: issuer,
                                        actor: "hr", at: now)
        guard case .issued(let certificate) = outcome else {
            Issue.record("expected a certificate, got \(outcome)")
            throw StoreError.unknownCertificate("-")
        }
        return (store, certificate)
    }
}
