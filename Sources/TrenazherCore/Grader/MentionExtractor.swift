/// Finds dates, times of day and quantities in a text, using `lexicon/time.yaml`.
/// Relative dates («завтра», «у п'ятницю») are resolved against the scenario's date.
public struct MentionExtractor: Sendable {
    let lexicon: TimeLexicon
    let units: [(kind: String, patterns: [WordPattern])]
    let dayParts: [WordPattern]
    let moneyParts: [WordPattern]
    let today: CalendarDate
    /// `lexicon.compoundNumbers` and `lexicon.compoundUnits` as UTF-8 (both sides are match forms,
    /// NFC, so comparing bytes is exact), tried at every word of every turn.
    let compoundNumberBytes: [(prefix: [UInt8], value: Int)]
    let compoundUnitBytes: [(stem: [UInt8], kind: String)]
    /// What each word of the lexicon's lists is (`WordRoles`): a text's words are looked up once each.
    let roles: [String: WordRoles]

    /// The places a word has in `lexicon/time.yaml`'s lists.
    struct WordRoles: Sendable {
        var month: Int?
        var weekday: Int?
        var relativeDay: Int?
        var numberWord: Int?
        var clockWord: Int?
        var clockPreposition = false
        var durationPreposition = false
    }

    public init(lexicon: TimeLexicon, today: CalendarDate) {
        self.lexicon = lexicon
        self.today = today
        var roles: [String: WordRoles] = [:]
        for (word, value) in lexicon.months { roles[word, default: WordRoles()].month = value }
        for (word, value) in lexicon.weekdays { roles[word, default: WordRoles()].weekday = value }
        for (word, value) in lexicon.relativeDays { roles[word, default: WordRoles()].relativeDay = value }
        for (word, value) in lexicon.numberWords { roles[word, default: WordRoles()].numberWord = value }
        for (word, value) in lexicon.clockWords { roles[word, default: WordRoles()].clockWord = value }
        for word in lexicon.clockPrepositions { roles[word, default: WordRoles()].clockPreposition = true }
        for word in lexicon.durationPrepositions { roles[word, default: WordRoles()].durationPreposition = true }
        self.roles = roles
        compoundNumberBytes = lexicon.compoundNumbers.map { (Array($0.0.utf8), $0.1) }
        compoundUnitBytes = lexicon.compoundUnits.map { (Array($0.stem.utf8), $0.kind) }
        units = lexicon.units.map { ($0.kind, $0.patterns.compactMap { $0.compile(bindings: [:], log: nil) }) }
        dayParts = lexicon.dayParts.compactMap { $0.compile(bindings: [:], log: nil) }
        moneyParts = lexicon.moneyParts?.patterns.compactMap { $0.compile(bindings: [:], log: nil) } ?? []
    }

    /// Everything found in a text.
    public struct Mentions: Sendable {
        public var quantities: [QuantityMention] = []
        public var dates: [DateMention] = []
        public var times: [TimeMention] = []
    }

    public func extract(from text: AnalyzedText) -> Mentions {
        var result = Mentions()
        let words = text.words
        // Each word looked up in the lexicon's lists once, not once per list and neighbour.
        let nothing = WordRoles()
        let roles = words.map { self.roles[$0.form] ?? nothing }
        var index = 0
        while index < words.count {
            let word = words[index]
            let hasPrevious = index > 0 && words[index - 1].sentence == word.sentence
            let hasNext = index + 1 < words.count && words[index + 1].sentence == word.sentence
            let previous = hasPrevious ? words[index - 1].form : nil
            let next = hasNext ? words[index + 1].form : nil
            let afterClockPreposition = hasPrevious && roles[index - 1].clockPreposition
            let nextMonth = hasNext ? roles[index + 1].month : nil

            func time(_ minutes: Int?, through last: Int) {
                result.times.append(TimeMention(minutes: minutes, evidence: text.quote(words: max(0, afterClockPreposition ? index - 1 : index), last),
                                                sentence: word.sentence, word: index))
            }
            func date(_ value: CalendarDate, through last: Int) {
                result.dates.append(DateMention(date: value, evidence: text.quote(words: index, last), sentence: word.sentence, word: index))
            }

            if word.kind == .number {
                let form = word.form
                let parts = form.split(whereSeparator: { $0 == "." || $0 == ":" }).map(String.init)
                if form.contains(":"), parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), h < 24, m < 60 {
                    let (clock, last) = period(after: index, hour: h, in: text) ?? (h, index)
                    time(clock * 60 + m, through: last)
                } else if parts.count == 2, form.contains("."), let a = Int(parts[0]), let b = Int(parts[1]) {
                    let looksLikeClock = afterClockPreposition && a < 24 && [0, 15, 30, 45].contains(b) && parts[1].count == 2 && next != "грн"
                    if looksLikeClock {
                        time(a * 60 + b, through: index)
                    } else if (1...31).contains(a), (1...12).contains(b), parts[1].count == 2, let day = dayOfYearNearToday(month: b, day: a) {
                        date(day, through: index)
                    }
                } else if parts.count == 3, form.contains("."), let d = Int(parts[0]), let m = Int(parts[1]), var y = Int(parts[2]),
                          (1...31).contains(d), (1...12).contains(m), (0...CalendarDate.latestYear).contains(y) {
                    if y < 100 { y += 2000 }
                    if y >= CalendarDate.earliestYear { date(CalendarDate(year: y, month: m, day: d), through: index) }
                } else if let hyphen = form.firstIndex(of: "-"), let n = Int(form[..<hyphen]) {
                    let suffix = form[form.index(after: hyphen)...]
                    if let month = nextMonth, (1...31).contains(n) {
                        let (day, last) = dated(month: month, day: n, monthAt: index + 1, in: text)
                        if let day { date(day, through: last) }
                        index = last
                    } else if let unit = lexicon.compoundUnits.first(where: { suffix.hasPrefix($0.stem) }) {
                        // «15-денний строк»
                        result.quantities.append(QuantityMention(kind: unit.kind, value: Double(n), evidence: text.quote(words: index, index),
                                                                 sentence: word.sentence, word: index))
                    } else if suffix.allSatisfy(\.isNumber), let m = Int(suffix), (0..<24).contains(n), (0..<60).contains(m), afterClockPreposition {
                        time(n * 60 + m, through: index)
                    } else if afterClockPreposition, (0..<24).contains(n), suffix != "го" {
                        time(n * 60, through: index)
                    } else if suffix == "го", (1...31).contains(n) {
                        // «27-го» without a month: this month, or the next one when the day has passed.
                        var month = today.month, year = today.year
                        if n < today.day { month += 1; if month > 12 { month = 1; year += 1 } }
                        if n <= CalendarDate.daysIn(month: month, year: year) {
                            date(CalendarDate(year: year, month: month, day: n), through: index)
                        }
                    }
                } else if let value = Double(form.replacingOccurrences(of: ",", with: ".")) {
                    if let month = nextMonth, value >= 1, value <= 31, value == value.rounded() {
                        let (day, last) = dated(month: month, day: Int(value), monthAt: index + 1, in: text)
                        if let day { date(day, through: last) }
                        index = last + 1
                        continue
                    }
                    if isClockHour(value, at: index, in: text) {
                        // «з 9 до 13 години»: 13:00, not 13 hours.
                        time(Int(value) * 60, through: index + 1)
                        index += 2
                        continue
                    }
                    if let (kind, length) = unit(at: index + 1, in: text) {
                        var amount = value, last = index + length
                        if kind == "money", let part = moneyPart(after: last, in: text) {
                            amount += part
                            last += 2
                        }
                        result.quantities.append(QuantityMention(kind: kind, value: amount, evidence: text.quote(words: index, last),
                                                                 sentence: word.sentence, word: index))
                        index = last + 1
                        continue
                    }
                    if let previous, ["о", "об"].contains(previous), value >= 0, value < 24, value == value.rounded() {
                        let (clock, last) = period(after: index, hour: Int(value), in: text) ?? (Int(value), index)
                        time(clock * 60, through: last)
                    } else if previous == "з", value >= 0, value < 24, next == "до" {
                        time(Int(value) * 60, through: index)
                    }
                }
            } else if hasPrevious, roles[index - 1].durationPreposition, let (kind, length) = unit(at: index, in: text),
                      lexicon.durations[kind] != nil {
                // «протягом місяця»: one of the unit.
                result.quantities.append(QuantityMention(kind: kind, value: 1, evidence: text.quote(words: index - 1, index + length - 1),
                                                         sentence: word.sentence, word: index))
                index += length
                continue
            } else if let value = roles[index].numberWord, isClockHour(Double(value), at: index, in: text) {
                time(value * 60, through: index + 1)
                index += 2
                continue
            } else if let value = roles[index].numberWord, let (kind, length) = unit(at: index + 1, in: text) {
                var amount = Double(value), last = index + length
                if kind == "money", let part = moneyPart(after: last, in: text) {
                    amount += part
                    last += 2
                }
                result.quantities.append(QuantityMention(kind: kind, value: amount, evidence: text.quote(words: index, last),
                                                         sentence: word.sentence, word: index))
                index = last + 1
                continue
            } else if let (value, kind) = compoundQuantity(word) {
                // «п'ятнадцятиденний строк»: a number and a unit in one adjective.
                result.quantities.append(QuantityMention(kind: kind, value: Double(value), evidence: text.quote(words: index, index),
                                                         sentence: word.sentence, word: index))
            } else if let weekday = roles[index].weekday {
                // «у четвер, 3 грудня», «3 грудня 2026, четвер»: a weekday that names the day of a date
                // beside it is that date, already read; one that contradicts it is read on its own.
                if !isExcluded(weekdayAt: index, in: text), !adjacentDates(to: index, in: text).contains(where: { $0.weekday == weekday }) {
                    if pointsToPast(index, in: text) {
                        // «не працює з неділі»: the last one.
                        var back = (today.weekday - weekday + 7) % 7
                        if back == 0 { back = 7 }
                        date(today.adding(days: -back), through: index)
                    } else {
                        var ahead = (weekday - today.weekday + 7) % 7
                        if ahead == 0 { ahead = 7 }
                        date(today.adding(days: ahead), through: index)
                    }
                }
            } else if let offset = roles[index].relativeDay {
                if !explicitDateFollows(index, in: text) {
                    date(today.adding(days: offset), through: index)
                    if offset == 0 { result.dates[result.dates.count - 1].isToday = true }
                }
            } else if let hour = roles[index].clockWord, afterClockPreposition {
                // «з дев'ятої п'ятнадцять вечора»: the hour word, its minutes, the part of the day.
                var last = index, minutes = 0
                if let said = minutesSaid(at: index + 1, in: text) {
                    minutes = said
                    last += 1
                }
                if let (clock, end) = period(after: last, hour: hour, in: text) {
                    time(clock * 60 + minutes, through: end)
                    index = end + 1
                    continue
                }
                let clock = hour <= lexicon.afternoonUpTo ? hour + 12 : hour
                time(clock * 60 + minutes, through: last)
                if (1...12).contains(hour) { result.times[result.times.count - 1].otherHalf = ((clock + 12) % 24) * 60 + minutes }
                index = last + 1
                continue
            }
            index += 1
        }
        for position in result.quantities.indices {
            let word = result.quantities[position].word
            let before = text.words[max(0, word - 3)..<word].filter { $0.sentence == text.words[word].sentence }
            if before.contains(where: { lexicon.approximators.contains($0.form) }) { result.quantities[position].approximate = true }
        }
        for pattern in dayParts {
            for match in pattern.allMatches(in: text) {
                result.times.append(TimeMention(minutes: nil, evidence: match.evidence, sentence: match.sentence, word: match.firstWord))
            }
        }
        return result
    }

    /// The kopecks after a sum's unit («85 гривень 20 копійок»: 0.20), when the two words after word
    /// `last` are a number (in digits or one number word) and a money part.
    func moneyPart(after last: Int, in text: AnalyzedText) -> Double? {
        let words = text.words
        guard let per = lexicon.moneyParts?.per, per > 0, last + 2 < words.count, words[last + 1].sentence == words[last].sentence,
              let part = Double(words[last + 1].form) ?? lexicon.numberWords[words[last + 1].form].map(Double.init),
              moneyParts.contains(where: { $0.matchLength(in: text, at: last + 2) != nil }) else { return nil }
        return part / Double(per)
    }

    /// A compound adjective of a number and a unit («п'ятнадцятиденний», «тридцятиденного»,
    /// «шестимісячна»): its number and the unit's kind, from `compound_numbers` and `compound_units`.
    func compoundQuantity(_ word: Token) -> (Int, String)? {
        let form = word.bytes
        guard !compoundUnitBytes.isEmpty else { return nil }
        for (prefix, value) in compoundNumberBytes where ByteText.hasPrefix(form, prefix) {
            guard word.form.count > 5 else { return nil }
            let rest = Array(form[prefix.count...])
            if let unit = compoundUnitBytes.first(where: { ByteText.hasPrefix(rest, $0.stem) }) { return (value, unit.kind) }
        }
        return nil
    }

    /// Whether the number at word `index` is an hour of the clock: a whole hour after one of
    /// `clock_hours.prepositions` and before one of `clock_hours.words` («до 13 години», «о 15 годині»).
    /// The minutes said right after a clock word, at word `index` of its sentence: a number 1…59 in
    /// digits or one number word («з дев'ятої п'ятнадцять»).
    func minutesSaid(at index: Int, in text: AnalyzedText) -> Int? {
        let words = text.words
        guard index > 0, index < words.count, words[index].sentence == words[index - 1].sentence else { return nil }
        let value = words[index].kind == .number ? Int(words[index].form) : lexicon.numberWords[words[index].form]
        guard let value, (1...59).contains(value) else { return nil }
        return value
    }

    /// The hour of the clock and the word it ends at when the word after word `last` names the part of
    /// the day (`clock_periods`: «дев'ятої вечора» → 21).
    func period(after last: Int, hour: Int, in text: AnalyzedText) -> (Int, Int)? {
        let words = text.words
        guard last + 1 < words.count, words[last + 1].sentence == words[last].sentence,
              let clock = lexicon.clockPeriods.hour(hour, before: words[last + 1].form) else { return nil }
        return (clock, last + 1)
    }

    func isClockHour(_ value: Double, at index: Int, in text: AnalyzedText) -> Bool {
        let words = text.words
        guard index > 0, index + 1 < words.count, value >= 0, value < 24, value == value.rounded(),
              words[index - 1].sentence == words[index].sentence, words[index + 1].sentence == words[index].sentence else { return false }
        return lexicon.clockHours.prepositions.contains(words[index - 1].form) && lexicon.clockHours.words.contains(words[index + 1].form)
    }

    /// Whether the weekday at word `index` is a past one (`past_weekdays`): a marker at most two words
    /// before it («з неділі», «у минулу п'ятницю», «ще з понеділка») or a past-tense verb within three
    /// words either side («приходив у вівторок»), and no future marker in its sentence («з понеділка
    /// буде»).
    func pointsToPast(_ index: Int, in text: AnalyzedText) -> Bool {
        let words = text.words, past = lexicon.pastWeekdays
        let inSentence = text.wordIndices(inSentence: words[index].sentence)
        for position in inSentence {
            let form = words[position].form
            if past.futureMarkers.contains(form) || past.futureEndings.contains(where: { form.count > $0.count + 2 && form.hasSuffix($0) }) {
                return false
            }
        }
        if inSentence.contains(where: { $0 < index && $0 >= index - 2 && past.markers.contains(words[$0].form) }) { return true }
        return inSentence.contains { position in
            let form = words[position].form
            return abs(position - index) <= 3 && position != index && words[position].kind != .number && !past.notVerbs.contains(form)
                && past.verbEndings.contains { form.count > $0.count && form.hasSuffix($0) }
        }
    }

    /// Whether the weekday at word `index` is left out rather than named (`weekday_exclusions`): right after an
    /// exclusion word («без суботи»), or joined to a weekday so left out («без суботи і неділі»).
    func isExcluded(weekdayAt index: Int, in text: AnalyzedText) -> Bool {
        let words = text.words
        guard index > 0, words[index - 1].sentence == words[index].sentence else { return false }
        if lexicon.weekdayExclusions.contains(words[index - 1].form) { return true }
        guard index > 1, lexicon.weekdayJoiners.contains(words[index - 1].form), words[index - 2].sentence == words[index].sentence,
              roles[words[index - 2].form]?.weekday != nil else { return false }
        return isExcluded(weekdayAt: index - 2, in: text)
    }

    /// Whether a day-and-month date («3 грудня», «03.12») stands within the next three words.
    func explicitDateFollows(_ index: Int, in text: AnalyzedText) -> Bool {
        let words = text.words
        var next = index + 1
        while next < words.count, next <= index + 3, words[next].sentence == words[index].sentence {
            if explicitDate(at: next, in: text) != nil { return true }
            next += 1
        }
        return false
    }

    /// The day-and-month dates («3 грудня», «03.12», «3 грудня 2026 року») that start within the three
    /// words after word `index` or end within the three words before it, in its sentence.
    func adjacentDates(to index: Int, in text: AnalyzedText) -> [CalendarDate] {
        let words = text.words, sentence = words[index].sentence
        var found: [CalendarDate] = []
        for position in max(0, index - 6)...min(words.count - 1, index + 3) where position != index && words[position].sentence == sentence {
            guard let (day, last) = explicitDate(at: position, in: text) else { continue }
            if position > index || index - last <= 3 { found.append(day) }
        }
        return found
    }

    /// The explicit date that starts at word `index`, and its last word: «03.12», «03.12.2026»,
    /// «3 грудня», «3-го грудня», with a year and a year word after the month when said.
    func explicitDate(at index: Int, in text: AnalyzedText) -> (CalendarDate, Int)? {
        let words = text.words
        guard index < words.count, words[index].kind == .number else { return nil }
        let form = words[index].form
        let parts = form.split(separator: ".").map(String.init)
        if parts.count == 2, let d = Int(parts[0]), let m = Int(parts[1]), (1...31).contains(d), (1...12).contains(m), parts[1].count == 2 {
            return dayOfYearNearToday(month: m, day: d).map { ($0, index) }
        }
        if parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), var y = Int(parts[2]), (1...31).contains(d), (1...12).contains(m),
           (0...CalendarDate.latestYear).contains(y) {
            if y < 100 { y += 2000 }
            guard y >= CalendarDate.earliestYear, d <= CalendarDate.daysIn(month: m, year: y) else { return nil }
            return (CalendarDate(year: y, month: m, day: d), index)
        }
        let number = form.firstIndex(of: "-").map { String(form[..<$0]) } ?? form
        guard let n = Int(number), (1...31).contains(n), index + 1 < words.count, words[index + 1].sentence == words[index].sentence,
              let month = lexicon.months[words[index + 1].form] else { return nil }
        let (day, last) = dated(month: month, day: n, monthAt: index + 1, in: text)
        return day.map { ($0, last) }
    }

    /// The date of a day and month whose month word is at `monthAt`, and its last word: a year that
    /// follows in the same sentence (with one of `year_words` after it: «1 грудня 2026 року») is the
    /// date's year; without one the date is the one nearest the scenario's date.
    func dated(month: Int, day: Int, monthAt: Int, in text: AnalyzedText) -> (CalendarDate?, Int) {
        let words = text.words
        let yearAt = monthAt + 1
        if yearAt < words.count, words[yearAt].sentence == words[monthAt].sentence, words[yearAt].kind == .number,
           words[yearAt].form.count == 4, let year = Int(words[yearAt].form),
           (CalendarDate.earliestYear...CalendarDate.latestYear).contains(year) {
            var last = yearAt
            if last + 1 < words.count, words[last + 1].sentence == words[yearAt].sentence, lexicon.yearWords.contains(words[last + 1].form) {
                last += 1
            }
            return (day <= CalendarDate.daysIn(month: month, year: year) ? CalendarDate(year: year, month: month, day: day) : nil, last)
        }
        return (dayOfYearNearToday(month: month, day: day), monthAt)
    }

    /// A day and month said without a year: that day in the year that puts it nearest the scenario's
    /// date («5 січня» said on 28 December is next January's, «31 жовтня» said in November this one's);
    /// `nil` when the day does not exist in that month.
    func dayOfYearNearToday(month: Int, day: Int) -> CalendarDate? {
        let candidates = [today.year - 1, today.year, today.year + 1].compactMap { year -> CalendarDate? in
            guard (CalendarDate.earliestYear...CalendarDate.latestYear).contains(year), day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
            return CalendarDate(year: year, month: month, day: day)
        }
        return candidates.min { abs($0.dayNumber - today.dayNumber) < abs($1.dayNumber - today.dayNumber) }
    }

    /// The unit that starts at word `index`: its kind and how many words it takes.
    func unit(at index: Int, in text: AnalyzedText) -> (String, Int)? {
        guard index < text.words.count else { return nil }
        for (kind, patterns) in units {
            for pattern in patterns {
                if let length = pattern.matchLength(in: text, at: index) { return (kind, length) }
            }
        }
        return nil
    }
}
