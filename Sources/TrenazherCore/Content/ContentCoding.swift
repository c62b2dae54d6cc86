import Foundation

// How the parts of `ContentBundle` that Swift cannot code by itself (tuples, `Character`s, a class) are kept in
// the compiled Content cache (`ContentCache`). Every other part is `Codable` as declared. Each of these writes its
// values in a fixed order, and reads them back in the same order.

/// Two values kept together: a tuple of two, as the cache keeps it.
struct CodedPair<First: Codable, Second: Codable>: Codable {
    var first: First
    var second: Second
}

extension ContentBundle: Codable {
    /// Reads a bundle the cache kept; `directory` is the Content folder it was loaded from (the cache's key
    /// covers that folder's path and every file in it).
    public init(from decoder: Decoder) throws {
        var values = try decoder.unkeyedContainer()
        self.init(directory: URL(fileURLWithPath: try values.decode(String.self)),
                  catalogue: try values.decode([StandardDefinition].self),
                  intents: try values.decode([String: IntentDefinition].self),
                  informal: try values.decode(InformalLexicon.self),
                  courtesy: try values.decode(CourtesyLexicon.self),
                  language: try values.decode(LanguageLexicon.self),
                  time: try values.decode(TimeLexicon.self),
                  jargon: try values.decode([JargonEntry].self),
                  interrogatives: try values.decode(Set<String>.self),
                  questionLeads: try values.decode(Set<String>.self),
                  questionCues: try values.decode(QuestionCues.self),
                  fillers: try values.decode(Set<String>.self),
                  negation: try values.decode(Negation.self),
                  reading: try values.decode(TextReading.self),
                  topics: try values.decode([String: String].self),
                  services: try values.decode([ServiceDefinition].self),
                  additionalServices: try values.decode([AdditionalService].self),
                  scoring: try values.decode(ScoringRules.self),
                  negators: try values.decode([PatternSource].self),
                  conditionals: try values.decode([PatternSource].self),
                  knowledge: try values.decode([KnowledgeArticle].self),
                  requestNumbering: try values.decode(RequestNumbering.self),
                  digest: try values.decode(String.self))
        exceptions = try values.decode([PatternSource].self)
        exceptionsNot = try values.decode([PatternSource].self)
        assertionScope = try values.decode(AssertionScopeWords.self)
        blocks = try values.decodeIfPresent(ScenarioBlocksSource.self)
        defaultReplies = try values.decode([CodedPair<String, [String]>].self).map { ($0.first, $0.second) }
        dialogueCountsAs = try values.decode([String: [String]].self)
        saidOnce = try values.decode([String].self)
        softwareReplies = try values.decode(SoftwareReplies.self)
        moodDefaults = try values.decodeIfPresent(MoodDefaults.self)
        subjects = try values.decode([String: StatementSubject].self)
        otherCustomerName = try values.decodeIfPresent(String.self)
        truthNote = try values.decode(TruthNote.self)
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.unkeyedContainer()
        try values.encode(directory.path)
        try values.encode(catalogue)
        try values.encode(intents)
        try values.encode(informal)
        try values.encode(courtesy)
        try values.encode(language)
        try values.encode(time)
        try values.encode(jargon)
        try values.encode(interrogatives)
        try values.encode(questionLeads)
        try values.encode(questionCues)
        try values.encode(fillers)
        try values.encode(negation)
        try values.encode(reading)
        try values.encode(topics)
        try values.encode(services)
        try values.encode(additionalServices)
        try values.encode(scoring)
        try values.encode(negators)
        try values.encode(conditionals)
        try values.encode(knowledge)
        try values.encode(requestNumbering)
        try values.encode(digest)
        try values.encode(exceptions)
        try values.encode(exceptionsNot)
        try values.encode(assertionScope)
        try values.encode(blocks)
        try values.encode(defaultReplies.map { CodedPair(first: $0.intent, second: $0.lines) })
        try values.encode(dialogueCountsAs)
        try values.encode(saidOnce)
        try values.encode(softwareReplies)
        try values.encode(moodDefaults)
        try values.encode(subjects)
        try values.encode(otherCustomerName)
        try values.encode(truthNote)
    }
}

extension TimeLexicon: Codable {
    public init(from decoder: Decoder) throws {
        var values = try decoder.unkeyedContainer()
        months = try values.decode([String: Int].self)
        weekdays = try values.decode([String: Int].self)
        relativeDays = try values.decode([String: Int].self)
        numberWords = try values.decode([String: Int].self)
        clockWords = try values.decode([String: Int].self)
        clockPrepositions = try values.decode(Set<String>.self)
        dayParts = try values.decode([PatternSource].self)
        units = try values.decode([CodedPair<String, [PatternSource]>].self).map { ($0.first, $0.second) }
        durations = try values.decode([String: CodedPair<Double, Double>].self).mapValues { ($0.first, $0.second) }
        durationPrepositions = try values.decode(Set<String>.self)
        approximators = try values.decode(Set<String>.self)
        multipliers = try values.decode([String: Int].self)
        moneyParts = try values.decodeIfPresent(CodedPair<[PatternSource], Int>.self).map { ($0.first, $0.second) }
        compoundNumbers = try values.decode([CodedPair<String, Int>].self).map { ($0.first, $0.second) }
        compoundUnits = try values.decode([CodedPair<String, String>].self).map { ($0.first, $0.second) }
        halfWords = try values.decode(Set<String>.self)
        afternoonUpTo = try values.decode(Int.self)
        greetingWindows = try values.decode([String: CodedPair<Int, Int>].self).mapValues { ($0.first, $0.second) }
        letterDateWords = try values.decode(Set<String>.self)
        yearWords = try values.decode(Set<String>.self)
        codeJoiners = try values.decode(Set<String>.self)
        workingHours = try values.decodeIfPresent(WorkingHours.self)
        clockHours = try values.decode(ClockHourWords.self)
        pastWeekdays = try values.decode(PastWeekdayWords.self)
        termsInWords = values.isAtEnd ? [] : try values.decode([PatternSource].self)
        clockPeriods = values.isAtEnd ? ClockPeriodWords() : try values.decode(ClockPeriodWords.self)
        approximateTolerance = values.isAtEnd ? 0 : try values.decode(Double.self)
        ordinalSuffixes = values.isAtEnd ? [] : try values.decode(Set<String>.self)
        cardinalSuffixes = values.isAtEnd ? [] : try values.decode(Set<String>.self)
        weekdayExclusions = values.isAtEnd ? [] : try values.decode(Set<String>.self)
        weekdayJoiners = values.isAtEnd ? [] : try values.decode(Set<String>.self)
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.unkeyedContainer()
        try values.encode(months)
        try values.encode(weekdays)
        try values.encode(relativeDays)
        try values.encode(numberWords)
        try values.encode(clockWords)
        try values.encode(clockPrepositions)
        try values.encode(dayParts)
        try values.encode(units.map { CodedPair(first: $0.kind, second: $0.patterns) })
        try values.encode(durations.mapValues { CodedPair(first: $0.days, second: $0.workingDays) })
        try values.encode(durationPrepositions)
        try values.encode(approximators)
        try values.encode(multipliers)
        try values.encode(moneyParts.map { CodedPair(first: $0.patterns, second: $0.per) })
        try values.encode(compoundNumbers.map { CodedPair(first: $0.0, second: $0.1) })
        try values.encode(compoundUnits.map { CodedPair(first: $0.stem, second: $0.kind) })
        try values.encode(halfWords)
        try values.encode(afternoonUpTo)
        try values.encode(greetingWindows.mapValues { CodedPair(first: $0.from, second: $0.to) })
        try values.encode(letterDateWords)
        try values.encode(yearWords)
        try values.encode(codeJoiners)
        try values.encode(workingHours)
        try values.encode(clockHours)
        try values.encode(pastWeekdays)
        try values.encode(termsInWords)
        try values.encode(clockPeriods)
        try values.encode(approximateTolerance)
        try values.encode(ordinalSuffixes)
        try values.encode(cardinalSuffixes)
        try values.encode(weekdayExclusions)
        try values.encode(weekdayJoiners)
    }
}

extension OutcomeWording: Codable {
    public init(from decoder: Decoder) throws {
        var values = try decoder.unkeyedContainer()
        self.init()
        unresolvedFails = try values.decode(Bool.self)
        misinformedFails = try values.decode(Bool.self)
        feminineEndings = try values.decode([String].self)
        sentences = try values.decode([Kind: Forms].self)
        let last = try values.decode(CodedPair<String, String>.self)
        listLast = (last.first, last.second)
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.unkeyedContainer()
        try values.encode(unresolvedFails)
        try values.encode(misinformedFails)
        try values.encode(feminineEndings)
        try values.encode(sentences)
        try values.encode(CodedPair(first: listLast.ukrainian, second: listLast.english))
    }
}

extension LanguageLexicon: Codable {
    public init(from decoder: Decoder) throws {
        var values = try decoder.unkeyedContainer()
        let letters = try values.decode([String].self)
        guard letters.allSatisfy({ $0.count == 1 }) else {
            throw DecodingError.dataCorruptedError(in: values, debugDescription: "a letter that is not one character")
        }
        russianLetters = Set(letters.map { Character($0) })
        russianWords = try values.decode([PatternSource].self)
        surzhykWords = try values.decode([PatternSource].self)
        surzhykThreshold = try values.decode(Int.self)
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.unkeyedContainer()
        try values.encode(russianLetters.map(String.init))
        try values.encode(russianWords)
        try values.encode(surzhykWords)
        try values.encode(surzhykThreshold)
    }
}

extension Morphology: Codable {
    /// Reads a stemmer the cache kept: its endings and limits as kept, the typo index built again from the
    /// vocabulary (building it costs less than reading it).
    public convenience init(from decoder: Decoder) throws {
        var values = try decoder.unkeyedContainer()
        let endings = try values.decode([[UInt8]].self)
        let reflexive = try values.decode([[UInt8]].self)
        let minimumStemLetters = try values.decode(Int.self)
        let minimumTypoLetters = try values.decode(Int.self)
        let minimumTypoPrefixLetters = try values.decode(Int.self)
        let unstemmed = try values.decode([[UInt8]].self)
        let vocabulary = try values.decode(Set<String>.self)
        self.init(formedEndings: endings, reflexive: reflexive, minimumStemLetters: minimumStemLetters,
                  minimumTypoLetters: minimumTypoLetters, minimumTypoPrefixLetters: minimumTypoPrefixLetters,
                  unstemmed: Set(unstemmed), vocabulary: vocabulary)
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.unkeyedContainer()
        try values.encode(endings)
        try values.encode(reflexive)
        try values.encode(minimumStemLetters)
        try values.encode(minimumTypoLetters)
        try values.encode(minimumTypoPrefixLetters)
        try values.encode(unstemmed.sorted { $0.lexicographicallyPrecedes($1) })
        try values.encode(vocabulary)
    }
}

extension SubjectExamples: Codable {
    public init(from decoder: Decoder) throws {
        var values = try decoder.unkeyedContainer()
        self.init()
        func plain() throws -> [(text: String, location: SourceLocation)] {
            try values.decode([CodedPair<String, SourceLocation>].self).map { (text: $0.first, location: $0.second) }
        }
        func byKind() throws -> [(kind: String, text: String, location: SourceLocation)] {
            try values.decode([CodedPair<String, CodedPair<String, SourceLocation>>].self)
                .map { (kind: $0.first, text: $0.second.first, location: $0.second.second) }
        }
        asserts = try plain()
        denies = try plain()
        neither = try plain()
        kindAsserts = try byKind()
        kindDenies = try byKind()
        kindOnly = try byKind()
        kindNotOnly = try byKind()
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.unkeyedContainer()
        for list in [asserts, denies, neither] {
            try values.encode(list.map { CodedPair(first: $0.text, second: $0.location) })
        }
        for list in [kindAsserts, kindDenies, kindOnly, kindNotOnly] {
            try values.encode(list.map { CodedPair(first: $0.kind, second: CodedPair(first: $0.text, second: $0.location)) })
        }
    }
}
