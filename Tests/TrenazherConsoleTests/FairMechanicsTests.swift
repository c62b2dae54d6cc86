import Foundation
import Testing
import TrenazherConsole
import TrenazherCore

/// The tool does not penalise the trainee for the tool's own keys and commands.
struct FairMechanicsTests {
    @Test func arrowAndFunctionKeysWhileTheCustomerSpeaksAreNoInterruption() throws {
        let played = try PlayedSession.play("hotline-account-no-id", [
            .line("Гаряча лінія, добрий день, мене звати Олена.", after: 3),
            .typeWhileSpeaking("\u{1B}[A\u{1B}OP\u{1B}[15~"),
            .line("Назвіть, будь ласка, номер особового рахунку."),
            .end,
        ])
        #expect(played.recording.inputs.allSatisfy { !$0.interrupted })
        #expect(played.recording.inputs.last?.text == "Назвіть, будь ласка, номер особового рахунку.")
        #expect(!played.output.contains("Ви перебили клієнта"))
    }

    @Test func timeReadingATrainerCommandIsNoAnswerTime() throws {
        let played = try PlayedSession.play("hotline-account-no-id", [
            .line("/help", after: 3),
            .readFor(80),
            .line("Гаряча лінія, добрий день, мене звати Олена.", after: 4),
            .end,
        ])
        #expect(played.recording.inputs.map(\.seconds) == [7])
    }

    /// «відповідь за N с» is the trainee's own time: minutes spent on the Ctrl-C or Ctrl-D question count not.
    @Test func timeInTheCtrlCAndCtrlDQuestionsIsNoAnswerTime() throws {
        let played = try PlayedSession.play("hotline-account-no-id", [
            .end,
            .line("н", after: 30),
            .ctrlC("Гаряча лінія,"),
            .line("н", after: 45),
            .line(" добрий день, мене звати Олена.", after: 4),
            .end,
            .line("т"),
        ])
        #expect(played.recording.inputs.map(\.text) == ["Гаряча лінія, добрий день, мене звати Олена."])
        #expect(played.recording.inputs.map(\.seconds) == [4])
        #expect(played.output.components(separatedBy: "це не ліміт").count == 2, "the answer time is explained once")
    }

    @Test func ctrlDAsksBeforeGradingAndNoKeepsTheConversationGoing() throws {
        let played = try PlayedSession.play("hotline-account-no-id", [
            .line("Гаряча лінія, добрий день, мене звати Олена."),
            .end,
            .line("н"),
            .line("Назвіть, будь ласка, номер особового рахунку."),
            .end,
            .line("т"),
        ])
        #expect(played.reader.prompts.filter { $0.contains("Завершити розмову й отримати оцінку?") }.count == 2)
        #expect(played.recording.inputs.count == 2)
        #expect(played.result != nil)
    }

    @Test func invalidCallbackAndTicketArgumentsAreExplainedAndNotPerformed() throws {
        let played = try PlayedSession.play("phone-callback", [
            .line("Добрий день, центр обслуговування клієнтів, мене звати Олена."),
            .line("/callback 31.02 25:00"),
            .retyped("/callback завтра"),
            .retyped("/callback 27.11 25:00"),
            .retyped("/callback 20.11.2026 10:00"),
            .retyped("/ticket позов"),
            .end,
        ])
        #expect(played.recording.inputs.count == 1)
        #expect(played.reader.typedAheadSeen.contains("/ticket позов"), "a refused action is offered again for correction")
        #expect(played.output.contains("Дати «31.02» не існує"))
        #expect(played.output.contains("Вкажіть дату й час дзвінка"))
        #expect(played.output.contains("Часу «25:00» не існує"))
        #expect(played.output.contains("вже минула"))
        #expect(played.output.contains("Невідомий тип «позов»"))
    }

    /// What the scenarios and the knowledge base tell the trainee to type (`/ticket претензія`) the
    /// console accepts.
    @Test func everyTicketKindTheScenariosAndTheKnowledgeBaseNameIsAccepted() throws {
        let check = ActionArgumentCheck(wording: Fixtures.wording, today: CalendarDate(year: 2026, month: 11, day: 25))
        let folders = ["Scenarios", "Content"].map { Fixtures.root.appendingPathComponent($0) }
        var named: [String] = []
        for folder in folders {
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".yaml") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
                    var rest = Substring(line)
                    while let range = rest.range(of: "/ticket ") {
                        rest = rest[range.upperBound...]
                        let word = rest.prefix { $0.isLetter }
                        if !word.isEmpty, word != "KIND" { named.append("\(file): /ticket \(word)") }
                    }
                }
            }
        }
        #expect(!named.isEmpty)
        for mention in named {
            let command = String(mention.split(separator: ":", maxSplits: 1)[1].dropFirst())
            let action = try #require(TraineeAction(line: command))
            #expect(check.problem(with: action) == nil, "\(mention) is refused by the console")
        }
    }

    /// A day and month without a year is the nearest such day: yesterday's date is refused as past
    /// (it used to be taken silently as the same day next year), a January date said in late
    /// December is next year's.
    @Test func aCallbackDateWithoutAYearIsTheNearestSuchDay() throws {
        let november = ActionArgumentCheck(wording: Fixtures.wording, today: CalendarDate(year: 2026, month: 11, day: 25))
        func problem(_ check: ActionArgumentCheck, _ line: String) throws -> ActionArgumentProblem? {
            check.problem(with: try #require(TraineeAction(line: line)))
        }
        #expect(try problem(november, "/callback 24.11 10:00") == .callbackInPast("24.11"))
        #expect(try problem(november, "/callback 01.06 10:00") == .callbackInPast("01.06"))
        #expect(try problem(november, "/callback 25.11 16:00") == nil)
        #expect(try problem(november, "/callback 27.11 10:00") == nil)
        #expect(try problem(november, "/callback 24.11.2027 10:00") == nil)
        let december = ActionArgumentCheck(wording: Fixtures.wording, today: CalendarDate(year: 2026, month: 12, day: 28))
        #expect(try problem(december, "/callback 05.01 10:00") == nil)
        #expect(try problem(december, "/callback 27.12 10:00") == .callbackInPast("27.12"))
    }

    /// A mistyped /ticket kind is answered with the kind meant, not only the list.
    @Test func aMistypedTicketKindSuggestsTheKindMeant() {
        let strings = UkrainianStrings()
        let kinds = Fixtures.wording.ticketKinds.map(\.kind)
        #expect(strings.actionProblem(.ticketUnknownKind("претенція", kinds)).hasPrefix("Невідомий тип «претенція» — можливо, «претензія»? Можна: "))
        #expect(strings.actionProblem(.ticketUnknownKind("позов", kinds)).hasPrefix("Невідомий тип «позов». Можна: "))
    }

    @Test func aValidCallbackIsPerformed() throws {
        let played = try PlayedSession.play("phone-callback", [
            .line("Добрий день, центр обслуговування клієнтів, мене звати Олена."),
            .line("/callback 27.11 10:00"),
            .end,
        ])
        #expect(played.recording.inputs.map(\.text).last == "/callback 27.11 10:00")
    }

    @Test func theStatusLineShowsTheDateAndAMoodAgreeingWithTheCustomer() throws {
        let played = try PlayedSession.play("visit-incomplete-documents", [.end])
        #expect(played.output.contains("📅\u{00A0}ср\u{00A0}25.11"))
        let male = try PlayedSession.play("visit-difficult-visitor", [.end])
        #expect(male.output.contains("клієнт: розлючений"))
    }

    /// A woman at the desk is «відвідувачка» and waits at the desk, not on a line.
    @Test func theVisitorsWordsAgreeWithTheVisitorAndTheChannel() throws {
        let strings = UkrainianStrings()
        #expect(strings.youSpeakFirst(.visit, customerFemale: true).contains("відвідувачка"))
        #expect(strings.youSpeakFirst(.visit, customerFemale: false).contains("відвідувач."))
        #expect(strings.holding(seconds: 5, channel: .visit, customerFemale: true) == "⏳ Відвідувачка чекає… 5 с")
        #expect(strings.holding(seconds: 5, channel: .hotline, customerFemale: true) == "⏳ Клієнтка чекає на лінії… 5 с")
        #expect(strings.customerLabel(female: true) == "Клієнтка")
        let played = try PlayedSession.play("visit-incomplete-documents", [.end])
        #expect(played.output.contains("До вас підходить відвідувачка"))
    }

    /// The English interface names a mood of the scale in English (`Content/mood.yaml`, `en`).
    @Test func theStatusLineNamesTheMoodInEnglish() throws {
        let played = try PlayedSession.play("hotline-bill-dispute", language: .en, [.end])
        #expect(played.output.contains("customer's mood: worried"))
        #expect(!played.output.contains("стурбована"))
    }
}

struct WordingTests {
    @Test(arguments: [("Олена", "Олено"), ("Андрій", "Андрію"), ("Василь", "Василю"), ("Ігор", "Ігоре"),
                      ("Наталія", "Наталіє"), ("Оля", "Олю"), ("Петро", "Петре"), ("Олег", "Олеже"),
                      ("Ольга", "Ольго"), ("Микола", "Миколо"), ("Тарас", "Тарасе")])
    func vocativeOfFirstNames(_ pair: (String, String)) {
        #expect(Fixtures.wording.vocative(of: pair.0) == pair.1)
    }

    @Test func genderOfACustomerByPatronymic() {
        #expect(Fixtures.wording.isFemale(fullName: "Ковальчук Галина Іванівна") == true)
        #expect(Fixtures.wording.isFemale(fullName: "Ткачук Василь Степанович") == false)
    }
}

struct MoodChangeTests {
    @Test func theSummaryExplainsWhyTheCustomersMoodMoved() throws {
        let played = try PlayedSession.play("visit-difficult-visitor", [
            .line("Добрий день! Слухаю вас уважно."),
            .line("Перепрошую за незручності. Світло вимикали через планові ремонтні роботи на лінії 10 кВ."),
            .line("Ти чого кричиш?"),
            .end,
        ])
        let summary = try #require(played.output.components(separatedBy: "Підсумок спроби").last)
        #expect(summary.contains("Чому змінювався настрій клієнта"))
        #expect(summary.contains("репліка 2: розлючений → роздратований — ви вибачилися: «Перепрошую"))
        #expect(summary.contains("репліка 3: роздратований → розлючений — звернення на «ти»: «Ти чого кричиш?»"))
    }

    @Test func aCalmCustomerAngeredByShoutingIsExplainedInEnglish() throws {
        let played = try PlayedSession.play("hotline-account-no-id", language: .en, [
            .line("Добрий день! Гаряча лінія, мене звати Олена. Чим можу допомогти?"),
            .line("Назвіть НОМЕР рахунку!"),
            .end,
        ])
        let summary = try #require(played.output.components(separatedBy: "Why the customer's mood changed").last)
        #expect(summary.contains("turn 2: calm → reserved — shouting: words in capitals: «Назвіть НОМЕР"))
    }
}
