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
