/// Finds Russian and heavy surzhyk (GEN-LANGUAGE): a Russian-only letter or word is enough;
/// surzhyk words count only from the threshold on.
public struct LanguageDetector: Sendable {
    let lexicon: LanguageLexicon
    let russian: [WordPattern]
    let surzhyk: [WordPattern]

    public init(lexicon: LanguageLexicon) {
        self.lexicon = lexicon
        russian = lexicon.russianWords.compactMap { $0.compile(bindings: [:], log: nil)?.exact() }
        surzhyk = lexicon.surzhykWords.compactMap { $0.compile(bindings: [:], log: nil)?.exact() }
    }

    public func find(in text: AnalyzedText) -> [Evidence] {
        var found: [Evidence] = []
        for word in text.words where word.kind == .word && !word.quoted {
            if word.form.contains(where: { lexicon.russianLetters.contains($0) }) {
                found.append(Evidence(text: word.text, reason: "російська літера у слові «\(word.text)»"))
            }
        }
        for pattern in russian {
            for match in pattern.allMatches(in: text) where !text.words[match.firstWord].quoted {
                found.append(Evidence(text: match.evidence, reason: "російське слово"))
            }
        }
        var surzhykFound: [Evidence] = []
        for pattern in surzhyk {
            for match in pattern.allMatches(in: text) where !text.words[match.firstWord].quoted {
                surzhykFound.append(Evidence(text: match.evidence, reason: "суржик"))
            }
        }
        if surzhykFound.count >= lexicon.surzhykThreshold { found.append(contentsOf: surzhykFound) }
        return found
    }
}
