import Testing
@testable import TrenazherCore

@Suite struct TranscriptParserTests {
    @Test func readsTurnsActionsInterruptionsAndTimes() throws {
        let text = """
        # a comment
        Добрий вечір!

        ! Зачекайте, будь ласка
        [+75 s] /lookup ПР-1147
        [+4с]
        Дякую за очікування
        /hint
        """
        let inputs = try TranscriptParser.parse(text, file: "t.txt", channel: .hotline, limits: Fixtures.content.scoring.inputLimits)
        #expect(inputs.map(\.text) == ["Добрий вечір!", "Зачекайте, будь ласка", "/lookup ПР-1147", "Дякую за очікування"])
        #expect(inputs.map(\.interrupted) == [false, true, false, false])
        #expect(inputs.map(\.seconds) == [nil, nil, 75, 4])
        #expect(inputs.map(\.sourceLine) == [2, 4, 5, 7])
        #expect(inputs[2].action == TraineeAction(name: "lookup", argument: "ПР-1147"))
    }

    @Test func aWrittenTranscriptIsOneTurn() throws {
        let text = "# чернетка\nШановна пані!\n\nВідповідаємо…\nЗ повагою"
        let inputs = try TranscriptParser.parse(text, file: "t.txt", channel: .written, limits: Fixtures.content.scoring.inputLimits)
        #expect(inputs.count == 1)
        #expect(inputs[0].text == "Шановна пані!\n\nВідповідаємо…\nЗ повагою")
        #expect(inputs[0].sourceLine == 2)
    }

    /// Actions typed while a letter is written are performed, as in the console, and never become lines
    /// of it; `//` keeps a letter line that starts with «/»; an unknown action is an error at its line.
    @Test func aWrittenTranscriptsActionsComeBeforeTheLetter() throws {
        let text = "# чернетка\n/lookup 10293847\n/kb сповіщення\nШановна пані!\n/hint\nВідповідаємо…\n//1 — пункт\nЗ повагою"
        let inputs = try TranscriptParser.parse(text, file: "t.txt", channel: .written, limits: Fixtures.content.scoring.inputLimits)
        #expect(inputs.map(\.text) == ["/lookup 10293847", "/kb сповіщення", "Шановна пані!\nВідповідаємо…\n/1 — пункт\nЗ повагою"])
        #expect(inputs.map(\.sourceLine) == [2, 3, 4])
        #expect(inputs[0].action == TraineeAction(name: "lookup", argument: "10293847"))
        #expect(throws: TranscriptError.self) {
            try TranscriptParser.parse("/lokup 1\nШановна пані!", file: "t.txt", channel: .written, limits: Fixtures.content.scoring.inputLimits)
        }
        #expect(throws: TranscriptError.self, "actions alone are no letter") {
            try TranscriptParser.parse("/lookup 10293847\n/kb сповіщення", file: "t.txt", channel: .written, limits: Fixtures.content.scoring.inputLimits)
        }
    }

    @Test(arguments: [
        ("Добрий день\n/lokup 1", 2, "невідома дія '/lokup' (можливо, 'lookup'?)"),
        ("[+x s] Добрий день", 1, "'[+x s]' — не витрачений час: пишіть [+75 s]"),
        ("# only a comment\n\n", 3, "у стенограмі немає жодної репліки"),
    ])
    func speaksUkrainianByDefault(text: String, line: Int, message: String) {
        #expect {
            try TranscriptParser.parse(text, file: "t.txt", channel: .visit, limits: Fixtures.content.scoring.inputLimits)
        } throws: { error in
            guard let error = error as? TranscriptError else { return false }
            return error.ukrainian == message && error.text(english: false) == "t.txt:\(line):\(error.column): \(message)"
        }
    }

    @Test(arguments: [
        ("Добрий день\n/lokup 1", 2, "unknown action '/lokup' (did you mean 'lookup'?)"),
        ("[+x s] Добрий день", 1, "'[+x s]' is not a time taken: write [+75 s]"),
        ("Добрий день\n[+5 s Дякую", 2, "'[' without ']': write the time taken as [+75 s]"),
        ("# only a comment\n\n", 3, "the transcript holds no turn"),
        ("Добрий день\n!", 2, "'!' marks an interruption but no turn follows it"),
    ])
    func reportsTheLineOfAProblem(text: String, line: Int, message: String) {
        #expect {
            try TranscriptParser.parse(text, file: "t.txt", channel: .visit, limits: Fixtures.content.scoring.inputLimits)
        } throws: { error in
            guard let error = error as? TranscriptError else { return false }
            return error.line == line && error.message == message && error.description == "t.txt:\(line):\(error.column): \(message)"
        }
    }
}

@Suite struct CalendarAndMentionTests {
    @Test func knowsWeekdaysAndWorkingDays() {
        let today = CalendarDate(year: 2026, month: 11, day: 25)
        #expect(today.weekday == 3)
        #expect(today.adding(workingDays: 2) == CalendarDate(year: 2026, month: 11, day: 27))
        #expect(today.adding(workingDays: 10) == CalendarDate(year: 2026, month: 12, day: 9))
        #expect(CalendarDate(iso: "2026-02-30") == nil)
        #expect(CalendarDate(dayNumber: today.dayNumber) == today)
    }

    @Test func findsDatesTimesAndQuantities() {
        let extractor = MentionExtractor(lexicon: Fixtures.content.time, today: CalendarDate(year: 2026, month: 11, day: 25))
        let mentions = extractor.extract(from: AnalyzedText(
            "Принесіть до 9 грудня, це десять робочих днів; передзвоню у п'ятницю о 14:00, показники 15 432 кВт·год на 31.10"))
        #expect(mentions.dates.map(\.date) == [CalendarDate(year: 2026, month: 12, day: 9), CalendarDate(year: 2026, month: 11, day: 27),
                                              CalendarDate(year: 2026, month: 10, day: 31)])
        #expect(mentions.times.compactMap(\.minutes) == [14 * 60])
        #expect(mentions.quantities.map(\.kind) == ["working_days", "energy"])
        #expect(mentions.quantities.map(\.value) == [10, 15432])
    }

    @Test func readsGroupedSumsKopecksAndCompoundTerms() {
        let extractor = MentionExtractor(lexicon: Fixtures.content.time, today: CalendarDate(year: 2026, month: 11, day: 25))
        func quantities(_ text: String) -> [String] {
            extractor.extract(from: AnalyzedText(text, reading: Fixtures.content.reading)).quantities.map { "\($0.kind) \($0.value)" }
        }
        #expect(quantities("рахунок 1 846,20 грн") == ["money 1846.2"])
        #expect(quantities("борг 1 240 500,5 грн") == ["money 1240500.5"])
        #expect(quantities("переплата дванадцять гривень шiстдесят копiйок") == ["money 12.6"])
        #expect(quantities("у встановлений законом п'ятнадцятиденний строк") == ["days 15.0"])
        #expect(quantities("15-денний строк, шестимісячна розстрочка") == ["days 15.0", "months 6.0"])
        #expect(quantities("щоденний графік, 12 345 кВт·год").map { $0 } == ["energy 12345.0"])
    }

    @Test func anHourBeforeASingularHourWordAfterAClockPrepositionIsATime() {
        let extractor = MentionExtractor(lexicon: Fixtures.content.time, today: CalendarDate(year: 2026, month: 11, day: 25))
        func read(_ text: String) -> (times: [Int], quantities: [String]) {
            let mentions = extractor.extract(from: AnalyzedText(text, reading: Fixtures.content.reading))
            return (mentions.times.compactMap(\.minutes), mentions.quantities.map { "\($0.kind) \($0.value)" })
        }
        #expect(read("бригада працюватиме з 9 до 13 години").times == [9 * 60, 13 * 60])
        #expect(read("бригада працюватиме з 9 до 13 години").quantities.isEmpty)
        #expect(read("приїдуть після 2 години").times == [2 * 60])
        #expect(read("з 09:00 до 13:00").times == [9 * 60, 13 * 60])
        #expect(read("роботи триватимуть протягом 2 годин").quantities == ["hours 2.0"])
        #expect(read("світло дадуть через 3 години").quantities == ["hours 3.0"])
        #expect(read("відновлять за 2 години").quantities == ["hours 2.0"])
        #expect(read("вимкнуть на 4 години").quantities == ["hours 4.0"])
        #expect(read("вимкнуть на 4 години").times.isEmpty)
    }

    @Test func aWeekdayIsTheComingOneUnlessTheWordsAroundItPointToThePast() {
        // Wednesday 25 November 2026: the coming Sunday is the 29th, the last one the 22nd.
        let extractor = MentionExtractor(lexicon: Fixtures.content.time, today: CalendarDate(year: 2026, month: 11, day: 25))
        func dates(_ text: String) -> [Int] {
            extractor.extract(from: AnalyzedText(text, reading: Fixtures.content.reading)).dates.map(\.date.day)
        }
        #expect(dates("лічильник не працює з неділі") == [22])
        #expect(dates("у минулу п'ятницю приходив контролер") == [20])
        #expect(dates("світла немає ще з понеділка") == [23])
        #expect(dates("майстер приходив у вівторок") == [24])
        #expect(dates("лічильник перестав працювати в суботу") == [21])
        #expect(dates("у п'ятницю приїде бригада") == [27])
        #expect(dates("передзвоню вам у понеділок") == [30])
        #expect(dates("з понеділка тариф буде інший") == [30])
        #expect(dates("з понеділка бригада працюватиме у вашому районі") == [30])
        #expect(dates("Ярослав, у п'ятницю приїде бригада") == [27])
        #expect(dates("Людмила, у четвер зніму показники") == [26])
    }

    @Test func aBareDotNumberIsATimeOnlyAfterAClockPreposition() {
        let extractor = MentionExtractor(lexicon: Fixtures.content.time, today: CalendarDate(year: 2026, month: 11, day: 25))
        let time = extractor.extract(from: AnalyzedText("зателефоную завтра о 10.00"))
        #expect(time.times.compactMap(\.minutes) == [600])
        let date = extractor.extract(from: AnalyzedText("показники на 30.11"))
        #expect(date.dates.map(\.date) == [CalendarDate(year: 2026, month: 11, day: 30)])
        #expect(date.times.isEmpty)
    }
}
