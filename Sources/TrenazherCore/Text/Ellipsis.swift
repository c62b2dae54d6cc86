/// When a clause a contrast opens («, а …», «, але …») says no predicate of its own, so it inherits
/// the predicate of the clause before it: «роботи може виконати наша компанія, а можете й ви
/// самостійно» — the second part means «можете [виконати роботи] самостійно». Its predicate is a
/// modal alone (`lexicon/fillers.yaml` `elliptical.modals`) with no infinitive in the clause (a
/// word ending in one of `infinitiveEndings`). A gap reaches over the contrast word of such a
/// clause; a clause with a verb of its own («Назвіть прізвище, а номер скажете потім») stays apart.
public struct Ellipsis: Sendable, Codable {
    /// Modal words that need an infinitive («може», «можете», «можна», «треба»), in match form.
    public var modals: Set<String>
    /// Endings of an infinitive («ти», «тися», «тись»), in match form.
    public var infinitiveEndings: [String]

    public init(modals: Set<String> = [], infinitiveEndings: [String] = []) {
        self.modals = modals
        self.infinitiveEndings = infinitiveEndings
    }

    /// Whether a clause of these word forms is elliptical: it holds a modal and no infinitive. A word
    /// counts as an infinitive only when it is at least three letters longer than its ending («ти»,
    /// the pronoun, is none).
    public func isElliptical(_ forms: [String]) -> Bool {
        guard !modals.isEmpty, forms.contains(where: modals.contains) else { return false }
        return !forms.contains(where: isInfinitive)
    }

    /// Whether a word form is an infinitive: it ends in one of `infinitiveEndings` and is at least three
    /// letters longer than the ending («ти», the pronoun, is none).
    public func isInfinitive(_ form: String) -> Bool {
        infinitiveEndings.contains { ending in form.count >= ending.count + 3 && form.hasSuffix(ending) }
    }
}
