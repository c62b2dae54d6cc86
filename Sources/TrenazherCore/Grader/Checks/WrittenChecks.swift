/// WRT-SALUTATION: a formal salutation at the start and a closing at the end of the letter. The
/// start is the first two sentences, or anything before the body when the letter opens with a
/// heading (date, addressee: lines of a few words each); the end is the last four sentences, or
/// anything after the body when the letter ends with a signature (name, position, company, date:
/// lines of a few words each). A closing not followed by both the trainee's name and a position, department or
/// company is `violated`: a name alone, or the company alone, signs no letter (the catalogue: «З повагою, name and
/// position»).
struct SalutationCheck: FirstSpeechCheck {
    /// A heading or signature line has at most this many words; the body starts at the first longer
    /// sentence and ends at the last.
    static let headingWords = 6

    func evaluate(_ context: GradingContext) -> [Finding] {
        guard let letter = context.speech.first, let analysis = letter.analysis else { return context.missedIfFinal() }
        if let informal = analysis.intents["greeting_informal"] ?? analysis.intents["farewell_informal"] {
            return [context.finding(.violated, turn: letter, evidence: informal.evidence, detail: "неофіційне звертання")]
        }
        let text = analysis.text
        let sentences = text.sentenceCount
        let body = (0..<sentences).first { text.wordIndices(inSentence: $0).count > Self.headingWords } ?? sentences
        guard let salutation = analysis.intents["salutation"], salutation.sentence <= max(1, body) else {
            return context.missedIfFinal(detail: "немає звертання на початку листа")
        }
        if let name = Self.firstNameAlone(analysis, sentence: salutation.sentence, persona: context.scenario.persona.name) {
            return [context.finding(.violated, turn: letter, evidence: name, detail: "звертання лише на ім'я, без по батькові чи «пані»")]
        }
        let bodyEnd = (0..<sentences).last { text.wordIndices(inSentence: $0).count > Self.headingWords } ?? 0
        guard let closing = analysis.intents["closing"], closing.sentence >= min(max(0, sentences - 4), bodyEnd) else {
            return context.missedIfFinal(detail: "немає завершальної формули («З повагою…»)")
        }
        guard Self.isSigned(analysis, after: closing, context: context) else {
            return [context.finding(.violated, turn: letter, evidence: closing.evidence, detail: "завершення без імені й посади того, хто відповідає")]
        }
        return [context.finding(.met, turn: letter, evidence: salutation.evidence + " … " + closing.evidence)]
    }

    /// Whether the letter is signed after its closing formula: the trainee's first name and a position,
    /// department or company (the Content intent `signature`) stand after it. Without a `signature` intent in
    /// Content, every closing counts as signed.
    static func isSigned(_ analysis: TurnAnalysis, after closing: PatternMatch, context: GradingContext) -> Bool {
        guard let signature = context.analyzer.intents.first(where: { $0.name == "signature" }) else { return true }
        let text = analysis.text
        let after = closing.lastWord + 1
        guard after < text.words.count else { return false }
        let name = AnalyzedText(context.analyzer.traineeName, reading: context.content.reading).words.first?.form
        guard let name, text.words[after...].contains(where: { $0.form == name }) else { return false }
        return (closing.sentence..<text.sentenceCount).contains { sentence in
            signature.matches(in: text, sentence: sentence).contains { $0.firstWord >= after }
        }
    }
}

/// WRT-ANSWERS: every question of the appeal is answered (its patterns found).
struct AnswersCheck: StandardCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        var unanswered: [String] = []
        var evidence: [String] = []
        var turnOfLast: PlayedTurn?
        for question in context.scenario.questions {
            if let (turn, words) = context.speech.lazy.compactMap({ turn in turn.analysis?.answeredQuestions[question.id].map { (turn, $0) } }).first {
                evidence.append(words)
                turnOfLast = turn
            } else {
                unanswered.append(question.text.isEmpty ? question.id : question.text)
            }
        }
        if unanswered.isEmpty, let turnOfLast {
            return [context.finding(.met, turn: turnOfLast, evidence: evidence.joined(separator: " / "))]
        }
        return context.missedIfFinal(detail: "без відповіді: " + unanswered.joined(separator: "; "))
    }

    func findings(at turn: PlayedTurn, context: GradingContext, memory: inout CheckMemory) -> [Finding] {
        guard let analysis = turn.analysis else { return [] }
        let questions = context.scenario.questions
        for question in questions where memory.marks[question.id] == nil {
            if let words = analysis.answeredQuestions[question.id] { memory.marks[question.id] = .init(turn: turn.index, evidence: words) }
        }
        guard let last = questions.last, memory.marks[last.id]?.turn == turn.index else { return [] }
        let evidence = questions.compactMap { memory.marks[$0.id]?.evidence }
        guard evidence.count == questions.count else { return [] }
        return [context.finding(.met, turn: turn, evidence: evidence.joined(separator: " / "))]
    }
}

/// WRT-DEADLINE: the reply is within the statutory term, and any term quoted is correct.
struct WrittenDeadlineCheck: FirstSpeechCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        guard let letter = context.speech.first, let analysis = letter.analysis else { return context.missedIfFinal() }
        let statements = analysis.statements.filter { $0.shows.contains(context.standard.id) }
        if let wrong = statements.first(where: { !$0.correct }) {
            return [context.finding(.violated, turn: letter, evidence: wrong.evidence, detail: "неправильний строк")]
        }
        if let received = context.scenario.received, let term = context.scenario.replyTermDays {
            if context.scenario.date.dayNumber - received.dayNumber > term {
                return [context.finding(.violated, turn: letter, detail: "відповідь пізніше \(term) днів від отримання")]
            }
            // The date the letter itself bears («дата відповіді: 22 грудня 2026 року»).
            if let dated = Self.letterDate(analysis, time: context.content.time), dated.date.dayNumber - received.dayNumber > term {
                return [context.finding(.violated, turn: letter, evidence: dated.evidence, detail: "лист датовано пізніше \(term) днів від отримання")]
            }
        }
        if let right = statements.first {
            return [context.finding(.met, turn: letter, evidence: right.evidence, detail: "названий у листі строк правильний")]
        }
        return context.final ? [context.finding(.met, turn: letter, detail: Self.keptTerm(context.scenario))] : []
    }

    /// What was found when the letter names no term: on which day after receipt it is sent, of how
    /// many, and that no term is named (so the note never says a term was «named correctly»).
    static func keptTerm(_ scenario: Scenario) -> String {
        guard let received = scenario.received, let term = scenario.replyTermDays else { return "строку в листі не названо" }
        let day = scenario.date.dayNumber - received.dayNumber
        return "відповідь на \(day)-й день від отримання при строку \(term) днів; строку в листі не названо"
    }
}

extension SalutationCheck {
    /// The customer's first name standing alone in the salutation's sentence — without the patronymic and
    /// without a formal word (`salutation_formal`: «шановна», «пані») — as colleagues write to each other:
    /// «Наталю, добрий день!» («Шановна Наталіє Володимирівно!», «Доброго дня, пані Наталіє!» are
    /// formal). The name is the persona's, written surname, first name, patronymic; a form of it is a
    /// word beginning with its stem (the name without its final vowels). A diminutive of another stem
    /// («Таню» for Тетяна) is not recognised.
    static func firstNameAlone(_ analysis: TurnAnalysis, sentence: Int, persona: String) -> String? {
        let parts = persona.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
            .map { TextNormalizer.matchForm(of: TextNormalizer.normalize(String($0))) }
        guard parts.count >= 3 else { return nil }
        func stem(_ form: String) -> String {
            var stem = Substring(form)
            while stem.count > 3, let last = stem.last, "аяоеєиіїуюй".contains(last) { stem = stem.dropLast() }
            return String(stem)
        }
        let first = stem(parts[1])
        let patronymic = stem(parts[2])
        guard first.count >= 3, analysis.intents["salutation_formal"]?.sentence != sentence else { return nil }
        let words = analysis.text.wordIndices(inSentence: sentence).map { analysis.text.words[$0] }
        guard !words.contains(where: { $0.form.hasPrefix(patronymic) }) else { return nil }
        return words.first { $0.kind == .word && $0.form.hasPrefix(first) }?.text
    }
}

extension WrittenDeadlineCheck {
    /// The date of the letter: a date standing on a line of its own, with only numbers, month and
    /// number words, `letter_date_words` and at most one other word (the city) beside it.
    static func letterDate(_ analysis: TurnAnalysis, time: TimeLexicon) -> DateMention? {
        analysis.mentions.dates.first { date in
            guard !date.isToday else { return false }
            let others = analysis.text.wordIndices(inSentence: date.sentence).filter { index in
                let word = analysis.text.words[index]
                return word.kind != .number && time.months[word.form] == nil && time.numberWords[word.form] == nil
                    && !time.letterDateWords.contains(word.form)
            }
            return others.count <= 1
        }
    }
}

/// WRT-PLAIN: an abbreviation from the jargon list with none of its expansions in the text.
struct PlainLanguageCheck: FirstQualifyingTurnCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        for turn in context.speech {
            if let hit = turn.analysis?.unexplainedJargon.first {
                return [context.finding(.violated, turn: turn, evidence: hit.text, detail: hit.reason)]
            }
        }
        return context.final && !context.speech.isEmpty ? [context.finding(.met, turn: context.speech.first)] : []
    }
}
