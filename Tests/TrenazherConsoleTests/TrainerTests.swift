import Foundation
import Testing
import TrenazherConsole
import TrenazherCore
import TrenazherStore

struct TrainerTests {
    private func trainer(_ script: [ScriptedLineReader.Step],
                         records: ProgressStore) throws -> (Trainer, CapturedOutput, ScriptedLineReader) {
        let (content, library) = try Fixtures.resources()
        let tracks = try TrackCatalogue.load(contentDirectory: Fixtures.root.appendingPathComponent("Content")).tracks
        let clock = ManualClock()
        let reader = ScriptedLineReader(script, clock: clock)
        let output = CapturedOutput(columns: 80)
        let screen = Screen(sink: output, palette: Palette(enabled: false), strings: UkrainianStrings())
        let trainer = Trainer(library: library, content: content, tracks: tracks, records: records, reader: reader,
                              screen: screen, voice: CustomerVoice(secondsPerWord: 0), clock: clock)
        return (trainer, output, reader)
    }

    @Test func registersANewTraineeAndPractisesTheSuggestedScenario() throws {
        let records = try ProgressStore.inMemory()
        let (trainer, output, reader) = try self.trainer([
            .line("1"),                              // who is training: the only option is to register
            .line("Коваль Олена Петрівна"),
            .line(""),                               // the first name is offered: «Олена»
            .line("2"),                              // hotline operator
            .line("1"),                              // practise
            .line(""),                               // Enter: the suggested scenario
            .line("Гаряча лінія, добрий день, мене звати Олена."),
            .line("/end"),
            .line(""),                               // no review now
            .line("3"),                              // my progress
            .line("1"),                              // review attempt #1
            .line("1"),                              // try again from turn 1
            .line("Гаряча лінія, добрий день, мене звати Олена. Як я можу до вас звертатися?"),
            .line("/end"),
            .line(""),                               // leave the retry's review: the attempt's comes back
            .line(""),                               // leave the attempt's review
            .line("0"),                              // quit
        ], records: records)
        try trainer.run()
        let trainee = try #require(try records.trainees().first)
        #expect(trainee.fullName == "Коваль Олена Петрівна")
        #expect(trainee.firstName == "Олена")
        #expect(trainee.role == .hotline)
        #expect(reader.prompts.contains("Ім'я, яким ви представляєтеся клієнтам (Enter — «Олена»): "))
        #expect(!reader.typedAheadSeen.contains("Олена"))
        let attempt = try #require(try records.attempts(traineeID: trainee.id).first)
        #expect(attempt.channel == .hotline)
        #expect(attempt.mode == .practice)
        #expect(attempt.status == .finished)
        #expect(try records.inputs(attemptID: attempt.id).map(\.text) == ["Гаряча лінія, добрий день, мене звати Олена."])
        #expect(output.text.contains("рекомендовано"))
        #expect(output.text.contains("Вітаємо, Олено!"))
        #expect(output.text.contains("Мій прогрес — Коваль Олена Петрівна: завершених спроб 1"))
        #expect(output.text.contains("Оператор кол-центру:"))
        #expect(output.text.contains("Розбір розмови"))
        #expect(output.text.contains("Спроба ще раз з репліки 1"))
        #expect(reader.prompts.filter { $0 == UkrainianStrings().retryReviewPrompt }.count == 1)
        #expect(reader.prompts.filter { $0 == UkrainianStrings().reviewPrompt }.count == 2, "the attempt's review came back")
        #expect(try records.attempts(traineeID: trainee.id).count == 1)
        #expect(output.text.contains("До зустрічі!"))
    }

    /// A new hire answers the first-name question by typing the name, as it asks: the name is kept
    /// once, not appended to a suggestion typed in for them («ІгорІгор»).
    @Test func typingTheSuggestedFirstNameDoesNotDoubleIt() throws {
        let records = try ProgressStore.inMemory()
        let (trainer, output, _) = try self.trainer([
            .line("1"),
            .line("Коваль Ігор Петрович"),
            .line("Ігор"),
            .line("2"),
            .line("0"),
        ], records: records)
        try trainer.run()
        let trainee = try #require(try records.trainees().first)
        #expect(trainee.firstName == "Ігор")
        #expect(output.text.contains("Вітаємо, Ігоре!"))
        #expect(!output.text.contains("ІгорІгор"))
    }

    /// The exam menu says «Enter — рекомендований» only with a track marked as such: the track of the
    /// trainee's own role carries the mark, and Enter takes it.
    @Test func theExamMenuMarksTheTrackEnterTakes() throws {
        let records = try ProgressStore.inMemory()
        _ = try records.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .hotline)
        let (content, library) = try Fixtures.resources()
        let tracks = try TrackCatalogue.load(contentDirectory: Fixtures.root.appendingPathComponent("Content")).tracks
        let clock = ManualClock()
        let reader = ScriptedLineReader([.line("2"), .line("0"), .line("0")], clock: clock, live: true)
        let output = CapturedOutput(columns: 80)
        let screen = Screen(sink: output, palette: Palette(enabled: false), strings: UkrainianStrings())
        let trainer = Trainer(library: library, content: content, tracks: tracks, records: records, reader: reader,
                              screen: screen, voice: CustomerVoice(secondsPerWord: 0), clock: clock)
        try trainer.run(trainee: "Олена")
        let menu = try #require(output.text.components(separatedBy: "Enter — рекомендований").first?
            .components(separatedBy: "\n").filter { $0.contains(") ") })
        #expect(menu.filter { $0.contains("рекомендовано") }.count == 1, "\(menu)")
        #expect(menu.contains { $0.contains("Оператор кол-центру") && $0.contains("рекомендовано") }, "\(menu)")
        #expect(output.text.components(separatedBy: "Enter — рекомендований").count == 2)
    }

    /// Leaving a retry from a reviewed turn (an exercise, not recorded) says so: it neither promises
    /// that «what was recorded is kept» nor points to «Продовжити перервану спробу», which is not there.
    @Test func leavingARetryDoesNotPromiseToContinueIt() throws {
        let records = try ProgressStore.inMemory()
        let olena = try records.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .hotline)
        let (trainer, output, reader) = try self.trainer([
            .line("1"), .line("1"),
            .line("Гаряча лінія, добрий день, мене звати Олена."),
            .line("/end"),
            .line("р"),                              // the review
            .line("1"),                              // try again from turn 1
            .ctrlC(""), .line("т"),                  // leave the exercise
            .line("0"),
        ], records: records)
        try trainer.run(trainee: "Олена")
        let afterRetry = try #require(output.text.components(separatedBy: "Спроба ще раз з репліки 1").last)
        #expect(reader.prompts.contains { $0.hasPrefix("Вийти з вправи? Її не записують") })
        #expect(!reader.prompts.contains { $0.hasPrefix("Вийти зі спроби?") })
        #expect(afterRetry.contains("Вправу завершено без оцінки"))
        #expect(reader.prompts.filter { $0.hasPrefix("Номер репліки") }.count >= 2, "the review comes back after the exercise is left")
        #expect(!afterRetry.contains("Записане збережеться"))
        #expect(!afterRetry.contains("Спробу відкладено"))
        #expect(!afterRetry.contains("4) Продовжити перервану спробу"))
        #expect(try records.resumable(trainee: olena).isEmpty)
        #expect(try records.attempts(traineeID: olena.id).count == 1)
    }

    @Test func menuOffersToContinueAnInterruptedAttempt() throws {
        let records = try ProgressStore.inMemory()
        let olena = try records.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .hotline)
        let (trainer, output, _) = try self.trainer([
            .line("1"), .line("1"),
            .line("Гаряча лінія, добрий день, мене звати Олена."),
            .ctrlC(""), .line("т"),
            .line("4"),                              // continue the interrupted attempt
            .line("/end"),
            .line("р"),                              // a resumed practice attempt offers its review too
            .end,
        ], records: records)
        try trainer.run(trainee: "Олена")
        #expect(output.text.contains("Розбір розмови\nПід кожною вашою реплікою"))
        #expect(output.text.contains("4) Продовжити перервану спробу"))
        #expect(output.text.contains("0) Вийти"))
        #expect(output.text.contains("відновлено відповідей: 1"))
        let attempts = try records.attempts(traineeID: olena.id)
        #expect(attempts.count == 1)
        #expect(attempts.first?.status == .finished)
    }

    @Test func severalInterruptedAttemptsCanEachBeContinued() throws {
        let records = try ProgressStore.inMemory()
        let olena = try records.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .hotline)
        let (_, library) = try Fixtures.resources()
        let first = library.scenarios[0], second = library.scenarios[1]
        let (trainer, output, reader) = try self.trainer([
            .line("1"), .line("1"),
            .line("Гаряча лінія, добрий день, мене звати Олена."),
            .ctrlC(""), .line("т"),
            .line("1"), .line("2"),
            .line("Добрий день, мене звати Олена."),
            .ctrlC(""), .line("т"),
            .line("4"),                              // continue: both are listed, newest first
            .line("2"),                              // the older one, at the first scenario
            .line("/end"),
            .line(""),                               // no review now
            .line("1"), .line("2"),                  // the second scenario again: its attempt is offered
            .line("т"),
            .line("/end"),
            .line(""),
            .line("0"),
        ], records: records)
        try trainer.run(trainee: "Олена")
        #expect(output.text.contains("4) Продовжити перервану спробу (їх 2)"))
        #expect(output.text.contains("Яку перервану спробу продовжити?"))
        #expect(output.text.contains("#2 \(second.title) · тренування"))
        #expect(reader.prompts.contains { $0.hasPrefix("Є перервана спроба цього сценарію: #2 \(second.title)") })
        let attempts = try records.attempts(traineeID: olena.id)
        #expect(attempts.map(\.scenarioID) == [first.id, second.id], "no new attempt: both interrupted ones were continued")
        #expect(attempts.allSatisfy { $0.status == .finished })
    }

    @Test func quitOrAStrayLineAtTheContinueQuestionStartsNoAttempt() throws {
        let records = try ProgressStore.inMemory()
        let olena = try records.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .hotline)
        let (_, library) = try Fixtures.resources()
        let first = library.scenarios[0]
        let (trainer, output, reader) = try self.trainer([
            .line("1"), .line("1"),
            .line("Гаряча лінія, добрий день, мене звати Олена."),
            .ctrlC(""), .line("т"),
            .line("1"), .line("1"),                  // the same scenario again: its attempt is offered
            .line("q"),                              // neither yes nor no: asked again
            .line("/quit"),                          // back to the menu, no new attempt
            .line("0"),
        ], records: records)
        try trainer.run(trainee: "Олена")
        #expect(reader.prompts.filter { $0.hasPrefix("Є перервана спроба цього сценарію") }.count == 2)
        #expect(output.text.contains("Відповідайте «т» (так) або «н» (ні)"))
        let attempts = try records.attempts(traineeID: olena.id)
        #expect(attempts.map(\.scenarioID) == [first.id], "no new attempt was started")
        #expect(attempts.first?.status != .finished)
    }

    @Test func resumeNamesTheScenarioWhoseAttemptToContinue() throws {
        let records = try ProgressStore.inMemory()
        let olena = try records.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .hotline)
        let (_, library) = try Fixtures.resources()
        let first = library.scenarios[0], second = library.scenarios[1]
        for scenario in [first, second] {
            let attempt = try records.startAttempt(traineeID: olena.id, scenario: scenario, mode: .practice)
            #expect(attempt.status == .inProgress)
        }
        let (trainer, _, _) = try self.trainer([.line("/end"), .line("")], records: records)
        try trainer.train(scenarioID: first.id, resume: true, trainee: "Олена")
        let attempts = try records.attempts(traineeID: olena.id)
        #expect(attempts.map(\.status) == [.finished, .inProgress])
        #expect(try records.unfinishedAttempts(traineeID: olena.id).map(\.attempt.scenarioID) == [second.id])
    }

    @Test func resumeWithoutAnInterruptedAttemptFails() throws {
        let records = try ProgressStore.inMemory()
        try records.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .cok)
        let (trainer, _, _) = try self.trainer([], records: records)
        #expect(throws: TrainerError.nothingToResume) {
            try trainer.train(scenarioID: nil, resume: true, trainee: "1")
        }
        #expect(throws: TrainerError.unknownScenario("no-such")) {
            try trainer.train(scenarioID: "no-such", resume: false, trainee: "1")
        }
        #expect(throws: TrainerError.unknownTrainee("Петро")) {
            try trainer.train(scenarioID: nil, resume: false, trainee: "Петро")
        }
    }
}

struct DisputeTests {
    @Test func aTraineeDisputesAVerdictFromTheReviewAndThePaceIsRemembered() throws {
        let records = try ProgressStore.inMemory()
        let olena = try records.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .hotline)
        let (content, library) = try Fixtures.resources()
        let clock = ManualClock()
        let reader = ScriptedLineReader([
            .line("1"), .line("1"),
            .line("/pace 130"),
            .line("Алло."),
            .line("/end"),
            .line("р"),                              // review
            .line("!1"),                             // disagree with turn 1
            .line("1"),                              // the first verdict listed
            .line("Я ж привіталася."),
            .line(""),                               // back to the menu
            .line("0"),
        ], clock: clock)
        let output = CapturedOutput(columns: 100)
        let screen = Screen(sink: output, palette: Palette(enabled: false), strings: UkrainianStrings())
        let trainer = Trainer(library: library, content: content, tracks: [], records: records, reader: reader,
                              screen: screen, voice: CustomerVoice(secondsPerWord: 0), clock: clock)
        try trainer.run(trainee: "Олена")
        let disputes = try records.disputes()
        #expect(disputes.count == 1)
        #expect(disputes.first?.comment == "Я ж привіталася.")
        #expect(disputes.first?.turnText == "Алло.")
        #expect(disputes.first?.traineeID == olena.id)
        #expect(output.text.contains("Заперечення №1 записано"))
        #expect(try records.pace(traineeID: olena.id) == 130)
    }
}

struct ScenarioSuggestionTests {
    @Test func suggestsTheFirstUnpassedScenarioOfTheTraineesChannels() throws {
        let (_, library) = try Fixtures.resources()
        let hotline = try #require(ScenarioSuggestion.next(in: library.scenarios, attempts: [], role: .hotline))
        #expect(hotline.channel == .hotline)
        let passed = AttemptInfo(id: 1, traineeID: 1, scenarioID: hotline.id, scenarioHash: "", channel: .hotline,
                                 mode: .practice, variantSeed: nil, graderVersion: "", startedAt: Date(), finishedAt: Date(),
                                 score: 95, passed: true, status: .finished)
        let next = ScenarioSuggestion.next(in: library.scenarios, attempts: [passed], role: .hotline)
        #expect(next?.id != hotline.id)
    }

    /// The audit's F7: a hotline operator who passed every hotline scenario was steered to a visit.
    @Test func aHotlineOperatorIsNeverSteeredToAVisit() throws {
        let (content, library) = try Fixtures.resources()
        let hotline = library.scenarios.filter { $0.channel == .hotline }
        let all = hotline.enumerated().map { index, scenario in
            AttemptInfo(id: Int64(index + 1), traineeID: 1, scenarioID: scenario.id, scenarioHash: "", channel: .hotline,
                        mode: .practice, variantSeed: nil, graderVersion: "", startedAt: Date(), finishedAt: Date(),
                        score: 90 + index, passed: true, status: .finished)
        }
        let next = try #require(ScenarioSuggestion.next(in: library.scenarios, attempts: all, role: .hotline))
        #expect(next.channel == .hotline)
        #expect(next.id == hotline[0].id, "the one with the lowest best score")
        let visit = try #require(library.scenarios.first { $0.channel == .visit })
        #expect(ScenarioSuggestion.suggested(visit.id, in: library.scenarios, attempts: all, role: .hotline)?.channel == .hotline)
        #expect(ScenarioSuggestion.suggested(visit.id, in: library.scenarios, attempts: all, role: .cok)?.id == visit.id)
        // «Що потренувати далі» holds only the Standards a hotline operator's drills pick from.
        let standards = ScenarioSuggestion.standards(of: .hotline, content: content)
        #expect(standards.contains("HOT-ID") && standards.contains("GEN-ACCURATE"))
        #expect(!standards.contains { $0.hasPrefix("VIS-") })
    }
}

/// Drills grade only the answer, at a moment of the trainee's own work, with a model that fits it.
struct DrillMomentTests {
    static func drills(_ standard: String, channels: Set<Channel>) throws -> [Drill] {
        let (content, library) = try Fixtures.resources()
        let sets = CheckExampleSet.loadAll(from: Fixtures.root.appendingPathComponent("Content/checks"), content: content).0
        return Drill.drills(for: standard, sets: sets, library: library, content: content, channels: channels)
    }

    /// The audit's F7: an identification request states no fact, yet passed a GEN-ACCURATE drill.
    @Test func anAnswerThatStatesNoFactIsNoAccurateAnswer() throws {
        let (content, _) = try Fixtures.resources()
        let drills = try Self.drills("GEN-ACCURATE", channels: [.hotline])
        #expect(!drills.isEmpty)
        for drill in drills {
            #expect(drill.scenario.channel == .hotline)
            let model = drill.judge(drill.model, content: content)
            #expect(model?.verdict == .met)
            #expect(model?.evidence?.isEmpty == false, "«met» quotes the answer")
            let vacuous = drill.judge("Назвіть, будь ласка, номер особового рахунку та Ваше прізвище, ім'я, по батькові.", content: content)
            #expect(vacuous?.verdict != .met, "\(drill.scenario.id): «\(drill.model)»")
        }
    }

    @Test func drillsOfATraineesWorkAreMomentsOfItsScenarios() throws {
        for drill in try Self.drills("GEN-FORMAL", channels: [.hotline]) {
            #expect(drill.scenario.channel == .hotline)
        }
        for drill in try Self.drills("GEN-FORMAL", channels: [.visit, .phone, .written]) {
            #expect(drill.scenario.channel != .hotline)
        }
    }

    /// A drill's customer is labelled as in an attempt: «Клієнтка» for a woman.
    @Test func aWomanIsLabelledClientkaInADrill() throws {
        let records = try ProgressStore.inMemory()
        try records.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .hotline)
        let (content, library) = try Fixtures.resources()
        let clock = ManualClock()
        let reader = ScriptedLineReader([.line("5"), .line("Алло."), .line("0")], clock: clock)
        let output = CapturedOutput(columns: 100)
        let screen = Screen(sink: output, palette: Palette(enabled: false), strings: UkrainianStrings())
        let trainer = Trainer(library: library, content: content, tracks: [], records: records, reader: reader,
                              screen: screen, voice: CustomerVoice(secondsPerWord: 0), clock: clock)
        try trainer.run(trainee: "Олена")
        let drilled = try #require(try records.drillResults(traineeID: 1).first)
        let sets = CheckExampleSet.loadAll(from: Fixtures.root.appendingPathComponent("Content/checks"), content: content).0
        let drill = try #require(Drill.drills(for: drilled.standardID, sets: sets, library: library, content: content,
                                              channels: [.hotline]).first)
        let female = ConsoleWording.load(contentDirectory: content.directory, log: DiagnosticLog()).isFemale(fullName: drill.scenario.persona.name)
        if drill.context.isEmpty == false {
            #expect(output.text.contains(female == true ? "Клієнтка: " : "Клієнт: "))
            #expect(!output.text.contains(female == true ? "Клієнт: " : "Клієнтка: "))
        }
    }
}

struct ExamTests {
    @Test func anExamPlaysEveryScenarioOfTheTrackInExamMode() throws {
        let (content, library) = try Fixtures.resources()
        let tracks = try TrackCatalogue.load(contentDirectory: Fixtures.root.appendingPathComponent("Content")).tracks
        let track = try #require(tracks.first { $0.id == "hotline-operator" })
        let store = try ProgressStore.inMemory()
        let olena = try store.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .hotline)
        let clock = ManualClock()
        let script = track.scenarios.flatMap { _ in
            [ScriptedLineReader.Step.line("Гаряча лінія, добрий вечір, мене звати Олена."), .line("/hint"), .line("/end")]
        }
        let reader = ScriptedLineReader(script, clock: clock, live: true)
        let output = CapturedOutput(columns: 100)
        let screen = Screen(sink: output, palette: Palette(enabled: false), strings: UkrainianStrings())
        let trainer = Trainer(library: library, content: content, tracks: tracks, records: store, reader: reader,
                              screen: screen, voice: CustomerVoice(secondsPerWord: 0), clock: clock)
        try trainer.exam(trackID: "Оператор кол-центру", trainee: "Олена")
        let attempts = try store.attempts(traineeID: olena.id)
        #expect(attempts.map(\.scenarioID) == track.scenarios)
        #expect(try store.inputs(attemptID: attempts[0].id).allSatisfy { $0.typing != nil })
        #expect(attempts.allSatisfy { $0.mode == .exam && $0.status == .finished })
        #expect(attempts.allSatisfy { $0.variantSeed != nil }, "every exam attempt records the seed that drew its variant")
        #expect(output.text.components(separatedBy: "Під час іспиту підказок немає.").count == track.scenarios.count + 1)
        #expect(output.text.contains("Іспит «Оператор кол-центру»: сценарій 2 з 2"))
        #expect(output.text.contains("Іспит завершено: складено сценаріїв 0 з 2."))
        #expect(throws: TrainerError.unknownTrack("no-such-track")) {
            try trainer.exam(trackID: "no-such-track", trainee: "Олена")
        }
    }

    /// The exam's scenarios are played in the order of their simulated day and time: a variant that
    /// moves its scenario to a later day comes later, and the clock never goes back within a day.
    @Test func anExamsDaysNeverGoBackwards() throws {
        let (content, library) = try Fixtures.resources()
        let tracks = try TrackCatalogue.load(contentDirectory: Fixtures.root.appendingPathComponent("Content")).tracks
        let track = try #require(tracks.first { $0.id == "cok-specialist" })
        let store = try ProgressStore.inMemory()
        let olena = try store.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .cok)
        let clock = ManualClock()
        let script = track.scenarios.flatMap { _ in [ScriptedLineReader.Step.line("Добрий день!"), .line("/end")] }
        let reader = ScriptedLineReader(script, clock: clock, live: true)
        let screen = Screen(sink: CapturedOutput(columns: 100), palette: Palette(enabled: false), strings: UkrainianStrings())
        let trainer = Trainer(library: library, content: content, tracks: tracks, records: store, reader: reader,
                              screen: screen, voice: CustomerVoice(secondsPerWord: 0), clock: clock)
        try trainer.exam(trackID: track.id, trainee: "Олена")
        let attempts = try store.attempts(traineeID: olena.id)
        #expect(Set(attempts.map(\.scenarioID)) == Set(track.scenarios))
        let moments = try attempts.map { attempt in
            let played = try #require(library.scenario(id: attempt.scenarioID)).played(seed: attempt.variantSeed, content: content)
            return played.date.dayNumber * 24 * 60 + played.clockMinutes
        }
        #expect(moments == moments.sorted(), "the exam's days and hours in the order played: \(moments)")
    }

    @Test func theExamOrderIsByDayThenTimeAndKeepsTheTracksOrderForTheSameMoment() throws {
        let (content, documents) = try Fixtures.scenario("visit-incomplete-documents")
        let (_, visitor) = try Fixtures.scenario("visit-difficult-visitor")
        let (_, callback) = try Fixtures.scenario("phone-callback")
        let later = try #require(try (0...documents.variants.count).map { try documents.variant($0, content: content) }
            .first { $0.date > visitor.date })
        #expect(ExamOrder.chronological([later, visitor, callback]).map(\.id) == [callback.id, visitor.id, later.id])
        #expect(ExamOrder.chronological([visitor, visitor]).count == 2)
        var early = callback
        early.clockMinutes = visitor.clockMinutes
        #expect(ExamOrder.chronological([visitor, early]).map(\.id) == [visitor.id, callback.id], "the same moment keeps the track's order")
    }

    /// Leaving an exam before its last scenario says how the rest is played (the exam starts again
    /// from its first scenario) instead of ending as if the exam were over.
    @Test func leavingAnExamEarlySaysHowTheRestIsPlayed() throws {
        let (content, library) = try Fixtures.resources()
        let tracks = try TrackCatalogue.load(contentDirectory: Fixtures.root.appendingPathComponent("Content")).tracks
        let store = try ProgressStore.inMemory()
        _ = try store.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .hotline)
        let clock = ManualClock()
        let reader = ScriptedLineReader([.line("Гаряча лінія, добрий вечір, мене звати Олена."), .ctrlC(""), .line("т")],
                                        clock: clock, live: true)
        let output = CapturedOutput(columns: 100)
        let screen = Screen(sink: output, palette: Palette(enabled: false), strings: UkrainianStrings())
        let trainer = Trainer(library: library, content: content, tracks: tracks, records: store, reader: reader,
                              screen: screen, voice: CustomerVoice(secondsPerWord: 0), clock: clock)
        try trainer.exam(trackID: "hotline-operator", trainee: "Олена")
        #expect(output.text.contains("Іспит перервано на сценарії 1 з 2"))
        #expect(!output.text.contains("Іспит завершено"))
    }

    @Test func answersFromAPipeCannotTakeAnExam() throws {
        let (content, library) = try Fixtures.resources()
        let tracks = try TrackCatalogue.load(contentDirectory: Fixtures.root.appendingPathComponent("Content")).tracks
        let store = try ProgressStore.inMemory()
        let olena = try store.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .hotline)
        let clock = ManualClock()
        let reader = ScriptedLineReader([.line("Гаряча лінія, добрий вечір, мене звати Олена."), .line("/end")], clock: clock)
        let output = CapturedOutput(columns: 100)
        let screen = Screen(sink: output, palette: Palette(enabled: false), strings: UkrainianStrings())
        let trainer = Trainer(library: library, content: content, tracks: tracks, records: store, reader: reader,
                              screen: screen, voice: CustomerVoice(secondsPerWord: 0), clock: clock)
        #expect(throws: TrainerError.examNeedsTerminal) { try trainer.exam(trackID: "hotline-operator", trainee: "Олена") }
        #expect(try store.attempts(traineeID: olena.id).isEmpty)
    }
}

struct DrillTests {
    @Test func aDrillShowsAMomentOfTheWeakestStandardAndJudgesOneTurn() throws {
        let records = try ProgressStore.inMemory()
        try records.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .hotline)
        let (content, library) = try Fixtures.resources()
        let clock = ManualClock()
        let reader = ScriptedLineReader([
            .line("5"),
            .line("Добрий день, гаряча лінія, мене звати Олена. Як я можу до Вас звертатися?"),
            .line("0"),
        ], clock: clock)
        let output = CapturedOutput(columns: 100)
        let screen = Screen(sink: output, palette: Palette(enabled: false), strings: UkrainianStrings())
        let trainer = Trainer(library: library, content: content, tracks: [], records: records, reader: reader,
                              screen: screen, voice: CustomerVoice(secondsPerWord: 0), clock: clock)
        try trainer.run(trainee: "Олена")
        #expect(output.text.contains("Вправа — "))
        #expect(output.text.contains("Зразок: «"))
        #expect(output.text.contains("✓") || output.text.contains("✗"))
        #expect(output.text.contains("Цей Стандарт знову — "))
        #expect(try records.attempts(traineeID: 1).isEmpty)
        let drilled = try records.drillResults(traineeID: 1)
        #expect(drilled.count == 1)
        #expect(output.text.contains("Вправа — \(drilled[0].standardID):"))
    }

    /// Under `--lang en` the drill's card — its Standard's title and what the Standard asks — is English; the
    /// customer's words and the model answer stay the Ukrainian ones to say.
    @Test func aDrillInTheEnglishInterfaceNamesItsStandardInEnglish() throws {
        let records = try ProgressStore.inMemory()
        try records.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .hotline)
        let (content, library) = try Fixtures.resources()
        let clock = ManualClock()
        let reader = ScriptedLineReader([
            .line("5"),
            .line("Добрий день, гаряча лінія, мене звати Олена. Як я можу до Вас звертатися?"),
            .line("0"),
        ], clock: clock)
        let output = CapturedOutput(columns: 100)
        let screen = Screen(sink: output, palette: Palette(enabled: false), strings: EnglishStrings())
        let trainer = Trainer(library: library, content: content, tracks: [], records: records, reader: reader,
                              screen: screen, voice: CustomerVoice(secondsPerWord: 0), clock: clock)
        try trainer.run(trainee: "Олена")
        let drilled = try #require(try records.drillResults(traineeID: 1).first)
        let standard = try #require(content.standard(drilled.standardID))
        func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(flat(output.text).contains("Drill — \(standard.id): \(standard.titleEN) \(flat(standard.hintEN))"),
                "the Standard's title, then what it asks, in English")
        #expect(!flat(output.text).contains(flat(standard.requirement)))
        #expect(output.text.contains("Model answer, in Ukrainian: «"))
    }

    @Test func aStandardNotMetIsDrilledAgainAndAMetOneWaitsItsInterval() throws {
        let records = try ProgressStore.inMemory()
        try records.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .hotline)
        let (content, library) = try Fixtures.resources()
        let clock = ManualClock()
        let reader = ScriptedLineReader([
            .line("5"), .line("Алло."),
            .line("5"), .line("Алло."),
            .line("5"), .line("Алло."),
            .line("5"), .line("Алло."),
            .line("0"),
        ], clock: clock)
        let output = CapturedOutput(columns: 100)
        let screen = Screen(sink: output, palette: Palette(enabled: false), strings: UkrainianStrings())
        let trainer = Trainer(library: library, content: content, tracks: [], records: records, reader: reader,
                              screen: screen, voice: CustomerVoice(secondsPerWord: 0), clock: clock)
        try trainer.run(trainee: "Олена")
        let drilled = try records.drillResults(traineeID: 1)
        #expect(drilled.count == 4)
        // Box 0 and the weakest due: a drill not met keeps its Standard first; one met waits a day.
        for (previous, next) in zip(drilled, drilled.dropFirst()) {
            if previous.met {
                #expect(next.standardID != previous.standardID)
            } else {
                #expect(next.standardID == previous.standardID)
            }
        }
        let notMet = drilled.filter { !$0.met }.count
        let met = drilled.count - notMet
        #expect(output.text.components(separatedBy: "Цей Стандарт знову — у наступній вправі (рівень 1 з 6).").count - 1 == notMet)
        #expect(output.text.components(separatedBy: "Цей Стандарт знову — завтра (рівень 2 з 6).").count - 1 == met)
    }

    @Test func drillsOfAStandardAreMomentsItsExampleMeetsOnItsOwn() throws {
        let (content, library) = try Fixtures.resources()
        let sets = CheckExampleSet.loadAll(from: Fixtures.root.appendingPathComponent("Content/checks"), content: content).0
        let drills = Drill.drills(for: "HOT-GREET", sets: sets, library: library, content: content)
        #expect(!drills.isEmpty)
        for drill in drills {
            #expect(drill.judge(drill.model, content: content)?.verdict == .met)
            #expect(drill.judge("Алло.", content: content)?.verdict != .met)
        }
    }

    /// A model answer is one to imitate: not a check example typed in a hurry on purpose.
    @Test func drillModelsAreWrittenAsAnswersToImitate() throws {
        #expect(Drill.isModelWriting("Шановна пані Наталіє! Дякуємо за звернення."))
        #expect(!Drill.isModelWriting("шановна пані наталіє, повідомляємо"))
        #expect(!Drill.isModelWriting("Добрий день, мене звати Олена, чим можу допомогтi"))
        let (content, library) = try Fixtures.resources()
        let sets = CheckExampleSet.loadAll(from: Fixtures.root.appendingPathComponent("Content/checks"), content: content).0
        for standard in ["WRT-SALUTATION", "HOT-GREET", "VIS-NEED"] {
            let drills = Drill.drills(for: standard, sets: sets, library: library, content: content)
            #expect(!drills.isEmpty && drills.allSatisfy { Drill.isModelWriting($0.model) }, "\(standard): \(drills.map(\.model))")
        }
    }
}

struct PersonaPaceTests {
    @Test func theCustomerSpeaksAtThePersonasPaceUntilTheTraineeChoosesOne() throws {
        let records = try ProgressStore.inMemory()
        let olena = try records.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .hotline)
        let (content, library) = try Fixtures.resources()
        let scenario = try #require(library.scenario(id: "hotline-account-no-id"))
        let persona = try #require(scenario.persona.paceWordsPerMinute)
        #expect((130...160).contains(persona))
        let clock = ManualClock()
        let reader = ScriptedLineReader([
            .line("1"), .line("1"),
            .line("/pace"),
            .line("/pace 120"),
            .line("/end"),
            .line(""),
            .line("1"), .line("1"),
            .line("/pace"),
            .line("/end"),
            .line(""),
            .line("0"),
        ], clock: clock)
        let output = CapturedOutput(columns: 100)
        let screen = Screen(sink: output, palette: Palette(enabled: false), strings: UkrainianStrings())
        let trainer = Trainer(library: library, content: content, tracks: [], records: records, reader: reader,
                              screen: screen, voice: CustomerVoice(secondsPerWord: 0), voiceChosen: false, clock: clock)
        try trainer.run(trainee: "Олена")
        let paces = output.text.components(separatedBy: "\n").filter { $0.contains("Темп мовлення клієнта:") }
        #expect(paces.count == 3)
        #expect(paces.first?.contains("\(persona) слів за хвилину") == true)
        #expect(paces.last?.contains("120 слів за хвилину") == true)
        #expect(try records.pace(traineeID: olena.id) == 120)
    }
}
