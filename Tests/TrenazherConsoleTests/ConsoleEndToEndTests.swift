import Foundation
import Testing
import TerminalHarness
import TrenazherCore
import TrenazherStore

/// Drives the real `trenazher` binary through a pseudo-terminal, as a trainee at a keyboard would:
/// registration, arrow-key editing of Cyrillic text, an interruption, Ctrl-C, `--resume`, and the same
/// turns given to `trenazher play`.
@Suite(.serialized)
final class ConsoleEndToEndTests {
    let sandbox: ConsoleSandbox

    init() throws {
        sandbox = try ConsoleSandbox(named: "trenazher-e2e")
    }

    private static let left = "\u{1B}[D"
    private static let ctrlC = "\u{03}"
    private static let ctrlD = "\u{04}"

    @Test func aTraineeRegistersIsInterruptedLeavesWithCtrlCResumesAndPlayAgrees() throws {
        // Register and start the suggested hotline scenario.
        let first = try sandbox.launch(["--pace", "400"])
        try first.expect("Ваш вибір:")
        first.type("1\r")
        try first.expect("Прізвище, ім'я та по батькові:")
        first.type("Коваль Олена Петрівна\r")
        try first.expect("Ім'я, яким ви представляєтеся клієнтам (Enter — «Олена»): ")
        first.type("Олена\r")
        try first.expect("Ваш вибір:")
        first.type("2\r")
        try first.expect("Вітаємо, Олено!")
        try first.expect("Ваш вибір:")
        first.type("1\r")
        try first.expect("1) Показники без ідентифікації · гаряча лінія — рекомендовано")
        try first.expect("Ваш вибір:")
        first.type("1\r")

        // Type the greeting with a missing letter, go back with the arrow keys and insert it.
        try first.expect("Ви › ")
        first.type("Гаряча лінія, добрий день, мене звати Олена. Як я можу до ва звертатися?")
        first.type(String(repeating: Self.left, count: " звертатися?".count) + "с\r")
        try first.expect("✓ HOT-GREET")

        // Start answering while the customer is still speaking.
        try first.expect("Клієнт: ")
        first.type("Перепрошую")
        try first.expect("Ви перебили клієнта")
        try first.expect("Ви › Перепрошую")
        first.type(", назвіть номер особового рахунку.\r")
        try first.expect("✗ GEN-NO-INTERRUPT")

        // Ctrl-C in the middle of a turn, and leave.
        try first.expect("Ви › ")
        first.type("Дякую" + Self.ctrlC)
        try first.expect("Вийти зі спроби?")
        first.type("т\r")
        try first.expect("Спробу відкладено")
        try first.expect("Ваш вибір:")
        first.type(Self.ctrlD)
        #expect(first.waitForExit() == 0)

        let store = try ProgressStore.open(path: sandbox.database.path)
        let olena = try store.trainee(matching: "Олена")
        #expect(olena.fullName == "Коваль Олена Петрівна")
        #expect(olena.role == .hotline)
        let unfinished = try #require(try store.unfinishedAttempt(traineeID: olena.id))
        #expect(unfinished.inputs.map(\.text) == [
            "Гаряча лінія, добрий день, мене звати Олена. Як я можу до вас звертатися?",
            "Перепрошую, назвіть номер особового рахунку.",
        ])
        #expect(unfinished.inputs.map(\.interrupted) == [false, true])
        #expect(unfinished.inputs.allSatisfy { ($0.seconds ?? -1) >= 0 })

        // Resume and finish: the answer left half typed with Ctrl-C is back at the prompt.
        #expect(try store.draft(attemptID: unfinished.attempt.id) == "Дякую")
        let second = try sandbox.launch(["train", "--resume", "--trainee", "Олена", "--fast"])
        try second.expect("відновлено відповідей: 2")
        try second.expect("Недописану відповідь відновлено")
        try second.expect("Ви › Дякую")
        second.type(". Назвіть, будь ласка, ваше прізвище, ім'я та по батькові.\r")
        try second.expect("Ви › ")
        second.type("/end\r")
        // A resumed practice attempt offers its review too.
        try ConsoleSandbox.leaveAfterTheScore(second)

        let attempt = try #require(try store.attempts(traineeID: olena.id).first)
        #expect(attempt.status == .finished)
        let inputs = try store.inputs(attemptID: attempt.id)
        #expect(inputs.count == 3)

        // The same turns, as a transcript, get the same verdicts from `trenazher play`.
        let stored = try store.storedResult(attemptID: attempt.id)
        let transcript = sandbox.directory.appendingPathComponent("typed.txt")
        try TranscriptText.make(inputs).write(to: transcript, atomically: true, encoding: .utf8)
        let played = try playJSON(["play", attempt.scenarioID, "--transcript", transcript.path, "--name", "Олена",
                                   "--format", "json"])
        let verdicts = try #require(played["standards"] as? [[String: Any]]).map { "\($0["id"]!)=\($0["verdict"]!)" }
        #expect(verdicts == stored.standards.map { "\($0.id)=\($0.verdict.rawValue)" })
        #expect(played["score"] as? Int == stored.score)
    }

    /// The audit's F3: F5 pressed while the trainer started left «~» at the first prompt.
    @Test func aFunctionKeyPressedWhileTheTrainerStartsIsNotTyped() throws {
        let (store, olena) = try sandbox.registerOlena(.hotline)
        let terminal = try sandbox.launch(["train", "hotline-account-no-id", "--trainee", "Олена", "--pace", "400"])
        terminal.type("\u{1B}[15~")
        try terminal.expect("Завдання")
        terminal.type("\u{1B}[15~\u{1B}OP")
        try terminal.expect("Ви › ")
        terminal.type("Гаряча лінія, добрий день, мене звати Олена.\r")
        try terminal.expect("Клієнт: ")
        try terminal.expect("Ви › ")
        terminal.type(Self.ctrlD)
        try terminal.expect("Завершити розмову й отримати оцінку?")
        terminal.type("т\r")
        try ConsoleSandbox.leaveAfterTheScore(terminal)
        let attempt = try #require(try store.attempts(traineeID: olena.id).first)
        #expect(try store.inputs(attemptID: attempt.id).map(\.text) == ["Гаряча лінія, добрий день, мене звати Олена."])
    }

    @Test func arrowKeysWhileTheCustomerSpeaksAreNoInterruptionAndCtrlDAsksFirst() throws {
        let (store, olena) = try sandbox.registerOlena(.hotline)
        let terminal = try sandbox.launch(["train", "hotline-account-no-id", "--trainee", "Олена", "--pace", "400"])
        try terminal.expect("Ви › ")
        terminal.type("Гаряча лінія, добрий день, мене звати Олена. Як я можу до вас звертатися?\r")
        try terminal.expect("Клієнт: ")
        terminal.type("\u{1B}[A\u{1B}[B")
        try terminal.expect("Ви › ")
        terminal.type(Self.ctrlD)
        try terminal.expect("Завершити розмову й отримати оцінку?")
        terminal.type("н\r")
        try terminal.expect("Ви › ")
        terminal.type("Назвіть, будь ласка, номер особового рахунку.\r")
        try terminal.expect("Ви › ")
        terminal.type(Self.ctrlD)
        try terminal.expect("Завершити розмову й отримати оцінку?")
        terminal.type("т\r")
        try terminal.expect("Бал: ")

        // Review the attempt and try again from the second turn.
        try terminal.expect("р — розбір розмови")
        terminal.type("р\r")
        try terminal.expect("Розбір розмови")
        try terminal.expect("Номер репліки")
        terminal.type("2\r")
        try terminal.expect("Спроба ще раз з репліки 2")
        try terminal.expect("Ви › ")
        terminal.type("/end\r")
        // Enter under the retry's review brings back the attempt's review; Enter there leaves.
        try terminal.expect("Enter — повернутися до розбору спроби: ")
        terminal.type("\r")
        try terminal.expect("Enter — до меню: ")
        terminal.type("\r")
        #expect(terminal.waitForExit() == 0)
        #expect(!terminal.visibleText.contains("Ви перебили клієнта"))
        #expect(try store.attempts(traineeID: olena.id).count == 1)
        let attempt = try #require(try store.attempts(traineeID: olena.id).first)
        #expect(attempt.status == .finished)
        #expect(try store.inputs(attemptID: attempt.id).map(\.interrupted) == [false, false])
    }

    /// A drill from the menu: the situation replays an exemplary conversation under the trainee's own name (not the
    /// name the example was written for), one answer is judged on its own, and the result goes into the schedule.
    @Test func aDrillFromTheMenuIsPlayedUnderTheTraineesNameAndRecorded() throws {
        let store = try ProgressStore.open(path: sandbox.database.path)
        let oksana = try store.registerTrainee(fullName: "Гнатюк Оксана Іванівна", firstName: "Оксана", role: .hotline)
        let terminal = try sandbox.launch(["--trainee", "Оксана", "--fast"])
        try terminal.expect("Ваш вибір:")
        terminal.type("5\r")
        try terminal.expect("Вправа — ")
        try terminal.expect("мене звати Оксана")
        try terminal.expect("Клієнт: ")
        #expect(!terminal.visibleText.contains("Олена"), "\(terminal.visibleText)")
        terminal.type("Дякую, Андрію Петровичу. Останні показники 15 432 кВт·год, наступне зняття 30 листопада.\r")
        try terminal.expect("Цей Стандарт знову")
        try terminal.expect("Ваш вибір:")
        terminal.type("0\r")
        #expect(terminal.waitForExit() == 0)
        let results = try store.drillResults(traineeID: oksana.id)
        #expect(results.count == 1, "\(results)")
        #expect(terminal.visibleText.contains("Вправа — \(results.first?.standardID ?? "?")"))
    }

    @Test func anExamRecordsHowEachAnswerWasTypedAndNoticesAPaste() throws {
        let (store, olena) = try sandbox.registerOlena(.hotline)
        let exam = try sandbox.launch(["exam", "hotline-operator", "--trainee", "Олена", "--fast"])
        let typed = "Гаряча лінія, добрий день, мене звати Олена."
        try exam.expect("Ви › ")
        for character in typed { exam.type(String(character), after: 0.03) }
        exam.type("\r")
        try exam.expect("Ви › ")
        let pasted = "Як я можу до Вас звертатися? Назвіть, будь ласка, номер особового рахунку."
        exam.type(pasted + "\r", after: 0.3)
        try exam.expect("Ви › ")
        exam.type("/end\r")
        try exam.expect("Ви › ")
        exam.type("/end\r")
        #expect(exam.waitForExit() == 0)
        let first = try #require(try store.attempts(traineeID: olena.id).first)
        let inputs = try store.inputs(attemptID: first.id)
        #expect(inputs.map(\.text) == [typed, pasted])
        let keyByKey = try #require(inputs[0].typing)
        #expect(keyByKey.pastedCharacters == 0 && keyByKey.keysTyped >= typed.count && keyByKey.typingSeconds > 0.5)
        let atOnce = try #require(inputs[1].typing)
        #expect(atOnce.pastedCharacters >= pasted.count - 1 && atOnce.firstKeySeconds >= 0.2)
    }

    @Test func aLetterDraftSurvivesCtrlCAndResume() throws {
        let (store, olena) = try sandbox.registerOlena(.cok)
        let first = try sandbox.launch(["train", "web-appeal-reply", "--trainee", "Олена", "--fast"])
        try first.expect(" 1│ ")
        first.type("Шановна пані Наталіє\r")
        try first.expect(" 2│ ")
        // A command in the letter is performed, never a line of it; a line entered can be edited.
        first.type("/help\r")
        try first.expect(" 2│ ")
        first.type("/edit 1\r")
        try first.expect(" 1│ Шановна пані Наталіє")
        first.type("!\r")
        try first.expect(" 2│ ")
        first.type("/show\r")
        try first.expect(" 1│ Шановна пані Наталіє!")
        try first.expect(" 2│ ")
        first.type("Дякуємо" + Self.ctrlC)
        try first.expect("Вийти зі спроби?")
        first.type("т\r")
        #expect(first.waitForExit() == 0)
        let unfinished = try #require(try store.unfinishedAttempt(traineeID: olena.id))
        #expect(try store.draft(attemptID: unfinished.attempt.id) == "Шановна пані Наталіє!\nДякуємо")
        #expect(unfinished.inputs.isEmpty)

        try resumeLetter(store: store, trainee: olena, restoredLine: " 2│ Дякуємо", finishing: " за звернення.")
    }

    @Test func aLetterLineIsKeptAsItIsTypedWhenTheTerminalIsKilled() throws {
        let (store, olena) = try sandbox.registerOlena(.cok)
        let first = try sandbox.launch(["train", "web-appeal-reply", "--trainee", "Олена", "--fast"])
        try first.expect(" 1│ ")
        first.type("Шановна пані Наталіє!\r")
        try first.expect(" 2│ ")
        first.type("Дякуємо за")
        let unfinished = try #require(try store.unfinishedAttempt(traineeID: olena.id))
        let deadline = Date().addingTimeInterval(PseudoTerminal.defaultPatience)
        while try store.draft(attemptID: unfinished.attempt.id) != "Шановна пані Наталіє!\nДякуємо за", Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        first.killProgram()
        #expect(try store.draft(attemptID: unfinished.attempt.id) == "Шановна пані Наталіє!\nДякуємо за")

        try resumeLetter(store: store, trainee: olena, restoredLine: " 2│ Дякуємо за", finishing: " звернення.")
    }

    /// Resumes the interrupted letter, checks the restored line, finishes it and sends it; the stored
    /// reply must be the whole letter, draft and new text together.
    private func resumeLetter(store: ProgressStore, trainee: Trainee, restoredLine: String, finishing rest: String) throws {
        let second = try sandbox.launch(["train", "--resume", "--trainee", "Олена", "--fast"])
        try second.expect("Чернетку відповіді відновлено")
        try second.expect(restoredLine)
        second.type(rest + "\r")
        try second.expect(" 3│ ")
        second.type(".\r")
        // A resumed practice attempt offers its review too.
        try ConsoleSandbox.leaveAfterTheScore(second)
        let attempt = try #require(try store.attempts(traineeID: trainee.id).first)
        #expect(try store.inputs(attemptID: attempt.id).map(\.text) == ["Шановна пані Наталіє!\nДякуємо за звернення."])
    }

    @Test func resumeWithoutAnInterruptedAttemptSaysSoAndFails() throws {
        let store = try ProgressStore.open(path: sandbox.database.path)
        try store.registerTrainee(fullName: "Шевчук Ігор Васильович", firstName: "Ігор", role: .cok)
        let terminal = try sandbox.launch(["train", "--resume", "--trainee", "Ігор"])
        try terminal.expect("немає перерваної спроби")
        #expect(terminal.waitForExit() == 1)
    }

    private func playJSON(_ arguments: [String]) throws -> [String: Any] {
        let process = Process()
        process.executableURL = ConsoleSandbox.binary
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.root
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}

/// The replay transcript of what was typed in the console (docs/replay-contract.md).
enum TranscriptText {
    static func make(_ inputs: [TraineeInput]) -> String {
        inputs.map { input in
            var line = input.seconds.map { "[+\($0) s] " } ?? ""
            if input.interrupted { line += "!" }
            return line + input.text
        }.joined(separator: "\n") + "\n"
    }
}
