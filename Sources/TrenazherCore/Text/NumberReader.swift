/// Reads numbers written in words as the numbers they are, so dates, times, amounts and account
/// data typed in words are seen like digits: «п'ятнадцять тисяч чотириста тридцять два» → 15432,
/// «двадцять п'ятого грудня» → 25 грудня, «пів на третю» → 14:30. Every word comes from
/// `lexicon/time.yaml`; one number word on its own stays a word (units already read it,
/// «одну хвилинку» stays a phrase) unless a month follows it («п'ятого грудня»).
public struct NumberReader: Sendable, Codable {
    /// Word → value: cardinals and ordinals in their case forms, tens, hundreds.
    let values: [String: Int]
    /// Word → multiplier («тисяч» → 1000).
    let multipliers: [String: Int]
    /// Month words: a single number word before one is a date.
    let months: Set<String>
    /// «пів» of «пів на третю».
    let halfWords: Set<String>
    /// Hour words («третю», «третій») → hour.
    let clockWords: [String: Int]
    /// Hours up to this one are afternoon hours in a twelve-hour reading («о третій» → 15:00).
    let afternoonUpTo: Int
    /// Words said between the digit groups of a code («дефіс», «тире»): a code's match steps over them.
    let codeJoiners: Set<String>
    /// An ordinal's endings typed straight after its digits («30го»): read as «30-го», one number.
    let ordinalSuffixes: Set<String>
    /// A cardinal's case endings typed after its digits, with a hyphen or without («2х», «5-ти»): dropped.
    let cardinalSuffixes: Set<String>

    public init(values: [String: Int], multipliers: [String: Int], months: Set<String>, halfWords: Set<String>,
                clockWords: [String: Int], afternoonUpTo: Int, codeJoiners: Set<String> = [],
                ordinalSuffixes: Set<String> = [], cardinalSuffixes: Set<String> = []) {
        self.values = values
        self.multipliers = multipliers
        self.months = months
        self.halfWords = halfWords
        self.clockWords = clockWords
        self.afternoonUpTo = afternoonUpTo
        self.codeJoiners = codeJoiners
        self.ordinalSuffixes = ordinalSuffixes
        self.cardinalSuffixes = cardinalSuffixes
    }

    /// The digits a token gives when it is part of a code read out or typed in groups
    /// (`WordPattern`'s code step): a number's digits, the digits inside a word («ав-2511»), a single
    /// number word's value («одинадцять» → 11, «нуль» → 0); `nil` for any other word.
    static func codeDigits(of token: Token, values: [String: Int]) -> [UInt8]? {
        let digits = token.bytes.filter { (48...57).contains($0) }
        if !digits.isEmpty { return digits }
        guard token.kind == .word, let value = values[token.form] else { return nil }
        return Array(String(value).utf8)
    }

    /// The tokens with every number said in words replaced by one number token over the same text.
    func read(_ tokens: [Token], in text: String) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            if let (value, end) = number(at: index, in: tokens) {
                result.append(numberToken(form: String(value), from: tokens[index], to: tokens[end - 1], in: text))
                index = end
            } else if let (digits, end) = cardinal(at: index, in: tokens) {
                result.append(numberToken(form: digits, from: tokens[index], to: tokens[end - 1], in: text))
                index = end
            } else if let suffix = ordinalSuffix(at: index, in: tokens) {
                result.append(numberToken(form: tokens[index].form + "-" + suffix, from: tokens[index], to: tokens[index + 1], in: text))
                index += 2
            } else if let (minutes, end) = halfHour(at: index, in: tokens) {
                let form = "\(minutes / 60):\(minutes % 60 < 10 ? "0" : "")\(minutes % 60)"
                result.append(numberToken(form: form, from: tokens[index], to: tokens[end - 1], in: text))
                index = end
            } else {
                result.append(tokens[index])
                index += 1
            }
        }
        return result
    }

    /// A number typed with a cardinal's case ending («2х», «2-х», «5-ти»): its digits and the index after it.
    func cardinal(at index: Int, in tokens: [Token]) -> (String, Int)? {
        guard !cardinalSuffixes.isEmpty, tokens[index].kind == .number else { return nil }
        let form = tokens[index].form
        if let hyphen = form.firstIndex(of: "-") {
            let digits = form[..<hyphen]
            guard !digits.isEmpty, digits.utf8.allSatisfy(Self.isDigit), cardinalSuffixes.contains(String(form[form.index(after: hyphen)...]))
            else { return nil }
            return (String(digits), index + 1)
        }
        guard typedOn(at: index, in: tokens), cardinalSuffixes.contains(tokens[index + 1].form) else { return nil }
        return (form, index + 2)
    }

    /// Whether the token at `index` is digits alone with a word typed straight after them («30го»).
    func typedOn(at index: Int, in tokens: [Token]) -> Bool {
        index + 1 < tokens.count && tokens[index].kind == .number && tokens[index + 1].kind == .word
            && tokens[index].range.upperBound == tokens[index + 1].range.lowerBound && tokens[index].form.utf8.allSatisfy(Self.isDigit)
    }

    static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }

    /// The ordinal ending typed straight after the digits at `index` («30го»), when the word after them is one.
    func ordinalSuffix(at index: Int, in tokens: [Token]) -> String? {
        guard !ordinalSuffixes.isEmpty, typedOn(at: index, in: tokens), ordinalSuffixes.contains(tokens[index + 1].form) else { return nil }
        return tokens[index + 1].form
    }

    /// A compound number starting at `index`: its value and the index after its last word.
    func number(at index: Int, in tokens: [Token]) -> (Int, Int)? {
        var total = 0, group = 0, words = 0
        var place = Int.max, lastMultiplier = Int.max
        var position = index
        while position < tokens.count, tokens[position].kind == .word, tokens[position].sentence == tokens[index].sentence {
            let form = tokens[position].form
            if let multiplier = multipliers[form], multiplier < lastMultiplier {
                total += max(group, 1) * multiplier
                group = 0
                lastMultiplier = multiplier
                place = multiplier
            } else if let value = values[form], value > 0, value < place {
                group += value
                place = Self.place(of: value)
            } else {
                break
            }
            words += 1
            position += 1
        }
        let value = total + group
        guard words > 0, value > 0 else { return nil }
        if words == 1 {
            guard position < tokens.count, tokens[position].kind == .word, months.contains(tokens[position].form), values[tokens[index].form] != nil
            else { return nil }
        }
        return (value, position)
    }

    /// The place a value leaves free for the next word: after «двадцять» only units, after
    /// «триста» tens and units, after «п'ять» nothing.
    static func place(of value: Int) -> Int {
        if value >= 100, value % 100 == 0 { return 100 }
        if value >= 20, value % 10 == 0 { return 10 }
        return 1
    }

    /// «пів на третю»: half an hour before the hour.
    func halfHour(at index: Int, in tokens: [Token]) -> (Int, Int)? {
        guard index + 2 < tokens.count, halfWords.contains(tokens[index].form), tokens[index + 1].form == "на",
              tokens[index + 2].sentence == tokens[index].sentence, let hour = clockWords[tokens[index + 2].form] else { return nil }
        let clock = hour <= afternoonUpTo ? hour + 12 : hour
        return ((clock - 1) * 60 + 30, index + 3)
    }

    func numberToken(form: String, from first: Token, to last: Token, in text: String) -> Token {
        let range = first.range.lowerBound..<last.range.upperBound
        return Token(kind: .number, text: String(text[range]), form: form, range: range, sentence: first.sentence,
                     startsClause: first.startsClause, quoted: first.quoted)
    }
}
