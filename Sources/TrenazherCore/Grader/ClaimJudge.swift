/// Compares what the trainee states with the scenario's `claims` (GEN-ACCURATE and the Standards a
/// claim `shows`). A quantity or date is judged only in a sentence about some claim, and is
/// correct when any claim of that sentence accepts it: a sentence naming two terms is not
/// mistaken for a contradiction. A value some claim of the scenario accepts is not judged wrong
/// when no subject it could be wrong about stands in its own clause («несете копії протягом
/// 10 робочих днів, а через 7 робочих днів договір буде…»): a true value is not turned false by
/// the subject of the next clause. The number of a claim said in a unit of another kind
/// («180 гривень» for 180 кВт·год) is wrong.
public struct ClaimJudge: Sendable {
    struct CompiledClaim: Sendable {
        var claim: Claim
        var about: [WordPattern]
        var quantities: [QuantityMention]
        var dates: [CalendarDate]
        var times: [Int]
        var phrases: [WordPattern]
        var kinds: Set<String>
        var falsePatterns: [WordPattern]
        /// Per `false` pattern: it holds a negator itself («ніхто не ~3 попереди*»), so a negator among
        /// the words it matched is the statement, not its denial.
        var negatesItself: [Bool] = []
        /// Per `false` pattern: it holds a conditional word itself («якщо не встигнете ~4 нічого
        /// страшного»), so that word among the words it matched makes the statement no hypothesis.
        var conditionsItself: [Bool] = []
        /// Per `false` pattern: it holds a word an adding phrase follows its negator with («лише» of «не
        /// лише»), so a match holding such a phrase's word excludes nothing.
        var addsItself: [Bool] = []
        /// Statements that are true: denied (a negator in their clause, outside their own words), false.
        var deniedPatterns: [WordPattern] = []
        /// Per denied pattern: whether it holds a negator or a conditional word itself (then only one
        /// outside the matched words counts; otherwise a negator anywhere in its clause denies it,
        /// between its words too: «самостійно передавати показники не можуть»).
        var deniedNegatesItself: [Bool] = []
        var deniedConditionsItself: [Bool] = []
        /// A closed subject's restrictions (`Claim.restrictedPatterns`), with the words that tell a
        /// sentence about the subject, the pronouns that carry it over from the sentence before, and
        /// the alternatives that make an exclusive word list several kinds.
        var restricted: [WordPattern] = []
        var restrictedNegatesItself: [Bool] = []
        var restrictedConditionsItself: [Bool] = []
        var restrictedAddsItself: [Bool] = []
        var context: [WordPattern] = []
        var contextPronouns: [WordPattern] = []
        var alternatives: [WordPattern] = []
        /// Patterns that make a match in their clause about something else.
        var not: [WordPattern] = []
        /// `context` binds `false` and denied matches too (`Claim.contextBindsAll`).
        var contextBindsAll = false
        /// `Claim.countedFrom`, compiled.
        var countedFrom: [WordPattern] = []
    }

    /// One statement the trainee made about a claim.
    public struct Statement: Sendable {
        public var claimIndex: Int
        public var correct: Bool
        public var evidence: String
        /// The Standards the claim shows.
        public var shows: [String]
        /// The kinds of value the claim takes («working_days», «date», «money» …).
        public var kinds: Set<String> = []
        /// The claim accepts a sum other than zero (the service is paid).
        public var paid = false
        /// For an incorrect statement: the true fact (the claim's `truth`, or its accepted values).
        public var truth: String?
        /// Said with one of the claim's `false` patterns: the company's data contradicts it.
        public var contradicts = false
        /// For a contradicted statement: the words of its clauses (a service named there is denied,
        /// not offered).
        public var clauses: ClosedRange<Int>?
        /// For a contradicted statement: the words its pattern matched (a self-correction withdraws them).
        public var words: ClosedRange<Int>?
        /// A wrong date, time or figure: a definite term told with the wrong value («до 5 грудня» where it is
        /// 9 грудня), not a vague one («коли зможете») nor a contradicted rule.
        public var namesValue = false
    }

    let claims: [CompiledClaim]
    /// The claims' `false`, restricted and denied patterns, each distinct one run once a turn.
    let patternSlots: ClaimPatternSlots
    /// Every claim's `false` patterns without a negation of their own: a match coordinated with a negated one of
    /// them is denied with it (`isNegatedCoordinate`: «аварій і пошкоджень мережі немає»).
    let coordinatePatterns: [WordPattern]
    /// Every date some claim accepts: a true date tied to the wrong subject is not a contradiction, unless a
    /// weekday ties it to its subject and the sentence names the right subject in another clause.
    let allDates: Set<CalendarDate>
    static let dayKinds: Set<String> = ["days", "working_days"]
    /// The kinds of value a term said in words stands for: a claim taking one judges it (a day of the
    /// month too: «у будь-який день місяця» against the readings window).
    static let termKinds: Set<String> = dayKinds.union(["date", "day_of_month"])
    /// Terms said in words (`terms_in_words` of `lexicon/time.yaml`: «того ж дня», «до кінця тижня»).
    let termsInWords: [WordPattern]

    /// Units longer than a day, in calendar and working days.
    let durations: [String: (days: Double, workingDays: Double)]
    /// The weekday words of `lexicon/time.yaml` (1 = Monday): a weekday naming a date beside it.
    let weekdays: [String: Int]
    /// `TimeLexicon.approximateTolerance`: how far an approximate figure may be from a claim's value.
    let approximateTolerance: Double

    /// Words that negate a `false` pattern in their clause.
    let negators: [WordPattern]

    /// Words that make a whole sentence no assertion.
    let conditionals: [WordPattern]
    /// Words that open an exception («крім», «окрім»), and phrases opened by them that add instead («крім того»).
    let exceptions: [WordPattern]
    let exceptionsNot: [WordPattern]
    /// Interrogative words that make a sentence a question.
    let interrogatives: Set<String>
    /// Lead words and cues of a question without «?» (`lexicon/questions.yaml`): «коли зарахується,
    /// відключення скасується» opens with a subordinator and asks nothing.
    let questionLeads: Set<String>
    let questionCues: QuestionCues
    /// Where a statement is asserted and what it covers beyond its words: «не лише», a negated copula,
    /// asides, a cause's phrase, the customer's words told back, a topic of a service, a rule or a
    /// consequence said of no one in particular, a pronoun a preposition governs.
    let scope: AssertionScope
    /// The scenario's day: only a later day can be one a thing is «not yet» there on.
    let today: CalendarDate
    /// When a call-back can be kept (the scenario's `callback_window` and the company's working hours): the
    /// times of a claim `judged_by: callback_window`, said with a date.
    let callbackWindow: CallbackWindow?
    let workingHours: WorkingHours?

    /// `known`: the statements Content and the scenario's articles contradict (`ApplicableFalsehoods`),
    /// judged after the scenario's own claims.
    public init(scenario: Scenario, bindings: [String: String], extractor: MentionExtractor, negators: [WordPattern] = [],
                conditionals: [WordPattern] = [], exceptions: [WordPattern] = [], exceptionsNot: [WordPattern] = [],
                interrogatives: Set<String> = [], questionLeads: Set<String> = [],
                questionCues: QuestionCues = QuestionCues(), scope: AssertionScope = AssertionScope(), known: [Claim] = []) {
        self.negators = negators
        self.scope = scope
        today = scenario.date
        callbackWindow = scenario.callbackWindow
        workingHours = extractor.lexicon.workingHours
        self.conditionals = conditionals
        self.exceptions = exceptions
        self.exceptionsNot = exceptionsNot
        self.interrogatives = interrogatives
        self.questionLeads = questionLeads
        self.questionCues = questionCues
        durations = extractor.lexicon.durations
        weekdays = extractor.lexicon.weekdays
        approximateTolerance = extractor.lexicon.approximateTolerance
        termsInWords = extractor.lexicon.termsInWords.compactMap { $0.compile(bindings: [:], log: nil) }
        // What each pattern text's own words hold, read once per text for the process (`ClaimOwnWords`: statements of
        // several subjects, and Content's statements in every scenario, share texts).
        let ownWords = ClaimOwnWords.shared.texts(negators: negators, conditionals: conditionals, adding: scope.addingTails)
        func own(_ source: PatternSource) -> ClaimOwnWords.Own { ownWords.own(source) }
        claims = (scenario.claims + known).map { claim in
            var quantities: [QuantityMention] = []
            var dates: [CalendarDate] = []
            var times: [Int] = []
            var phrases: [WordPattern] = []
            for value in claim.accept {
                let mentions = extractor.extract(from: AnalyzedText(value))
                quantities += mentions.quantities
                dates += mentions.dates.map(\.date)
                times += mentions.times.compactMap(\.minutes)
                if mentions.quantities.isEmpty && mentions.dates.isEmpty && mentions.times.isEmpty, let pattern = try? WordPattern(value) { phrases.append(pattern) }
            }
            var kinds = Set(quantities.map(\.kind))
            if !kinds.isDisjoint(with: Self.dayKinds) {
                kinds.formUnion(Self.dayKinds)
                kinds.formUnion(extractor.lexicon.durations.keys)
            }
            if !dates.isEmpty { kinds.insert("date") }
            if !times.isEmpty { kinds.insert("time") }
            let falseSources = claim.falsePatterns.compactMap { source in source.compile(bindings: bindings, log: nil).map { (source, $0) } }
            let deniedSources = claim.deniedPatterns.compactMap { source in source.compile(bindings: bindings, log: nil).map { (source, $0) } }
            let falseOwn = falseSources.map { own($0.0) }
            let deniedOwn = deniedSources.map { own($0.0) }
            let restrictedSources = claim.restrictedPatterns.compactMap { source in source.compile(bindings: bindings, log: nil).map { (source, $0) } }
            let restrictedOwn = restrictedSources.map { own($0.0) }
            func compiled(_ sources: [PatternSource]) -> [WordPattern] { sources.compactMap { $0.compile(bindings: bindings, log: nil) } }
            return CompiledClaim(claim: claim, about: claim.about.compactMap { $0.compile(bindings: bindings, log: nil) },
                                 quantities: quantities, dates: dates, times: times, phrases: phrases, kinds: kinds,
                                 falsePatterns: falseSources.map(\.1),
                                 negatesItself: falseOwn.map(\.negates),
                                 conditionsItself: falseOwn.map(\.conditions),
                                 addsItself: falseOwn.map(\.adds),
                                 deniedPatterns: deniedSources.map(\.1),
                                 deniedNegatesItself: deniedOwn.map(\.negates),
                                 deniedConditionsItself: deniedOwn.map(\.conditions),
                                 restricted: restrictedSources.map(\.1),
                                 restrictedNegatesItself: restrictedOwn.map(\.negates),
                                 restrictedConditionsItself: restrictedOwn.map(\.conditions),
                                 restrictedAddsItself: restrictedOwn.map(\.adds),
                                 context: compiled(claim.context), contextPronouns: compiled(claim.contextPronouns),
                                 alternatives: compiled(claim.alternatives), not: compiled(claim.notPatterns),
                                 contextBindsAll: claim.contextBindsAll, countedFrom: compiled(claim.countedFrom))
        }
        allDates = Set(claims.flatMap(\.dates))
        patternSlots = ClaimPatternSlots(claims)
        coordinatePatterns = claims.flatMap { claim in zip(claim.falsePatterns, claim.negatesItself).filter { !$0.1 }.map(\.0) }
    }

    /// Every statement about a claim in one turn.
    public func statements(in text: AnalyzedText, mentions: MentionExtractor.Mentions) -> [Statement] {
        guard !claims.isEmpty else { return [] }
        var claimsBySentence: [Int: [(claim: Int, word: Int, last: Int)]] = [:]
        var subjects: [(claim: Int, match: PatternMatch)] = []
        for (index, claim) in claims.enumerated() {
            for pattern in claim.about {
                for match in pattern.allMatches(in: text) { subjects.append((index, match)) }
            }
        }
        // «7 робочих днів після подачі повного пакета»: a subject right after a reference point, or right after
        // such a subject of its own claim, names the point the term counts from, not what the term is of
        // («після оплати підключення за 15 днів»: the connection is another claim's subject, and the term's).
        var pointEnds = Set<[Int]>()
        for subject in subjects.sorted(by: { $0.match.firstWord < $1.match.firstWord }) {
            let before = subject.match.firstWord - 1
            if pointEnds.contains([subject.claim, before]) || scope.referencePointEnds(at: before, in: text) {
                pointEnds.insert([subject.claim, subject.match.lastWord])
                continue
            }
            claimsBySentence[subject.match.sentence, default: []].append((subject.claim, subject.match.firstWord, subject.match.lastWord))
        }
        /// The claims among `fitting` whose subject stands in the clause of word `word`, in order: a
        /// value is judged against the claim of its own part of the sentence («перерахунок — за
        /// 10 днів, а відповідь — за 30 днів»), not against any claim the sentence names.
        /// A value in the clause right after a dash with no subject of its own is the predicate of the clause
        /// before the dash: «саме переоформлення — 10 робочих днів після повного пакета» gives the service's term
        /// (unless that clause opens with a condition or a reference point: «після того як …»).
        func ownClaims(_ fitting: Set<Int>, about: [(claim: Int, word: Int, last: Int)], word: Int) -> [Int] {
            func claims(in clause: ClosedRange<Int>) -> [Int] {
                fitting.filter { claim in
                    about.contains { $0.claim == claim && $0.word <= clause.upperBound && $0.last >= clause.lowerBound }
                }.sorted()
            }
            let clause = clauseRange(of: word, in: text)
            let own = claims(in: clause)
            guard own.isEmpty, clause.lowerBound > 0, text.words[clause.lowerBound - 1].sentence == text.words[word].sentence,
                  colonBetween(clause.lowerBound - 1, clause.lowerBound, in: text, marks: Self.dashes) else { return own }
            // A clause of condition or time before the dash («після того як принесете свідоцтво — сім робочих днів»)
            // names when, not what the value is of.
            let before = clauseRange(of: clause.lowerBound - 1, in: text)
            let opener = before.first { !text.words[$0].isFiller } ?? before.lowerBound
            if (conditionals + scope.referencePoints).contains(where: { $0.matchLength(in: text, at: opener) != nil }) { return own }
            return claims(in: before)
        }
        /// Whether a claim may take a value said outside its subject's clause: one of its subjects stands
        /// in a clause that holds no other value of that kind (`values`: the words of the sentence's values
        /// of the kind). «…робіт з відключення та відновлення (486 грн), протягом 3 робочих днів від
        /// зарахування оплати»: the works' claim takes the term; «перерахунок — за 30 днів, а відповідь — за
        /// 10 днів»: the reply's claim has its own term and does not take 30.
        func isFree(_ claim: Int, about: [(claim: Int, word: Int, last: Int)], values: [Int], except word: Int) -> Bool {
            about.contains { subject in
                guard subject.claim == claim else { return false }
                let clause = clauseRange(of: subject.word, in: text)
                return !values.contains { $0 != word && clause.contains($0) }
            }
        }
        var result: [Statement] = []
        var seen = Set<String>()
        func add(_ statement: Statement) {
            var statement = statement
            statement.kinds = claims[statement.claimIndex].kinds
            statement.paid = claims[statement.claimIndex].quantities.contains { $0.kind == "money" && $0.value > 0 }
            if !statement.correct, statement.truth == nil {
                let claim = claims[statement.claimIndex].claim
                statement.truth = claim.truth ?? (claim.accept.isEmpty ? nil : claim.accept.joined(separator: ", "))
            }
            let key = "\(statement.claimIndex)|\(statement.evidence)"
            if seen.insert(key).inserted { result.append(statement) }
        }
        for sentence in claimsBySentence.keys.sorted() {
            let about = claimsBySentence[sentence]!
            let candidates = Set(about.map(\.claim))
            for quantity in mentions.quantities where quantity.sentence == sentence && (!quantity.approximate || approximateTolerance > 0) {
                let fitting = candidates.filter { claims[$0].kinds.contains(quantity.kind) }
                guard !fitting.isEmpty else {
                    guard !quantity.approximate else { continue }
                    // «нарахували 180 гривень» where the claim holds 180 кВт·год: the right number in a wrong unit.
                    if let misread = candidates.sorted().first(where: { hasValueInOtherUnit(claims[$0], quantity) }) {
                        add(Statement(claimIndex: misread, correct: false, evidence: quantity.evidence, shows: claims[misread].claim.shows, namesValue: true))
                    }
                    continue
                }
                let own = ownClaims(fitting, about: about, word: quantity.word)
                let sameKind = mentions.quantities.filter { $0.sentence == sentence && Self.sameKind($0.kind, quantity.kind) }.map(\.word)
                // A value in a clause with no subject of its own is judged only by a claim whose clause holds no other
                // value of its kind, as a date is: «кінцеві показники старого 8 214 кВт·год, а нарахували 640 кВт·год».
                let judged = own.isEmpty ? fitting.sorted().filter { isFree($0, about: about, values: sameKind, except: quantity.word) }
                    : own + fitting.sorted().filter { !own.contains($0) && isFree($0, about: about, values: sameKind, except: quantity.word) }
                guard !judged.isEmpty else { continue }
                if let accepting = judged.first(where: { accepts(claims[$0], quantity) }) {
                    if let point = wrongReferencePoint(of: quantity, claim: accepting, in: text) {
                        add(Statement(claimIndex: accepting, correct: false, evidence: text.quote(words: min(point.lowerBound, quantity.word), point.upperBound),
                                      shows: claims[accepting].claim.shows, truth: claims[accepting].claim.truth, contradicts: true,
                                      words: min(point.lowerBound, quantity.word)...point.upperBound))
                        continue
                    }
                    add(Statement(claimIndex: accepting, correct: true, evidence: quantity.evidence, shows: claims[accepting].claim.shows))
                } else if own.isEmpty, claims.contains(where: { accepts($0, quantity) }) {
                    continue
                } else {
                    let charged = chargedClaim(judged, about: about, word: quantity.word) { claim in claim.quantities.contains { $0.kind == quantity.kind } }
                    add(Statement(claimIndex: charged, correct: false, evidence: quantity.evidence, shows: claims[charged].claim.shows, namesValue: true))
                }
            }
            for date in mentions.dates where date.sentence == sentence && !date.isToday {
                let fitting = candidates.filter { claims[$0].kinds.contains("date") }
                guard !fitting.isEmpty else { continue }
                var own = ownClaims(fitting, about: about, word: date.word)
                // «бригада приїде в четвер, двадцять шостого листопада»: the weekday naming the date stands in the
                // clause of its subject.
                var namedBy: Int?
                if own.isEmpty, let weekday = weekdayNaming(date, in: text) {
                    own = ownClaims(fitting, about: about, word: weekday)
                    if !own.isEmpty { namedBy = weekday }
                }
                // A date in a clause with no subject of its own is judged only by a claim whose subject's
                // clause holds no other date: «завтра дзвонити нам не варто — я сама Вам зателефоную
                // 27 листопада» dates the call-back by its own clause, not by «завтра».
                let dates = mentions.dates.filter { $0.sentence == sentence && !$0.isToday }.map(\.word)
                let judged = own.isEmpty ? fitting.sorted().filter { isFree($0, about: about, values: dates, except: date.word) } : own
                guard !judged.isEmpty else { continue }
                // «Завтра відповіді ще не буде»: a day before the thing comes, true when the company's date is later.
                if date.date > today, scope.saysNotYet(clauseRange(of: date.word, in: text), in: text) {
                    if let later = judged.first(where: { claims[$0].dates.contains { $0 > date.date } }) {
                        add(Statement(claimIndex: later, correct: true, evidence: date.evidence, shows: claims[later].claim.shows))
                    } else if let dated = judged.first(where: { !claims[$0].dates.isEmpty }) {
                        add(Statement(claimIndex: dated, correct: false, evidence: date.evidence, shows: claims[dated].claim.shows, namesValue: true))
                    }
                    continue
                }
                if let accepting = judged.first(where: { claims[$0].dates.contains(date.date) }) {
                    add(Statement(claimIndex: accepting, correct: true, evidence: date.evidence, shows: claims[accepting].claim.shows))
                } else if allDates.contains(date.date), date.date == today || !(namedBy.map { isTiedElsewhere(date, weekday: $0, about: about, in: text) } ?? false) {
                    // Another claim's date may be that claim's, unless a weekday ties it to another subject's clause.
                    continue
                } else {
                    let charged = chargedClaim(judged, about: about, word: date.word) { _ in true }
                    add(Statement(claimIndex: charged, correct: false, evidence: date.evidence, shows: claims[charged].claim.shows, namesValue: true))
                }
            }
        }
        for sentence in claimsBySentence.keys.sorted() {
            let about = claimsBySentence[sentence]!
            let candidates = Set(about.map(\.claim))
            for time in mentions.times where time.sentence == sentence {
                guard let minutes = time.minutes else { continue }
                let fitting = candidates.filter { claims[$0].kinds.contains("time") }
                guard !fitting.isEmpty else { continue }
                let own = ownClaims(fitting, about: about, word: time.word)
                let times = mentions.times.filter { $0.sentence == sentence }.map(\.word)
                let judged = own.isEmpty ? fitting.sorted() : own + fitting.sorted().filter { !own.contains($0) && isFree($0, about: about, values: times, except: time.word) }
                if let timed = judged.first(where: { claims[$0].claim.timedByCallbackWindow }), let window = callbackWindow,
                   let date = dateOfTime(time, in: mentions, text: text),
                   CallbackTiming.problem(date: date, minutes: minutes, window: window, hours: workingHours) == nil {
                    add(Statement(claimIndex: timed, correct: true, evidence: time.evidence, shows: claims[timed].claim.shows))
                } else if let accepting = judged.first(where: { claims[$0].times.contains(minutes) || time.otherHalf.map(claims[$0].times.contains) == true }) {
                    add(Statement(claimIndex: accepting, correct: true, evidence: time.evidence, shows: claims[accepting].claim.shows))
                } else if own.isEmpty, claims.contains(where: { $0.times.contains(minutes) || time.otherHalf.map($0.times.contains) == true }) {
                    continue
                } else {
                    let charged = chargedClaim(judged, about: about, word: time.word) { _ in true }
                    add(Statement(claimIndex: charged, correct: false, evidence: time.evidence, shows: claims[charged].claim.shows, namesValue: true))
                }
            }
        }
        let exceptionWords = exceptionWords(in: text)
        let adding = scope.addingWords(in: text).union(scope.untilWords(in: text))
        let asides = scope.asideWords(in: text)
        // A term said in words («того ж дня», «до кінця тижня», «хоч і по Новому році») is a value like a
        // figure: asserted in the clause of a claim that takes days or dates, or in a sentence about such a
        // claim whose own clause holds no term («донесете, як нотаріус видасть, — хоч і по Новому році»),
        // it is wrong unless the claim accepts those words. After a date of its sentence it names that date
        // («у п'ятницю, 27 листопада, — того ж дня о 11:00 я Вам передзвоню»), which is judged as a date.
        let termMatches = termsInWords.flatMap { $0.allMatches(in: text) }
        for match in termMatches
        where !isQuoted(match) && !isNegated(match, adding: adding, asides: asides) && !isHypothetical(match) && !assertsNothing(match)
            && !mentions.dates.contains(where: { $0.sentence == match.sentence && $0.word < match.firstWord }) {
            guard let about = claimsBySentence[match.sentence] else { continue }
            let fitting = Set(about.map(\.claim)).filter { !claims[$0].kinds.isDisjoint(with: Self.termKinds) }
            let own = ownClaims(fitting, about: about, word: match.firstWord)
            let terms = mentions.quantities.filter { $0.sentence == match.sentence && Self.dayKinds.contains($0.kind) }.map(\.word)
                + mentions.dates.filter { $0.sentence == match.sentence }.map(\.word)
                + termMatches.filter { $0.sentence == match.sentence }.map(\.firstWord)
            let judged = own.isEmpty ? fitting.sorted().filter { isFree($0, about: about, values: terms, except: match.firstWord) } : own
            guard !judged.isEmpty else { continue }
            let accepted = judged.contains { claim in
                claims[claim].phrases.contains { phrase in
                    phrase.allMatches(in: text).contains { $0.firstWord <= match.lastWord && $0.lastWord >= match.firstWord }
                }
            }
            guard !accepted else { continue }
            let charged = chargedClaim(judged, about: about, word: match.firstWord) { _ in true }
            add(Statement(claimIndex: charged, correct: false, evidence: match.evidence, shows: claims[charged].claim.shows))
        }
        var everyStart = ClaimPatternSlots.Matches(patternSlots, in: text)
        for (index, claim) in claims.enumerated() {
            for patternIndex in claim.falsePatterns.indices {
                let ownNegation = claim.negatesItself[patternIndex], ownCondition = claim.conditionsItself[patternIndex]
                // A refused match does not hide one that starts inside it; accepted ones do not overlap.
                var taken = -1
                for match in everyStart.everyStart(patternSlots.falseSlots[index][patternIndex])
                where match.firstWord > taken && !isQuoted(match) && !isNegated(match, outsideMatch: ownNegation, adding: adding, asides: asides)
                    && (ownNegation || !isNegatedCoordinate(match, patterns: coordinatePatterns, adding: adding, asides: asides))
                    && !isHypothetical(match, outsideMatch: ownCondition, guessTells: claim.claim.guessTells) && (!claim.claim.oneClause || inOneClause(match, asides: asides))
                    && !isExcepted(match, by: exceptionWords) && !isAboutOther(match, claim.not)
                    && !(claim.addsItself[patternIndex] && excludesNothing(match, adding: adding)) && !assertsNothing(match, ruleTells: claim.claim.ruleTells)
                    && (!claim.contextBindsAll || isAboutSubject(match, context: claim.context, pronouns: claim.contextPronouns, inClause: claim.claim.contextInClause, asides: asides)) {
                    add(Statement(claimIndex: index, correct: false, evidence: match.evidence, shows: claim.claim.shows,
                                  truth: claim.claim.truth, contradicts: true, clauses: clauses(of: match), words: match.firstWord...match.lastWord))
                    taken = match.lastWord
                }
            }
            // A restriction said of a kind the case makes it false for, in a sentence about the subject:
            // the evidence is its clauses («Самостійно їх можна подати лише особисто в центрі обслуговування»).
            for patternIndex in claim.restricted.indices {
                let ownNegation = claim.restrictedNegatesItself[patternIndex], ownCondition = claim.restrictedConditionsItself[patternIndex]
                var taken = -1
                for match in everyStart.everyStart(patternSlots.restrictedSlots[index][patternIndex])
                where match.firstWord > taken && !isQuoted(match) && !isNegated(match, outsideMatch: ownNegation, adding: adding, asides: asides)
                    && !isHypothetical(match, outsideMatch: ownCondition, alternatives: claim.alternatives) && (!claim.claim.oneClause || inOneClause(match, asides: asides))
                    && !isExcepted(match, by: exceptionWords) && !isAboutOther(match, claim.not)
                    && isAboutSubject(match, context: claim.context, pronouns: claim.contextPronouns, inClause: claim.claim.contextInClause, asides: asides) && !listsAlternatives(around: match, claim.alternatives)
                    && !(claim.restrictedAddsItself[patternIndex] && excludesNothing(match, adding: adding)) && !assertsNothing(match) {
                    let clauses = clauses(of: match)
                    add(Statement(claimIndex: index, correct: false, evidence: text.quote(words: clauses.lowerBound, clauses.upperBound),
                                  shows: claim.claim.shows, truth: claim.claim.truth, contradicts: true, clauses: clauses, words: match.firstWord...match.lastWord))
                    taken = match.lastWord
                }
            }
            // A true statement denied: «самостійно передавати показники не можна» (a negator in its
            // clause, outside its own words); the evidence is its clauses, negator included.
            for patternIndex in claim.deniedPatterns.indices {
                let ownNegation = claim.deniedNegatesItself[patternIndex], ownCondition = claim.deniedConditionsItself[patternIndex]
                var taken = -1
                for match in everyStart.everyStart(patternSlots.deniedSlots[index][patternIndex])
                where match.firstWord > taken && !isQuoted(match) && isNegated(match, outsideMatch: ownNegation, adding: adding, asides: asides)
                    && !isHypothetical(match, outsideMatch: ownCondition, alternatives: claim.alternatives) && (!claim.claim.oneClause || inOneClause(match, asides: asides))
                    && !isExcepted(match, by: exceptionWords) && !isAboutOther(match, claim.not) && !assertsNothing(match)
                    && (!claim.contextBindsAll || isAboutSubject(match, context: claim.context, pronouns: claim.contextPronouns, inClause: claim.claim.contextInClause, asides: asides)) {
                    let clauses = clauses(of: match)
                    add(Statement(claimIndex: index, correct: false, evidence: text.quote(words: clauses.lowerBound, clauses.upperBound),
                                  shows: claim.claim.shows, truth: claim.claim.truth, contradicts: true, clauses: clauses, words: match.firstWord...match.lastWord))
                    taken = match.lastWord
                }
            }
            for phrase in claim.phrases {
                if let match = phrase.firstMatch(in: text) {
                    add(Statement(claimIndex: index, correct: true, evidence: match.evidence, shows: claim.claim.shows))
                }
            }
        }
        return result
    }

    /// The date a time of the sentence is said with: the one of its own clause, else the sentence's nearest.
    func dateOfTime(_ time: TimeMention, in mentions: MentionExtractor.Mentions, text: AnalyzedText) -> CalendarDate? {
        let dates = mentions.dates.filter { $0.sentence == time.sentence }
        let clause = clauseRange(of: time.word, in: text)
        let nearest = dates.min { abs($0.word - time.word) < abs($1.word - time.word) }
        return (dates.first { clause.contains($0.word) } ?? nearest)?.date
    }

    /// Whether the scenario has a paid service claim showing this Standard (a sum other than zero).
    public func hasPaidClaim(showing id: String) -> Bool {
        claims.contains { $0.claim.shows.contains(id) && $0.quantities.contains { $0.kind == "money" && $0.value > 0 } }
    }

    /// Whether a turn names, anywhere, a date or term that a claim showing this Standard accepts
    /// («Термін — до 9 грудня» in the sentence after the one about the documents).
    public func acceptsAnyValue(in mentions: MentionExtractor.Mentions, showing id: String) -> Bool {
        claims.contains { claim in
            claim.claim.shows.contains(id) && (mentions.dates.contains { claim.dates.contains($0.date) }
                || mentions.quantities.contains { accepts(claim, $0) })
        }
    }

    /// Whether any claim shows this Standard.
    public func hasClaim(showing id: String) -> Bool { claims.contains { $0.claim.shows.contains(id) } }

    /// Whether the claim accepts the quantity: the same value (a week as 7 days or 5 working days); an approximate
    /// figure («десь за тиждень», «приблизно 1 200 грн») within `approximateTolerance` of the value.
    func accepts(_ claim: CompiledClaim, _ quantity: QuantityMention) -> Bool {
        claim.quantities.contains { accepted in
            let near = { (said: Double) in
                abs(accepted.value - said) < 0.001 || (quantity.approximate && abs(accepted.value - said) <= self.approximateTolerance * accepted.value)
            }
            if accepted.kind == quantity.kind { return near(quantity.value) }
            if let length = durations[quantity.kind], Self.dayKinds.contains(accepted.kind) {
                return near(quantity.value * (accepted.kind == "working_days" ? length.workingDays : length.days))
            }
            return Self.dayKinds.contains(accepted.kind) && Self.dayKinds.contains(quantity.kind) && near(quantity.value)
        }
    }

    /// Whether two kinds of value are one kind for telling which claim a value belongs to (days and working days are).
    static func sameKind(_ one: String, _ other: String) -> Bool {
        one == other || (dayKinds.contains(one) && dayKinds.contains(other))
    }

    /// Whether the claim holds this very number in a unit of another kind that no conversion
    /// relates to it (energy for money, not days for weeks).
    func hasValueInOtherUnit(_ claim: CompiledClaim, _ quantity: QuantityMention) -> Bool {
        let timeKinds = Self.dayKinds.union(durations.keys)
        guard !timeKinds.contains(quantity.kind) else { return false }
        return claim.quantities.contains { accepted in
            accepted.kind != quantity.kind && !timeKinds.contains(accepted.kind) && abs(accepted.value - quantity.value) < 0.001
        }
    }

    /// Whether a pattern of `not` stands in the match's clauses: the match is about something else.
    func isAboutOther(_ match: PatternMatch, _ not: [WordPattern]) -> Bool {
        guard !not.isEmpty else { return false }
        return clauses(of: match).contains { index in not.contains { $0.matchLength(in: match.text, at: index) != nil } }
    }

    /// Whether the match's sentence is about the subject: it holds a `context` pattern, or it holds a
    /// pronoun and the sentence before it (in the same turn) holds one. Without `context`, every sentence is.
    /// `inClause`: the context must stand in the match's clauses, in the clauses before them that only
    /// `asides` part from them, or in a clause of purpose beside them (`withPurpose`; `Claim.contextInClause`);
    /// pronouns carry nothing there.
    func isAboutSubject(_ match: PatternMatch, context: [WordPattern], pronouns: [WordPattern], inClause: Bool = false,
                        asides: Set<Int> = []) -> Bool {
        guard !context.isEmpty else { return true }
        let words = match.text.words
        if inClause {
            var range = clauses(of: match)
            while range.lowerBound > 0, words[range.lowerBound - 1].sentence == match.sentence {
                let before = clauseRange(of: range.lowerBound - 1, in: match.text)
                guard before.allSatisfy({ asides.contains($0) || words[$0].isFiller }), before.lowerBound > 0,
                      words[before.lowerBound - 1].sentence == match.sentence else { break }
                range = clauseRange(of: before.lowerBound - 1, in: match.text).lowerBound...range.upperBound
            }
            range = withPurpose(range, in: match.text, sentence: match.sentence)
            return range.contains { index in context.contains { $0.matchLength(in: match.text, at: index) != nil } }
        }
        func sentenceHolds(_ patterns: [WordPattern], sentence: Int) -> Bool {
            words.indices.contains { index in
                words[index].sentence == sentence && patterns.contains { $0.matchLength(in: match.text, at: index) != nil }
            }
        }
        let sentence = match.sentence
        if sentenceHolds(context, sentence: sentence) { return true }
        return sentence > 0 && sentenceHolds(pronouns, sentence: sentence) && sentenceHolds(context, sentence: sentence - 1)
    }

    /// The clauses `range` with a clause of purpose beside them in the same sentence: the clause before
    /// when it opens with a purpose («Щоб підписатися на сповіщення, треба прийти до центру») or `range`
    /// does («…: для цього треба прийти до центру»), the clause after when it does («треба прийти до
    /// центру, щоб підписатися») — a purpose says what the statement beside it is about.
    func withPurpose(_ range: ClosedRange<Int>, in text: AnalyzedText, sentence: Int) -> ClosedRange<Int> {
        let words = text.words
        var joined = range
        if range.lowerBound > 0, words[range.lowerBound - 1].sentence == sentence {
            let before = clauseRange(of: range.lowerBound - 1, in: text)
            if scope.opensPurpose(before, in: text) || scope.opensPurpose(range, in: text) { joined = before.lowerBound...joined.upperBound }
        }
        if range.upperBound + 1 < words.count, words[range.upperBound + 1].sentence == sentence {
            let after = clauseRange(of: range.upperBound + 1, in: text)
            if scope.opensPurpose(after, in: text) { joined = joined.lowerBound...after.upperBound }
        }
        return joined
    }

    /// The word of a weekday that names the date beside it, in its sentence: at most three words before it
    /// («у четвер, 26 листопада») or four after its first word («26 листопада, у четвер»).
    func weekdayNaming(_ date: DateMention, in text: AnalyzedText) -> Int? {
        let words = text.words
        return (max(0, date.word - 3)...min(words.count - 1, date.word + 4)).first { index in
            index != date.word && words[index].sentence == date.sentence && weekdays[words[index].form] == date.date.weekday
        }
    }

    /// Whether a weekday ties a date another claim accepts to the clause of a subject, while the sentence names
    /// that claim's subject in a clause of its own: «бригада приїде в четвер, двадцять шостого, …, перед цим Вам
    /// зателефонує електромонтер» dates the crew's visit with the day of the call.
    func isTiedElsewhere(_ date: DateMention, weekday: Int, about: [(claim: Int, word: Int, last: Int)], in text: AnalyzedText) -> Bool {
        let clause = clauseRange(of: weekday, in: text)
        return about.contains { subject in claims[subject.claim].dates.contains(date.date) && !clause.contains(subject.word) }
    }

    /// Where a term a claim accepts is counted from the wrong point (`Claim.countedFrom`): the reference point
    /// (`reference_points`: «з дня», «як тільки») nearest the term in its sentence — at most eight words before
    /// it or five after its first word — opens words (at most six, in the sentence) that name another claim's
    /// subject and none of `countedFrom`: «15 робочих днів з дня, коли донесете повний пакет» where the term runs
    /// from the payment. One of `countedFrom` within six words after the term names its point, whatever stands
    /// before it («після повного пакета — техумови і рахунок, приєднання протягом 15 роб. днів від оплати»).
    /// The words from the point to the end of what it names, or nil.
    func wrongReferencePoint(of quantity: QuantityMention, claim index: Int, in text: AnalyzedText) -> ClosedRange<Int>? {
        let countedFrom = claims[index].countedFrom
        guard !countedFrom.isEmpty, Self.dayKinds.contains(quantity.kind) else { return nil }
        let words = text.words, sentence = quantity.sentence
        func namesOwnPoint(_ at: Int) -> Bool { words[at].sentence == sentence && countedFrom.contains { $0.matchLength(in: text, at: at) != nil } }
        // «15 роб. днів від оплати»: what the term counts from, named right after it, is the point.
        if (quantity.word + 1..<min(words.count, quantity.word + 7)).contains(where: namesOwnPoint) { return nil }
        var nearest: ClosedRange<Int>?
        for start in max(0, quantity.word - 8)...min(words.count - 1, quantity.word + 5) where words[start].sentence == sentence {
            guard let length = scope.referencePoints.lazy.compactMap({ $0.matchLength(in: text, at: start) }).first else { continue }
            if nearest.map({ abs($0.lowerBound - quantity.word) > abs(start - quantity.word) }) ?? true {
                nearest = start...(start + length - 1)
            }
        }
        guard let point = nearest, point.upperBound + 1 < words.count else { return nil }
        let named = (point.upperBound + 1)...min(words.count - 1, point.upperBound + 6)
        let inSentence = named.filter { words[$0].sentence == sentence }
        guard !inSentence.contains(where: namesOwnPoint) else { return nil }
        guard let other = inSentence.first(where: { at in
            claims.indices.contains { $0 != index && claims[$0].about.contains { $0.matchLength(in: text, at: at) != nil } }
        }) else { return nil }
        return point.lowerBound...other
    }

    /// Whether an alternative follows the match within two words of its sentence («лише власнику або
    /// представнику») or stands inside it after its first word («бракує тільки свідоцтва (або витягу)»:
    /// the kind matched is the other alternative): the exclusive word lists several kinds.
    func listsAlternatives(around match: PatternMatch, _ alternatives: [WordPattern]) -> Bool {
        let words = match.text.words
        return (match.firstWord + 1...match.lastWord + 2).contains { index in
            index < words.count && words[index].sentence == match.sentence
                && alternatives.contains { $0.matchLength(in: match.text, at: index) != nil }
        }
    }

    /// Whether the words matched stand inside quotation marks (the customer's words, quoted).
    func isQuoted(_ match: PatternMatch) -> Bool {
        (match.firstWord...match.lastWord).allSatisfy { match.text.words[$0].quoted }
    }

    /// Whether a negator negates the match: it stands between the matched words («компенсація не
    /// передбачена», «самостійно передавати показники не можуть»), or within `negationReach` words
    /// before the first («не було аварії») or after the last («отримано не було») — always in the
    /// match's clauses, which reach over a clause of asides only («безкоштовно, на жаль, не вийде»),
    /// and the words of asides (`asides`) are not counted. A negator of another word of the clause
    /// does not deny the match: «повідомлення не надійшло через технічний збій» still names the
    /// failure; a match that opens a phrase of its own (`phrase_openers`: «через …») is
    /// denied only by a negator right before it («не через аварію»), not by one of the clause's verb
    /// before or after it («світла не було через планову заміну опор»).
    /// `outsideMatch`: only a negator outside the matched words counts (the pattern holds its own).
    /// A «not yet» phrase (`not_yet`: «ще не») negates as a negator at its first word («SMS почнуть
    /// приходити з 26 листопада — сьогодні їх ще не чекайте» denies «SMS … сьогодні»).
    /// A negator of a phrase that adds (`adding`: «не лише») denies nothing; a negated copula («не є»)
    /// anywhere in the match's clauses denies it, whatever the order («Безкоштовним приєднання не є»).
    func isNegated(_ match: PatternMatch, outsideMatch: Bool = false, adding: Set<Int> = [], asides: Set<Int> = []) -> Bool {
        let text = match.text
        let clauses = negationClauses(of: match, asides: asides)
        func isNegator(_ index: Int) -> Bool { !adding.contains(index) && negators.contains { $0.matchLength(in: text, at: index) != nil } }
        if !outsideMatch, (match.firstWord...match.lastWord).contains(where: isNegator) { return true }
        let opensPhrase = scope.opensPhrase(match)
        var before: [Int] = [], after: [Int] = []
        var index = match.firstWord - 1
        while index >= clauses.lowerBound, before.count < (opensPhrase ? 1 : Self.negationReach) {
            if !asides.contains(index) { before.append(index) }
            index -= 1
        }
        index = match.lastWord + 1
        while !opensPhrase, index <= clauses.upperBound, after.count < Self.negationReach {
            if !asides.contains(index) { after.append(index) }
            index += 1
        }
        func isNotYet(_ index: Int) -> Bool {
            guard let phrase = scope.notYetWords(at: index, in: text) else { return false }
            return !phrase.overlaps(match.firstWord...match.lastWord)
        }
        return (before + after).contains { isNegator($0) || isNotYet($0) } || scope.negatesClause(clauses, in: text)
    }

    /// How many words before a match's first word or after its last a negator still negates it:
    /// beside it or with one word between («не буде перерахунку», «не був підписаний», «отримано
    /// не було»).
    static let negationReach = 2

    /// The words that open an exception in this text («крім паспорта»; not «крім того», which adds).
    func exceptionWords(in text: AnalyzedText) -> [Int] {
        guard !exceptions.isEmpty else { return [] }
        return text.words.indices.filter { index in
            exceptions.contains { $0.matchLength(in: text, at: index) != nil } && !exceptionsNot.contains { $0.matchLength(in: text, at: index) != nil }
        }
    }

    /// Whether an exception qualifies the statement a match makes: a word of the match stands in an
    /// exception (from its word to the end of its clause: «усі, крім паспорта» names no passport), or
    /// an exception stands in the match's clauses or the clause just before or after them («Документи
    /// в порядку, крім одного» does not call the package complete).
    func isExcepted(_ match: PatternMatch, by exceptionWords: [Int]) -> Bool {
        guard !exceptionWords.isEmpty else { return false }
        let text = match.text, words = text.words
        let first = clauseRange(of: match.firstWord, in: text).lowerBound, last = clauseRange(of: match.lastWord, in: text).upperBound
        let sentence = words[match.firstWord].sentence
        let before = first > 0 && words[first - 1].sentence == sentence ? clauseRange(of: first - 1, in: text).lowerBound : first
        let after = last + 1 < words.count && words[last + 1].sentence == sentence ? clauseRange(of: last + 1, in: text).upperBound : last
        return exceptionWords.contains { word in
            let excepted = word...clauseRange(of: word, in: text).upperBound
            return excepted.overlaps(match.firstWord...match.lastWord) || (before...after).contains(word)
        }
    }

    /// The words of the clauses a match stands in.
    func clauses(of match: PatternMatch) -> ClosedRange<Int> {
        clauseRange(of: match.firstWord, in: match.text).lowerBound...clauseRange(of: match.lastWord, in: match.text).upperBound
    }

    /// Whether the match lies within one clause.
    /// Whether the match stands within one clause; a clause of asides only («поштою такі заяви, на жаль,
    /// не приймаються») parts none: the clause beyond it goes on with the match's.
    func inOneClause(_ match: PatternMatch, asides: Set<Int>) -> Bool {
        let text = match.text, words = text.words
        var range = clauseRange(of: match.firstWord, in: text)
        let sentence = words[match.firstWord].sentence
        while !range.contains(match.lastWord), !asides.isEmpty, range.upperBound + 2 < words.count {
            let next = clauseRange(of: range.upperBound + 1, in: text)
            guard next.allSatisfy({ asides.contains($0) || words[$0].isFiller }), next.upperBound + 1 < words.count,
                  words[next.upperBound + 1].sentence == sentence else { break }
            range = range.lowerBound...clauseRange(of: next.upperBound + 1, in: text).upperBound
        }
        return range.contains(match.lastWord)
    }

    /// The words of the clause holding word `word`: clauses end at commas, dashes, colons and the
    /// end of the sentence. A clause of fillers only («принесіть, будь ласка, квитанцію») does not
    /// part the clauses beside it.
    func clauseRange(of word: Int, in text: AnalyzedText) -> ClosedRange<Int> {
        let words = text.words
        var range = bareClause(of: word, in: text)
        func fillersOnly(_ clause: ClosedRange<Int>) -> Bool { clause.allSatisfy { words[$0].isFiller } }
        var joined = fillersOnly(range)
        while range.lowerBound > 0, words[range.lowerBound - 1].sentence == words[word].sentence {
            let before = bareClause(of: range.lowerBound - 1, in: text)
            guard fillersOnly(before) || joined else { break }
            range = before.lowerBound...range.upperBound
            guard fillersOnly(before) else { break }
            joined = true
        }
        joined = fillersOnly(bareClause(of: word, in: text))
        while range.upperBound + 1 < words.count, words[range.upperBound + 1].sentence == words[word].sentence {
            let after = bareClause(of: range.upperBound + 1, in: text)
            guard fillersOnly(after) || joined else { break }
            range = range.lowerBound...after.upperBound
            guard fillersOnly(after) else { break }
            joined = true
        }
        return range
    }

    /// The words between two clause boundaries around word `word`.
    func bareClause(of word: Int, in text: AnalyzedText) -> ClosedRange<Int> {
        let words = text.words
        let sentence = words[word].sentence
        var start = word
        while start > 0, !words[start].startsClause, words[start - 1].sentence == sentence { start -= 1 }
        var end = word
        while end + 1 < words.count, words[end + 1].sentence == sentence, !words[end + 1].startsClause { end += 1 }
        return start...end
    }

    /// Whether the match stands in a question or a sentence with a conditional word («якщо», «чи»);
    /// `outsideMatch`: only a conditional word outside the matched words counts; an interrogative between the
    /// matched words that opens no clause joins alternatives («принесіть документ на гараж чи ділянку
    /// і копію РНОКПП» asserts), a phrase there belongs to the statement («лише після того, як …»), a one-word
    /// condition there conditions it («компенсацію нараховують тільки якщо …»). A colon bounds a condition: the statement on its other side stands
    /// («Такі питання вирішує служба метрології: вони перевірять, чи правильно працює лічильник»;
    /// «Якщо думали передавати самі — так не можна: показники знімає тільки контролер»).
    ///
    /// `alternatives` (a closed subject's `restrictions.alternatives`): such a conditional word that opens no
    /// clause joins alternatives wherever it stands in the sentence — «оплатити можна тільки особисто в центрі,
    /// онлайн чи через банк цю оплату не приймають» asks nothing and is conditioned by nothing.
    ///
    /// `guessTells` (a subject a guess still tells: an invented cause): a hedge («мабуть») conditions nothing — «мабуть,
    /// це Ваш мобільний оператор не доставив» blames the operator. A condition or hedge said after the statement does
    /// not reach back over a contrast opening its clause either: «SMS було надіслано на Ваш номер, але, ймовірно, …»
    /// still says it was sent.
    func isHypothetical(_ match: PatternMatch, outsideMatch: Bool = false, alternatives: [WordPattern] = [], guessTells: Bool = false) -> Bool {
        let text = match.text
        let asking = interrogatives.subtracting(alternativeInterrogatives(match, alternatives))
        if text.isQuestion(sentence: match.sentence, interrogatives: asking, leads: questionLeads, cues: questionCues) { return true }
        return text.wordIndices(inSentence: match.sentence).contains { index in
            if outsideMatch, (match.firstWord...match.lastWord).contains(index) { return false }
            // Inside the statement and not opening a clause a word joins alternatives («гараж чи ділянку») or belongs to
            // it («почнемо лише після того, як погасите борг»); a one-word condition that is no interrogative still
            // conditions it («компенсацію нараховують тільки якщо порушено гарантовані стандарти»).
            if index > match.firstWord, index < match.lastWord, !text.words[index].startsClause,
               interrogatives.contains(text.words[index].form) || !conditionals.contains(where: { $0.matchLength(in: text, at: index) == 1 }) { return false }
            if joinsAlternatives(index, in: text, alternatives) || joinsInfinitives(index, in: text) { return false }
            guard conditionals.contains(where: { $0.matchLength(in: text, at: index) != nil }) else { return false }
            if guessTells, scope.hedges.contains(where: { $0.matchLength(in: text, at: index) != nil }) { return false }
            if index > match.lastWord, contrastBetween(match.lastWord, index, in: text) { return false }
            // A condition or hedge after the statement reaches back to it unless a colon, a dash or a semicolon
            // parts them: «SMS надсилаємо всім мешканцям — мабуть, затрималося у оператора» still says the first.
            return index < match.firstWord ? !colonBetween(index, match.firstWord, in: text)
                : index <= match.lastWord || !colonBetween(match.lastWord, index, in: text, marks: Self.laterBreaks)
        }
    }

    /// Whether word `index` is one of `alternatives` standing inside its clause after another word of it
    /// («онлайн чи через банк»): it joins alternatives, it opens no question or condition.
    func joinsAlternatives(_ index: Int, in text: AnalyzedText, _ alternatives: [WordPattern]) -> Bool {
        guard !alternatives.isEmpty, index > 0, !text.words[index].startsClause,
              text.words[index - 1].sentence == text.words[index].sentence else { return false }
        return alternatives.contains { $0.matchLength(in: text, at: index) != nil }
    }

    /// Whether word `index` is an interrogative («чи») inside its clause between two infinitives — right after one,
    /// with another among the two words after it: «приходити чи писати заяву не треба», «ніякої заяви писати чи
    /// кудись їхати не потрібно» join what to do, they ask nothing («уточню, чи буде перерахунок» does).
    func joinsInfinitives(_ index: Int, in text: AnalyzedText) -> Bool {
        let words = text.words
        guard index > 0, interrogatives.contains(words[index].form), !words[index].startsClause,
              words[index - 1].sentence == words[index].sentence, scope.ellipsis.isInfinitive(words[index - 1].form) else { return false }
        var after = index + 1
        while after < words.count, after <= index + 2, words[after].sentence == words[index].sentence, !words[after].startsClause {
            if scope.ellipsis.isInfinitive(words[after].form) { return true }
            after += 1
        }
        return false
    }

    /// The interrogatives of the match's sentence that only join alternatives there — every occurrence inside
    /// its clause after another word («онлайн чи через банк цю оплату не приймають») — in a sentence without «?».
    func alternativeInterrogatives(_ match: PatternMatch, _ alternatives: [WordPattern]) -> Set<String> {
        guard !alternatives.isEmpty else { return [] }
        let text = match.text
        if text.tokens.contains(where: { $0.sentence == match.sentence && $0.kind == .punctuation && $0.text == "?" }) { return [] }
        let asking = text.wordIndices(inSentence: match.sentence).filter { interrogatives.contains(text.words[$0].form) }
        let forms = Set(asking.map { text.words[$0].form })
        return forms.filter { form in asking.filter { text.words[$0].form == form }.allSatisfy { joinsAlternatives($0, in: text, alternatives) } }
    }

    /// Whether a clause opened by a contrast («, але …», «, а …»: `TextReading.contrasts`) starts after word `first`,
    /// up to word `second`: what is said in it does not reach back over it.
    func contrastBetween(_ first: Int, _ second: Int, in text: AnalyzedText) -> Bool {
        guard first < second else { return false }
        return (first + 1...second).contains { text.opensContrast($0) }
    }

    /// The marks that part a statement from a condition or hedge said after it.
    static let laterBreaks: Set<String> = [":", "—", "–", ";"]
    /// The dashes that part a subject from what is said of it («переоформлення — 7 робочих днів»).
    static let dashes: Set<String> = ["—", "–", "-"]

    /// Whether a colon (or one of `marks`) stands between word `first` and the later word `second` of a text.
    func colonBetween(_ first: Int, _ second: Int, in text: AnalyzedText, marks: Set<String> = [":"]) -> Bool {
        guard first < second else { return false }
        let span = text.words[first].range.upperBound..<text.words[second].range.lowerBound
        return text.tokens.contains { $0.kind == .punctuation && marks.contains($0.form) && span.contains($0.range.lowerBound) }
    }

    /// Whether a pattern's own words hold a negator and whether they hold a conditional: its text is analysed
    /// once for both (a conversation's start analyses every false statement that applies to its scenario).
    /// `adding`: the words adding phrases follow their negator with (`AssertionScope.addingTails`): whether the pattern holds one.
    static func ownWords(of source: PatternSource, negators: [WordPattern], conditionals: [WordPattern],
                         adding: Set<String> = []) -> (negates: Bool, conditions: Bool, adds: Bool) {
        let text = AnalyzedText(source.text)
        return (holds(negators, in: text), holds(conditionals, in: text), text.words.contains { adding.contains($0.form) })
    }

    /// Whether one of these words stands in the analysed text of a pattern.
    static func holds(_ words: [WordPattern], in text: AnalyzedText) -> Bool {
        text.words.indices.contains { index in words.contains { $0.matchLength(in: text, at: index) != nil } }
    }

    /// The one claim a wrong value is charged to, among `candidates` (never empty): a claim that takes
    /// values of the value's own kind before one that takes it only by conversion (a term in days is
    /// about the claim of days, not about a debt paid «за 1 робочий день» whose subject stands
    /// nearer), then the one whose subject stands nearest to the value.
    func chargedClaim(_ candidates: [Int], about: [(claim: Int, word: Int, last: Int)], word: Int,
                      sameKind: (CompiledClaim) -> Bool) -> Int {
        let ofKind = candidates.filter { sameKind(claims[$0]) }
        let pool = Set(ofKind.isEmpty ? candidates : ofKind)
        let nearest = about.filter { pool.contains($0.claim) }.min { abs($0.word - word) < abs($1.word - word) }
        return nearest?.claim ?? pool.min() ?? candidates[0]
    }
}
