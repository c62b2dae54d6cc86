import Testing
import TrenazherConsole
import TrenazherCore

struct ReviewTests {
    private func result(_ scenarioID: String, _ lines: [String]) throws -> (AttemptResult, Scenario, ContentBundle) {
        let (content, scenario) = try Fixtures.scenario(scenarioID)
        let inputs = lines.map { TraineeInput(text: $0, seconds: 3) }
        return (Replay.play(scenario: scenario, content: content, traineeName: "Олена", inputs: inputs), scenario, content)
    }

    @Test func theReviewShowsEveryTurnWithTheVerdictsItDecidedAndAModelForAFailure() throws {
        let (result, scenario, content) = try result("hotline-account-no-id", [
            "Алло.",
            "Останні показники 15 432 кВт·год. До побачення.",
        ])
        let models = ModelAnswers.of(scenario, content: content)
        #expect(models.byStandard["HOT-GREET"] != nil)
        let lines = ReviewRendering.lines(for: result, scenario: scenario, content: content, models: models,
                                          palette: Palette(enabled: false), strings: UkrainianStrings(), width: 80)
        let text = lines.joined(separator: "\n")
        #expect(text.contains("Розбір розмови"))
        #expect(text.contains("1 Ви"))
        #expect(text.contains("2 Ви"))
        #expect(text.contains("Клієнт"))
        #expect(text.contains("Зразок: «"))
        for verdict in result.standards where verdict.turn != nil && verdict.verdict != .notApplicable {
            #expect(text.contains(verdict.id))
        }
        #expect(lines.allSatisfy { TextWrapper.columns($0) <= 80 })
        // Under --lang en the model is labelled as the Ukrainian words to say, and the legend says why.
        let english = ReviewRendering.lines(for: result, scenario: scenario, content: content, models: models,
                                            palette: Palette(enabled: false), strings: EnglishStrings(), width: 80).joined(separator: " ")
        #expect(english.contains("Model answer, in Ukrainian: «") && !english.contains("Зразок"), "\(english)")
        #expect(TipExampleTests.words(english).contains("the language you speak to the customer"))
    }

    /// A Standard kept throughout the conversation (not interrupting) gets its tip, not the model's
    /// greeting as «Зразок»; a female customer is «Клієнтка» in the review as on the line.
    @Test func aStandardKeptThroughoutGetsATipAndTheCustomerHerLabel() throws {
        let (content, scenario) = try Fixtures.scenario("hotline-bill-dispute")
        let inputs = [TraineeInput(text: "Добрий день, гаряча лінія, мене звати Олена. Як я можу до вас звертатися?", seconds: 3),
                      TraineeInput(text: "Назвіть, будь ласка, номер особового рахунку.", seconds: 3, interrupted: true)]
        let result = Replay.play(scenario: scenario, content: content, traineeName: "Олена", inputs: inputs)
        let interrupted = try #require(result.standards.first { $0.id == "GEN-NO-INTERRUPT" })
        #expect(interrupted.verdict == .violated)
        let models = ModelAnswers.of(scenario, content: content)
        let wording = Fixtures.wording
        let lines = ReviewRendering.lines(for: result, scenario: scenario, content: content, models: models,
                                          palette: Palette(enabled: false), strings: UkrainianStrings(), width: 100,
                                          throughout: wording.hintOrder.throughout,
                                          customerFemale: wording.isFemale(fullName: scenario.persona.name))
        let text = lines.joined(separator: "\n")
        let at = try #require(lines.firstIndex { $0.contains("✗ GEN-NO-INTERRUPT") })
        let under = lines[at..<min(lines.count, at + 5)]
        let tip = try #require(content.standard("GEN-NO-INTERRUPT")?.hint)
        #expect(under.contains { $0.contains("Порада: ") })
        #expect(!under.contains { $0.contains("Зразок") })
        #expect(text.replacingOccurrences(of: "\n", with: " ").contains(String(tip.prefix(20))))
        #expect(text.contains("Клієнтка"))
        #expect(!lines.contains { $0.contains(" Клієнт ") })
    }

    @Test(arguments: [40, 60, 100])
    func theReviewFitsTheTerminal(columns: Int) throws {
        let (result, scenario, content) = try result("visit-difficult-visitor", [
            "Добрий день! Слухаю вас уважно.", "Ти чого кричиш?", "/ticket скарга",
            "Перепрошую за незручності, роботи планові, світло дадуть о 18:00.",
        ])
        let lines = ReviewRendering.lines(for: result, scenario: scenario, content: content,
                                          models: ModelAnswers.of(scenario, content: content),
                                          palette: Palette(enabled: false), strings: UkrainianStrings(), width: columns)
        #expect(lines.allSatisfy { TextWrapper.columns($0) <= columns })
    }

    @Test func inputsOfAResultReplayTheSameConversation() throws {
        let (result, scenario, content) = try result("hotline-account-no-id", [
            "Гаряча лінія, добрий день, мене звати Олена.", "/lookup 20417385", "До побачення.",
        ])
        let inputs = ReviewRendering.inputs(result)
        #expect(inputs.map(\.text) == ["Гаряча лінія, добрий день, мене звати Олена.", "/lookup 20417385", "До побачення."])
        let again = Replay.play(scenario: scenario, content: content, traineeName: "Олена", inputs: inputs)
        #expect(again.standards == result.standards)
    }

    @Test func practiceFeedbackShowsWhatALaterTurnDecidedAboutAnEarlierOne() throws {
        let played = try PlayedSession.play("hotline-account-no-id", [
            .line("Гаряча лінія, добрий день, мене звати Олена. Як я можу до вас звертатися?"),
            .line("Назвіть, будь ласка, номер особового рахунку та ваше прізвище, ім'я, по батькові."),
            .line("/lookup 20417385"),
            .line("Останні показники 15 432 кВт·год, наступне зняття 30 листопада. Чи є у вас ще питання?"),
            .end,
        ])
        #expect(played.output.contains("HOT-ID"))
        let beforeSummary = try #require(played.output.components(separatedBy: "Підсумок спроби").first)
        #expect(beforeSummary.contains("✓ HOT-ID") || beforeSummary.contains("✗ HOT-ID"))
    }
}

struct FeedbackRenderingTests {
    /// One Standard met at several places of one answer (three facts stated right) reads as one line
    /// quoting each place, not as three lines repeating the note.
    @Test func oneStandardMetAtSeveralPlacesIsOneLine() throws {
        let (content, _) = try Fixtures.resources()
        let findings = [Finding(standardID: "GEN-ACCURATE", verdict: .met, turn: 4, evidence: "до 9 грудня", note: "Названо правильно."),
                        Finding(standardID: "GEN-ACCURATE", verdict: .met, turn: 4, evidence: "безкоштовно", note: "Названо правильно."),
                        Finding(standardID: "VIS-TERMS", verdict: .met, turn: 4, evidence: "7 робочих днів", note: "Строк названо.")]
        let lines = FeedbackRendering.lines(for: findings, content: content, english: false, palette: Palette(enabled: false), width: 200)
        #expect(lines == ["  ✓ GEN-ACCURATE — Названо правильно. «до 9 грудня» · «безкоштовно»",
                          "  ✓ VIS-TERMS — Строк названо. «7 робочих днів»"])
    }

    /// One Standard decided twice on the same words reads as one line, not two identical ones.
    @Test func findingsThatReadTheSameAreShownOnce() throws {
        let (content, _) = try Fixtures.resources()
        let twice = [Finding(standardID: "GEN-ACCURATE", verdict: .met, turn: 4, evidence: "3 листопада", note: "Названо правильно."),
                     Finding(standardID: "GEN-ACCURATE", verdict: .met, turn: 4, evidence: "3 листопада", note: "Названо правильно."),
                     Finding(standardID: "HOT-ID", verdict: .met, turn: 4, evidence: "3 листопада", note: "Ідентифіковано.")]
        let lines = FeedbackRendering.lines(for: twice, content: content, english: false, palette: Palette(enabled: false), width: 200)
        #expect(lines.count == 2, "\(lines)")
    }
}

/// The review's model answers speak with the trainee's own name.
struct ModelAnswerNameTests {
    @Test func theModelGreetsWithTheTraineesName() throws {
        let (content, scenario) = try Fixtures.scenario("hotline-account-no-id")
        let own = ModelAnswers.of(scenario, content: content, traineeName: "Ольга")
        let greeting = try #require(own.byStandard["HOT-GREET"])
        #expect(greeting.contains("Ольга"), "\(greeting)")
        #expect(!greeting.contains("Олена"))
        #expect(ModelAnswers.of(scenario, content: content).byStandard["HOT-GREET"]?.contains("Олена") == true)
    }
}
