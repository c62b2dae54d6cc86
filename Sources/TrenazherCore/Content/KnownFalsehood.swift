/// A statement the company's rules contradict, written beside the rule it contradicts: the
/// `false_statements:` of an article (`Content/knowledge.yaml`, a scenario's `knowledge:`) or of a
/// service (`Content/services.yaml`). When the trainee says one of `said` (not negated, not in a
/// question or a condition), GEN-ACCURATE is violated and `truth` is quoted. Knowledge is data: every
/// scenario on the article's topic, or built on the service, is judged by it without a list of its own.
public struct KnownFalsehood: Sendable, Codable {
    /// Word patterns of the false statement («дзвін* ~4 платн*»).
    public var said: [PatternSource]
    /// The true fact quoted in the finding («дзвінки на гарячу лінію безкоштовні»).
    public var truth: String
    /// Standards besides GEN-ACCURATE the statement gets wrong (VIS-TERMS for a free service called
    /// paid, VIS-DOCS-EXPLAIN for a documents deadline undone).
    public var shows: [String]
    public var location: SourceLocation

    public init(said: [PatternSource], truth: String, shows: [String] = [], location: SourceLocation) {
        self.said = said
        self.truth = truth
        self.shows = shows
        self.location = location
    }
}

extension KnownFalsehood {
    /// Why a claim's or a false statement's `shows` may not name the Standard `id` (`nil` when it may):
    /// only the Standards whose mechanism reads `shows` are decided by it (`CheckRegistry.shownByClaims`).
    /// An ID outside the catalogue is reported by the caller, with its «did you mean».
    static func notShowable(_ id: String) -> Bilingual? {
        let valid = CheckRegistry.shownByClaims
        guard CheckRegistry.check(for: id) != nil, !valid.contains(id) else { return nil }
        let list = valid.joined(separator: ", ")
        return Bilingual(uk: "'shows' не може назвати \(id): цей Стандарт не вирішується за claims, тож запис нічого б не змінив. Допустимі: \(list)",
                         en: "'shows' cannot name \(id): that Standard is not decided from claims, so the entry would change nothing. Valid: \(list)")
    }
}

extension YAMLNode {
    /// `false_statements:` — a list of `{said: [PATTERN…], truth: TEXT, shows: [STANDARD…]}`; patterns
    /// are checked with `bindings`.
    func falsehoods(log: DiagnosticLog, bindings: [String: String] = [:]) -> [KnownFalsehood] {
        (list("false_statements", log: log) ?? []).compactMap { item in
            guard let fields = item.fields("a false statement", allowed: ["said", "truth", "shows"], required: ["said", "truth"], log: log),
                  let truth = fields["truth"]?.string("truth", log: log),
                  let said = fields["said"]?.patterns("said", log: log, bindings: bindings), !said.isEmpty else { return nil }
            let shows = (fields["shows"]?.strings("shows", log: log) ?? []).map { id, location in
                if let problem = KnownFalsehood.notShowable(id) { log.report(problem, at: location) }
                return id
            }
            return KnownFalsehood(said: said, truth: truth, shows: shows, location: item.location)
        }
    }
}
