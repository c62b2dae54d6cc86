import Testing
import TrenazherConsole

struct SoftLineBreaksTests {
    /// A knowledge-base article wrapped in its YAML file reads as sentences at any width: the breaks
    /// inside a sentence are joined, those before a new item (a capital, a bullet, a number after
    /// «:») and empty lines stay.
    @Test func breaksInsideASentenceAreJoinedAndNewItemsKept() {
        let article = """
        [Ідентифікація]
        Дані за особовим рахунком повідомляють лише після
        ідентифікації: клієнт сам називає номер особового рахунку. Назвати дані до
        ідентифікації — порушення.
        Розглядають не більше одного місяця
        (30 днів) від надходження.

        Прошу відповісти:
        1. Чому мене не повідомили?
        • Особистий кабінет на сайті: показники,
          рахунки, оплата.
        """
        #expect(SoftLineBreaks.joined(article) == """
        [Ідентифікація]
        Дані за особовим рахунком повідомляють лише після ідентифікації: клієнт сам називає номер особового рахунку. Назвати дані до ідентифікації — порушення.
        Розглядають не більше одного місяця (30 днів) від надходження.

        Прошу відповісти:
        1. Чому мене не повідомили?
        • Особистий кабінет на сайті: показники, рахунки, оплата.
        """)
    }

    /// Lines of a record, each a fact of its own, are not joined.
    @Test func recordLinesStay() {
        let record = "Особовий рахунок 40726915: Кравець Людмила Петрівна.\n03.11.2026 контролер зафіксував показники.\n(довідково) Рахунок за листопад: 1 846,20 грн."
        #expect(SoftLineBreaks.joined(record) == record)
        #expect(SoftLineBreaks.joined("одна лінія") == "одна лінія")
    }

    /// At 60 columns the framed /kb answer has no line of one or two words left by the file's wrapping.
    @Test func aSystemBlockAtSixtyColumnsHasNoStrandedWords() {
        let output = CapturedOutput(columns: 60)
        let screen = Screen(sink: output, palette: Palette(enabled: false), strings: UkrainianStrings())
        screen.systemBlock("""
        Дані за особовим рахунком (показники, нарахування, борг, заявки) повідомляють лише після
        ідентифікації: клієнт сам називає номер особового рахунку та ПІБ або адресу. Назвати дані до
        ідентифікації — порушення.
        """)
        let inside = output.text.split(separator: "\n").dropFirst().dropLast()
        #expect(inside.dropLast().allSatisfy { TextWrapper.columns($0) > 45 }, "\(output.text)")
    }
}
