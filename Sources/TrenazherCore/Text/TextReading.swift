/// What reading a trainee's text uses beyond tokenising it, built once from `Content/`: fillers
/// patterns step over, numbers in words, stems and typo corrections.
public struct TextReading: Sendable, Codable {
    /// Words patterns step over between two of their words (`lexicon/fillers.yaml`).
    public var fillers: Set<String>
    /// Stems and typo corrections (`lexicon/morphology.yaml`); without it words match exactly.
    public var morphology: Morphology?
    /// Numbers in words (`lexicon/time.yaml`); without it they stay words.
    public var numbers: NumberReader?
    /// Words that, opening a clause, turn to another statement (`lexicon/fillers.yaml` `contrasts`:
    /// «безкоштовна, а за світло…»): a `~` gap does not reach over them.
    public var contrasts: Set<String>
    /// When a clause a contrast opens inherits the predicate before it (`lexicon/fillers.yaml`
    /// `elliptical`): a gap reaches over its contrast word.
    public var ellipsis: Ellipsis
    /// Shortened words typed with a full stop, each with the word it stands for (`lexicon/fillers.yaml`
    /// `abbreviations`: «15 роб. днів» is «15 робочих днів»).
    public var abbreviations: [String: String]
    /// Shorthand typed as one word or with a slash, each with the words it stands for (`lexicon/fillers.yaml`
    /// `shorthand`: «о/р» is «особовий рахунок»).
    public var shorthand: [String: [String]]

    public init(fillers: Set<String> = [], morphology: Morphology? = nil, numbers: NumberReader? = nil, contrasts: Set<String> = [],
                ellipsis: Ellipsis = Ellipsis(), abbreviations: [String: String] = [:],
                shorthand: [String: [String]] = [:]) {
        self.fillers = fillers
        self.morphology = morphology
        self.numbers = numbers
        self.contrasts = contrasts
        self.ellipsis = ellipsis
        self.abbreviations = abbreviations
        self.shorthand = shorthand
    }
}
