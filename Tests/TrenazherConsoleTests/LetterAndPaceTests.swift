import Foundation
import Testing
import TrenazherConsole
import TrenazherCore
import TrenazherStore

struct LetterEditorTests {
    @Test func commandsNeverBecomeLinesOfTheLetterAndLinesCanBeEdited() throws {
        let played = try PlayedSession.play("web-appeal-reply", [
            .line("Шановна пані"),
            .line("/help"),
            .line("Дякуємо за звернення."),
            .line("/edit 1"),
            .line(" Наталіє!"),
            .line("//ticket — так пишуть у листі"),
            .line("/delete 3"),
            .line("/show"),
            .line("."),
        ])
        #expect(played.recording.inputs.map(\.text) == ["Шановна пані Наталіє!\nДякуємо за звернення."])
        #expect(played.output.contains("Дії в програмі компанії та команди тренажера"))
        for command in ["/edit N", "/delete N", "/show"] {
            #expect(played.output.contains("  \(command) "), "/help in a letter lists \(command)")
        }
        #expect(played.reader.typedAheadSeen.contains("Шановна пані"))
        #expect(played.output.contains("Рядок 1 виправлено."))
        #expect(played.output.contains("Рядок 3 видалено: «/ticket — так пишуть у листі». Лист тепер:"))
    }

    /// No editor command changes the letter silently: a deletion names the line it removed, an edit
    /// that changed nothing says so.
    @Test func deletingAndEditingSayWhatHappenedToTheLetter() throws {
        let played = try PlayedSession.play("web-appeal-reply", [
            .line("Шановна пані Наталіє!"),
            .line("Зайвий рядок"),
            .line("Дякуємо за звернення."),
            .line("/delete 2"),
            .line("/edit 1"),
            .line(""),
            .line("/delete 9"),
            .line("."),
        ])
        #expect(played.recording.inputs.map(\.text) == ["Шановна пані Наталіє!\nДякуємо за звернення."])
        #expect(played.output.contains("Рядок 2 видалено: «Зайвий рядок». Наступні рядки перенумеровано:"))
        #expect(played.output.contains("Рядок 1 залишився без змін."))
        #expect(played.output.contains("Вкажіть номер рядка від 1 до 2"))
        #expect(!played.output.contains("Рядок 9 видалено"))
    }

    /// An exam refuses an answer without typing evidence: a `/lookup` typed in the letter editor is an
    /// answer of its own and carries how it was typed, not the letter's evidence (nor none at all).
    @Test func aCommandTypedInTheEditorCarriesItsOwnTypingEvidence() throws {
        let played = try PlayedSession.play("web-appeal-reply", mode: .exam, [
            .line("Шановна пані Наталіє!", after: 6),
            .line("/lookup 10931086", after: 4),
            .line("Дякуємо за звернення.", after: 5),
            .line(".", after: 1),
        ], live: true)
        let inputs = played.recording.inputs
        #expect(inputs.map(\.text) == ["/lookup 10931086", "Шановна пані Наталіє!\nДякуємо за звернення."])
        #expect(inputs.first?.typing?.keysTyped == "/lookup 10931086".count)
        #expect(inputs.last?.typing?.keysTyped == "Шановна пані Наталіє!".count + "Дякуємо за звернення.".count + 1)
    }

    @Test func ctrlCAndLeavingKeepsTheDraftAndResumingRestoresIt() throws {
        let recording = MemoryRecording()
        let first = try PlayedSession.play("web-appeal-reply", [
            .line("Шановна пані Наталіє!"),
            .ctrlC("Дякуємо"),
            .line("т"),
        ], recording: recording)
        guard case .left = first.outcome else {
            Issue.record("expected the trainee to leave")
            return
        }
        #expect(recording.draft == "Шановна пані Наталіє!\nДякуємо")
        let second = try PlayedSession.play("web-appeal-reply", [
            .line(" за звернення."),
            .line("."),
        ], resuming: recording.inputs, recording: recording, draft: recording.draft)
        #expect(second.output.contains("Чернетку відповіді відновлено"))
        #expect(recording.inputs.map(\.text) == ["Шановна пані Наталіє!\nДякуємо за звернення."])
        #expect(recording.draft == nil)
    }

    @Test func quitInsideALetterLeavesWithTheDraftKept() throws {
        let recording = MemoryRecording()
        let played = try PlayedSession.play("web-appeal-reply", [
            .line("Шановна пані Наталіє!"),
            .line("/quit"),
        ], recording: recording)
        guard case .left = played.outcome else {
            Issue.record("expected the trainee to leave")
            return
        }
        #expect(recording.inputs.isEmpty)
        #expect(recording.draft == "Шановна пані Наталіє!\n")
    }
}

struct PaceTests {
    @Test func paceIsShownAndSetInWordsPerMinute() throws {
        let played = try PlayedSession.play("hotline-account-no-id", [
            .line("/pace"),
            .line("/pace 20"),
            .line("/pace 130"),
            .end,
        ])
        #expect(played.output.contains("Темп мовлення клієнта: 6000 слів за хвилину"))
        #expect(played.output.contains("«20» — не темп"))
        #expect(played.output.contains("Темп мовлення клієнта: 130 слів за хвилину"))
        #expect(played.recording.inputs.isEmpty)
    }

    @Test func naturalPaceIsTheDefault() {
        let voice = CustomerVoice(wordsPerMinute: CustomerVoice.naturalWordsPerMinute)
        #expect((130...160).contains(voice.wordsPerMinute ?? 0))
        #expect(CustomerVoice(secondsPerWord: 0).wordsPerMinute == nil)
    }
}

struct DisputeExampleTests {
    @Test func anExampleGoesFirstInItsSectionWithTheDisputeAsAComment() {
        let yaml = "standard: HOT-ID\nscenario: hotline-account-no-id\ntriggering:\n  - |\n    а\nnon_triggering:\n  - |\n    б\n"
        let met = DisputeExample.adding("[+3.0 s] Добрий день\n/lookup 1", verdict: .met, comment: "Заперечення №1", to: yaml)
        #expect(met.contains("non_triggering:\n  # Заперечення №1\n  - transcript: |\n      [+3.0 s] Добрий день\n      /lookup 1\n  - |\n    б"))
        let violated = DisputeExample.adding("Алло", verdict: .violated, comment: "№2", to: yaml)
        #expect(violated.contains("triggering:\n  # №2\n  - transcript: |\n      Алло\n    verdict: violated\n  - |\n    а"))
        let added = DisputeExample.adding("Алло", verdict: .met, comment: "№3", to: "standard: X\ntriggering:\n  - |\n    а\n")
        #expect(added.hasSuffix("non_triggering:\n  # №3\n  - transcript: |\n      Алло\n"))
    }

    /// A dispute of HOT-HOLD `met` on «Хвилинку, будь ласка» (turn 3), decided by the `/lookup` of turn 4:
    /// the example runs through the `/lookup`, so it plays `met` as disputed; cut at turn 3 it played
    /// `missed` and tested nothing.
    @Test func anExampleRunsThroughTheTurnThatDecidedTheDisputedVerdict() throws {
        let (content, scenario) = try Fixtures.scenario("hotline-bill-dispute")
        let engine = DialogueEngine(scenario: scenario, content: content, traineeName: "Олена")
        let lines = [
            "Добрий день! Гаряча лінія, мене звати Олена. Як я можу до Вас звертатися?",
            "Людмило Петрівно, правильно я розумію, Вас турбує сума в рахунку за листопад? Назвіть, будь ласка, номер особового рахунку та Ваше прізвище, ім'я, по батькові.",
            "Хвилинку, будь ласка",
            scenario.fill("/lookup {account}", trainee: "Олена"),
            "Дякую за очікування. У жовтні показники від Вас не надходили.",
        ]
        let inputs = lines.map { TraineeInput(text: $0) }
        let played = engine.finish(inputs.reduce(engine.start()) { engine.step($0, $1).state })
        #expect(played.standards.first { $0.id == "HOT-HOLD" }?.verdict == .met)
        let example = DisputeExample.inputsDeciding("HOT-HOLD", verdict: .met, through: 3, of: inputs, engine: engine)
        #expect(example.map(\.text) == Array(lines.prefix(4)))
        // A verdict the cut conversation already gives keeps the cut at the disputed turn.
        let greeting = DisputeExample.inputsDeciding("HOT-GREET", verdict: .met, through: 1, of: inputs, engine: engine)
        #expect(greeting.count == 1)
    }

    /// Running `disputes example` twice finds the first example by its comment: nothing is added again.
    @Test func aDisputesExampleIsFoundByItsComment() {
        let comment = DisputeExample.comment(dispute: 12, scenario: "hotline-bill-dispute", text: "Я ж попросила\nзачекати")
        #expect(comment == "Заперечення №12 (сценарій hotline-bill-dispute): Я ж попросила зачекати")
        let yaml = DisputeExample.adding("Алло", verdict: .met, comment: comment, to: "standard: HOT-HOLD\ntriggering:\n  - |\n    а\n")
        #expect(DisputeExample.holds(dispute: 12, in: yaml))
        #expect(!DisputeExample.holds(dispute: 1, in: yaml))
        #expect(!DisputeExample.holds(dispute: 12, in: "standard: HOT-HOLD\n"))
    }

    /// The example must play in the scenario it was disputed in: the Standard's file when its header
    /// names that scenario and trainee, otherwise a file of its own that the check loader reads.
    @Test func anExampleGoesToACheckFileOfItsOwnScenarioAndTrainee() throws {
        let main = "standard: HOT-ID\nscenario: hotline-account-no-id\ntriggering:\n  - |\n    а\n"
        let same = DisputeExample.destination(standard: "HOT-ID", scenario: "hotline-account-no-id", trainee: "Олена", existing: ["HOT-ID.yaml": main])
        #expect(same == DisputeExample.Destination(fileName: "HOT-ID.yaml", header: nil))
        let other = DisputeExample.destination(standard: "HOT-ID", scenario: "hotline-outage-report", trainee: "Олена", existing: ["HOT-ID.yaml": main])
        #expect(other.fileName == "HOT-ID.hotline-outage-report.yaml")
        let header = try #require(other.header)
        let named = DisputeExample.destination(standard: "HOT-ID", scenario: "hotline-outage-report", trainee: "Іван",
                                               existing: ["HOT-ID.yaml": main, "HOT-ID.hotline-outage-report.yaml": header])
        #expect(named.fileName == "HOT-ID.hotline-outage-report.Іван.yaml")
        let again = DisputeExample.destination(standard: "HOT-ID", scenario: "hotline-outage-report", trainee: "Олена",
                                               existing: ["HOT-ID.yaml": main, "HOT-ID.hotline-outage-report.yaml": header])
        #expect(again == DisputeExample.Destination(fileName: "HOT-ID.hotline-outage-report.yaml", header: nil))

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dispute-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = DisputeExample.adding("Алло", verdict: .violated, comment: "№4", to: header)
        try yaml.write(to: folder.appendingPathComponent(other.fileName), atomically: true, encoding: .utf8)
        let (content, _) = try Fixtures.resources()
        let (sets, problems) = CheckExampleSet.loadAll(from: folder, content: content)
        #expect(problems.isEmpty, "\(problems)")
        #expect(sets.map(\.scenario) == ["hotline-outage-report"])
        #expect(sets.first?.examples.map(\.verdict) == [.violated])
    }

    @Test func transcriptKeepsTimesAndInterruptions() {
        let text = DisputeExample.transcript([TraineeInput(text: "Добрий день", seconds: 2.5),
                                              TraineeInput(text: "Так", seconds: 1, interrupted: true)], channel: .hotline)
        #expect(text == "[+2.5 s] Добрий день\n[+1.0 s] !Так")
    }
}
