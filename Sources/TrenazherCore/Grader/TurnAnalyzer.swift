/// Analyses trainee turns for one conversation: content intents and the scenario's own intents
/// are compiled once with the scenario's facts and the trainee's name bound.
/// A class: every check of every turn refers to the one analyzer of the conversation without copying it.
public final class TurnAnalyzer: Sendable {
    public let scenario: Scenario
    public let content: ContentBundle
    public let traineeName: String
    let intents: [CompiledIntent]
    /// The intents' patterns by their first keys: a turn tries only those that may match it.
    let intentIndex: IntentIndex
    /// The intents' patterns, each intent's in its order one after another, by the words they can start with: a
    /// pattern is run only at the words its first step matches.
    let intentHeads: PatternHeads
    /// Per intent, the position of its first pattern in `intentHeads`.
    let intentHeadOffsets: [Int]
    let informal: InformalAddressDetector
    let courtesy: CourtesyDetector
    let language: LanguageDetector
    let mentions: MentionExtractor
    let accountFacts: [WordPattern]
    let documents: [(index: Int, patterns: [WordPattern])]
    let services: [(service: AdditionalService, patterns: [WordPattern])]
    /// The scenario's claims, compiled.
    public let claims: ClaimJudge
    /// What the trainee takes back in the same turn (the `self_correction` intent).
    let selfCorrection: SelfCorrection
    /// «Не X, а Y»: Y read in place of X (`lexicon/negation.yaml` `contrast`).
    let contrast: ContrastReading
    /// The negation words of `lexicon/negation.yaml`, compiled: a contradicted clause that holds one denies
    /// the service it names.
    let negators: [WordPattern]
    let questions: [(id: String, patterns: [WordPattern])]
    let jargon: [(abbreviation: String, expansions: [WordPattern], lowercase: Bool)]
    /// Whether some abbreviation counts in lower case too (`lowercase: true`).
    let anyLowercaseJargon: Bool
    /// The characters of the longest abbreviation: a word without a hyphen that has more is none of them.
    let longestJargon: Int
    /// Each abbreviation's positions in `jargon`.
    let jargonPositions: [String: [Int]]
    let ownNameStem: String
    /// The beginnings of the customer's names («ігор», «васильови»): a vocative before a question.
    let vocatives: [String]
    let allowedCaps: Set<String>
    /// The other variants' customers' names (`OtherCustomerNames`).
    let otherCustomers: OtherCustomerNames
    /// The values of the facts that identify the customer (`IdentificationValues`).
    let identificationValues: IdentificationValues
    static let formalWords: Set<String> = ["ви", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваші", "вашого", "вашої", "вашому", "вашій", "вашим", "вашими", "ваших", "вашу"]

    public init(scenario: Scenario, content: ContentBundle, traineeName: String) {
        self.scenario = scenario
        self.content = content
        self.traineeName = traineeName
        let bindings = scenario.bindings(trainee: traineeName)
        var definitions = content.intents
        for (name, definition) in scenario.intents {
            definitions[name] = definition.extends ? definitions[name].map(definition.adding(to:)) ?? definition : definition
        }
        intents = definitions.keys.sorted().map { CompiledIntent(definitions[$0]!, bindings: bindings, negation: content.negation) }
        intentIndex = IntentIndex(intents)
        var intentPatterns: [WordPattern] = [], intentHeadOffsets: [Int] = []
        for intent in intents {
            intentHeadOffsets.append(intentPatterns.count)
            intentPatterns += intent.headedPatterns
        }
        intentHeads = PatternHeads(intentPatterns)
        self.intentHeadOffsets = intentHeadOffsets
        informal = InformalAddressDetector(lexicon: content.informal)
        courtesy = CourtesyDetector(lexicon: content.courtesy)
        language = LanguageDetector(lexicon: content.language)
        mentions = MentionExtractor(lexicon: content.time, today: scenario.date)
        accountFacts = scenario.accountFacts.compactMap { $0.compile(bindings: bindings, log: nil) }
        identificationValues = IdentificationValues(scenario: scenario, bindings: bindings)
        documents = scenario.documents.enumerated().map { index, document in
            (index, document.patterns.compactMap { $0.compile(bindings: bindings, log: nil) })
        }
        services = content.additionalServices.map { service in
            (service, service.patterns.compactMap { $0.compile(bindings: bindings, log: nil) })
        }
        negators = content.negators.compactMap { $0.compile(bindings: [:], log: nil) }
        claims = ClaimJudge(scenario: scenario, bindings: bindings, extractor: mentions,
                            negators: negators,
                            conditionals: content.conditionals.compactMap { $0.compile(bindings: [:], log: nil)?.exact() },
                            exceptions: content.exceptions.compactMap { $0.compile(bindings: [:], log: nil) },
                            exceptionsNot: content.exceptionsNot.compactMap { $0.compile(bindings: [:], log: nil) },
                            interrogatives: content.interrogatives, questionLeads: content.questionLeads,
                            questionCues: content.questionCues, scope: AssertionScope(content: content),
                            known: ApplicableFalsehoods.claims(for: scenario, content: content))
        let correction = content.intents["self_correction"]
        selfCorrection = SelfCorrection(markers: correction?.patterns.compactMap { source in
            source.compile(bindings: [:], log: nil).map { correction?.exact == true ? $0.exact() : $0 }
        } ?? [])
        contrast = ContrastReading(content.assertionScope.contrast)
        questions = scenario.questions.map { ($0.id, $0.answeredBy.compactMap { $0.compile(bindings: bindings, log: nil) }) }
        jargon = content.jargon.map { entry in
            (TextNormalizer.fixLookalikes(in: entry.abbreviation).uppercased(), entry.expansions.compactMap { $0.compile(bindings: [:], log: nil) },
             entry.lowercase)
        }
        anyLowercaseJargon = jargon.contains { $0.lowercase }
        longestJargon = jargon.map(\.abbreviation.count).max() ?? 0
        var jargonPositions: [String: [Int]] = [:]
        for (position, entry) in jargon.enumerated() { jargonPositions[entry.abbreviation, default: []].append(position) }
        self.jargonPositions = jargonPositions
        var names: [String] = [scenario.persona.name]
        if let addressAs = scenario.persona.addressAs { names.append(addressAs) }
        var vocatives: [String] = []
        for name in names {
            for part in name.split(whereSeparator: { !$0.isLetter }) {
                let form = TextNormalizer.matchForm(of: TextNormalizer.normalize(String(part)))
                if form.count >= 3 { vocatives.append(form.count >= 5 ? String(form.dropLast()) : form) }
            }
        }
        self.vocatives = vocatives
        otherCustomers = OtherCustomerNames(scenario: scenario)
        let firstName = traineeName.split(whereSeparator: { $0.isWhitespace }).first.map(String.init) ?? traineeName
        let name = TextNormalizer.matchForm(of: TextNormalizer.normalize(firstName))
        ownNameStem = name.count > 3 && "аяоеєиіую".contains(name.last!) ? String(name.dropLast()) : name
        allowedCaps = Set(scenario.facts.values.flatMap { value in
            value.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map { TextNormalizer.fixLookalikes(in: String($0)).uppercased() }
        })
    }

    /// Whether a match stands in a clause that a `whether` word («чи») opens before it: the account fact is
    /// asked or the customer's question told back («ви питаєте, чи то не за борг вас відключили»), not told.
    static func asksWhether(_ match: PatternMatch, in text: AnalyzedText, words: Set<String>) -> Bool {
        guard !words.isEmpty else { return false }
        var index = match.firstWord
        while index > 0, !text.words[index].startsClause, text.words[index - 1].sentence == text.words[match.firstWord].sentence {
            index -= 1
            if words.contains(text.words[index].form) { return true }
        }
        return false
    }

    /// Analyses one trainee turn; `opening` says it is the trainee's first spoken turn, where closing
    /// patterns («Дякую, що зателефонували») do not count. `correctedLater`: the trainee's next turn
    /// takes this one back (`SelfCorrection.correctsPreviousTurn`), so its last sentence naming a value is
    /// no statement of theirs; `correctedBy`: that next turn, so the sentence it corrects is the one
    /// sharing most words with it (`SelfCorrection.withdrawnByCorrection`).
    public func analyze(_ raw: String, opening: Bool = false, correctedLater: Bool = false,
                        correctedBy correction: AnalyzedText? = nil) -> TurnAnalysis {
        let text = AnalyzedText(raw, reading: content.reading)
        let questionSentences = (0..<text.sentenceCount).filter {
            text.isQuestion(sentence: $0, interrogatives: content.interrogatives, leads: content.questionLeads, cues: content.questionCues,
                            vocatives: vocatives)
        }
        let closing = !opening && questionSentences.isEmpty
        var found = intentsFound(in: text, closing: closing)
        let informalHits = informal.find(in: text)
        let shouting = courtesy.shouting(in: text, allowedCaps: allowedCaps)
        let discourtesy = courtesy.find(in: text, shouting: shouting)
        let foreign = language.find(in: text)
        var factMatches: [PatternMatch] = []
        for pattern in accountFacts { factMatches.append(contentsOf: pattern.allMatches(in: text)) }
        factMatches.removeAll { Self.asksWhether($0, in: text, words: content.questionCues.whether) }
        factMatches.sort { $0.firstWord < $1.firstWord }
        var named: [Int: PatternMatch] = [:]
        for (index, patterns) in documents {
            for pattern in patterns {
                if let match = pattern.firstMatch(in: text) { named[index] = match; break }
            }
        }
        // A value or sentence the trainee takes back in the same turn is no statement of theirs.
        let said = mentions.extract(from: text)
        let corrections = selfCorrection.corrections(in: text, mentions: said)
        var withdrawn = corrections.map(\.withdrawn)
        if let correction, let taken = selfCorrection.withdrawnByCorrection(of: text, mentions: said, correction: correction) {
            withdrawn.append(taken)
        } else if correctedLater, let taken = SelfCorrection.withdrawnByLaterCorrection(in: text, mentions: said) {
            withdrawn.append(taken)
        }
        // «Не в четвер, а в п'ятницю»: the value a contrast denies is not stated.
        let valueWords = Set(said.quantities.map(\.word) + said.dates.map(\.word) + said.times.map(\.word))
        withdrawn += contrast.deniedWords(in: text, valueWords: valueWords)
        // What the correction says, read where the withdrawn words stood, counts as said too; so does
        // what a contrast says in place of the words it denies («не протягом години, а протягом двох годин»).
        for reading in [SelfCorrection.correctedReading(of: text, corrections: corrections), contrast.reading(of: text)].compactMap({ $0 }) {
            let corrected = AnalyzedText(reading, reading: content.reading)
            for (name, match) in intentsFound(in: corrected, closing: closing) where found[name] == nil { found[name] = match }
        }
        let mentioned = SelfCorrection.keeping(said, outside: withdrawn)
        let statements = SelfCorrection.keeping(claims.statements(in: text, mentions: mentioned), outside: withdrawn)
        // A service named in a clause the company's data contradicts, with a negation word in it, is denied,
        // not offered («самостійно передавати показники не можна»). One told as the only way («передавати
        // показники можна тільки через особистий кабінет») is still offered: the falsehood is the other ways
        // excluded, GEN-ACCURATE's, not the service.
        let contradicted = statements.filter(\.contradicts).compactMap(\.clauses).filter { holdsNegator(in: $0, of: text) }
        var servicesNamed: [(service: AdditionalService, match: PatternMatch)] = []
        for (service, patterns) in services {
            for pattern in patterns {
                let match = contradicted.isEmpty ? pattern.firstMatch(in: text)
                    : pattern.allMatches(in: text).first { match in !contradicted.contains { $0.overlaps(match.firstWord...match.lastWord) } }
                if let match { servicesNamed.append((service, match)); break }
            }
        }

        if let first = informalHits.first, let index = text.words.firstIndex(where: { first.text.contains($0.text) }) {
            found["informal"] = PatternMatch(text: text, firstWord: index, lastWord: index)
        }
        if !discourtesy.isEmpty, let match = firstWord(matching: discourtesy[0].text, in: text) { found["rude"] = match }
        if let first = shouting.first, let match = firstWord(matching: first.text, in: text) { found["shouting"] = match }
        if let first = factMatches.first { found["tells_account_fact"] = first }
        if let first = servicesNamed.first { found["offers_service"] = first.match }
        // A document the visitor did not bring, and one they brought with a problem, are different news
        // for the customer: a reaction to «what is missing» must not follow the name of a document they hold.
        for (status, intent) in [(DocumentItem.Status.missing, "names_missing_document"), (.incomplete, "names_incomplete_document")] {
            let matches = named.filter { scenario.documents[$0.key].status == status }.values
            if let first = matches.min(by: { $0.firstWord < $1.firstWord }) { found[intent] = first }
        }
        if let sentence = questionSentences.first, let word = text.words.firstIndex(where: { $0.sentence == sentence }) {
            found["question"] = PatternMatch(text: text, firstWord: word, lastWord: word)
        }
        if let firstWord = text.words.indices.first { found["any"] = PatternMatch(text: text, firstWord: firstWord, lastWord: firstWord) }

        let answered = questions.isEmpty ? [:] : AnswerAttribution(questions: questions).answered(in: text)
        // A reply that answers a question of the appeal (the mood of a letter's writer moves with each).
        if let first = questions.first(where: { answered[$0.id] != nil }), let words = answered[first.id],
           let match = firstWord(matching: words, in: text) {
            found["answers_question"] = match
        }
        let stem = ownNameStem
        let isOwnName = { (form: String) in form.hasPrefix(stem) && form.count <= stem.count + 3 }
        let ownName = text.words.first { $0.kind == .word && isOwnName($0.form) }?.text
        let formal = text.words.first { Self.formalWords.contains($0.form) }?.text
        var analysis = TurnAnalysis(text: text, intents: found, informal: informalHits, discourtesy: discourtesy, foreignLanguage: foreign,
                                    accountFacts: factMatches, mentions: mentioned, documentsNamed: named,
                                    servicesNamed: servicesNamed, questionSentences: questionSentences, ownName: ownName,
                                    statements: statements, answeredQuestions: answered,
                                    unexplainedJargon: unexplainedJargon(in: text), formalAddress: formal,
                                    otherCustomerName: otherCustomers.find(in: text, isTraineeName: { !stem.isEmpty && isOwnName($0) }))
        analysis.identificationFactsSaid = identificationValues.said(in: text)
        return analysis
    }

    /// Whether the turn opens by taking back the trainee's turn before it («Ой, я щойно неправильно сказала: …»).
    public func correctsPreviousTurn(_ analysis: TurnAnalysis) -> Bool {
        selfCorrection.correctsPreviousTurn(in: analysis.text, mentions: analysis.mentions)
    }

    /// The content and scenario intents a text shows, each at its first match.
    func intentsFound(in text: AnalyzedText, closing: Bool) -> [String: PatternMatch] {
        var found: [String: PatternMatch] = [:]
        // Every intent is compiled with the Content's negation words: what they deny is found once a turn.
        let denied = content.negation.words.isEmpty ? [] : content.negation.deniedWords(in: text)
        let candidates = intentIndex.candidates(in: text)
        // Each pattern run only at the words its first step matches: the same first matches.
        var starts = PatternHeads.Starts(intentHeads, in: text)
        for (position, intent) in intents.enumerated() where intent.yieldsTo.isEmpty {
            let offset = intentHeadOffsets[position]
            if let match = intent.firstMatch(in: text, closing: closing, denied: denied, candidates: candidates[position],
                                             starts: { starts.words(ofPattern: offset + $0, $1) }) { found[intent.name] = match }
        }
        for (position, intent) in intents.enumerated() where !intent.yieldsTo.isEmpty {
            let excluded = Set(intent.yieldsTo.compactMap { found[$0]?.sentence })
            let offset = intentHeadOffsets[position]
            if let match = intent.firstMatch(in: text, excludingSentences: excluded, closing: closing, denied: denied,
                                             candidates: candidates[position],
                                             starts: { starts.words(ofPattern: offset + $0, $1) }) { found[intent.name] = match }
        }
        return found
    }

    /// Abbreviations of `lexicon/jargon.yaml` used in capitals (or, for those marked `lowercase`, in
    /// any case) with none of their expansions present.
    /// Each word is split into its parts once, and the first word holding each part is looked up per
    /// abbreviation, instead of testing every word against every abbreviation.
    func unexplainedJargon(in text: AnalyzedText) -> [Evidence] {
        var found: [Evidence] = []
        // For each abbreviation, the first word in capitals and the first unquoted word holding it as
        // a part («ЦНАП-у»: «ЦНАП», «У»).
        var firstInCapitals = [Int?](repeating: nil, count: jargon.count), firstUnquoted = firstInCapitals
        for (index, word) in text.words.enumerated() where word.kind == .word && (word.isAllCaps || anyLowercaseJargon && !word.quoted) {
            // Fixing look-alikes and upper-casing never shorten a word: one longer than every
            // abbreviation, with no hyphen to split it, is none of them.
            if Self.hasMoreCharacters(word.text, than: longestJargon), !word.text.utf8.contains(0x2D) { continue }
            for part in TextNormalizer.fixLookalikes(in: word.text).uppercased().split(separator: "-") {
                guard let positions = jargonPositions[String(part)] else { continue }
                for position in positions {
                    if word.isAllCaps, firstInCapitals[position] == nil { firstInCapitals[position] = index }
                    if !word.quoted, firstUnquoted[position] == nil { firstUnquoted[position] = index }
                }
            }
        }
        for (position, entry) in jargon.enumerated() {
            let inCapitals = firstInCapitals[position]
            let unquoted = entry.lowercase ? firstUnquoted[position] : nil
            guard let index = [inCapitals, unquoted].compactMap({ $0 }).min() else { continue }
            let word = text.words[index]
            if !entry.expansions.contains(where: { $0.firstMatch(in: text) != nil }) {
                found.append(Evidence(text: word.text, reason: "абревіатуру «\(entry.abbreviation)» не пояснено"))
            }
        }
        return found
    }

    /// Whether the text has more than `limit` characters, counting no further than that.
    static func hasMoreCharacters(_ text: String, than limit: Int) -> Bool {
        var count = 0
        for _ in text {
            count += 1
            if count > limit { return true }
        }
        return false
    }

    /// Whether a negation word stands among these words of the text (a clause that denies what it names).
    func holdsNegator(in words: ClosedRange<Int>, of text: AnalyzedText) -> Bool {
        words.contains { index in index < text.words.count && negators.contains { $0.matchLength(in: text, at: index) != nil } }
    }

    func firstWord(matching evidence: String, in text: AnalyzedText) -> PatternMatch? {
        guard let index = text.words.firstIndex(where: { evidence.contains($0.text) }) else {
            return text.words.isEmpty ? nil : PatternMatch(text: text, firstWord: 0, lastWord: 0)
        }
        return PatternMatch(text: text, firstWord: index, lastWord: index)
    }

    /// Parses a natural-language value («10 робочих днів», «9 грудня») into mentions.
    public func parseValue(_ value: String) -> MentionExtractor.Mentions {
        mentions.extract(from: AnalyzedText(value, reading: content.reading))
    }

    /// Whether a wrong statement of a claim names a sum of money (its evidence holds one): a wrong cost, not a wrong
    /// term of a claim that also accepts a cost.
    public func isWrongCost(_ statement: ClaimJudge.Statement) -> Bool {
        !statement.correct && statement.kinds.contains("money") && parseValue(statement.evidence).quantities.contains { $0.kind == "money" }
    }

    /// Whether an additional service is relevant to the scenario's topic.
    public func isRelevant(_ service: AdditionalService) -> Bool {
        guard let topic = scenario.topic else { return true }
        return service.topics.isEmpty || service.topics.contains(topic)
    }
}
