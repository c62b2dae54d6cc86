import Foundation
import GRDB
import Testing
@testable import TrenazherStore

/// An exam attempt changed outside Trenazher never counts as evidence, also after HR accepted the finding; the
/// refusal of `hr certify` and `hr status` name it and say why, rather than «no exam taken».
extension HRCommandsEndToEndTests {
    @Test func anAcceptedEditedExamIsNamedAsExcludedByCertifyAndStatus() throws {
        #expect(try run(["hr", "init", "--key-dir", keys, "--issuer", "ПрАТ Тест"]).status == 0)
        try recordExam("hotline-account-no-id", passing: true, trainee: "Коваль Олена", firstName: "Олена")
        try recordExam("hotline-long-lookup", passing: true, trainee: "Коваль Олена", firstName: "Олена")
        let queue = try DatabaseQueue(path: database)
        let edited = try #require(try queue.read {
            try Int64.fetchOne($0, sql: "SELECT id FROM attempt WHERE scenario_id = 'hotline-account-no-id' AND mode = 'exam'")
        })
        try queue.write { try $0.execute(sql: "UPDATE input SET text = text || ' ' WHERE attempt_id = ? AND seq = 1", arguments: [edited]) }
        try queue.close()
        #expect(try run(["hr", "check", "--accept", "--key-dir", keys]).status == 0)

        let refused = try run(["hr", "certify", "Олена", "hotline-operator", "--key-dir", keys])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("✗ hotline-account-no-id: жодної зарахованої спроби; не зараховано спроби, змінені поза тренажером (`trenazher hr check`): #\(edited)"),
                "\(refused.stderr)")
        #expect(!refused.stderr.contains("іспит не складався") && !refused.stderr.contains("ще не пройдено"), "\(refused.stderr)")
        let english = try run(["hr", "certify", "Олена", "hotline-operator", "--key-dir", keys, "--lang", "en"])
        #expect(english.status == 1 && english.stderr.contains("attempts changed outside Trenazher (`trenazher hr check`) do not count: #\(edited)"),
                "\(english.stderr)")

        let status = try run(["hr", "status", "--key-dir", keys])
        #expect(status.status == 0)
        #expect(status.stdout.contains("лишилось: hotline-account-no-id (жодної зарахованої спроби; не зараховано спроби, змінені поза тренажером (`trenazher hr check`): #\(edited))"),
                "\(status.stdout)")
        let englishStatus = try run(["hr", "status", "--key-dir", keys, "--lang", "en"])
        #expect(englishStatus.stdout.contains("remaining: hotline-account-no-id (no attempt that counts; attempts changed outside Trenazher"),
                "\(englishStatus.stdout)")

        // The trainee's card does not show the excluded exam as passed either.
        let card = try run(["hr", "report", "trainee", "Олена", "--format", "csv", "--key-dir", keys])
        #expect(card.status == 0)
        #expect(card.stdout.contains("жодної зарахованої спроби; не зараховано спроби, змінені поза тренажером (`trenazher hr check`): #\(edited)"),
                "\(card.stdout)")
        #expect(!card.stdout.contains("(спроба #\(edited),"), "\(card.stdout)")
    }
}

/// The trainee's own progress (`trenazher progress`, and the console's «Мій прогрес», which computes it the same
/// way) leaves out an attempt whose record was changed outside Trenazher and says so in one line — found by the
/// ledger check hr certify uses, without HR's key and before HR ran `hr check`.
extension HRCommandsEndToEndTests {
    @Test func aTraineesProgressLeavesOutAnEditedExamAndSaysWhy() throws {
        try recordExam("hotline-account-no-id", passing: true, trainee: "Коваль Олена", firstName: "Олена")
        try recordExam("hotline-long-lookup", passing: true, trainee: "Коваль Олена", firstName: "Олена")
        let before = try run(["progress", "Олена"])
        #expect(before.status == 0 && !before.stdout.contains("не зараховано"), "\(before.stdout)")

        let queue = try DatabaseQueue(path: database)
        let edited = try #require(try queue.read {
            try Int64.fetchOne($0, sql: "SELECT id FROM attempt WHERE scenario_id = 'hotline-account-no-id' AND mode = 'exam'")
        })
        try queue.write { try $0.execute(sql: "UPDATE attempt SET score = score - 1 WHERE id = ?", arguments: [edited]) }
        try queue.close()

        let progress = try run(["progress", "Олена"])
        #expect(progress.status == 0)
        #expect(progress.stdout.contains("Спробу #\(edited) не зараховано: її запис змінено поза тренажером, він не проходить перевірку."),
                "\(progress.stdout)")
        #expect(progress.stdout.contains("Завершених спроб: 1;"), "\(progress.stdout)")
        let csv = try run(["progress", "Олена", "--format", "csv"])
        #expect(csv.stdout.contains("жодної зарахованої спроби; не зараховано спроби, змінені поза тренажером (`trenazher hr check`): #\(edited)"),
                "\(csv.stdout)")
        let english = try run(["progress", "Олена", "--lang", "en"])
        #expect(english.stdout.contains("Attempt #\(edited) is left out: its record was changed outside Trenazher and does not verify."),
                "\(english.stdout)")

        let store = try ProgressStore.open(path: database)
        let person = try store.trainee(matching: "Олена")
        #expect(try store.changedAttempts(traineeID: person.id) == [edited])
    }
}
