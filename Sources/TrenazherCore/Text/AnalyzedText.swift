/// A text normalised and tokenised once, ready for every pattern and detector.
public struct AnalyzedText: Sendable {
    /// The text after `TextNormalizer.normalize`; evidence is quoted from it.
    public let normalized: String
    /// Every token, punctuation included.
    public let tokens: [Token]
    /// Words and numbers only: what word patterns run over.
    public let words: [Token]
    /// `words` as word patterns read them, without references (`MatchWords`).
    let matchWords: MatchWords

    /// Whether word `index` opens a clause that turns to another statement («, але …», «, а …»; not an elliptical one).
    func opensContrast(_ index: Int) -> Bool { matchWords.words[index].opensClause }
    /// The first two bytes of every word's form and of its typo corrections (see
    /// `WordPattern.firstKeys`), as a set of bits: bit `key` is set for each such key.
    let wordKeys: KeyBits
    /// The keys of `wordKeys`, each once, in the order the words give them (`IntentIndex` looks
    /// each up).
    let keyList: [UInt16]
    /// The first two letters of every word's form and of its typo corrections, hashed
    /// (`RequiredWords.pairKey`): a pattern's required words are looked up here.
    let pairKeys: KeyBits
    /// Whether `pairKeys` may rule patterns out: no word has a stem of fewer than two letters (which
    /// would match pattern words sharing only its first letter).
    let pairKeysSound: Bool
    /// For each word, the first two bytes of its form, or `AnalyzedText.anyKey` when the word may
    /// match a pattern word with other leading bytes (it has typo corrections, a one-byte stem, or
    /// fewer than two bytes): a pattern starts at a word only where this meets its first keys.
    let leadKeys: [UInt32]
    /// The lead key of a word that every pattern must try.
    static let anyKey = UInt32.max
    /// The number sign, read as the word `numberWord` («№ СК-2511-0042» is «номер СК-2511-0042»).
    static let numberSign = "№"
    static let numberWord = "номер"
    /// Stems and typo corrections for word patterns, when the text was read with them.
    let morphology: Morphology?

    /// Analyses a text; words whose form is in `fillers` may stand between two pattern words.
    public init(_ text: String, fillers: Set<String> = []) {
        self.init(text, reading: TextReading(fillers: fillers))
    }

    /// Analyses a text the way `reading` says: fillers marked, numbers in words read, stems and
    /// typo corrections attached to every word.
    public init(_ text: String, reading: TextReading) {
        normalized = TextNormalizer.normalize(text)
        var tokens = AbbreviationStops.reading(Shorthand.reading(Tokenizer.tokenize(normalized), shorthand: reading.shorthand),
                                              abbreviations: reading.abbreviations)
        // The number sign is the word it stands for: «скарга № СК-2511-0042» is «скарга номер …».
        for index in tokens.indices where tokens[index].kind == .punctuation && tokens[index].form == Self.numberSign {
            tokens[index].kind = .word
            tokens[index].form = Self.numberWord
            tokens[index].bytes = Array(Self.numberWord.utf8)
        }
        if let numbers = reading.numbers { tokens = numbers.read(tokens, in: normalized) }
        // A hurried «i» or «a» typed in Latin between Cyrillic words is the Cyrillic conjunction.
        let cyrillic = normalized.contains(where: TextNormalizer.isCyrillic)
        for index in tokens.indices where tokens[index].kind != .punctuation {
            if let digits = NumberReader.codeDigits(of: tokens[index], values: reading.numbers?.values ?? [:]) {
                tokens[index].codeDigits = digits
            } else if reading.numbers?.codeJoiners.contains(tokens[index].form) == true {
                tokens[index].isCodeJoiner = true
            }
        }
        for index in tokens.indices where tokens[index].kind == .word {
            if cyrillic, tokens[index].text.count == 1, let letter = tokens[index].text.first, TextNormalizer.isLatin(letter),
               let twin = TextNormalizer.lookalikes[letter] {
                tokens[index].form = String(twin).lowercased()
                tokens[index].bytes = Array(tokens[index].form.utf8)
            }
            if reading.fillers.contains(tokens[index].form) { tokens[index].isFiller = true }
            if let morphology = reading.morphology {
                tokens[index].stem = morphology.stem(tokens[index].bytes)
                tokens[index].mayBeTypo = morphology.mayBeTypo(tokens[index].form)
                if tokens[index].mayBeTypo {
                    tokens[index].corrections = morphology.corrections(of: tokens[index].form).map { Array($0.utf8) }
                }
            }
        }
        self.tokens = tokens
        morphology = reading.morphology
        let words = tokens.filter { $0.kind != .punctuation }
        self.words = words
        matchWords = MatchWords(words, contrasts: reading.contrasts, ellipsis: reading.ellipsis)
        var keys = KeyBits(), pairs = KeyBits(bits: RequiredWords.pairKeyBits)
        var keyList: [UInt16] = []
        var pairKeysSound = true
        func note(_ key: UInt16) {
            guard !keys.contains(key) else { return }
            keys.insert(key)
            keyList.append(key)
        }
        for word in words {
            if word.bytes.count >= 2 { note(UInt16(word.bytes[0]) << 8 | UInt16(word.bytes[1])) }
            for bytes in word.corrections where bytes.count >= 2 { note(UInt16(bytes[0]) << 8 | UInt16(bytes[1])) }
            if let pair = RequiredWords.pairKey(word.bytes) { pairs.insert(pair) }
            for bytes in word.corrections { if let pair = RequiredWords.pairKey(bytes) { pairs.insert(pair) } }
            if RequiredWords.isShort(word.stem) { pairKeysSound = false }
        }
        wordKeys = keys
        pairKeys = pairs
        self.pairKeysSound = pairKeysSound
        self.keyList = keyList
        leadKeys = words.map { word in
            guard word.corrections.isEmpty, word.stem.count != 1, word.bytes.count >= 2 else { return Self.anyKey }
            return UInt32(word.bytes[0]) << 8 | UInt32(word.bytes[1])
        }
    }

    /// The number of words (numbers included).
    public var wordCount: Int { words.count }

    /// The text from the start of word `first` to the end of word `last`.
    public func quote(words first: Int, _ last: Int) -> String {
        String(normalized[words[first].range.lowerBound..<words[last].range.upperBound])
    }

    /// The whole sentence that word `index` belongs to, trimmed.
    public func sentence(containingWord index: Int) -> String {
        let sentence = words[index].sentence
        let inSentence = tokens.filter { $0.sentence == sentence }
        guard let first = inSentence.first, let last = inSentence.last else { return "" }
        return String(normalized[first.range.lowerBound..<last.range.upperBound]).trimmingCharacters()
    }

    /// Indices (into `words`) of the words of one sentence.
    public func wordIndices(inSentence sentence: Int) -> [Int] {
        words.indices.filter { words[$0].sentence == sentence }
    }

    /// The number of sentences.
    public var sentenceCount: Int { (tokens.last?.sentence ?? -1) + 1 }

    /// Whether a sentence is a question: it holds «?», or it — or a clause of it — starts with an
    /// interrogative word («як», «коли», «чи», «з яким»), after lead words («А Вас як звати»,
    /// «Скажіть, будь ласка, коли…»), fillers and a vocative at the sentence start. A clause inside
    /// the sentence needs a lead word first («Добре, а коли…»; «Знаю, що…» is not a question).
    ///
    /// A sentence ending in a tag after a comma («…наступного зняття, так») asks for confirmation, one that
    /// puts two alternatives to the customer («…у всьому будинку чи тільки у вашій квартирі») asks which; a
    /// sentence opened by a yes/no lead («а») after another lead («Скажіть, а світло є») or with the
    /// customer addressed in it («А показники Ви передавали») asks too.
    /// Words starting with one of `vocatives` (the customer's name, as `TurnAnalyzer` gives it) are
    /// stepped over like fillers («ігоре васильовичу що сталось»).
    public func isQuestion(sentence: Int, interrogatives: Set<String>, leads: Set<String> = [], cues: QuestionCues = QuestionCues(),
                           vocatives: [String] = []) -> Bool {
        if tokens.contains(where: { $0.sentence == sentence && $0.kind == .punctuation && $0.text == "?" }) { return true }
        let indices = wordIndices(inSentence: sentence)
        if let last = indices.last, cues.tags.contains(words[last].form),
           indices.count >= (words[last].startsClause ? 3 : 5) { return true }
        // «світла нема у всьому будинку чи тільки у вашій квартирі»: two alternatives put to the customer.
        if !cues.alternativeTails.isEmpty, indices.contains(where: { cues.addressWords.contains(words[$0].form) }),
           zip(indices, indices.dropFirst()).contains(where: { cues.whether.contains(words[$0].form) && cues.alternativeTails.contains(words[$1].form) }) {
            return true
        }
        var opening = 0
        var ledBefore = false
        while opening < indices.count, opening < 4 {
            let word = words[indices[opening]]
            if cues.yesNoLeads.contains(word.form) {
                // «а от документа немає», «а також…»: a statement, whatever came before.
                if opening + 1 < indices.count, cues.statementMarkers.contains(words[indices[opening + 1]].form) { break }
                // «а вам SMS не дійшла, бо …»: a clause giving a reason explains, it does not ask.
                if indices.contains(where: { cues.reasons.contains(words[$0].form) }) { break }
                // «А з цим не переживайте: поки лічильник не працює, Вам …»: what a colon opens explains; the
                // customer addressed after it makes no question of the «а».
                let colon = tokens.first { $0.sentence == sentence && $0.kind == .punctuation && $0.text == ":" }?.range.lowerBound
                let asked = indices.filter { index in colon.map { words[index].range.lowerBound < $0 } ?? true }
                if ledBefore || asked.contains(where: { cues.addressWords.contains(words[$0].form) }) { return true }
                break
            }
            // The customer called by name before «а» («людмило петрівно, а за жовтень сума була звична») leads it.
            if leads.contains(word.form) || Self.isVocative(word, vocatives) { ledBefore = true } else if !word.isFiller { break }
            opening += 1
        }
        for (position, start) in indices.enumerated() where position == 0 || words[start].startsClause {
            // «Ігоре Васильовичу, як…»: a clause after a vocative of two capitalised words is led.
            var led = position >= 2 && indices[..<position].allSatisfy { words[$0].isCapitalized && words[$0].kind == .word }
            var at = position
            while at < indices.count, at - position < 4 {
                let word = words[indices[at]]
                let pair = at + 1 < indices.count ? word.form + " " + words[indices[at + 1]].form : ""
                // «Що стосується боргу, …» opens a topic, it asks nothing.
                if cues.notAsking.contains(pair) { break }
                if interrogatives.contains(word.form) || interrogatives.contains(pair) {
                    if position == 0, at == 0, cues.subordinators.contains(word.form),
                       opensSubordinateClause(indices, interrogatives: interrogatives, leads: leads, cues: cues) { break }
                    if position == 0 || led { return true }
                    break
                }
                if leads.contains(word.form) { led = true } else if !word.isFiller && !Self.isVocative(word, vocatives) { break }
                at += 1
            }
        }
        return false
    }
}

extension AnalyzedText {
    /// Whether the sentence of these words opens with a subordinate clause followed by a main one:
    /// after the first clause come at least three words, none of them an interrogative, a lead or a
    /// tag («коли зарахується, відключення скасується саме» — not «коли Ви оплатили, сьогодні»).
    /// With no comma after the first clause, a main clause opens at one of `cues.mainClauseOpeners` when at least
    /// two words stand between it and the subordinator and the word right before it is none of `cues.needers`:
    /// «коли оплата зарахується треба буде ще написати заяву» states a duty, «коли ж мені треба прийти» asks.
    /// A later clause opened by one of `cues.instructions` tells the customer what to do, however short: «коли оплата
    /// зарахується, принесіть квитанцію», «коли оплата зарахується, щоб відключення зняли — принесіть квитанцію».
    func opensSubordinateClause(_ indices: [Int], interrogatives: Set<String>, leads: Set<String>, cues: QuestionCues) -> Bool {
        let second = indices.dropFirst().firstIndex(where: { words[$0].startsClause })
            ?? indices.indices.dropFirst(3).first { position in
                let form = words[indices[position]].form
                return (cues.mainClauseOpeners.contains(form) || cues.instructions.contains(form)) && !cues.needers.contains(words[indices[position - 1]].form)
            }
        guard let second else { return false }
        let rest = indices[second...]
        if rest.contains(where: { ($0 == indices[second] || words[$0].startsClause) && cues.instructions.contains(words[$0].form) }) { return true }
        guard rest.count >= 3 else { return false }
        return !rest.contains { index in
            let form = words[index].form
            return interrogatives.contains(form) || leads.contains(form) || cues.tags.contains(form)
        }
    }

    /// Whether the sentence opens (within its first three words) with a request for information.
    public func isRequest(sentence: Int, cues: QuestionCues) -> Bool {
        wordIndices(inSentence: sentence).prefix(3).contains { cues.requests.contains(words[$0].form) }
    }

    static func isVocative(_ word: Token, _ vocatives: [String]) -> Bool {
        word.kind == .word && vocatives.contains { word.form.hasPrefix($0) }
    }
}

/// What else marks a question typed without «?» (`lexicon/questions.yaml`).
public struct QuestionCues: Sendable, Codable, Hashable {
    /// Confirmation tags closing a sentence after a comma: «…, так», «…, правильно».
    public var tags: Set<String>
    /// Words that open a yes/no question: «а».
    public var yesNoLeads: Set<String>
    /// Words that address the customer («ви», «вас»): a yes/no lead with one of them asks.
    public var addressWords: Set<String>

    /// Interrogatives that also open a subordinate clause («Коли зарахується, відключення скасується»):
    /// a sentence they open is no question when a main clause follows the first comma.
    public var subordinators: Set<String>

    /// Words that, right after a yes/no lead, make the sentence a statement: «а от», «а також».
    public var statementMarkers: Set<String>

    /// Words that open a request for information («скажіть», «підкажіть»): a request that also asks
    /// about the matter («підкажіть номер рахунку і дату заміни лічильника») clarifies it (*-NEED).
    public var requests: Set<String>

    /// Two-word phrases opened by an interrogative that ask nothing («що стосується», «що ж до»): a clause
    /// they open is no question.
    public var notAsking: Set<String>

    /// Words that open a clause giving a reason («бо», «адже»): a sentence opened by a yes/no lead that gives
    /// one explains, it does not ask («а вам SMS не дійшла, бо в нас тоді був збій розсилки»).
    public var reasons: Set<String> = []

    /// Words that ask whether («чи»): what a clause opened by one says of the customer's account is asked
    /// or the customer's question told back, not told («Ви питаєте, чи не за борг Вас відключили»).
    public var whether: Set<String> = []

    /// Words that open the main clause after a subordinate one typed with no comma («коли оплата зарахується
    /// треба буде ще написати заяву»): «треба», «тоді».
    public var mainClauseOpeners: Set<String> = []

    /// Words that say who needs to, right before a main clause opener: it is then the question's own («коли ж
    /// мені треба прийти»).
    public var needers: Set<String> = []

    /// Polite imperatives that tell the customer what to do, not `requests` for information: a main clause one opens
    /// after a subordinate clause states the instruction however short it is («коли оплата зарахується, принесіть
    /// квитанцію»); typed with no comma, one opens the main clause as a `mainClauseOpeners` word does.
    public var instructions: Set<String> = []

    /// Words that, right after a `whether` word, make the sentence ask which of two alternatives when it addresses
    /// the customer: «світла нема у всьому будинку чи тільки у вашій квартирі».
    public var alternativeTails: Set<String> = []

    public init(tags: Set<String> = [], yesNoLeads: Set<String> = [], addressWords: Set<String> = [], subordinators: Set<String> = [],
                statementMarkers: Set<String> = [], requests: Set<String> = [], notAsking: Set<String> = [], reasons: Set<String> = [],
                whether: Set<String> = []) {
        self.whether = whether
        self.reasons = reasons
        self.requests = requests
        self.notAsking = notAsking
        self.tags = tags
        self.yesNoLeads = yesNoLeads
        self.addressWords = addressWords
        self.subordinators = subordinators
        self.statementMarkers = statementMarkers
    }
}

/// Where a word pattern matched.
public struct PatternMatch: Sendable {
    public let text: AnalyzedText
    /// Index into `text.words` of the first and the last matched word.
    public let firstWord: Int
    public let lastWord: Int

    /// The trainee's words that matched, as written.
    public var evidence: String { text.quote(words: firstWord, lastWord) }
    /// The sentence of the match.
    public var sentence: Int { text.words[firstWord].sentence }
}

extension String {
    /// The text without the white space at either end: from its first character that is not white
    /// space to its last (found from the end, not by reversing the text).
    func trimmingCharacters() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}

/// A set of 16-bit keys as 65,536 bits: inserting and testing a key cost one memory access, where a
/// hashed set costs a hash of the key (`AnalyzedText.wordKeys`, tested once for every pattern of
/// the catalogue at every turn).
struct KeyBits: Sendable {
    private var words: [UInt64]

    /// A set for keys below `2^bits` (at most 16).
    init(bits: Int = 16) {
        words = [UInt64](repeating: 0, count: max(1, (1 << min(16, max(6, bits))) / 64))
    }

    @inline(__always)
    mutating func insert(_ key: UInt16) {
        words[Int(key >> 6)] |= 1 << UInt64(key & 63)
    }

    @inline(__always)
    func contains(_ key: UInt16) -> Bool {
        words[Int(key >> 6)] & (1 << UInt64(key & 63)) != 0
    }
}
