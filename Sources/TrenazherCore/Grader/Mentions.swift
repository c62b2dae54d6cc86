/// A number with a unit the trainee said: «10 робочих днів», «15 432 кВт·год», «150 грн».
public struct QuantityMention: Sendable, Hashable {
    /// The unit's kind from `lexicon/time.yaml` (`working_days`, `days`, `money`, `energy` …).
    public var kind: String
    public var value: Double
    public var evidence: String
    public var sentence: Int
    /// Index of the number's word.
    public var word: Int
    /// Said as an estimate («приблизно за тиждень»): not a claim.
    public var approximate = false
}

/// A calendar date the trainee said: «31 жовтня», «30.11», «у п'ятницю», «завтра».
public struct DateMention: Sendable, Hashable {
    public var date: CalendarDate
    public var evidence: String
    public var sentence: Int
    public var word: Int
    /// Said as «сьогодні»: today is never a wrong date, so claims do not judge it.
    public var isToday = false
}

/// A time of day the trainee said: «о 14:00», «о десятій», «після обіду».
public struct TimeMention: Sendable, Hashable {
    /// Minutes since midnight, when a clock time was said (not for «після обіду»).
    public var minutes: Int?
    public var evidence: String
    public var sentence: Int
    public var word: Int
    /// The same time read on the other half of the day, when the words leave it open: an hour word
    /// without a part of the day («з дев'ятої п'ятнадцять» is 9:15 or 21:15).
    public var otherHalf: Int? = nil
}

/// Words of the trainee that decided something, with the turn they are in.
public struct Evidence: Sendable, Hashable {
    public var text: String
    /// Why it counts («займенник «ти»», «заборонена фраза» …).
    public var reason: String
}
