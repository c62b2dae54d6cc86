/// Finds «ти»-address (GEN-FORMAL) on surface forms: «ти»-pronouns, 2nd-person-singular verbs
/// (by ending, minus the exception list, minus capitalised words inside a sentence — surnames),
/// singular imperatives derived from the polite list (noun homographs only at a clause start or after a
/// clause-opening «не»: «Йой, не плач»), and
/// negated singular imperatives by ending («не кипішуй»).
/// Words inside quotation marks are the customer's, not the trainee's, and are skipped.
public struct InformalAddressDetector: Sendable {
    let lexicon: InformalLexicon
    let safePhrases: [WordPattern]
    let suffixes: [[UInt8]]
    let absenceCues: [WordPattern]

    public init(lexicon: InformalLexicon) {
        self.lexicon = lexicon
        safePhrases = lexicon.safePhrases.compactMap { $0.compile(bindings: [:], log: nil) }
        absenceCues = lexicon.absenceCues.compactMap { $0.compile(bindings: [:], log: nil) }
        suffixes = lexicon.verbSuffixes.map { Array($0.utf8) }
    }

    /// Every informal form in the text, in order.
    public func find(in text: AnalyzedText) -> [Evidence] {
        var safe = Set<Int>()
        for pattern in safePhrases {
            for match in pattern.allMatches(in: text) { safe.formUnion(match.firstWord...match.lastWord) }
        }
        var found: [Evidence] = []
        for (index, word) in text.words.enumerated() where word.kind == .word && !word.quoted && !safe.contains(index) {
            let form = word.form
            if lexicon.pronouns.contains(form) {
                found.append(Evidence(text: context(text, index), reason: "займенник «\(word.text)»"))
            } else if lexicon.irregularVerbs.contains(form) || isSecondPersonVerb(word) || isNegatedImperative(index, in: text) {
                found.append(Evidence(text: context(text, index), reason: "дієслово на «ти»: «\(word.text)»"))
            } else if lexicon.singularImperatives.contains(form) {
                let led = index > 0 && lexicon.imperativeLeadWords.contains(text.words[index - 1].form) && text.words[index - 1].sentence == word.sentence
                    || opensNegatedClause(before: index, in: text)
                // Noun homographs («Оплати за листопад ще не надходили») need a lead word or a vocative;
                // other «-и» forms may also stand first in a sentence («Скажи номер рахунку»).
                if lexicon.nounHomographs.contains(form) && (!led && !followsVocative(index, in: text) || saysAbsent(after: index, in: text)) { continue }
                if lexicon.ambiguousImperatives.contains(form) && !led && !startsSentenceOrFollowsVocative(index, in: text) { continue }
                if form == "будь", index + 1 < text.words.count, text.words[index + 1].form == "ласка" { continue }
                found.append(Evidence(text: context(text, index), reason: "наказовий спосіб на «ти»: «\(word.text)»"))
            }
        }
        return found
    }

    /// Whether an absence cue (`absence_cues`: «нема», «не надійшла») stands after word `index` in its clause: the
    /// noun homograph there is a genitive of negation — «а оплати за сьогодні в системі ще нема».
    func saysAbsent(after index: Int, in text: AnalyzedText) -> Bool {
        guard !absenceCues.isEmpty else { return false }
        var at = index + 1
        while at < text.words.count, text.words[at].sentence == text.words[index].sentence, !text.words[at].startsClause {
            if absenceCues.contains(where: { $0.matchLength(in: text, at: at) != nil }) { return true }
            at += 1
        }
        return false
    }

    /// The first word of a sentence, or right after «Name,» (a vocative): «Андрію, скажи».
    func startsSentenceOrFollowsVocative(_ index: Int, in text: AnalyzedText) -> Bool {
        let word = text.words[index]
        guard index > 0, text.words[index - 1].sentence == word.sentence else { return true }
        return followsVocative(index, in: text)
    }

    /// Right after «Name,» in the same sentence: «Андрію, оплати».
    /// A name is capitalised and written in letters: a request number («номер ЗВ-2511-0144, зміни набирають
    /// чинності») or an acronym before the comma is no vocative.
    func followsVocative(_ index: Int, in text: AnalyzedText) -> Bool {
        guard index > 0, text.words[index - 1].sentence == text.words[index].sentence else { return false }
        let previous = text.words[index - 1]
        return text.words[index].startsClause && previous.isCapitalized && !previous.isAllCaps
            && !previous.text.contains(where: \.isNumber)
    }

    /// «Йой, не плач»: «не» opening a clause right before the word — a prohibition, so a derived singular
    /// imperative after it is one even when it doubles as a noun («це не зміни тарифу» is not: «не» is inside).
    func opensNegatedClause(before index: Int, in text: AnalyzedText) -> Bool {
        guard index > 0 else { return false }
        let previous = text.words[index - 1]
        return previous.form == "не" && previous.startsClause && previous.sentence == text.words[index].sentence
    }

    /// «не кипішуй»: a long enough word with a singular-imperative ending right after «не».
    func isNegatedImperative(_ index: Int, in text: AnalyzedText) -> Bool {
        let word = text.words[index]
        guard index > 0, text.words[index - 1].form == "не", text.words[index - 1].sentence == word.sentence,
              word.form.count >= lexicon.negatedImperativeMinLetters else { return false }
        let form = word.form
        return lexicon.negatedImperativeEndings.contains { form.hasSuffix($0) } && form.allSatisfy { TextNormalizer.isCyrillic($0) || $0 == "'" }
    }

    func isSecondPersonVerb(_ word: Token) -> Bool {
        guard word.bytes.count >= 7, suffixes.contains(where: { ByteText.hasSuffix(word.bytes, $0) }) else { return false }
        let form = word.form
        guard form.count >= 4, !(word.isCapitalized && !word.startsClause), !lexicon.verbExceptions.contains(form) else { return false }
        return form.allSatisfy { TextNormalizer.isCyrillic($0) || $0 == "'" }
    }

    /// The word with a neighbour on each side, for evidence.
    func context(_ text: AnalyzedText, _ index: Int) -> String {
        let sentence = text.words[index].sentence
        var first = index
        var last = index
        if first > 0, text.words[first - 1].sentence == sentence { first -= 1 }
        if last + 1 < text.words.count, text.words[last + 1].sentence == sentence { last += 1 }
        return text.quote(words: first, last)
    }
}
