import Foundation
import Testing
import TrenazherConsole
import TrenazherCore

/// `trenazher play` performs only what the console performs (issue 11): a transcript's `/ticket претензія`
/// where the scenario registers only «звернення» registers nothing, as at the console, because the replay
/// asks the console's own check (`ActionArgumentCheck.screened`, over `problem(with:)`); each refused action
/// is one line on standard error naming the transcript's line, and the transcript is still graded (exit 0).
@Suite struct ReplayedActionCheckTests {
    static let greeting = "Добрий день, центр обслуговування клієнтів, мене звати Олена."

    /// Transcript lines as `TranscriptParser` gives them, each with its line number.
    static func inputs(_ lines: [String]) -> [TraineeInput] {
        lines.enumerated().map { TraineeInput(text: $1, sourceLine: $0 + 1) }
    }

    @Test func aReplayLeavesOutTheActionsTheConsoleRefuses() throws {
        let (_, scenario) = try Fixtures.scenario("phone-callback")
        let check = ActionArgumentCheck(wording: Fixtures.wording, scenario: scenario)
        let (performed, refused) = check.screened(Self.inputs([
            Self.greeting, "/ticket претензія перерахунок", "/ticket перерахунок", "/callback 31.02 10:00",
            "/ticket звернення перерахунок після заміни лічильника", "/ticket ЗВЕРНЕННЯ", "/callback 27.11 10:00", "/lookup 30582914",
        ]))
        // Must be refused: another known kind, an unknown kind, a date that does not exist.
        #expect(refused.map(\.problem) == [.ticketKindNotOffered("претензія", ["звернення"]),
                                           .ticketUnknownKind("перерахунок", ["звернення"]), .callbackInvalidDate("31.02")])
        #expect(refused.map(\.input.sourceLine) == [2, 3, 4])
        // Must be kept: the scenario's own kind in any case, a real call-back, every turn and other action.
        #expect(performed.map(\.text) == [Self.greeting, "/ticket звернення перерахунок після заміни лічильника", "/ticket ЗВЕРНЕННЯ",
                                          "/callback 27.11 10:00", "/lookup 30582914"])
        // A scenario that declares no kind of request keeps every kind of Content.
        let (_, open) = try Fixtures.scenario("hotline-account-no-id")
        let anyKind = ActionArgumentCheck(wording: Fixtures.wording, scenario: open).screened(Self.inputs(["/ticket претензія", "/ticket скарга"]))
        #expect(anyKind.refused.isEmpty && anyKind.performed.count == 2)
    }

    @Test func aRefusedTicketRegistersNothingInTheReplay() throws {
        let (content, scenario) = try Fixtures.scenario("phone-callback")
        let inputs = Self.inputs([Self.greeting, "/ticket претензія перерахунок"])
        func registered(_ inputs: [TraineeInput]) -> Bool {
            Replay.play(scenario: scenario, content: content, traineeName: "Олена", inputs: inputs).turns
                .contains { $0.speaker == .system && $0.text.contains("Зареєстровано") }
        }
        #expect(registered(inputs), "the engine alone registers any kind: the check is the console's")
        let screened = ActionArgumentCheck(wording: Fixtures.wording, scenario: scenario).screened(inputs)
        #expect(!registered(screened.performed))
        #expect(registered(screened.performed + Self.inputs(["/ticket звернення перерахунок"])))
    }

    @Test func theConsoleAndTheReplayGiveTheSameVerdicts() throws {
        let lines = [Self.greeting, "/ticket претензія перерахунок", "/ticket звернення перерахунок після заміни лічильника",
                     "Дякую, Ірино Олександрівно, звернення зареєстровано. До побачення!"]
        let console = try PlayedSession.play("phone-callback", [.line(lines[0]), .line(lines[1]), .retyped(lines[2]), .line(lines[3]), .end])
        let result = try #require(console.result)
        #expect(console.recording.inputs.map(\.text) == [lines[0], lines[2], lines[3]])
        let (content, scenario) = try Fixtures.scenario("phone-callback")
        let performed = ActionArgumentCheck(wording: Fixtures.wording, scenario: scenario).screened(Self.inputs(lines)).performed
        let replayed = Replay.play(scenario: scenario, content: content, traineeName: "Олена", inputs: performed)
        #expect(replayed.standards.map { "\($0.id)=\($0.verdict.rawValue)" } == result.standards.map { "\($0.id)=\($0.verdict.rawValue)" })
    }

    /// What `trenazher play` prints for a transcript: exit status, standard output, standard error.
    static func play(_ transcript: String, _ extra: [String] = []) throws -> (status: Int32, json: [String: Any], stderr: String, file: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trenazher-replayed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("t.txt")
        try transcript.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = ConsoleSandbox.binary
        process.arguments = ["play", "phone-callback", "--transcript", file.path, "--name", "Олена", "--format", "json"] + extra
        process.currentDirectoryURL = Fixtures.root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let json = try #require(try JSONSerialization.jsonObject(with: stdout) as? [String: Any])
        return (process.terminationStatus, json, stderr, file.path)
    }

    static func registered(_ json: [String: Any]) -> Bool {
        (json["turns"] as? [[String: Any]] ?? []).contains { ($0["text"] as? String)?.contains("Зареєстровано") == true }
    }

    @Test func playRegistersNothingUnderAKindTheScenarioDoesNotRegister() throws {
        let refused = try Self.play("\(Self.greeting)\n/ticket претензія перерахунок\n")
        #expect(refused.status == 0)
        #expect(!Self.registered(refused.json))
        #expect(refused.stderr == "trenazher: \(refused.file):2: «/ticket претензія перерахунок» не виконано, як і в тренажері: "
                + "Тип «претензія» у цій справі програма не реєструє. Можна: звернення.\n")
        let english = try Self.play("\(Self.greeting)\n/ticket претензія перерахунок\n", ["--lang", "en"])
        #expect(english.stderr == "trenazher: \(english.file):2: «/ticket претензія перерахунок» not performed, as in the trainer: "
                + "The software registers no «претензія» in this case. Known: звернення.\n")
        let accepted = try Self.play("\(Self.greeting)\n/ticket звернення перерахунок\n")
        #expect(accepted.status == 0 && accepted.stderr.isEmpty)
        #expect(Self.registered(accepted.json))
    }
}
