/// A text normalised and tokenised once, ready for every pattern and detector.
public struct AnalyzedText: Sendable {
    /// The text after `TextNormalizer.normalize`; evidence is quoted from it.
    public let normalized: String
    /// Every token, punctuation included.
    public let tokens: [Token]
    /// Words and numbers only: what word patterns run over.
    public let words: [Token]
    /// The first two bytes of every word's form (see `WordPattern.firstKeys`).
    let wordKeys: Set<UInt16>
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
        var tokens = Tokenizer.tokenize(normalized)
        if let numbers = reading.numbers { tokens = numbers.read(tokens, in: normalized) }
        for index in tokens.indices where tokens[index].kind == .word {
            if reading.fillers.contains(tokens[index].form) { tokens[index].isFiller = true }
            if let morphology = reading.morphology {
                tokens[index].stem = morphology.stem(tokens[index].bytes)
                tokens[index].corrections = morphology.corrections(of: tokens[index].form).map { Array($0.utf8) }
            }
        }
        self.tokens = tokens
        morphology = reading.morphology
        let words = tokens.filter { $0.kind != .punctuation }
        self.words = words
        var keys = Set<UInt16>()
        for word in words {
            for bytes in [word.bytes] + word.corrections where bytes.count >= 2 { keys.insert(UInt16(bytes[0]) << 8 | UInt16(bytes[1])) }
        }
        wordKeys = keys
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
    public func isQuestion(sentence: Int, interrogatives: Set<String>, leads: Set<String> = []) -> Bool {
        if tokens.contains(where: { $0.sentence == sentence && $0.kind == .punctuation && $0.text == "?" }) { return true }
        let indices = wordIndices(inSentence: sentence)
        for (position, start) in indices.enumerated() where position == 0 || words[start].startsClause {
            // «Ігоре Васильовичу, як…»: a clause after a vocative of two capitalised words is led.
            var led = position >= 2 && indices[..<position].allSatisfy { words[$0].isCapitalized && words[$0].kind == .word }
            var at = position
            while at < indices.count, at - position < 4 {
                let word = words[indices[at]]
                let pair = at + 1 < indices.count ? word.form + " " + words[indices[at + 1]].form : ""
                if interrogatives.contains(word.form) || interrogatives.contains(pair) {
                    if position == 0 || led { return true }
                    break
                }
                if leads.contains(word.form) { led = true } else if !word.isFiller { break }
                at += 1
            }
        }
        return false
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
    func trimmingCharacters() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
