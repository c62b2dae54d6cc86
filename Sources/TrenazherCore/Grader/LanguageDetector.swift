/// Finds Russian and heavy surzhyk (GEN-LANGUAGE): a Russian-only letter or word is enough;
/// surzhyk counts only from the threshold of different surzhyk words on: one colloquial word said
/// again and again («шо … шо … шоб») is a habit of speech, not a mixed language.
public struct LanguageDetector: Sendable {
    let lexicon: LanguageLexicon
    /// The Russian and surzhyk words, indexed by their first keys: a turn tries only those that may match it.
    let russian: KeyedPatterns
    let surzhyk: KeyedPatterns
    /// For each Unicode scalar below `screened.count`: whether a word holding it may hold a Russian
    /// letter — the letters' own scalars, combining marks (a letter may be written decomposed) and the
    /// Greek block (its singletons). A word of other scalars only holds none of the letters, without
    /// comparing its characters one by one; a scalar above the table is always compared.
    let screened: [Bool]

    public init(lexicon: LanguageLexicon) {
        self.lexicon = lexicon
        russian = KeyedPatterns(lexicon.russianWords.compactMap { $0.compile(bindings: [:], log: nil)?.exact() })
        surzhyk = KeyedPatterns(lexicon.surzhykWords.compactMap { $0.compile(bindings: [:], log: nil)?.exact() })
        var screened = [Bool](repeating: false, count: 0x500)
        for index in 0x300..<0x400 { screened[index] = true }
        for index in 0x483...0x489 { screened[index] = true }
        for letter in lexicon.russianLetters {
            // A letter written as several scalars could be composed in the text: compare every word.
            if letter.unicodeScalars.count > 1 { screened = [] }
            for scalar in letter.unicodeScalars where Int(scalar.value) < screened.count { screened[Int(scalar.value)] = true }
        }
        self.screened = screened
    }

    public func find(in text: AnalyzedText) -> [Evidence] {
        var found: [Evidence] = []
        for word in text.words where word.kind == .word && !word.quoted {
            if mayHoldRussianLetter(word.form), word.form.contains(where: { lexicon.russianLetters.contains($0) }) {
                found.append(Evidence(text: word.text, reason: "російська літера у слові «\(word.text)»"))
            }
        }
        for pattern in russian.candidates(in: text) {
            for match in pattern.allMatches(in: text) where !text.words[match.firstWord].quoted {
                found.append(Evidence(text: match.evidence, reason: "російське слово"))
            }
        }
        var surzhykFound: [Evidence] = []
        var surzhykWords = 0
        for pattern in surzhyk.candidates(in: text) {
            let matches = pattern.allMatches(in: text).filter { !text.words[$0.firstWord].quoted }
            if !matches.isEmpty { surzhykWords += 1 }
            surzhykFound += matches.map { Evidence(text: $0.evidence, reason: "суржик") }
        }
        if surzhykWords >= lexicon.surzhykThreshold { found.append(contentsOf: surzhykFound) }
        return found
    }

    /// Whether the form may hold one of the Russian letters (`screened`); `false` only when it holds none.
    func mayHoldRussianLetter(_ form: String) -> Bool {
        for scalar in form.unicodeScalars {
            let value = Int(scalar.value)
            if value >= screened.count || screened[value] { return true }
        }
        return false
    }
}
