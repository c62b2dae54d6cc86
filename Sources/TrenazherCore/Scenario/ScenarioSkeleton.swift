/// The commented starting file `scenarios new ID --channel …` writes: a small complete scenario of
/// that channel that passes `scenarios check` and `scenarios test`, for a trainer to rewrite.
public enum ScenarioSkeleton {
    /// The skeleton's YAML text.
    public static func text(id: String, channel: Channel) -> String {
        switch channel {
        case .written: return header(id, channel) + written
        case .visit: return header(id, channel) + visit
        case .phone: return header(id, channel) + phone
        case .hotline: return header(id, channel) + hotline
        }
    }

    static func header(_ id: String, _ channel: Channel) -> String {
        """
        # Новий сценарій (канал \(channel.rawValue)). Перепишіть значення під свою ситуацію, потім:
        #   trenazher scenarios check Scenarios/\(id).yaml      — помилки з рядком і стовпцем
        #   trenazher scenarios test Scenarios/\(id).yaml       — приклади стенограм і вердикти
        #   trenazher scenarios graph \(id)                     — граф діалогу
        #   trenazher scenarios explore \(id)                   — автоматичні прогони
        # Довідник: Scenarios/README.md. Лапки потрібні для часу ("09:10"), чисел-рядків ("20417385")
        # і шаблонів з '#' ("до #"): без лапок ' #' починає коментар YAML.
        id: \(id)                            # незмінний: на нього посилаються спроби і сертифікати
        title: Новий сценарій                # як його видно у списку сценаріїв
        channel: \(channel.rawValue)                        # visit | phone | hotline | written
        date: 2026-11-25                     # змодельована дата (РРРР-ММ-ДД)
        clock: "10:00"                       # змодельований час доби, ГГ:ХХ у лапках

        """
    }

    /// Persona, facts, identification, claims and answers shared by the spoken channels.
    static let customer = """
        summary: >
          Клієнтка питає, чи є в неї заборгованість. Дані за особовим рахунком можна
          повідомляти лише після ідентифікації.
        persona:
          name: Коваленко Ірина Василівна     # прізвище ім'я по батькові
          address_as: Ірина Василівна         # як до неї звертатися
          mood: спокійна
        facts:                               # факти: {account} у будь-якому тексті, стенограмі, шаблоні
          account: "10234567"
          full_name: Коваленко Ірина Василівна
          debt: 312,40 грн

        """ + variants

    /// Three other sets of values: an exam draws one, so a memorised transcript does not pass it.
    static let variants = """
        variants:                            # іспит витягує один з варіантів (щонайменше три); кожен змінює
          - name: другий                     # суму, дату чи час, а не лише ім'я чи рахунок
            facts: {account: "20345678", debt: "1 048,15 грн"}
          - name: третій
            facts: {account: "30456789", debt: "97,60 грн"}
          - name: четвертий
            facts: {account: "40567890", debt: "540,00 грн"}

        """

    static let identification = """
        identification:                      # хто вважається ідентифікованим (HOT-ID, VIS-ID)
          all: [account]                     # кожен з цих фактів запитано і названо
          any: [full_name]                   # і хоча б один з цих
        account_facts:                       # дані рахунку: назвати їх до ідентифікації — порушення
          - "{debt}"                         # значення, що змінюється у варіантах, — лише через {факт}

        """

    static let claims = """
        claims:                              # що стажист може стверджувати і правильне значення (GEN-ACCURATE)
          - about: [заборгован*, борг*]      # шаблони слів: про що речення
            accept: ["{debt}"]               # правильні значення: дати, суми, строки, час (з комою — у лапках)

        """

    static let answers = """
        answers:                             # як клієнт відповідає на запитання в будь-якому вузлі
          asks_name: {say: "Ірина Василівна."}
          asks_identification: {say: "Рахунок {account}, Коваленко Ірина Василівна.", gives: [account, full_name]}
          asks_account: {say: "Рахунок {account}.", gives: [account]}
          asks_full_name: {say: "Коваленко Ірина Василівна.", gives: [full_name]}

        """

    /// The graph shared by the spoken channels: a question, the answer after identification, goodbye.
    static let graph = """
        opening: Добрий день. Скажіть, будь ласка, чи є в мене заборгованість?
        nodes:                               # граф діалогу; перший вузол — початок
          start:
            on:                              # переходи пробуються по черзі, спрацьовує перший
              - when: tells_account_fact     # намір(и) з Content/intents.yaml або 'intents'
                say: Зрозуміло, дякую. Оплачу сьогодні.
                go: informed
              - when: farewell
                say: До побачення.
                go: end
              - action: lookup               # або дія стажиста (/lookup); без 'go' вузол не змінюється
          informed:
            on:
              - when: farewell
                say: Дякую, до побачення.
                go: end
              - when: more_questions
                say: Ні, більше нічого, дякую.
          end:
            end: true                        # кінцевий вузол: подальші репліки не оцінюються
        fallback: [Так?, Слухаю Вас.]         # коли нічого не спрацювало

        actions:                             # змодельована програма компанії
          lookup:
            takes: 5                         # секунд (понад 30 — довга дія, HOT-HOLD)
            needs: [account]                 # що клієнт має назвати, щоб показати результат
            shows: |
              Особовий рахунок {account}: {full_name}. Заборгованість: {debt}.
            not_found: Введіть номер особового рахунку.

        """

    static let hotline = customer + """
        topic: payments                      # тема з Content/services.yaml (HOT-SERVICES)
        standards: [GEN-FORMAL, GEN-COURTESY, GEN-NO-INTERRUPT, GEN-ACCURATE, GEN-LANGUAGE, HOT-GREET, HOT-ASK-NAME,
                    HOT-NEED, HOT-CONCISE, HOT-ID, HOT-MORE, HOT-FAREWELL]

        """ + identification + claims + answers + graph + """
        examples:                            # приклади стенограм і вердикти, яких вони мають досягти
          - name: зразкова розмова
            transcript: |
              Добрий день, гаряча лінія, мене звати {trainee}. Як я можу до Вас звертатися?
              Ірино Василівно, назвіть, будь ласка, номер особового рахунку та Ваше прізвище, ім'я та по батькові.
              /lookup {account}
              Дякую. За Вашим рахунком заборгованість {debt}.
              Чи є у Вас ще запитання?
              Дякую за дзвінок, до побачення!
            expect: {passed: true, HOT-GREET: met, HOT-ASK-NAME: met, HOT-ID: met, GEN-ACCURATE: met, HOT-MORE: met, HOT-FAREWELL: met}
          - name: сума до ідентифікації
            transcript: |
              Добрий день, гаряча лінія, мене звати {trainee}. Як я можу до Вас звертатися?
              Ірино Василівно, у Вас заборгованість {debt}.
              До побачення!
            expect: {passed: false, HOT-ID: violated}

        """

    static let phone = customer + """
        topic: payments
        standards: [GEN-FORMAL, GEN-COURTESY, GEN-NO-INTERRUPT, GEN-ACCURATE, GEN-LANGUAGE, PHN-GREET, PHN-NEED,
                    PHN-CONCISE, PHN-FAREWELL]

        """ + identification + claims + answers + graph + """
        examples:
          - name: зразкова розмова
            transcript: |
              Добрий день, центр обслуговування клієнтів, мене звати {trainee}.
              Ірино Василівно, назвіть, будь ласка, номер особового рахунку та Ваше прізвище, ім'я та по батькові.
              /lookup {account}
              Дякую. За Вашим рахунком заборгованість {debt}.
              Дякую за дзвінок, до побачення!
            expect: {PHN-GREET: met, GEN-ACCURATE: met, PHN-FAREWELL: met}
          - name: неправильна сума, без прощання
            transcript: |
              Добрий день, центр обслуговування клієнтів, мене звати {trainee}.
              Назвіть, будь ласка, номер особового рахунку та Ваше прізвище, ім'я та по батькові.
              /lookup {account}
              У Вас заборгованість 400 грн.
            expect: {GEN-ACCURATE: violated, PHN-FAREWELL: missed}

        """

    static let visit = customer + """
        standards: [GEN-FORMAL, GEN-COURTESY, GEN-NO-INTERRUPT, GEN-ACCURATE, GEN-LANGUAGE, VIS-GREET, VIS-NEED,
                    VIS-ID, VIS-FAREWELL]

        """ + identification + claims + answers + graph + """
        examples:
          - name: зразкова розмова
            transcript: |
              Добрий день! Мене звати {trainee}. Чим можу допомогти?
              Ірино Василівно, назвіть, будь ласка, номер особового рахунку та Ваше прізвище, ім'я та по батькові.
              /lookup {account}
              Дякую. За Вашим рахунком заборгованість {debt}.
              Гарного дня, до побачення!
            expect: {VIS-GREET: met, VIS-ID: met, GEN-ACCURATE: met, VIS-FAREWELL: met}
          - name: сума до ідентифікації
            transcript: |
              Добрий день! Мене звати {trainee}.
              У Вас заборгованість {debt}.
              До побачення!
            expect: {VIS-ID: violated}

        """

    static let written = """
        received: 2026-11-20                 # коли надійшло звернення (WRT-DEADLINE)
        reply_term_days: 30                  # строк відповіді за законом, днів
        persona:
          name: Коваленко Ірина Василівна
          address_as: Ірина Василівна
        facts:
          account: "10234567"
          debt: 312,40 грн

        """ + variants + """
        standards: [GEN-FORMAL, GEN-COURTESY, GEN-ACCURATE, GEN-LANGUAGE, WRT-SALUTATION, WRT-ANSWERS, WRT-DEADLINE, WRT-PLAIN]
        claims:                              # що стажист може стверджувати і правильне значення (GEN-ACCURATE)
          - about: [заборгован*, борг*]
            accept: ["{debt}"]               # кожне значення claim стажист має знайти в програмі: records нижче
        records:                             # що показує /lookup (find_by: за яким фактом знайти запис)
          - find_by: [account]
            shows: "Особовий рахунок {account}: {full_name}. Заборгованість: {debt}."
        questions:                           # запитання звернення (WRT-ANSWERS): кожне має отримати відповідь
          - id: debt
            text: чи є заборгованість
            answered_by: [заборгован* ~6 (становить|складає|немає)]  # ~6: до 6 слів між ними
        opening: >                           # текст звернення
          Прошу повідомити, чи є заборгованість за особовим рахунком {account}.
          З повагою, Коваленко І. В.
        examples:
          - name: зразкова відповідь
            transcript: |
              Шановна Ірино Василівно!
              Повідомляємо, що заборгованість за Вашим особовим рахунком становить {debt}.
              З повагою, {trainee}, центр обслуговування клієнтів.
            expect: {WRT-SALUTATION: met, WRT-ANSWERS: met}
          - name: неправильна сума, без звертання
            transcript: |
              Заборгованість за рахунком становить 400 грн.
            expect: {WRT-SALUTATION: missed, GEN-ACCURATE: violated}

        """
}
