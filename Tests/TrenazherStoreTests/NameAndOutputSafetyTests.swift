import Foundation
import GRDB
import Testing
import TrenazherCore
@testable import TrenazherStore

/// Names are normalised and cannot carry escape sequences or pass for another trainee; stored text cannot
/// drive a terminal; CSV cannot smuggle a formula into a spreadsheet.
@Suite struct NameAndOutputSafetyTests {
    @Test func namesWithEscapeSequencesAreRefused() throws {
        let store = try ProgressStore.inMemory()
        for name in ["Коваль\u{1B}]0;pwned\u{07} Олена", "Коваль \u{1B}[2K\rОлена", "Коваль\u{202E}анелО", "Коваль\u{0} Олена"] {
            #expect(throws: NameError.self) { try store.registerTrainee(fullName: name, firstName: "Олена", role: .hotline) }
        }
        #expect(try store.trainees().isEmpty)
    }

    @Test func namesAreNormalisedAndLookAlikesOfExistingOnesRefused() throws {
        let store = try ProgressStore.inMemory()
        let olena = try store.registerTrainee(fullName: "  Коваль   Олена\u{00A0}Петрівна ", firstName: " Олена ", role: .hotline)
        #expect(olena.fullName == "Коваль Олена Петрівна" && olena.firstName == "Олена")
        let decomposed = "Коваль Олена Петрі\u{0432}на".decomposedStringWithCanonicalMapping
        #expect(throws: StoreError.duplicateTrainee("Коваль Олена Петрівна")) {
            try store.registerTrainee(fullName: decomposed, firstName: "Олена", role: .hotline)
        }
        // Latin «o», «a», «K», «e» in place of Cyrillic ones become the Cyrillic letters: the same name.
        #expect(throws: StoreError.duplicateTrainee("Коваль Олена Петрівна")) {
            try store.registerTrainee(fullName: "Koвaль Oлeнa Пeтрівнa", firstName: "Олена", role: .hotline)
        }
        #expect(throws: NameError.looksLike(name: "коваль олена петрівна", existing: "Коваль Олена Петрівна", id: olena.id)) {
            try store.registerTrainee(fullName: "коваль олена петрівна", firstName: "Олена", role: .hotline)
        }
        #expect(try PersonName.normalized("Іван Ї\u{0308}") == "Іван Ї\u{0308}".precomposedStringWithCanonicalMapping)
        #expect(try PersonName.normalized("John Smith") == "John Smith")
        // Look-alikes are replaced only in a run of letters that has Cyrillic ones: a formula's Latin words stay as typed.
        #expect(try PersonName.normalized("=HYPERLINK(\"http://evil\",\"Клік\")") == "=HYPERLINK(\"http://evil\",\"Клік\")")
        #expect(try PersonName.normalized("Oлeна-Kовaль") == "Олена-Коваль")
        #expect(try store.trainees().count == 1)
    }

    @Test func terminalTextLosesEscapeSequencesAndControls() {
        #expect(TerminalText.sanitized("Коваль\u{1B}]0;pwned\u{07} Олена") == "Коваль Олена")
        #expect(TerminalText.sanitized("ДІЙСНИЙ\r\u{1B}[2KНЕДІЙСНИЙ") == "ДІЙСНИЙНЕДІЙСНИЙ")
        #expect(TerminalText.sanitized("a\u{9B}31mb\u{202E}c\td\n") == "abc\td\n")
        #expect(TerminalText.sanitized("Звичайний текст, «лапки».") == "Звичайний текст, «лапки».")
    }

    @Test func csvEscapesFormulasAndStartsWithABOM() {
        let document = ReportDocument(title: "t", tables: [ReportTable(columns: ["ПІБ", "Бал"], rows: [
            ["=HYPERLINK(\"http://x\",\"клік\")", "86"], ["+1+2", "-5"], ["@SUM(A1)", "7"], ["-2+3", "0"], ["Коваль Олена", "90"],
        ])])
        let csv = ReportRenderer.render(document, as: .csv)
        #expect(csv.hasPrefix("\u{FEFF}ПІБ,Бал\r\n"))
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"клік\"\")\",86"))
        #expect(csv.contains("'+1+2,-5\r\n") && csv.contains("'@SUM(A1),7") && csv.contains("'-2+3,0") && csv.contains("Коваль Олена,90"))
        // A cell written around Trenazher with escape sequences loses them, and a formula behind them is still escaped.
        let written = ReportRenderer.render(ReportDocument(title: "t", tables: [ReportTable(columns: ["ПІБ"], rows: [
            ["\u{1B}[2J\u{1B}]0;owned\u{07}Підкинутий"], ["\u{1B}[0m=1+2"],
        ])]), as: .csv)
        #expect(written == "\u{FEFF}ПІБ\r\nПідкинутий\r\n'=1+2\r\n", "\(written.debugDescription)")
    }

    @Test func datesAreShownInKyivTime() {
        let lateEvening = Date(timeIntervalSince1970: 1_795_046_400 - 3600)  // 2026-11-18 23:00 UTC = 2026-11-19 01:00 in Kyiv
        #expect(ReportWording(english: false).day(lateEvening) == "2026-11-19")
        #expect(ReportWording(english: false).time(lateEvening) == "01:00:00")
    }
}
