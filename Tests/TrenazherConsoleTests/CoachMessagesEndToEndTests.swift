import Foundation
import Glibc
import Testing
import TerminalHarness
import TrenazherCore
import TrenazherStore

/// The console's coaching messages as a trainee meets them at a real terminal (the real binary on a
/// pseudo-terminal): a past `/callback` refused, a mistyped `/ticket` kind with the kind the case offers, `/hint`
/// following the conversation, leaving a retry and leaving an exam with what is left, and a half-typed
/// answer kept when the terminal is closed.
@Suite(.serialized)
final class CoachMessagesEndToEndTests {
    let sandbox: ConsoleSandbox

    init() throws {
        sandbox = try ConsoleSandbox(named: "trenazher-coach")
    }

    private static let ctrlC = "\u{03}"

    /// Screen text with its line breaks and runs of spaces as single spaces (a long hint wraps).
    private static func words(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func aPastCallbackAndAMistypedTicketKindAreRefusedWithTheFix() throws {
        let (store, olena) = try sandbox.registerOlena(.cok)
        let terminal = try sandbox.launch(["train", "phone-callback", "--trainee", "Олена", "--fast"])
        try terminal.expect("Ви › ")
        terminal.type("Добрий день, центр обслуговування клієнтів, мене звати Олена.\r")
        try terminal.expect("Ви › ")
        terminal.type("/callback 20.11 10:00\r")
        try terminal.expect("Дата «20.11» вже минула")
        // The refused command comes back at the prompt, to be corrected.
        try terminal.expect("Ви › /callback 20.11 10:00")
        terminal.type(String(repeating: "\u{7F}", count: "/callback 20.11 10:00".count) + "/ticket претенція\r")
        // phone-callback registers one kind of request (`actions.ticket.kind`): the mistyped kind gets the kind it offers.
        try terminal.expect("Невідомий тип «претенція». Можна: звернення.")
        try terminal.expect("Ви › /ticket претенція")
        terminal.type(String(repeating: "\u{7F}", count: "/ticket претенція".count) + "/end\r")
        try ConsoleSandbox.leaveAfterTheScore(terminal)
        let attempt = try #require(try store.attempts(traineeID: olena.id).first)
        #expect(try store.inputs(attemptID: attempt.id).map(\.text) == ["Добрий день, центр обслуговування клієнтів, мене звати Олена."],
                "refused actions are never turns")
    }

    @Test func theHintFollowsTheConversation() throws {
        _ = try sandbox.registerOlena(.hotline)
        let terminal = try sandbox.launch(["train", "hotline-bill-dispute", "--trainee", "Олена", "--fast"])
        try terminal.expect("Ви › ")
        terminal.type("/hint\r")
        try terminal.expect("Підказка:")
        let first = Self.words(try terminal.expect("Ви › "))
        #expect(first.contains("(HOT-GREET)"), "\(first)")
        #expect(first.contains("Наприклад: «Добрий день! Гаряча лінія, мене звати Олена."), "the scenario's greeting at 12:30: \(first)")
        terminal.type("Гаряча лінія, слухаю.\r")
        try terminal.expect("Ви › ")
        terminal.type("/hint\r")
        try terminal.expect("Підказка:")
        let second = Self.words(try terminal.expect("Ви › "))
        #expect(second.contains("(HOT-ASK-NAME)"), "the greeting's moment has passed: \(second)")
        terminal.type("/quit\r")
        try terminal.expect("Спробу відкладено")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func leavingARetryAndLeavingAnExamSayWhatHappensToTheRecord() throws {
        let (store, olena) = try sandbox.registerOlena(.hotline)
        let practice = try sandbox.launch(["train", "hotline-account-no-id", "--trainee", "Олена", "--fast"])
        try practice.expect("Ви › ")
        practice.type("Доброго ранку! Гаряча лінія, мене звати Олена.\r")
        try practice.expect("Ви › ")
        practice.type("/end\r")
        try practice.expect("р — розбір розмови")
        practice.type("р\r")
        try practice.expect("Номер репліки")
        practice.type("1\r")
        try practice.expect("Спроба ще раз з репліки 1")
        try practice.expect("Ви › ")
        practice.type("Добрий" + Self.ctrlC)
        try practice.expect("Вийти з вправи? Її не записують")
        practice.type("т\r")
        try practice.expect("Вправу завершено без оцінки; записана спроба — без змін.")
        try practice.expect("Номер репліки")
        practice.type("\r")
        #expect(practice.waitForExit() == 0)
        #expect(try store.attempts(traineeID: olena.id).count == 1, "a retry is not recorded")

        let exam = try sandbox.launch(["exam", "hotline-operator", "--trainee", "Олена", "--fast"])
        try exam.expect("сценарій 1 з 2")
        try exam.expect("Ви › ")
        exam.type("Добрий день, гаряча лінія, мене звати Олена.\r")
        try exam.expect("Ви › ")
        exam.type(Self.ctrlC)
        try exam.expect("Вийти зі спроби?")
        exam.type("т\r")
        try exam.expect("Іспит перервано на сценарії 1 з 2")
        #expect(exam.waitForExit() == 0)
        #expect(Self.words(exam.visibleText).contains("почніть іспит знову"), "what is left of the exam")
        #expect(try store.unfinishedAttempt(traineeID: olena.id)?.attempt.mode == .exam)
    }

    /// A spoken answer half typed when the terminal is closed (SIGHUP) or the machine stops (SIGTERM)
    /// is kept as the trainee pauses, and `--resume` offers it again at the prompt; the turns recorded
    /// before are intact.
    @Test(arguments: [SIGHUP, SIGTERM])
    func aHalfTypedAnswerSurvivesAClosedTerminal(_ signal: Int32) throws {
        let (store, olena) = try sandbox.registerOlena(.hotline)
        let first = try sandbox.launch(["train", "hotline-account-no-id", "--trainee", "Олена", "--fast"])
        try first.expect("Ви › ")
        let greeting = "Доброго ранку! Гаряча лінія, мене звати Олена. Як я можу до Вас звертатися?"
        first.type(greeting + "\r")
        try first.expect("Ви › ")
        first.type("Назвіть, будь ласка,")
        let unfinished = try #require(try store.unfinishedAttempt(traineeID: olena.id))
        let deadline = Date().addingTimeInterval(PseudoTerminal.defaultPatience)
        while try store.draft(attemptID: unfinished.attempt.id) != "Назвіть, будь ласка,", Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        first.send(signal)
        #expect(try store.draft(attemptID: unfinished.attempt.id) == "Назвіть, будь ласка,")
        #expect(try store.unfinishedAttempt(traineeID: olena.id)?.inputs.map(\.text) == [greeting])

        let second = try sandbox.launch(["train", "--resume", "--trainee", "Олена", "--fast"])
        try second.expect("Недописану відповідь відновлено")
        try second.expect("Ви › Назвіть, будь ласка,")
        second.type(" номер особового рахунку.\r")
        try second.expect("Ви › ")
        second.type("/end\r")
        try ConsoleSandbox.leaveAfterTheScore(second)
        let attempt = try #require(try store.attempts(traineeID: olena.id).first)
        #expect(try store.inputs(attemptID: attempt.id).map(\.text) == [greeting, "Назвіть, будь ласка, номер особового рахунку."])
        #expect(try store.draft(attemptID: attempt.id) == nil)
    }
}
