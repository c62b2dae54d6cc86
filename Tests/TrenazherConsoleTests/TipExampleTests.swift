import Foundation
import Testing
import TrenazherConsole
import TrenazherCore

/// A tip's example comes from the scenario played — what its exemplary conversation said for that
/// Standard, with the trainee's own name — not one literal for every scenario; Content's
/// `hint_example` only when the scenario has none.
struct TipExampleTests {
    static func tip(_ id: String, in scenarioID: String, english: Bool = false) throws -> String {
        let (content, scenario) = try Fixtures.scenario(scenarioID)
        let standard = try #require(content.standard(id))
        let examples = ModelAnswers.of(scenario, content: content, traineeName: "Ольга").examples
        return StandardTip.text(standard, examples: examples, strings: english ? EnglishStrings() : UkrainianStrings())
    }

    @Test func theClarifyingQuestionsExampleIsTheScenarios() throws {
        let bill = try Self.tip("HOT-NEED", in: "hotline-bill-dispute")
        let readings = try Self.tip("HOT-NEED", in: "hotline-account-no-id")
        #expect(bill != readings)
        #expect(bill.contains("Наприклад: «") && bill.contains("сума в рахунку за листопад"), "\(bill)")
        #expect(readings.contains("останні показники"), "\(readings)")
        #expect(!bill.contains("останні показники"), "another scenario's example: \(bill)")
        #expect(!bill.contains("Назвіть, будь ласка"), "the sentence that met it, not the whole turn: \(bill)")
        // Under --lang en the example is the Ukrainian phrase to say, and says so; the hint itself is English.
        let english = try Self.tip("HOT-NEED", in: "hotline-bill-dispute", english: true)
        #expect(english.contains("For example, say in Ukrainian: «") && english.contains("сума в рахунку за листопад"), "\(english)")
        #expect(!english.contains("Наприклад"))
    }

    @Test func theGreetingsExampleHasTheCallsHourAndTheTraineesName() throws {
        let evening = try Self.tip("HOT-GREET", in: "hotline-long-lookup")
        #expect(evening.contains("Добрий вечір") && evening.contains("Ольга"), "\(evening)")
        #expect(!evening.contains("Олена"))
    }

    /// A model answer meets the Standard it is shown for: VIS-DOCS-EXPLAIN's verdict sits on the turn
    /// naming the missing documents, but the deadline it asks for came in the next turn, and a model
    /// without it (VIS-DOCS-CHECK's sentence) teaches exactly what was missed.
    @Test func theDocumentsModelNamesTheDeadline() throws {
        for id in ["visit-informal-customer", "visit-incomplete-documents"] {
            let (content, scenario) = try Fixtures.scenario(id)
            let models = ModelAnswers.of(scenario, content: content, traineeName: "Ольга")
            let tip = try #require(models.examples["VIS-DOCS-EXPLAIN"], "\(id)")
            let review = try #require(models.byStandard["VIS-DOCS-EXPLAIN"], "\(id)")
            #expect(tip.contains("9 грудня") && review.contains("9 грудня"), "\(id): \(tip) / \(review)")
            #expect(tip != models.examples["VIS-DOCS-CHECK"], "\(id)")
        }
    }

    @Test func contentsExampleWhenTheScenarioHasNone() throws {
        let (content, _) = try Fixtures.scenario("hotline-bill-dispute")
        let standard = try #require(content.standard("HOT-NEED"))
        #expect(!standard.hintExample.isEmpty)
        #expect(StandardTip.text(standard, examples: [:], strings: UkrainianStrings()) == standard.hint + " Наприклад: «\(standard.hintExample)»")
        let formal = try #require(content.standard("GEN-FORMAL"))
        #expect(StandardTip.text(formal, examples: ["GEN-FORMAL": "Ви"], strings: UkrainianStrings()) == formal.hint,
                "a hint that takes no example is shown as written")
    }

    @Test func theEvidenceSentenceIsTheWholeSentenceThatHoldsIt() {
        let turn = "Ольго Петрівно, правильно я розумію, Вас турбує сума? Назвіть, будь ласка, номер рахунку."
        #expect(EvidenceSentence.around("правильно я розумію", in: turn) == "Ольго Петрівно, правильно я розумію, Вас турбує сума?")
        #expect(EvidenceSentence.around("Вас турбує сума?", in: turn) == "Ольго Петрівно, правильно я розумію, Вас турбує сума?")
        #expect(EvidenceSentence.around("номер рахунку", in: turn) == "Назвіть, будь ласка, номер рахунку.")
        #expect(EvidenceSentence.around("шановна … з повагою", in: "Шановна пані Ганно!\nТекст листа.\nЗ повагою, Ольга")
                == "Шановна пані Ганно! … З повагою, Ольга")
        #expect(EvidenceSentence.around("чого немає", in: "Коротка репліка.") == "Коротка репліка.", "a short turn whole")
        #expect(EvidenceSentence.around(nil, in: String(repeating: "слово ", count: 40)) == nil, "a long turn never whole")
    }

    /// The summary's «що потренувати» tip shows the scenario's example.
    @Test func theSummaryTipTakesTheScenariosExample() throws {
        let played = try PlayedSession.play("hotline-bill-dispute", [.line("Алло."), .line("/end")])
        let result = try #require(played.result)
        let (content, scenario) = try Fixtures.scenario("hotline-bill-dispute")
        let examples = ModelAnswers.of(scenario, content: content, traineeName: "Олена").examples
        let practised = AttemptRendering.practiseNext(result, content: content).compactMap { content.standard($0.id) }
        let withExamples = practised.filter { !$0.hintExample.isEmpty }
        #expect(!withExamples.isEmpty, "a tip that takes an example: \(practised.map(\.id))")
        let tips = Self.words(try #require(played.output.components(separatedBy: "Що потренувати").last))
        for standard in withExamples {
            let example = try #require(examples[standard.id], "the scenario's exemplary conversation meets \(standard.id)")
            #expect(tips.contains("Наприклад: «\(Self.words(example))»"), "\(standard.id): \(tips)")
        }
    }

    /// Text with its line breaks and runs of spaces as single spaces (a long tip wraps).
    static func words(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
