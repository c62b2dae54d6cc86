/// «Не X, а Y»: what the trainee says in place of what they deny. A `contrast` negator
/// (`lexicon/negation.yaml`: «не») followed, within `words` words of its sentence, by a contrast
/// opener («а») has the words after the opener read where the negated words stood: «бригада приїде не
/// протягом години, а протягом двох годин» is also read «бригада приїде протягом двох годин», so a
/// phrase the contrast cut in two still counts as said. The negated words stay denied in the turn as typed.
public struct ContrastReading: Sendable {
    let negators: [WordPattern]
    let openers: [WordPattern]
    /// At most this many words may stand between the negator and the opener.
    static let words = 5

    /// The negators and openers of `lexicon/negation.yaml` `contrast`, matched as written.
    public init(_ contrast: ContrastWords) {
        func compiled(_ sources: [PatternSource]) -> [WordPattern] { sources.compactMap { $0.compile(bindings: [:], log: nil)?.exact() } }
        negators = compiled(contrast.negators)
        openers = compiled(contrast.openers)
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
            guard AssertionScope.starts(negators, at: index, in: text) else { index += 1; continue }
            let sentence = words[index].sentence
            let last = min(words.count - 2, index + Self.words + 1)
            guard index + 2 <= last, let opener = (index + 2...last).first(where: { at in
                words[at].sentence == sentence && AssertionScope.starts(openers, at: at, in: text)
            }), words[opener + 1].sentence == sentence else { index += 1; continue }
            reading += source[position..<words[index].range.lowerBound]
            position = words[opener + 1].range.lowerBound
            index = opener + 1
        }
        guard position != source.startIndex else { return nil }
        reading += source[position...]
        return reading
    }
}
