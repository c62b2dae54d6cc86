import Testing
@testable import TrenazherCore

/// WRT-DEADLINE's feedback says what was found: a letter that names no term is told so (on which
/// day it is sent, of how many), never that a term was «named correctly».
@Suite struct WrittenDeadlineNoteTests {
    @Test func aLetterWithoutATermIsNotToldItNamedOneCorrectly() throws {
        let result = try Fixtures.play("web-appeal-reply", """
            Шановна Наталіє Володимирівно! Перепрошуємо за незручності. Відключення було плановим, повідомлення надіслали на Ваш номер. З повагою, Олена.
            """)
        let verdict = try #require(result.standards.first { $0.id == "WRT-DEADLINE" })
        #expect(verdict.verdict == .met)
        let note = try #require(verdict.note)
        #expect(!note.contains("названо правильно"))
        #expect(note.contains("відповідь на 5-й день від отримання при строку 30 днів; строку в листі не названо"), "\(note)")
    }
}
