import TrenazherCore
import TrenazherStore

/// The console's interface in Ukrainian (the default).
public struct UkrainianStrings: Strings {
    public init() {}

    public let isEnglish = false

    public let appTitle = "Тренажер стандартів обслуговування клієнтів"
    public let whoIsTraining = "Хто тренується?"
    public let registerNew = "Новий працівник — зареєструватися"
    public let askFullName = "Прізвище, ім'я та по батькові: "
    public let askFirstName = "Ім'я, яким ви представляєтеся клієнтам: "
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
    public let menuTitle = "Що робимо?"
    public let menuPractise = "Тренування: сценарій"
    public let menuExam = "Іспит за напрямом сертифікації"
    public let menuProgress = "Мій прогрес"
    public let menuQuit = "Вийти"
    public let choicePrompt = "Ваш вибір: "
    public func invalidChoice(_ count: Int) -> String { "Введіть число від 1 до \(count)." }
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
    public let practiceIntro = "Після кожної відповіді — короткий відгук. /help — дії та команди, /hint — підказка."
    public let examIntro = "Іспит: відгук і підказки — лише наприкінці. /help — дії та команди."
    public func youSpeakFirst(_ channel: Channel) -> String {
        switch channel {
        case .visit: "До вас підходить відвідувач. Ви починаєте розмову."
        case .phone, .hotline: "Дзвонить телефон. Ви відповідаєте на дзвінок."
        case .written: ""
        }
    }
    public let writtenIntro = "Напишіть відповідь на звернення. Рядок з однією крапкою «.» завершує лист."
    public let traineePrompt = "Ви › "
    public let letterPrompt = "│ "
    public let customerLabel = "Клієнт"
    public let systemLabel = "Система"
    public func statusLine(clock: String, channel: Channel, mood: String?) -> String {
        var parts = ["🕒 \(clock)", channelName(channel)]
        if let mood { parts.append("настрій клієнта: \(mood)") }
        return parts.joined(separator: " · ")
    }
    public func holding(seconds: Int) -> String { "⏳ Клієнт чекає на лінії… \(seconds) с" }
    public func answerTime(seconds: Double) -> String { "відповідь за \(Int(seconds.rounded())) с" }
    public let interruptedNote = "Ви перебили клієнта: надруковане залишено як початок відповіді."
    public let leaveQuestion = "Вийти зі спроби? Записане збережеться, продовжити: trenazher train --resume. [т/Н] "
    public let yesAnswers: Set<String> = ["т", "так", "y", "yes", "д", "да"]
    public let leftAttempt = "Спробу відкладено. Продовжити: trenazher train --resume"
    public let conversationEnded = "Розмову завершено."
    public func unknownCommand(_ name: String) -> String { "Невідома команда /\(name). /help — список." }
    public let hintsOnlyInPractice = "Під час іспиту підказок немає."
    public let hintTitle = "Підказка"
    public func resumed(answers: Int) -> String { "Продовжуємо перервану спробу (відновлено відповідей: \(answers))." }
    public let scenarioChanged = "Сценарій змінився після початку спроби: розмова може піти інакше, ніж тоді."
    public func recordingFailed(_ reason: String) -> String { "Не вдалося записати хід: \(reason)" }

    public let helpTitle = "Дії в програмі компанії та команди тренажера"
    public let helpLines: [(command: String, meaning: String)] = [
        ("/docs", "переглянути документи, які подав відвідувач"),
        ("/lookup [РАХУНОК]", "пошук в інформаційній системі (особовий рахунок, заявка)"),
        ("/ticket ТИП [ПРИМІТКА]", "зареєструвати заявку / звернення / скаргу"),
        ("/callback ДАТА ЧАС", "запланувати зворотний дзвінок"),
        ("/hold", "поставити дзвінок на утримання"),
        ("/standards", "пункти Стандартів цього сценарію"),
        ("/clause ID", "текст пункту Стандарту"),
        ("/hint", "що очікують Стандарти далі (лише тренування)"),
        ("/end", "завершити розмову й отримати оцінку"),
        ("/quit", "відкласти спробу (продовжити: train --resume)"),
    ]
    public let standardsTitle = "Стандарти, що застосовуються в цьому сценарії"
    public func clauseUsage(_ ids: [String]) -> String { "Вкажіть пункт: /clause \(ids.first ?? "ID")" }
    public func unknownStandard(_ id: String) -> String { "Пункту «\(id)» у цьому сценарії немає." }

    public let clauseOnRequest = "Повний текст пункту Стандарту: /clause ID"
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
    public func score(_ score: Int, passed: Bool) -> String {
        "Бал: \(score) з 100 — \(passed ? "складено" : "не складено")"
    }
    public let practiseNext = "Що потренувати далі"
    public let nothingToPractise = "Усі Стандарти виконано. Так тримати!"

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
