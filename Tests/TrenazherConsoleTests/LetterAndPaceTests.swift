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
        #expect(played.reader.typedAheadSeen.contains("Шановна пані"))
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

    @Test func transcriptKeepsTimesAndInterruptions() {
        let text = DisputeExample.transcript([TraineeInput(text: "Добрий день", seconds: 2.5),
                                              TraineeInput(text: "Так", seconds: 1, interrupted: true)], channel: .hotline)
        #expect(text == "[+2.5 s] Добрий день\n[+1.0 s] !Так")
    }
}
