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

    /// Analyses a text; words whose form is in `fillers` may stand between two pattern words.
    public init(_ text: String, fillers: Set<String> = []) {
        normalized = TextNormalizer.normalize(text)
        var tokens = Tokenizer.tokenize(normalized)
        if !fillers.isEmpty {
            for index in tokens.indices where tokens[index].kind == .word && fillers.contains(tokens[index].form) {
                tokens[index].isFiller = true
            }
        }
        self.tokens = tokens
        let words = tokens.filter { $0.kind != .punctuation }
        self.words = words
        wordKeys = Set(words.compactMap { $0.bytes.count >= 2 ? UInt16($0.bytes[0]) << 8 | UInt16($0.bytes[1]) : nil })
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

    /// Whether a sentence is a question: it ends with «?» or starts with an interrogative word.
    public func isQuestion(sentence: Int, interrogatives: Set<String>) -> Bool {
        if tokens.contains(where: { $0.sentence == sentence && $0.kind == .punctuation && $0.text == "?" }) { return true }
        guard let first = words.first(where: { $0.sentence == sentence }) else { return false }
        return interrogatives.contains(first.form)
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
