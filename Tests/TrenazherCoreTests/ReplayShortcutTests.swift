import Foundation
import Testing
@testable import TrenazherCore

/// The replay's shortcuts against the ways they replace: `/lookup`'s query matched against facts formed once and
/// searched by bytes, another customer's name compared by scalars, a turn's words counted by scalars, and a claim's
/// own negators and conditionals read from one analysis of its pattern.
struct ReplayShortcutTests {
    /// Letters, digits, marks and spellings that are not plain: composed and decomposed, look-alikes, white space.
    static let alphabet: [String] = ["а", "Я", "ї", "Ї", "й", "и\u{306}", "ґ", "е", "е\u{301}", "A", "z", "1", "7", "0", " ", "  ", "-", "'", "’",
                                     "\n", "\r\n", "\t", "é", "e\u{301}", "\u{301}", "K", "\u{212A}", "№", "І", "і", "\u{A0}", "ПР", "-1147",
                                     "2041", "7385", "Андрій", "Петрович", "\u{200D}", "😀"]

    static func randomText(_ generator: inout SeededGenerator, upTo count: Int = 12) -> String {
        (0..<Int.random(in: 0...count, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
    }

    /// For every bundled scenario, whether a query (of three characters or more, as the look-up asks) names a fact is
    /// what Foundation's `contains` said of the forms built at each look-up: the facts' values, pieces of them, random texts.
    @Test func aLookupQueryNamesTheFactsItNamedBefore() {
        var generator = SeededGenerator(seed: 8)
        for scenario in Fixtures.library.scenarios {
            let software = SimulatedSoftware(scenario: scenario, traineeName: "Олена", knowledge: KnowledgeBase(scenario: scenario, content: Fixtures.content),
                                             replies: Fixtures.content.softwareReplies, numbering: Fixtures.content.requestNumbering, english: false)
            var queries = scenario.facts.values.flatMap { value in [value, String(value.prefix(4)), String(value.dropFirst(2)), value + " 1"] }
            queries += (0..<300).map { _ in Self.randomText(&generator) }
            for raw in queries {
                let query = SimulatedSoftware.lookupForm(raw)
                guard query.count >= 3 else { continue }
                for (fact, value) in scenario.facts {
                    let formed = SimulatedSoftware.lookupForm(value)
                    // Foundation's `contains`, which the look-up called before: `range(of:)` found something.
                    let before = formed.range(of: query) != nil || query.range(of: formed) != nil
                    #expect(software.queryNames(query, fact: fact) == before, "\(scenario.id) \(fact) \(raw.debugDescription)")
                }
            }
        }
    }

    /// A name's case form by scalars is what characters say, for plain and other texts alike.
    @Test func caseFormsByScalarsAreCaseFormsByCharacters() {
        var generator = SeededGenerator(seed: 12)
        let words = ["тетяна", "тетяно", "тетяни", "наталія", "наталю", "петрович", "петрівна", "ігор", "ігоре", "олена", "оле\u{301}на", "о"]
        for _ in 0..<4000 {
            let said = Bool.random(using: &generator) ? words.randomElement(using: &generator)! : Self.randomText(&generator, upTo: 6).lowercased()
            let name = Bool.random(using: &generator) ? words.randomElement(using: &generator)! : Self.randomText(&generator, upTo: 6).lowercased()
            let shared = zip(said, name).prefix { $0 == $1 }.count
            let byCharacters = shared >= 3 && shared >= max(said.count, name.count) - 2
            #expect(OtherCustomerNames.isForm(said, of: name) == byCharacters)
            #expect(OtherCustomerNames.isForm(.init(said), of: .init(name)) == byCharacters, "\(said.debugDescription) \(name.debugDescription)")
        }
    }

    /// The runs between white space counted by scalars are those counted by characters.
    @Test func wordRunsByScalarsAreWordRunsByCharacters() {
        var generator = SeededGenerator(seed: 31)
        var texts = Fixtures.library.scenarios.flatMap { $0.examples.map(\.transcript) }
        texts += (0..<4000).map { _ in Self.randomText(&generator, upTo: 30) }
        for text in texts {
            #expect(DialogueEngine.wordRuns(text) == DialogueEngine.wordRunsByCharacters(text), "\(text.debugDescription)")
        }
    }

    /// Whether a claim's pattern holds its own negator or conditional, read from one analysis of its text, is what
    /// two analyses said: every false statement that applies to a bundled scenario.
    @Test func aClaimsOwnWordsAreReadOnceAsTheyWereTwice() {
        let negators = Fixtures.content.negators.compactMap { $0.compile(bindings: [:], log: nil) }
        let conditionals = Fixtures.content.conditionals.compactMap { $0.compile(bindings: [:], log: nil)?.exact() }
        var checked = 0
        for scenario in Fixtures.library.scenarios {
            let claims = scenario.claims + ApplicableFalsehoods.claims(for: scenario, content: Fixtures.content)
            for source in claims.flatMap({ $0.falsePatterns + $0.deniedPatterns }) {
                func holds(_ words: [WordPattern]) -> Bool {
                    let text = AnalyzedText(source.text)
                    return text.words.indices.contains { index in words.contains { $0.matchLength(in: text, at: index) != nil } }
                }
                let own = ClaimJudge.ownWords(of: source, negators: negators, conditionals: conditionals)
                #expect(own.negates == holds(negators) && own.conditions == holds(conditionals), "\(source.text)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }
}
