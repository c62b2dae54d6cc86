import Foundation
import Testing
@testable import TrenazherCore

@Suite struct ReplayContractTests {
    static let transcript = """
    Добрий вечір, гаряча лінія, мене звати Олена. Як я можу до Вас звертатися?
    Оксано Миколаївно, назвіть, будь ласка, номер заявки та Ваше прізвище, ім'я та по батькові.
    Зачекайте, будь ласка, на лінії, я перевірю статус заявки.
    /lookup ПР-1147
    Дякую за очікування! Підключення заплановано на 1 грудня. Чи є у Вас ще запитання?
    До побачення!
    Це вже після кінця
    """

    @Test func theJSONHasTheContractShape() throws {
        let result = try Fixtures.play("hotline-long-lookup", Self.transcript)
        let data = Data(AttemptRendering.json(result, trainee: "Олена").utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["scenario"] as? String == "hotline-long-lookup")
        #expect(json["channel"] as? String == "hotline")
        #expect(json["score"] is Int)
        #expect(json["passed"] is Bool)
        let standards = try #require(json["standards"] as? [[String: Any]])
        #expect(standards.compactMap { $0["id"] as? String } == Fixtures.content.standardIDs)
        for item in standards {
            let verdict = try #require(item["verdict"] as? String)
            #expect(["met", "violated", "missed", "not_applicable"].contains(verdict))
            #expect(item["severity"] is String)
            if verdict == "missed" || verdict == "not_applicable" { #expect(item["evidence"] == nil) }
        }
        let turns = try #require(json["turns"] as? [[String: Any]])
        #expect(turns.map { $0["index"] as? Int } == Array(1...turns.count))
        let trainee = turns.filter { $0["speaker"] as? String == "trainee" && $0["ignored"] == nil }
        #expect(trainee.allSatisfy { $0["findings"] is [[String: Any]] })
        #expect(turns.last?["ignored"] as? Bool == true)
    }

    @Test func violatedWinsOverMet() throws {
        let result = try Fixtures.play("hotline-long-lookup", Self.transcript.replacingOccurrences(of: "До побачення!", with: "Ти ще щось хочеш? До побачення!"))
        #expect(result.verdict(of: "GEN-FORMAL") == .violated)
        #expect(result.standards.first { $0.id == "GEN-FORMAL" }?.evidence?.contains("Ти") == true)
    }

    @Test func turnsAfterAnEndNodeAreIgnoredAndNotGraded() throws {
        let result = try Fixtures.play("hotline-long-lookup", Self.transcript + "\nти що, не чуєш?")
        #expect(result.reachedEnd)
        #expect(result.turns.filter(\.ignored).count == 2)
        #expect(result.verdict(of: "GEN-FORMAL") == .met)
    }
}

@Suite struct PlayCommandTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = Fixtures.binary
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.root
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    @Test func gradesATranscriptFromStandardInput() throws {
        let result = try run(["play", "hotline-long-lookup", "--transcript", "-", "--name", "Олена", "--format", "json"],
                             stdin: ReplayContractTests.transcript)
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["scenario"] as? String == "hotline-long-lookup")
    }

    @Test func theTextFormatReadsLikeAConversation() throws {
        let result = try run(["play", "hotline-long-lookup", "--transcript", "-", "--name", "Олена", "--format", "text"],
                             stdin: ReplayContractTests.transcript)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Клієнт:"))
        #expect(result.stdout.contains("HOT-HOLD"))
        let english = try run(["play", "hotline-long-lookup", "--transcript", "-", "--name", "Олена", "--format", "text", "--lang", "en"],
                              stdin: ReplayContractTests.transcript)
        #expect(english.stdout.contains("Customer:"))
    }

    @Test func badInputIsOneLineAndExitTwo() throws {
        let unknown = try run(["play", "hotline-long-lookp", "--transcript", "-", "--name", "Олена"], stdin: "Добрий день")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("невідомий сценарій 'hotline-long-lookp' (можливо, 'hotline-long-lookup'?)"))
        let malformed = try run(["play", "hotline-long-lookup", "--transcript", "-", "--name", "Олена"], stdin: "Добрий день\n/lokup 1")
        #expect(malformed.status == 2)
        #expect(malformed.stderr == "trenazher: <stdin>:2:1: невідома дія '/lokup' (можливо, 'lookup'?)\n")
        let english = try run(["play", "hotline-long-lookup", "--transcript", "-", "--name", "Олена", "--lang", "en"], stdin: "Добрий день\n/lokup 1")
        #expect(english.status == 2)
        #expect(english.stderr == "trenazher: <stdin>:2:1: unknown action '/lokup' (did you mean 'lookup'?)\n")
        let missing = try run(["play", "hotline-long-lookup", "--transcript", "/nonexistent/t.txt", "--name", "Олена"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/t.txt:1: не вдається прочитати стенограму"))
    }

    @Test func checkReportsAPlantedErrorAtItsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trenazher-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let planted = ScenarioCheckerTests.valid.replacingOccurrences(of: "HOT-GREET]", with: "HOT-GRET]")
        let file = folder.appendingPathComponent("planted.yaml")
        try planted.write(to: file, atomically: true, encoding: .utf8)
        let result = try run(["scenarios", "check", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("planted.yaml:9:25: невідомий Стандарт 'HOT-GRET' (каталог — Content/standards.yaml) (можливо, 'HOT-GREET'?)"))
        let english = try run(["scenarios", "check", file.path, "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.stderr.contains("planted.yaml:9:25: unknown Standard ID 'HOT-GRET' (the catalogue is Content/standards.yaml) (did you mean 'HOT-GREET'?)"))
        let clean = try run(["scenarios", "check"])
        #expect(clean.status == 0)
    }
}
