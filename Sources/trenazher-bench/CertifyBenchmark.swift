import Crypto
import Foundation
import TrenazherCore
import TrenazherStore

/// Certifying a trainee: eligibility, then every evidence attempt replayed from its stored inputs on its
/// kept scenario version, then the signature.
enum CertifyBenchmark {
    static func run() throws -> Bool {
        let paths = try CoreBenchmarks.paths()
        let content = try ContentBundle.load(from: paths.content)
        let (library, _) = ScenarioLibrary.load(paths: [paths.scenarios], content: content)
        let track = try TrackCatalogue.load(contentDirectory: paths.content).tracks.first { $0.id == "hotline-operator" }
        guard let track else { return false }
        let replay = EvidenceReplay(content: content, library: library)
        let key = Curve25519.Signing.PrivateKey()
        let iterations = 20
        let stores = try (0..<iterations).map { _ -> (ProgressStore, Trainee) in
            let store = try ProgressStore.inMemory()
            let trainee = try store.registerTrainee(fullName: "Коваль Олена", firstName: "Олена", role: .hotline)
            for scenarioID in track.scenarios {
                guard let scenario = library.scenario(id: scenarioID) else { continue }
                try playLive(scenario, content: content, store: store, trainee: trainee)
            }
            return (store, trainee)
        }
        var next = 0
        var issued = 0
        let met = try Benchmark(name: "store: certify a trainee, replaying the exam evidence", targetMilliseconds: 100,
                                iterations: iterations).run {
            let (store, trainee) = stores[next]
            next += 1
            if case .issued = try store.certify(traineeID: trainee.id, track: track, evidence: replay, signingKey: key,
                                                issuer: "Т", actor: "bench") {
                issued += 1
            }
        }
        return met && issued == iterations
    }

    /// The scenario's first passing example, played as a live exam: turn by turn, typed.
    private static func playLive(_ scenario: Scenario, content: ContentBundle, store: ProgressStore, trainee: Trainee) throws {
        guard let example = scenario.examples.first(where: { $0.passed == true }) else { return }
        let inputs = try TranscriptParser.parse(scenario.fill(example.transcript, trainee: trainee.firstName), file: "example",
                                                channel: scenario.channel, limits: content.scoring.inputLimits)
        let attempt = try store.startAttempt(traineeID: trainee.id, scenario: scenario, mode: .exam)
        let engine = DialogueEngine(scenario: scenario, content: content, traineeName: trainee.firstName)
        var state = engine.start()
        if !state.turns.isEmpty { try store.recordOpening(attemptID: attempt.id, turns: state.turns) }
        for input in inputs {
            var typed = input
            typed.typing = TypingEvidence(firstKeySeconds: 2, typingSeconds: Double(input.text.count) / 4, keysTyped: input.text.count,
                                          pastedCharacters: 0)
            let step = engine.step(state, typed)
            state = step.state
            try store.appendTurn(attemptID: attempt.id, input: typed, turns: step.newTurns)
        }
        try store.finishAttempt(attemptID: attempt.id, result: engine.finish(state))
    }
}
