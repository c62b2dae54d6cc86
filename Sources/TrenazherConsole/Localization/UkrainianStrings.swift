import Foundation
import TrenazherCore
import TrenazherStore

/// The console's interface in Ukrainian (the default).
public struct UkrainianStrings: Strings {
    /// How the trainee continues an interrupted attempt from outside the trainer: `trenazher train --resume`,
    /// or over SSH `ssh -t ACCOUNT@SERVER resume` (see `ResumeCommand`).
    public let resumeCommand: String

    public init(resumeCommand: String = ResumeCommand.local) {
        self.resumeCommand = resumeCommand
    }

    public let isEnglish = false

    public let appTitle = "Тренажер стандартів обслуговування клієнтів"
    public let whoIsTraining = "Хто тренується?"
    public let registerNew = "Новий працівник — зареєструватися"
    public let askFullName = "Прізвище, ім'я та по батькові: "
    public func askFirstName(suggestion: String) -> String {
        suggestion.isEmpty ? "Ім'я, яким ви представляєтеся клієнтам: "
            : "Ім'я, яким ви представляєтеся клієнтам (Enter — «\(suggestion)»): "
    }
    public let askRole = "Посада"
    public func alreadyRegistered(_ fullName: String) -> String { "«\(fullName)» вже зареєстровано: продовжуємо з цим записом." }
    public func roleName(_ role: TraineeRole) -> String {
        switch role {
        case .cok: "фахівець ЦОК"
        case .hotline: "оператор гарячої лінії"
        }
    }
    public func welcome(_ firstName: String) -> String { "Вітаємо, \(firstName)!" }
    public func resumeItem(_ title: String) -> String { "Продовжити перервану спробу: \(title)" }
    public func resumeItemMany(_ count: Int) -> String { "Продовжити перервану спробу (їх \(count))" }
    public func continueInterruptedQuestion(_ attempt: String) -> String { "Є перервана спроба цього сценарію: \(attempt). Продовжити її? (ні — нова спроба) [т/Н] " }
    public func nextStep(_ step: NextStepHint, customerFemale: Bool?) -> String {
        switch step {
        case .standard(let id, let title, let hint): return "наступний крок — \(title) (\(id)). \(hint)"
        case .goal(let missing):
            let who = customerFemale == true ? "клієнтка ще не почула" : "клієнт ще не почув"
            return "наступний крок — скажіть те, чого \(who): \(missing)."
        case .done: return "усе потрібне вже зроблено. Завершіть розмову ввічливо."
        }
    }
    public let chooseResumable = "Яку перервану спробу продовжити?"
    public func resumableAttempt(id: Int64, title: String, mode: AttemptMode, started: Date, answers: Int) -> String {
        "#\(id) \(title) · \(modeName(mode)) · почато \(DateText.moment(started)) · відповідей: \(answers)"
    }
    public let menuTitle = "Що робимо?"
    public let menuPractise = "Тренування: сценарій"
    public let menuExam = "Іспит за напрямом сертифікації"
    public let menuProgress = "Мій прогрес"
    public let menuDrill = "Вправа: одна репліка на найслабший Стандарт"
    public let noDrills = "Для ваших Стандартів вправ поки немає."
    public func drillHeader(_ id: String, title: String) -> String { "Вправа — \(id): \(title)" }
    public func drillSituation(_ scenario: String) -> String { "Ситуація зі сценарію «\(scenario)». Скажіть наступну репліку:" }
    public func drillNext(days: Int, box: Int, of boxes: Int) -> String {
        let when: String
        switch days {
        case 0: when = "у наступній вправі"
        case 1: when = "завтра"
        default:
            let ones = days % 10, tens = days % 100
            let unit = ones == 1 && tens != 11 ? "день" : (2...4).contains(ones) && !(12...14).contains(tens) ? "дні" : "днів"
            when = "через \(days) \(unit)"
        }
        return "Цей Стандарт знову — \(when) (рівень \(box) з \(boxes))."
    }
    public let menuQuit = "Вийти"
    public let choicePrompt = "Ваш вибір: "
    public func invalidChoice(_ numbers: [Int]) -> String {
        numbers.count == 1 ? "Введіть \(numbers[0])." : "Введіть один із номерів: \(numbers.map(String.init).joined(separator: ", "))."
    }
    public let enterForSuggested = "Enter — рекомендований"
    public let emptyAnswer = "Це поле не може бути порожнім."
    public let suggested = "рекомендовано"
    public let passedMark = "складено"
    public let chooseScenario = "Оберіть сценарій"
    public let chooseTrack = "Оберіть напрям сертифікації"
    public let noTracks = "Напрями сертифікації ще не налаштовано."
    public let back = "Назад"
    public let goodbye = "До зустрічі!"

    public func channelName(_ channel: Channel) -> String {
        switch channel {
        case .visit: "візит до ЦОК"
        case .phone: "телефон ЦОК"
        case .hotline: "гаряча лінія"
        case .written: "письмове звернення"
        }
    }
    public func modeName(_ mode: AttemptMode) -> String {
        switch mode {
        case .practice: "тренування"
        case .exam: "іспит"
        }
    }
    public func attemptHeader(title: String, channel: Channel, mode: AttemptMode) -> String {
        "\(title) · \(channelName(channel)) · \(modeName(mode))"
    }
    public let taskCardTitle = "Завдання"
    public let practiceIntro = "Після кожної відповіді — короткий відгук. /help — дії та команди, /hint — підказка."
    public let examIntro = "Іспит: відгук і підказки — лише наприкінці. /help — дії та команди."
    public func youSpeakFirst(_ channel: Channel, customerFemale: Bool?) -> String {
        switch channel {
        case .visit: "До вас підходить \(customerFemale == true ? "відвідувачка" : "відвідувач"). Ви починаєте розмову."
        case .phone, .hotline: "Дзвонить телефон. Ви відповідаєте на дзвінок."
        case .written: ""
        }
    }
    public let writtenIntro = "Напишіть відповідь на звернення. Рядок з однією крапкою «.» надсилає лист; /edit N — виправити рядок N, /delete N — видалити, /show — показати лист; команди (/help, /quit …) до листа не потрапляють, «//» — рядок, що починається з «/». Чернетка зберігається після кожного рядка."
    public let traineePrompt = "Ви › "
    public let letterPrompt = "│ "
    public let customerLabel = "Клієнт"
    public func customerLabel(female: Bool?) -> String { female == true ? "Клієнтка" : "Клієнт" }
    public let systemLabel = "Система"
    public func statusLine(date: CalendarDate, clock: String, channel: Channel, mood: String?, customerFemale: Bool?) -> String {
        let weekdays = ["пн", "вт", "ср", "чт", "пт", "сб", "нд"]
        var parts = ["📅\u{00A0}\(weekdays[DateText.weekday(date)])\u{00A0}\(DateText.dotted(date))\u{00A0}🕒\u{00A0}\(clock)", channelName(channel)]
        if let mood { parts.append("\(customerFemale == true ? "клієнтка" : "клієнт"): \(mood)") }
        return parts.joined(separator: " · ")
    }
    public func holding(seconds: Int, channel: Channel, customerFemale: Bool?) -> String {
        let who = channel == .visit ? (customerFemale == true ? "Відвідувачка чекає" : "Відвідувач чекає")
            : (customerFemale == true ? "Клієнтка чекає на лінії" : "Клієнт чекає на лінії")
        return "⏳ \(who)… \(seconds) с"
    }
    public func answerTime(seconds: Double) -> String { "відповідь за \(Int(seconds.rounded()))\u{00A0}с" }
    public let interruptedNote = "Ви перебили клієнта: надруковане залишено як початок відповіді."
    public let leaveQuestion = "Вийти зі спроби? Записане збережеться — продовжите з меню тренажера. [т/Н] "
    public let leaveExerciseQuestion = "Вийти з вправи? Її не записують: продовжити її потім не можна. [т/Н] "
    public let finishQuestion = "Завершити розмову й отримати оцінку? [т/Н] "
    public func actionProblem(_ problem: ActionArgumentProblem) -> String {
        switch problem {
        case .callbackNeedsDateAndTime: "Вкажіть дату й час дзвінка: /callback 27.11 10:00"
        case .callbackInvalidDate(let date): "Дати «\(date)» не існує. Приклад: /callback 27.11 10:00"
        case .callbackInvalidTime(let time): "Часу «\(time)» не існує: години 00–23, хвилини 00–59. Приклад: /callback 27.11 10:00"
        case .callbackInPast(let date): "Дата «\(date)» вже минула: дзвінок можна запланувати від сьогодні."
        case .ticketNeedsKind(let kinds): "Вкажіть тип: /ticket \(kinds.joined(separator: "|")) [примітка]"
        case .ticketUnknownKind(let kind, let kinds):
            "Невідомий тип «\(kind)»" + (Suggestion.closest(to: kind, in: kinds).map { " — можливо, «\($0)»?" } ?? ".")
                + " Можна: \(kinds.joined(separator: ", "))."
        case .ticketKindNotOffered(let kind, let kinds):
            "Тип «\(kind)» у цій справі програма не реєструє. Можна: \(kinds.joined(separator: ", "))."
        }
    }
    public func actionNotReplayed(_ action: String, _ problem: ActionArgumentProblem) -> String {
        "«\(action)» не виконано, як і в тренажері: " + actionProblem(problem)
    }
    public let yesAnswers: Set<String> = ["т", "так", "y", "yes", "д", "да"]
    public let noAnswers: Set<String> = ["н", "ні", "n", "no", "нет"]
    public let answerYesOrNo = "Відповідайте «т» (так) або «н» (ні); /quit — повернутися до меню."
    public var leftAttempt: String { "Спробу відкладено. Продовжити: пункт «Продовжити перервану спробу» в меню тренажера або \(resumeCommand)" }
    public func examStopped(at number: Int, of count: Int) -> String {
        "Іспит перервано на сценарії \(number) з \(count). Цю спробу продовжите з меню; щоб зіграти решту сценаріїв, почніть іспит знову — він іде з першого сценарію."
    }
    public let leftExercise = "Вправу завершено без оцінки; записана спроба — без змін."
    public let conversationEnded = "Розмову завершено."
    public func unknownCommand(_ name: String) -> String { "Невідома команда /\(name). /help — список." }
    public let hintsOnlyInPractice = "Під час іспиту підказок немає."
    public let examNeedsTerminal = "іспит складають лише наживо, набираючи відповіді в терміналі (`trenazher exam НАПРЯМ` у терміналі); відповіді з файлу чи каналу не приймаються"
    public let hintTitle = "Підказка"
    public func resumed(answers: Int) -> String { "Продовжуємо перервану спробу (відновлено відповідей: \(answers))." }
    public let scenarioChanged = "Сценарій змінився після початку спроби: розмова може піти інакше, ніж тоді."
    public func turnNotSaved(_ reason: String, text: String) -> String {
        "Останню репліку не збережено, спробу зупинено: \(reason). Ваш текст: «\(text)» — наберіть його знову після \(resumeCommand)"
    }
    public func draftNotSaved(_ reason: String) -> String { "Чернетку листа не збережено: \(reason)" }
    public func resultNotSaved(_ reason: String) -> String {
        "Результат спроби не збережено: \(reason). Завершіть її знову: \(resumeCommand)"
    }

    public let draftRestored = "Чернетку відповіді відновлено: пишіть далі."
    public func tipExample(_ example: String) -> String { "Наприклад: «\(example)»" }
    public let lineRestored = "Недописану відповідь відновлено: допишіть її й натисніть Enter."
    public func lineNotSaved(_ reason: String) -> String { "Недописану відповідь не збережено: \(reason)" }
    public func letterLineNumber(_ count: Int) -> String {
        count == 0 ? "У листі ще немає рядків." : "Вкажіть номер рядка від 1 до \(count), наприклад /edit 1."
    }
    public func letterLineDeleted(_ number: Int, text: String, left: Int) -> String {
        let quoted = text.trimmingCharacters(in: .whitespaces).isEmpty ? "порожній рядок" : "«\(text.trimmingCharacters(in: .whitespaces))»"
        let rest = left == 0 ? "У листі більше немає рядків." : number <= left ? "Наступні рядки перенумеровано:" : "Лист тепер:"
        return "Рядок \(number) видалено: \(quoted). \(rest)"
    }
    public func letterLineEdited(_ number: Int) -> String { "Рядок \(number) виправлено." }
    public func letterLineUnchanged(_ number: Int) -> String { "Рядок \(number) залишився без змін." }
    public func paceNow(_ wordsPerMinute: Int?, range: ClosedRange<Int>) -> String {
        let now = wordsPerMinute.map { "\($0) слів за хвилину" } ?? "репліки одразу (--fast)"
        return "Темп мовлення клієнта: \(now). Змінити: /pace ЧИСЛО (\(range.lowerBound)–\(range.upperBound); природно — 130–160)."
    }
    public func paceInvalid(_ argument: String, range: ClosedRange<Int>) -> String {
        "«\(argument)» — не темп: вкажіть число слів за хвилину від \(range.lowerBound) до \(range.upperBound), наприклад /pace 140."
    }

    public let helpTitle = "Дії в програмі компанії та команди тренажера"
    public let helpLines: [(command: String, meaning: String)] = [
        ("/docs", "переглянути документи, які подав відвідувач"),
        ("/lookup [РАХУНОК|ЗАЯВКА|АДРЕСА]", "пошук в інформаційній системі (особовий рахунок, заявка, адреса)"),
        ("/kb СЛОВА", "база знань: правила, строки, документи, додаткові послуги"),
        ("/ticket ТИП [ПРИМІТКА]", "зареєструвати заявку / звернення / скаргу"),
        ("/callback ДАТА ЧАС", "запланувати зворотний дзвінок"),
        ("/hold", "поставити дзвінок на утримання"),
        ("/standards", "пункти Стандартів цього сценарію"),
        ("/clause ID", "текст пункту Стандарту"),
        ("/hint", "наступний крок, якого ще не зроблено (лише тренування)"),
        ("/pace [ЧИСЛО]", "темп мовлення клієнта, слів за хвилину (запам'ятовується)"),
        ("/end", "завершити розмову й отримати оцінку"),
        ("/quit", "відкласти спробу (продовжити — з меню тренажера)"),
    ]
    public let letterHelpLines: [(command: String, meaning: String)] = [
        (".", "рядок з однією крапкою надсилає лист"),
        ("/edit N", "виправити рядок N листа"),
        ("/delete N", "видалити рядок N листа"),
        ("/show", "показати лист з номерами рядків"),
        ("//", "рядок листа, що починається з «/»"),
    ]
    public let standardsTitle = "Стандарти, що застосовуються в цьому сценарії"
    public func clauseUsage(_ ids: [String]) -> String { "Вкажіть пункт: /clause \(ids.first ?? "ID")" }
    public func unknownStandard(_ id: String) -> String { "Пункту «\(id)» у цьому сценарії немає." }

    public func clauseOnRequest(_ id: String) -> String { "Повний текст пункту Стандарту: /clause \(id)" }
    public let answerTimeNote = "«відповідь за N с» — скільки часу ви самі думали й набирали попередню відповідь; це не ліміт. "
        + "Час у /help, /standards, /clause і в запитаннях після Ctrl-C чи Ctrl-D не рахується."
    public func examStep(_ track: String, number: Int, of count: Int) -> String {
        "Іспит «\(track)»: сценарій \(number) з \(count)"
    }
    public func examDone(passed: Int, of count: Int) -> String {
        "Іспит завершено: складено сценаріїв \(passed) з \(count). Сертифікат видає відділ кадрів за записаними спробами."
    }
    public let summaryTitle = "Підсумок спроби"
    public let summaryStandard = "Стандарт"
    public let summaryVerdict = "Вердикт"
    public let summaryNote = "Пояснення"
    public func verdictName(_ verdict: Verdict) -> String {
        switch verdict {
        case .met: "виконано"
        case .violated: "порушено"
        case .missed: "пропущено"
        case .notApplicable: "не застосовується"
        }
    }
    public func severityName(_ severity: Severity) -> String {
        switch severity {
        case .critical: "критичний"
        case .major: "суттєвий"
        case .minor: "незначний"
        }
    }
    public func score(_ score: Int, passed: Bool) -> String {
        "Бал: \(score) з 100 — \(passed ? "складено" : "не складено")"
    }
    public let practiseNext = "Що потренувати далі"
    public let standardTrends = "Стандарти: останні результати й тенденція"
    public let moodChangesTitle = "Чому змінювався настрій клієнта"
    public func moodChange(_ change: MoodChange) -> String {
        let said = "«\(change.text.replacingOccurrences(of: "\n", with: " "))»"
        return "репліка \(change.turn): \(change.from) → \(change.to) — \(change.reason.map { "\($0): " } ?? "")\(said)"
    }
    public let nothingToPractise = "Усі Стандарти виконано. Так тримати!"

    public func turnReference(_ number: Int) -> String { "репліка \(number)" }
    public let reviewTitle = "Розбір розмови"
    public let reviewLegend = "Під кожною вашою реплікою — вердикти, які вона вирішила; ⚡ — ви перебили клієнта."
    public let reviewYou = "Ви"
    public let reviewNeverShown = "Не прозвучало за всю розмову:"
    public let reviewModel = "Зразок"
    public let reviewTip = "Порада"
    public let afterAttemptPrompt = "р — розбір розмови, Enter — до меню: "
    public let reviewPrompt = "Номер репліки — спробувати ще раз з неї; !номер — не згоден з оцінкою; Enter — до меню: "
    public let retryReviewPrompt = "Номер репліки — спробувати ще раз з неї; Enter — повернутися до розбору спроби: "
    public func reviewInvalidTurn(_ count: Int) -> String {
        count == 1 ? "Тут лише одна репліка: введіть 1." : "Введіть номер репліки від 1 до \(count)."
    }
    public func retrying(from turn: Int) -> String {
        "Спроба ще раз з репліки \(turn): попередні відповіді відтворено, далі — по-іншому."
    }
    public let retryNotRecorded = "Це вправа: її не записано в прогрес."
    public let reviewAttemptsTitle = "Розбір завершених спроб"
    public let reviewAttemptPrompt = "Номер спроби для розбору; Enter — до меню: "
    public func reviewAttemptLine(id: Int64, title: String, score: Int?, passed: Bool?) -> String {
        "#\(id) \(title)" + (score.map { " — \($0) з 100" } ?? "") + (passed == true ? " ✓" : "")
    }
    public let disputeNeedsRecordedAttempt = "Заперечити можна лише оцінку записаної спроби, не вправи."
    public let disputeNothingToDispute = "Ця репліка не вирішила жодного вердикту."
    public func disputeWhich(_ turn: Int) -> String { "Не згоден з оцінкою репліки \(turn): який вердикт?" }
    public let disputeComment = "Чому оцінка хибна (ваш коментар): "
    public func disputeStored(_ id: Int64) -> String { "Заперечення №\(id) записано: тренер його розгляне." }
    public let reviewAnswers: Set<String> = ["р", "r", "розбір"]

    public func progressTitle(_ fullName: String, attempts: Int) -> String {
        "Мій прогрес — \(fullName): завершених спроб \(attempts)"
    }
    public func scenarioProgress(attempts: Int, best: Int, practice: Bool, exam: Bool) -> String {
        "спроб \(attempts), найкращий бал \(best); тренування \(practice ? "складено" : "ні"), іспит \(exam ? "складено" : "ні")"
    }
    public let nextScenario = "Наступний сценарій"
    public let trackEligible = "можна отримати сертифікат"
    public func trackMissing(_ scenarios: [String], withinReach: Bool) -> String {
        (withinReach ? "майже: " : "") + "бракує іспиту — " + scenarios.joined(separator: "; ")
    }
}
