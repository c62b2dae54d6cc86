/// What reading a trainee's text uses beyond tokenising it, built once from `Content/`: fillers
/// patterns step over, numbers in words, stems and typo corrections.
public struct TextReading: Sendable {
    /// Words patterns step over between two of their words (`lexicon/fillers.yaml`).
    public var fillers: Set<String>
    /// Stems and typo corrections (`lexicon/morphology.yaml`); without it words match exactly.
    public var morphology: Morphology?
    /// Numbers in words (`lexicon/time.yaml`); without it they stay words.
    public var numbers: NumberReader?

    public init(fillers: Set<String> = [], morphology: Morphology? = nil, numbers: NumberReader? = nil) {
        self.fillers = fillers
        self.morphology = morphology
        self.numbers = numbers
    }
}
