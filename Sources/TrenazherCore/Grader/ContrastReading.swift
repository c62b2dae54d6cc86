/// «Не X, а Y»: what the trainee says in place of what they deny. A `contrast` negator
/// (`lexicon/negation.yaml`: «не») followed, within `words` words of its sentence, by a contrast
/// opener («а») has the words after the opener read where the negated words stood: «бригада приїде не
/// протягом години, а протягом двох годин» is also read «бригада приїде протягом двох годин», so a
/// phrase the contrast cut in two still counts as said. The negated words stay denied in the turn as typed.
public struct ContrastReading: Sendable {
    let negators: [WordPattern]
    let openers: [WordPattern]
    let keeping: [WordPattern]
    /// At most this many words may stand between the negator and the opener.
    static let words = 5

    /// The negators and openers of `lexicon/negation.yaml` `contrast`, matched as written.
    public init(_ contrast: ContrastWords) {
        func compiled(_ sources: [PatternSource]) -> [WordPattern] { sources.compactMap { $0.compile(bindings: [:], log: nil)?.exact() } }
        negators = compiled(contrast.negators)
        openers = compiled(contrast.openers)
        keeping = compiled(contrast.keeping)
    }

    /// The words a contrast denies where a value stands right after its negator (at most one word
    /// between: «не в четвер, а в п'ятницю», «не 7, а 10 робочих днів»): a date, time or figure there
    /// is not the trainee's statement. `valueWords`: the words of the turn's values. A negator followed by
    /// a `keeping` word denies nothing («не пізніше 9 грудня, а …»); neither does one that negates a verb
    /// with the value further on («якщо не встигнете до 9 грудня, а …»).
    public func deniedWords(in text: AnalyzedText, valueWords: Set<Int>) -> [ClosedRange<Int>] {
        guard !negators.isEmpty, !openers.isEmpty, !valueWords.isEmpty else { return [] }
        var denied: [ClosedRange<Int>] = []
        for index in text.words.indices where AssertionScope.starts(negators, at: index, in: text) {
            guard !AssertionScope.starts(keeping, at: index + 1, in: text), let opener = opener(after: index, in: text),
                  valueWords.contains(index + 1) || (index + 2 < opener && valueWords.contains(index + 2)) else { continue }
            denied.append(index + 1...opener - 1)
        }
        return denied
    }

    /// The opener of a contrast whose negator is word `negator`: within `words` words after it, in its
    /// sentence, with a word of the sentence after it; `nil` when there is none.
    func opener(after negator: Int, in text: AnalyzedText) -> Int? {
        let words = text.words
        let sentence = words[negator].sentence
        let last = min(words.count - 2, negator + Self.words + 1)
        guard negator + 2 <= last, let opener = (negator + 2...last).first(where: { at in
            words[at].sentence == sentence && AssertionScope.starts(openers, at: at, in: text)
        }), words[opener + 1].sentence == sentence else { return nil }
        return opener
    }

    /// The turn with every contrast read in place of its negated words; `nil` when it holds none.
    public func reading(of text: AnalyzedText) -> String? {
        guard !negators.isEmpty, !openers.isEmpty else { return nil }
        let words = text.words
        let source = text.normalized
        var reading = ""
        var position = source.startIndex
        var index = 0
        while index < words.count {
            guard AssertionScope.starts(negators, at: index, in: text), let opener = opener(after: index, in: text) else { index += 1; continue }
            reading += source[position..<words[index].range.lowerBound]
            position = words[opener + 1].range.lowerBound
            index = opener + 1
        }
        guard position != source.startIndex else { return nil }
        reading += source[position...]
        return reading
    }
}
