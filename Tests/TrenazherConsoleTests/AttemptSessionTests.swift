import Testing
import TrenazherConsole
import TrenazherCore
import TrenazherStore

struct AttemptSessionTests {
    @Test func practiceRecordsEveryTurnWithItsMeasuredTimeAndGivesFeedback() throws {
        let played = try PlayedSession.play("hotline-account-no-id", [
            .line("Гаряча лінія, добрий день, мене звати Олена. Як я можу до вас звертатися?", after: 4),
            .line("Назвіть, будь ласка, номер особового рахунку та ваше прізвище, ім'я, по батькові.", after: 12.5),
            .end,
        ])
        #expect(played.recording.inputs.map(\.seconds) == [4, 12.5])
        #expect(played.recording.inputs.allSatisfy { !$0.interrupted })
        #expect(played.output.contains("🕒\u{00A0}09:10"))
        #expect(played.output.contains("гаряча лінія"))
        #expect(played.output.contains("відповідь за 4\u{00A0}с"))
        #expect(played.output.contains("✓") || played.output.contains("✗"))
        let result = try #require(played.result)
        #expect(played.recording.result == result)
        #expect(played.output.contains("Бал: \(result.score) з 100"))
        #expect(played.output.contains("Що потренувати далі") || played.output.contains("Усі Стандарти виконано"))
    }

    @Test func aTurnThatCannotBeSavedStopsTheAttemptThereWithOneLine() throws {
        let recording = FillingRecording(saved: 1)
        #expect {
            try PlayedSession.play("hotline-account-no-id", [
                .line("Гаряча лінія, добрий день, мене звати Олена. Як я можу до вас звертатися?", after: 4),
                .line("Назвіть, будь ласка, номер особового рахунку.", after: 5),
                .line("Дякую, до побачення.", after: 5),
                .end,
            ], recording: recording)
        } throws: { error in
            guard let error = error as? AttemptNotSaved else { return false }
            return !error.message.contains("\n") && error.message.contains("диск заповнений")
                && error.message.contains("Назвіть, будь ласка, номер особового рахунку.")
        }
        #expect(recording.inputs.count == 1)
        #expect(recording.refused == 1)
        #expect(recording.result == nil)
    }

    @Test func aResultThatCannotBeSavedIsNotShownAsPassed() throws {
        let recording = FillingRecording(saved: 5)
        #expect(throws: AttemptNotSaved.self) {
            try PlayedSession.play("hotline-account-no-id", [.line("Добрий день.", after: 3), .end], recording: recording)
        }
        #expect(recording.inputs.count == 1)
    }

    @Test func typingWhileTheCustomerSpeaksIsAnInterruptionKeptAsTheStartOfTheAnswer() throws {
        let played = try PlayedSession.play("hotline-account-no-id", [
            .line("Гаряча лінія, добрий день, мене звати Олена.", after: 3),
            .typeWhileSpeaking("Перепрошую, "),
            .line("назвіть номер рахунку."),
            .end,
        ])
        #expect(played.reader.typedAheadSeen.contains("Перепрошую, "))
        let second = try #require(played.recording.inputs.dropFirst().first)
        #expect(second.text == "Перепрошую, назвіть номер рахунку.")
        #expect(second.interrupted)
        #expect(!played.recording.inputs[0].interrupted)
        #expect(played.output.contains("Ви перебили клієнта"))
    }

    @Test func ctrlCAsksAndStayingKeepsTheTypedText() throws {
        let played = try PlayedSession.play("hotline-account-no-id", [
            .ctrlC("Гаряча лінія, добрий"),
            .line("н"),
            .line(" день, мене звати Олена."),
            .end,
        ])
        #expect(played.reader.prompts.contains { $0.contains("Вийти зі спроби?") })
        #expect(played.recording.inputs.first?.text == "Гаряча лінія, добрий день, мене звати Олена.")
        #expect(played.result != nil)
    }

    @Test func ctrlCAndYesLeavesWithTheRecordedTurnsKeptAndUngraded() throws {
        let played = try PlayedSession.play("hotline-account-no-id", [
            .line("Гаряча лінія, добрий день, мене звати Олена."),
            .ctrlC(""),
            .line("т"),
        ])
        guard case .left = played.outcome else {
            Issue.record("expected the trainee to leave, got \(played.outcome)")
            return
        }
        #expect(played.recording.inputs.count == 1)
        #expect(played.recording.result == nil)
        #expect(played.output.contains("Продовжити перервану спробу"))
    }

    @Test func examShowsNoFeedbackAndNoHintsUntilTheEnd() throws {
        let played = try PlayedSession.play("hotline-account-no-id", mode: .exam, [
            .line("Гаряча лінія, добрий день, мене звати Олена."),
            .line("/hint"),
            .line("Назвіть, будь ласка, номер особового рахунку."),
            .end,
        ])
        let summaryStart = try #require(played.output.range(of: "Підсумок спроби"))
        let beforeSummary = played.output[..<summaryStart.lowerBound]
        #expect(!beforeSummary.contains("✓") && !beforeSummary.contains("✗"))
        #expect(played.output.contains("Під час іспиту підказок немає."))
        #expect(played.recording.inputs.count == 2)
    }

    @Test func trainerCommandsAreNeitherGradedNorRecorded() throws {
        let played = try PlayedSession.play("hotline-account-no-id", [
            .line("/help"),
            .line("/standards"),
            .line("/clause HOT-ID"),
            .line("/hint"),
            .line("/foo"),
            .line("/quit"),
        ])
        #expect(played.recording.inputs.isEmpty)
        #expect(played.output.contains("/lookup"))
        #expect(played.output.contains("HOT-ID"))
        #expect(played.output.contains("💡 Підказка:"))
        #expect(played.output.contains("Невідома команда /foo"))
    }

    @Test func softwareActionsAreRecordedAndShownInABlock() throws {
        let played = try PlayedSession.play("hotline-account-no-id", [
            .line("Гаряча лінія, добрий день, мене звати Олена."),
            .line("/lookup 20417385"),
            .end,
        ])
        #expect(played.recording.inputs.map(\.text).last == "/lookup 20417385")
        #expect(played.output.contains("┌─ Система"))
    }

    @Test func resumingReplaysTheRecordedInputsWithoutRecordingThemAgain() throws {
        let first = try PlayedSession.play("hotline-account-no-id", [
            .line("Гаряча лінія, добрий день, мене звати Олена.", after: 3),
            .ctrlC(""),
            .line("т"),
        ])
        let recording = first.recording
        let second = try PlayedSession.play("hotline-account-no-id", [
            .line("Назвіть, будь ласка, номер особового рахунку.", after: 5),
            .end,
        ], resuming: recording.inputs, recording: recording)
        #expect(second.output.contains("відновлено відповідей: 1"))
        #expect(recording.inputs.map(\.text) == [
            "Гаряча лінія, добрий день, мене звати Олена.", "Назвіть, будь ласка, номер особового рахунку.",
        ])
        let result = try #require(second.result)
        #expect(result.turns.filter { $0.speaker == .trainee }.count == 2)
    }

    @Test func englishInterface() throws {
        let played = try PlayedSession.play("hotline-account-no-id", language: .en, [
            .line("Гаряча лінія, добрий день, мене звати Олена."),
            .end,
        ])
        #expect(played.output.contains("Attempt summary"))
        #expect(played.output.contains("hotline"))
    }
}

struct WrittenAndReplayTests {
    @Test func aWrittenReplyIsOneTurnOfManyLinesEndedByADot() throws {
        let played = try PlayedSession.play("web-appeal-reply", [
            .line("Шановна пані Ірино!"),
            .line(""),
            .line("Дякуємо за звернення. Повідомлення про планові відключення публікуємо на сайті."),
            .line("."),
        ])
        #expect(played.output.contains("Клієнтка:"), "the label agrees with the customer (Литвинчук Наталія Володимирівна)")
        #expect(played.output.contains("Рядок з однією крапкою «.» надсилає лист"))
        #expect(played.recording.opening.first?.speaker == .customer)
        #expect(played.recording.inputs.map(\.text) == [
            "Шановна пані Ірино!\n\nДякуємо за звернення. Повідомлення про планові відключення публікуємо на сайті.",
        ])
        #expect(played.recording.inputs.first?.seconds == nil)
        #expect(played.result != nil)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let scenario: String
        let script: [String]
        var testDescription: String { scenario }
    }

    /// What the console recorded, written as a replay transcript, gets the same verdicts from `Replay`
    /// (what `trenazher play` runs) as the console gave.
    @Test(arguments: [
        Case(scenario: "hotline-account-no-id", script: [
            "Гаряча лінія, добрий день, мене звати Олена. Як я можу до вас звертатися?",
            "Назвіть, будь ласка, номер особового рахунку та ваше прізвище, ім'я, по батькові.",
            "/lookup 20417385",
            "Останні показники 15 432 кВт·год, наступне зняття 30 листопада. Чи є у вас ще питання?",
            "Дякую за дзвінок, до побачення!",
        ]),
        Case(scenario: "visit-difficult-visitor", script: [
            "Добрий день! Слухаю вас уважно.",
            "Ти чого кричиш?",
            "/ticket скарга",
        ]),
    ])
    func consoleAndReplayAgree(_ c: Case) throws {
        let script = c.script.enumerated().map { ScriptedLineReader.Step.line($1, after: Double($0) * 7 + 2.5) } + [.end]
        let played = try PlayedSession.play(c.scenario, script)
        let console = try #require(played.result)
        let (content, scenario) = try Fixtures.scenario(c.scenario)
        let transcript = TranscriptText.make(played.recording.inputs)
        let inputs = try TranscriptParser.parse(transcript, file: "typed.txt", channel: scenario.channel, limits: content.scoring.inputLimits)
        let replayed = Replay.play(scenario: scenario, content: content, traineeName: "Олена", inputs: inputs)
        #expect(replayed.standards == console.standards)
        #expect(replayed.score == console.score)
    }
}

struct WrittenDraftTests {
    @Test func ctrlCInALetterAndStayingKeepsTheDraft() throws {
        let played = try PlayedSession.play("web-appeal-reply", [
            .line("Шановна пані Ірино!"),
            .ctrlC("Дякуємо"),
            .line("н"),
            .line(" за звернення."),
            .line("."),
        ])
        #expect(played.reader.typedAheadSeen.contains("Дякуємо"))
        #expect(played.recording.inputs.map(\.text) == ["Шановна пані Ірино!\nДякуємо за звернення."])
    }
}

struct ResumeWithoutTurnsTests {
    @Test func resumingALetterLeftBeforeAnyTurnDoesNotRecordTheAppealAgain() throws {
        let recording = MemoryRecording()
        let played = try PlayedSession.play("web-appeal-reply", [.line("Шановна пані!"), .line(".")],
                                            resuming: [], recording: recording)
        #expect(recording.opening.isEmpty)
        #expect(played.output.contains("відновлено відповідей: 0"))
        #expect(recording.inputs.count == 1)
    }
}

struct SummaryLayoutTests {
    @Test(arguments: [40, 60, 100])
    func theSummaryFitsTheTerminal(columns: Int) throws {
        let (content, scenario) = try Fixtures.scenario("hotline-account-no-id")
        let inputs = [TraineeInput(text: "Гаряча лінія, добрий день, мене звати Олена. Як я можу до вас звертатися?", seconds: 3)]
        let result = Replay.play(scenario: scenario, content: content, traineeName: "Олена", inputs: inputs)
        let lines = SummaryRendering.lines(for: result, scenario: scenario, content: content,
                                           palette: Palette(enabled: false), strings: UkrainianStrings(), width: columns)
        #expect(lines.allSatisfy { TextWrapper.columns($0) <= columns })
        #expect(lines.contains { $0.contains("HOT-ID") })
        #expect(lines.contains { $0.hasPrefix("Бал: ") })
    }
}

struct TaskCardTests {
    @Test(arguments: [AttemptMode.practice, .exam])
    func everyAttemptOpensWithTheScenarioSummaryUnderItsHeading(mode: AttemptMode) throws {
        let played = try PlayedSession.play("hotline-account-no-id", mode: mode, [.end])
        let header = try #require(played.output.range(of: "Завдання\n"))
        let card = played.output[header.upperBound...]
        #expect(card.hasPrefix("  На гарячу лінію дзвонить споживач"))
        #expect(card.contains("лише після ідентифікації"))
        let ring = try #require(played.output.range(of: "Дзвонить телефон"))
        #expect(header.lowerBound < ring.lowerBound)
        #expect(!played.output.contains("\u{1B}["))
    }

    @Test func theEnglishChromeNamesTheCardInEnglish() throws {
        let played = try PlayedSession.play("hotline-account-no-id", language: .en, [.end])
        #expect(played.output.contains("Your task\n  На гарячу лінію дзвонить споживач"))
    }

    @Test func aResumedAttemptShowsTheCardAgain() throws {
        let played = try PlayedSession.play("hotline-account-no-id", [.end], resuming: [])
        #expect(played.output.contains("Завдання\n  На гарячу лінію"))
    }
}
