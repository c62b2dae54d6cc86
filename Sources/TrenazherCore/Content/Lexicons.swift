/// «ти»-forms (GEN-FORMAL), from `Content/lexicon/informal.yaml`.
public struct InformalLexicon: Sendable, Codable {
    public var pronouns: Set<String>
    public var verbSuffixes: [String]
    public var verbExceptions: WordList
    public var irregularVerbs: Set<String>
    /// Singular imperatives derived from the polite plurals, plus the fixed informal ones.
    public var singularImperatives: Set<String>
    /// Derived singulars ending in «-и» that double as noun forms («погоди», «оплати»): informal only
    /// at a clause start or after one of `imperativeLeadWords` («ну скажи»).
    public var ambiguousImperatives: Set<String>
    public var imperativeLeadWords: Set<String>
    public var nounHomographs: Set<String>
    public var safePhrases: [PatternSource]
    /// Endings of a singular imperative after «не» («не кипішуй», «не хвилюйся»): a negated word
    /// with one of them is a «ти» form even when no list names it.
    public var negatedImperativeEndings: [String] = []
    /// The fewest letters such a word has («не край», «не чай» are nouns).
    public var negatedImperativeMinLetters = 5
    /// Words that say a thing is absent («нема», «не надійшла»): a noun homograph in their clause is the noun
    /// in the genitive of negation, whatever leads it («а оплати за сьогодні в системі ще нема»).
    public var absenceCues: [PatternSource] = []
    /// The polite imperatives themselves («принесіть», «напишіть»): a clause with one is said to the customer
    /// (`AssertionScope.addresses`), no rule of no one in particular.
    public var politeImperatives: Set<String> = []

    /// Derives the singular imperative(s) of a polite plural imperative:
    /// -іться → -ись/-ися, -йтеся/-йтесь → -йся/-йсь, -іть → -и, -йте → -й, -ьте → -ь, consonant+те → consonant.
    public static func singulars(ofPolite word: String) -> [String] {
        let w = word.lowercased()
        func stem(_ suffix: String) -> String { String(w.dropLast(suffix.count)) }
        if w.hasSuffix("іться") { return [stem("іться") + "ись", stem("іться") + "ися"] }
        if w.hasSuffix("йтеся") { return [stem("йтеся") + "йся", stem("йтеся") + "йсь"] }
        if w.hasSuffix("йтесь") { return [stem("йтесь") + "йся", stem("йтесь") + "йсь"] }
        if w.hasSuffix("ьтеся") { return [stem("ьтеся") + "ься", stem("ьтеся") + "ись"] }
        if w.hasSuffix("теся"), let c = w.dropLast(4).last, !"аеєиіїоуюяь".contains(c) { return [stem("теся") + "ся", stem("теся") + "ись"] }
        if w.hasSuffix("іть") { return [stem("іть") + "и"] }
        if w.hasSuffix("йте") { return [stem("йте") + "й"] }
        if w.hasSuffix("ьте") { return [stem("ьте") + "ь"] }
        if w.hasSuffix("те"), let c = w.dropLast(2).last, !"аеєиіїоуюя".contains(c) { return [stem("те")] }
        return []
    }
}

/// Rude, dismissive and obscene language and shouting (GEN-COURTESY), from `lexicon/courtesy.yaml`.
public struct CourtesyLexicon: Sendable, Codable {
    public var prohibited: [PatternSource]
    public var insults: [PatternSource]
    public var obsceneRoots: [String]
    public var obsceneExclusions: WordList
    public var disrespectfulAddress: [PatternSource]
    /// Upper-case words that are not shouting, in upper-case match form.
    public var acronyms: Set<String>
    public var minShoutingWordLetters: Int
    public var maxCapsRatio: Double
    public var minLettersForRatio: Int
    public var shoutingPunctuation: [String]
    public var repeatedLetter: Int
    /// Polite offers and questions in the conditional («а Ви самі не хотіли б…», «чи не бажаєте») and
    /// reassurances («нічого страшного, так буває»): a prohibited phrase that shares a word with one is an
    /// offer or comfort, not a reproach.
    public var offers: [PatternSource] = []
}

/// Russian and surzhyk (GEN-LANGUAGE), from `lexicon/language.yaml`.
public struct LanguageLexicon: Sendable {
    public var russianLetters: Set<Character>
    public var russianWords: [PatternSource]
    public var surzhykWords: [PatternSource]
    public var surzhykThreshold: Int
}

/// Dates, times and quantities, from `lexicon/time.yaml`.
public struct TimeLexicon: Sendable {
    /// Word form → month number (1…12).
    public var months: [String: Int]
    /// Word form → weekday (1 = Monday).
    public var weekdays: [String: Int]
    /// «сьогодні» → 0, «завтра» → 1 …
    public var relativeDays: [String: Int]
    public var numberWords: [String: Int]
    /// «десятій» → 10.
    public var clockWords: [String: Int]
    public var clockPrepositions: Set<String>
    public var dayParts: [PatternSource]
    /// A quantity's kind and the unit patterns that follow its number.
    public var units: [(kind: String, patterns: [PatternSource])]
    /// Units longer than a day → their length in calendar and working days.
    public var durations: [String: (days: Double, workingDays: Double)]
    /// Words after which a long unit without a number means one of it («протягом місяця»).
    public var durationPrepositions: Set<String>
    /// Words that make a figure approximate («приблизно», «майже»): not judged as claims.
    public var approximators: Set<String>
    /// «тисяча» → 1000: words that multiply the number before them.
    public var multipliers: [String: Int]
    /// «двадцять копійок» after an amount of money: the words of the part and how many make a unit.
    public var moneyParts: (patterns: [PatternSource], per: Int)?
    /// Number stems of compound adjectives («п'ятнадцяти» of «п'ятнадцятиденний») → the number,
    /// longest first.
    public var compoundNumbers: [(String, Int)] = []
    /// Unit stems of compound adjectives («денн» of «п'ятнадцятиденний») and the quantity kind.
    public var compoundUnits: [(stem: String, kind: String)] = []
    /// «пів» of «пів на третю».
    public var halfWords: Set<String>
    /// Hour words up to this hour read as afternoon hours («о третій» → 15:00).
    public var afternoonUpTo: Int
    /// Intent name → allowed minutes of the day (from, to; may wrap past midnight).
    public var greetingWindows: [String: (from: Int, to: Int)]
    /// Words a letter's date line may hold besides the date («дата відповіді: 22 грудня 2026 року»).
    public var letterDateWords: Set<String> = []
    /// Words that may follow a date's year and belong to it («1 грудня 2026 року», «2026 р.»).
    public var yearWords: Set<String> = []
    /// Words said between the digit groups of a code read out («дефіс»): `NumberReader.codeJoiners`.
    public var codeJoiners: Set<String> = []
    /// An ordinal's endings typed straight after its digits («30го»): `NumberReader.ordinalSuffixes`.
    public var ordinalSuffixes: Set<String> = []
    /// A cardinal's case endings typed after its digits («2х», «5-ти»): `NumberReader.cardinalSuffixes`.
    public var cardinalSuffixes: Set<String> = []
    /// Words after which a weekday names no day («без суботи»), and the words that join another weekday to one so
    /// excluded («без суботи і неділі»): `MentionExtractor`.
    public var weekdayExclusions: Set<String> = []
    public var weekdayJoiners: Set<String> = []
    /// The company's working days and hours: a call-back is kept only within them.
    public var workingHours: WorkingHours?
    /// «з 9 до 13 години»: an hour number between one of these prepositions and one of these hour
    /// words is a clock time, not a duration (`clock_hours`).
    public var clockHours = ClockHourWords()
    /// The words that make a weekday the previous one («з неділі», «у минулу п'ятницю») (`past_weekdays`).
    public var pastWeekdays = PastWeekdayWords()
    /// Terms said in words, without a number («того ж дня», «до кінця тижня», «по Новому році»): a claim of
    /// days or dates judges them like a figure (`terms_in_words`).
    public var termsInWords: [PatternSource] = []
    /// The words after a clock time that name the part of the day («дев'ятої вечора»: 21:00) (`clock_periods`).
    public var clockPeriods = ClockPeriodWords()
    /// How far an approximate figure («десь за п'ять робочих днів») may stand from a claim's value, as a share of
    /// it, and still be true; 0: approximate figures are not judged (`approximate_tolerance`).
    public var approximateTolerance: Double = 0
}

/// `clock_periods` of `lexicon/time.yaml`: «о дев'ятій вечора» is 21:00, «о другій ночі» 2:00, «о сьомій ранку» 7:00.
public struct ClockPeriodWords: Sendable, Codable {
    /// Words of the afternoon and evening («вечора», «дня»): an hour before 12 is 12 hours later.
    public var evening: Set<String> = []
    /// Words of the night («ночі»): an hour from `nightFrom` to 11 is 12 hours later, 12 is midnight.
    public var night: Set<String> = []
    /// Words of the morning («ранку»): the hour as said, never read as an afternoon hour.
    public var morning: Set<String> = []
    /// The first hour of the evening side of the night («десятої ночі» is 22:00, «другої ночі» 2:00).
    public var nightFrom = 6

    /// The hour of the clock that `hour` (0…23, as said) is when `word` follows it, or `nil` when
    /// `word` names no part of the day.
    public func hour(_ hour: Int, before word: String) -> Int? {
        if evening.contains(word) { return hour < 12 ? hour + 12 : hour }
        if night.contains(word) { return hour == 12 ? 0 : (hour >= nightFrom && hour < 12 ? hour + 12 : hour) }
        if morning.contains(word) { return hour == 12 ? 0 : hour }
        return nil
    }
}

/// `clock_hours` of `lexicon/time.yaml`: «до 13 години», «о 15 годині» are clock times.
public struct ClockHourWords: Sendable, Codable {
    /// Prepositions that take the genitive or locative («о», «до», «з», «після»), so the hour word
    /// after their number is one hour of the clock.
    public var prepositions: Set<String> = []
    /// Singular hour words («години», «годині»).
    public var words: Set<String> = []
}

/// `past_weekdays` of `lexicon/time.yaml`: a weekday is the coming one unless these point to the past.
public struct PastWeekdayWords: Sendable, Codable {
    /// Words at most two before the weekday that make it past («з», «минулу», «ще»).
    public var markers: Set<String> = []
    /// Past-tense verb endings («ла», «ли», «вся»): such a word within three words of the weekday
    /// makes it past.
    public var verbEndings: [String] = []
    /// Words with a past-tense ending that are not verbs («правила», «ярослав»).
    public var notVerbs: Set<String> = []
    /// Words anywhere in the sentence that keep the coming weekday («буде», «наступного»).
    public var futureMarkers: Set<String> = []
    /// Endings of future-tense verbs («тиме», «тимуть») that keep the coming weekday.
    public var futureEndings: [String] = []
}

/// An abbreviation and the words that explain it (WRT-PLAIN).
public struct JargonEntry: Sendable, Codable {
    public var abbreviation: String
    public var expansions: [PatternSource]
    /// The abbreviation is read in lower case too («оср», «цок» typed in a hurry): only for those no
    /// Ukrainian word spells.
    public var lowercase = false
}

/// Scoring and grading thresholds, from `Content/scoring.yaml`.
public struct ScoringRules: Sendable, Codable {
    public var weights: [Severity: Int]
    public var passScore: Int
    public var criticalFailureFails: Bool
    public var longActionSeconds: Int
    public var defaultTurnWords: Int
    public var defaultPauseSeconds: Double
    public var practiseNextCount: Int
    /// Standards judged only by the absence of a fault, and the least a conversation must hold for them.
    public var absenceCredit: AbsenceCredit
    /// Whether an unserved or misinformed customer fails the attempt, and the outcome sentences.
    public var outcome: OutcomeWording
    /// How long a turn, a letter, a transcript and an answer's time may be.
    public var inputLimits: InputLimits
    /// When a turn longer than the word limit is still concise (*-CONCISE).
    public var conciseAnswer = ConciseAnswer()
    /// How many values told in earlier turns a closing turn repeats to sum the conversation up
    /// (VIS-SUMMARY, PHN-SUMMARY), as «отже» does; 0: only the summary's words do.
    public var recapValues = 0

    /// Score (rounded down) and pass/fail of a set of final verdicts and the customer's outcome:
    /// an unserved or misinformed customer fails the attempt whatever its score (`outcome` rules).
    public func score(_ standards: [StandardVerdict], outcome: CustomerOutcome? = nil) -> (score: Int, passed: Bool) {
        var applicable = 0
        var earned = 0
        var criticalFailure = false
        for item in standards where item.verdict != .notApplicable {
            let weight = weights[item.severity] ?? 0
            applicable += weight
            if item.verdict == .met { earned += weight }
            if item.severity == .critical && item.verdict.isFailure { criticalFailure = true }
        }
        let score = applicable == 0 ? 100 : earned * 100 / applicable
        var passed = score >= passScore && !(criticalFailureFails && criticalFailure)
        switch outcome?.status {
        case .unresolved?: passed = passed && !self.outcome.unresolvedFails
        case .misinformed?: passed = passed && !self.outcome.misinformedFails
        default: break
        }
        return (score, passed)
    }
}

/// A company service (documents, term, cost), from `Content/services.yaml`.
public struct ServiceDefinition: Sendable, Codable {
    public var id: String
    public var name: String
    public var documents: [String]
    public var term: String?
    public var cost: String?
    public var documentsDeadline: String?
    /// Statements about the service its data contradicts (`false_statements:`: «переоформлення
    /// платне» for a free one), judged under GEN-ACCURATE in every scenario built on the service.
    public var falsehoods: [KnownFalsehood] = []
    /// What the service's rules say of subjects of `statements.yaml` (`statements:`: a re-registration
    /// needs an application), judged in every scenario built on the service.
    public var statements: [SubjectStatement] = []
}

/// An additional service worth offering on some topics (HOT-SERVICES, PHN-SUMMARY).
public struct AdditionalService: Sendable, Codable {
    public var id: String
    public var name: String
    public var patterns: [PatternSource]
    public var topics: [String]
    /// How the customer uses it (shown by `/kb`).
    public var how: String?
}
