import Foundation
import TerminalHarness
import TrenazherCore
import TrenazherServer
import TrenazherStore

/// 50 trainees at once, each logging in over SSH with their own key (a real sshd on 127.0.0.1) and
/// playing a scenario to the end on one shared database, as the release binary runs on a server:
/// no turn may be lost, the database must pass `PRAGMA integrity_check`, and the 99th percentile of
/// the time from Enter to the customer's first word must stay under 50 ms.
enum SSHLoadBenchmark {
    static let sessions = 50
    static let scenarioID = "hotline-account-no-id"
    static let targetMilliseconds = 50.0

    static func run() throws -> Bool {
        let binary = Bundle.main.bundleURL.appendingPathComponent("trenazher")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw PseudoTerminal.Failure(description: "\(binary.path) is missing: build it with `swift build -c release --product trenazher`")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trenazher-ssh-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try SSHTestServer(directory: folder.appendingPathComponent("sshd"), sessions: sessions)
        defer { server.stop() }
        let turns = try exampleTurns()
        let database = folder.appendingPathComponent("trenazher.sqlite").path
        let store = try ProgressStore.open(path: database)
        let access = TraineeAccess(keys: AuthorizedKeysFile(path: server.authorizedKeys.path), binary: binary.path, database: database)
        var keys: [URL] = []
        for number in 1...sessions {
            let trainee = try store.registerTrainee(fullName: "Працівник Номер \(number)", firstName: "Олена", role: .hotline)
            let key = try server.makeClientKey("trainee\(number)")
            try access.grant(trainee, key: try SSHPublicKey.parse(String(contentsOf: key.publicKey, encoding: .utf8)))
            keys.append(key.privateKey)
        }

        let results = SessionResults()
        let group = DispatchGroup()
        let started = Date()
        // One thread per session, all at once (concurrentPerform would run only as many as there are cores).
        for (index, key) in keys.enumerated() {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                do {
                    let session = try play(server: server, key: key, turns: turns, started: started)
                    results.add(trainee: "Працівник Номер \(index + 1)", session)
                } catch {
                    results.fail("session \(index + 1): \(error)")
                }
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        group.wait()
        let (replies, firstPrompts, answered, failures) = results.snapshot()
        let latencies = replies.map(\.milliseconds).sorted()
        let elapsed = Date().timeIntervalSince(started)

        var lost = 0
        for trainee in try store.trainees() {
            let finished = try store.attempts(traineeID: trainee.id).filter { $0.status == .finished }
            let recorded = try finished.first.map { try store.inputs(attemptID: $0.id).count } ?? 0
            if finished.count != 1 || recorded != answered[trainee.fullName] { lost += 1 }
        }
        let integrity = try store.integrityCheck()
        let p99 = percentile99(latencies)
        let median = latencies.isEmpty ? .infinity : latencies[latencies.count / 2]
        let met = failures.isEmpty && lost == 0 && integrity == ["ok"] && p99 < targetMilliseconds
        print(String(format: "%-58@ p99 %9.3f ms  (target < %.0f ms; median %.1f ms, %d replies)  %@",
                     "ssh: \(sessions) sessions, Enter to the customer's first word" as NSString, p99, targetMilliseconds, median,
                     latencies.count, (met ? "OK" : "SLOW") as NSString))
        print(String(format: "    %d sessions × %d turns in %.1f s; sessions failed: %d; attempts with a lost turn: %d; integrity_check: %@",
                     sessions, turns.count, elapsed, failures.count, lost, integrity.joined(separator: "; ") as NSString))
        // Where the slow replies are: while other sessions were still starting (before the last first prompt), or after.
        let lastStart = firstPrompts.max() ?? 0
        let starting = replies.filter { $0.at < lastStart }.map(\.milliseconds).sorted()
        let settled = replies.filter { $0.at >= lastStart }.map(\.milliseconds).sorted()
        print(String(format: "    the last session's first prompt at %.1f s; replies before it: %d, p99 %.1f ms; after it: %d, p99 %.1f ms",
                     lastStart, starting.count, percentile99(starting), settled.count, percentile99(settled)))
        failures.prefix(3).forEach { print("    " + $0.prefix(400)) }
        return met
    }

    /// The 99th percentile of sorted values (infinity for none).
    static func percentile99(_ sorted: [Double]) -> Double {
        sorted.isEmpty ? .infinity : sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
    }

    /// The trainee's lines of the scenario's first example transcript.
    static func exampleTurns() throws -> [String] {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let content = try ContentBundle.load(from: root.appendingPathComponent("Content"))
        let (library, _) = ScenarioLibrary.load(paths: [root.appendingPathComponent("Scenarios")], content: content)
        guard let scenario = library.scenario(id: scenarioID), let example = scenario.examples.first else {
            throw PseudoTerminal.Failure(description: "scenario \(scenarioID) with an example transcript is missing")
        }
        return try TranscriptParser.parse(example.transcript, file: scenarioID, channel: scenario.channel, limits: content.scoring.inputLimits)
            .map(\.text).filter { !$0.hasPrefix("/") }
    }

    /// What one session measured: each reply (seconds from the benchmark's start to the Enter, milliseconds from
    /// the Enter to the customer's first word), when its first prompt came, and how many answers it typed.
    struct Session {
        var replies: [(at: Double, milliseconds: Double)] = []
        var firstPrompt = 0.0
        var typed = 0
    }

    /// One trainee's session: every turn until the scenario ends, then `/end` if it has not; measures the
    /// time from each Enter to the customer's first word (for the turns the customer answers).
    static func play(server: SSHTestServer, key: URL, turns: [String], started: Date) throws -> Session {
        let terminal = try PseudoTerminal(executable: URL(fileURLWithPath: SSHTestServer.ssh),
                                          arguments: server.sshArguments(key: key, command: "train \(scenarioID) --fast"),
                                          environment: ["HOME": server.directory.path])
        try terminal.expect("Ви › ", timeout: 60)
        var session = Session(firstPrompt: Date().timeIntervalSince(started))
        var ended = false
        for turn in turns + ["/end"] where !ended {
            if turn != "/end" { session.typed += 1 }
            terminal.type(turn, after: 0.3)
            let at = Date().timeIntervalSince(started)
            let enter = DispatchTime.now().uptimeNanoseconds
            terminal.type("\r", after: 0)
            switch try terminal.expectFirst(of: ["Клієнт: ", "Ви › ", "Бал: "], wordAfter: [0], timeout: 60) {
            case 0:
                session.replies.append((at, Double(DispatchTime.now().uptimeNanoseconds - enter) / 1_000_000))
                ended = try terminal.expectFirst(of: ["Ви › ", "Бал: "], timeout: 60) == 1
            case 2:
                ended = true
            default:
                break
            }
        }
        if !ended { try terminal.expect("Бал: ", timeout: 60) }
        try terminal.expect("р — розбір розмови", timeout: 60)
        terminal.type("\r", after: 0)
        guard terminal.waitForExit(timeout: 30) == 0 else { throw PseudoTerminal.Failure(description: "ssh did not end cleanly") }
        return session
    }
}

/// What the sessions report, collected under a lock from their threads.
final class SessionResults: @unchecked Sendable {
    private let lock = NSLock()
    private var replies: [(at: Double, milliseconds: Double)] = []
    private var firstPrompts: [Double] = []
    private var answered: [String: Int] = [:]
    private var failures: [String] = []

    func add(trainee: String, _ session: SSHLoadBenchmark.Session) {
        lock.withLock {
            replies += session.replies
            firstPrompts.append(session.firstPrompt)
            answered[trainee] = session.typed
        }
    }

    func fail(_ message: String) {
        lock.withLock { failures.append(message) }
    }

    func snapshot() -> ([(at: Double, milliseconds: Double)], [Double], [String: Int], [String]) {
        lock.withLock { (replies, firstPrompts, answered, failures) }
    }
}
