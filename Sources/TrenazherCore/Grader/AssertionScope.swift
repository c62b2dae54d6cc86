/// Where a statement the trainee makes is asserted and what it covers beyond its own words, compiled
/// from `AssertionScopeWords` (`lexicon/negation.yaml`): `ClaimJudge` asks it whether a negator denies
/// (an adding «не лише» does not; a negated copula denies a whole clause; a negation reaches over an
/// aside; a cause «через …» is denied only right before it), whether a match is the customer's words
/// told back, a topic a service is about, a rule or a consequence said of no one in particular, and
/// whether its first word is its subject at all (not a pronoun governed by a preposition).
public struct AssertionScope: Sendable {
    let negatorsNot: [WordPattern]
    let clauseNegators: [WordPattern]
    let reported: [WordPattern]
    let topics: [WordPattern]
    let services: [WordPattern]
    let listNames: [WordPattern]
    /// At most this many words may stand between a list's name and a statement it names («список
    /// планових та аварійних відключень»).
    static let listWords = 3
    let notYet: [WordPattern]
    /// `AssertionScopeWords.until`, compiled.
    let until: [WordPattern]
    let untilNot: [WordPattern]
    /// `AssertionScopeWords.hedges`, compiled.
    let hedges: [WordPattern]
    /// `AssertionScopeWords.purposeOpeners`, compiled.
    let purposeOpeners: [WordPattern]
    let referencePoints: [WordPattern]
    /// `AssertionScopeWords.coordinators`, compiled.
    let coordinators: [WordPattern]
    /// The words adding phrases follow their negator with («лише», «тільки» of «не лише»), as the
    /// analysed text of a pattern writes them: a pattern holding one says something exclusive.
    let addingTails: Set<String>
    let phraseOpeners: [WordPattern]
    let asides: [WordPattern]
    let ruleConditions: [WordPattern]
    let consequences: [WordPattern]
    let governingPrepositions: [WordPattern]
    let subjectPronouns: [WordPattern]
    /// Words that address the customer (`lexicon/questions.yaml`, `address_words`, and the polite imperatives
    /// of `lexicon/informal.yaml`): a rule or consequence said to the customer («Компенсацію Вам виплатять,
    /// коли…») stays a promise, and an instruction under «коли» («коли оплата зарахується, принесіть
    /// квитанцію») stays what the customer is told to do.
    let addressWords: Set<String>
    /// What an infinitive is (`lexicon/fillers.yaml` `elliptical`): «чи» between two infinitives joins them
    /// («приходити чи писати заяву не треба»), it asks nothing.
    let ellipsis: Ellipsis

    /// Every list is matched as written: «я кажу, що …» is no customer's word told back, «могли» no
    /// service offered, and every form of «коли» is not «коли».
    public init(_ words: AssertionScopeWords = AssertionScopeWords(), addressWords: Set<String> = [], ellipsis: Ellipsis = Ellipsis()) {
        func compiled(_ sources: [PatternSource]) -> [WordPattern] { sources.compactMap { $0.compile(bindings: [:], log: nil)?.exact() } }
        negatorsNot = compiled(words.negatorsNot)
        clauseNegators = compiled(words.clauseNegators)
        reported = compiled(words.reported)
        topics = compiled(words.topics)
        services = compiled(words.services)
        listNames = compiled(words.listNames)
        notYet = compiled(words.notYet)
        until = compiled(words.until)
        untilNot = compiled(words.untilNot)
        hedges = compiled(words.hedges)
        purposeOpeners = compiled(words.purposeOpeners)
        referencePoints = compiled(words.referencePoints)
        coordinators = compiled(words.coordinators)
        addingTails = Set(words.negatorsNot.flatMap { AnalyzedText($0.text).words.dropFirst().map(\.form) })
        phraseOpeners = compiled(words.phraseOpeners)
        asides = compiled(words.asides)
        ruleConditions = compiled(words.ruleConditions)
        consequences = compiled(words.consequences)
        governingPrepositions = compiled(words.governingPrepositions)
        subjectPronouns = compiled(words.subjectPronouns)
        self.addressWords = addressWords
        self.ellipsis = ellipsis
    }

    /// The scope Content declares, with the words that address the customer.
    public init(content: ContentBundle) {
        self.init(content.assertionScope, addressWords: content.questionCues.addressWords.union(content.informal.politeImperatives),
                  ellipsis: content.reading.ellipsis)
    }

    /// Whether one of `words` starts at word `index`.
    static func starts(_ words: [WordPattern], at index: Int, in text: AnalyzedText) -> Bool {
        words.contains { $0.matchLength(in: text, at: index) != nil }
    }

    /// The words of every phrase that adds with a negator («не лише»), in a text: a negator among them
    /// denies nothing, a match holding one of their exclusive words excludes nothing.
    func addingWords(in text: AnalyzedText) -> Set<Int> {
        guard !negatorsNot.isEmpty else { return [] }
        var words = Set<Int>()
        for index in text.words.indices {
            for pattern in negatorsNot {
                if let length = pattern.matchLength(in: text, at: index) { words.formUnion(index..<index + length) }
            }
        }
        return words
    }

    /// The words of every clause of time up to an event (`until`: «поки відділ обліку не відповість»), from
    /// its opening word to the end of its clause: a negator among them denies nothing. The word opens its clause
    /// or sentence: inside a clause it means «yet» («оплата поки не надійшла» denies).
    func untilWords(in text: AnalyzedText) -> Set<Int> {
        guard !until.isEmpty else { return [] }
        var words = Set<Int>()
        let opening = { (index: Int) in index == 0 || text.words[index].startsClause || text.words[index - 1].sentence != text.words[index].sentence }
        for index in text.words.indices where opening(index) && Self.starts(until, at: index, in: text) && !Self.starts(untilNot, at: index, in: text) {
            var end = index
            while end + 1 < text.words.count, text.words[end + 1].sentence == text.words[index].sentence, !text.words[end + 1].startsClause {
                end += 1
            }
            words.formUnion(index...end)
        }
        return words
    }

    /// Whether a negated copula («не є») stands among these words of a text (the clauses of a match),
    /// inside the match too: no pattern writes one as its own statement, so a pattern that holds a
    /// negator elsewhere («нічого не коштує») is still denied by it.
    func negatesClause(_ words: ClosedRange<Int>, in text: AnalyzedText) -> Bool {
        words.contains { index in clauseNegators.contains { $0.matchLength(in: text, at: index) != nil } }
    }

    /// Whether a reported phrase stands before a match and its clause reaches the match's first word:
    /// «розумію, що вас ніхто не попередив» tells the visitor's words back; a phrase that ends its clause
    /// («за вашими словами, …») reports the clause after it. `clause` gives a word's clause.
    func isReported(_ match: PatternMatch, clause: (Int) -> ClosedRange<Int>) -> Bool {
        guard !reported.isEmpty else { return false }
        let text = match.text, sentence = match.sentence
        var index = match.firstWord - 1
        while index >= 0, text.words[index].sentence == sentence {
            for pattern in reported {
                if let length = pattern.matchLength(in: text, at: index) {
                    let last = index + length - 1
                    guard last < match.firstWord else { continue }
                    // A phrase that ends its clause («за вашими словами, …») reports the next one.
                    var told = clause(last)
                    if told.upperBound == last, last + 1 < text.words.count, text.words[last + 1].sentence == sentence { told = clause(last + 1) }
                    if told.upperBound >= match.firstWord { return true }
                }
            }
            index -= 1
        }
        return false
    }

    /// Whether a match is the topic a service is about: a topic word right before it (or one word
    /// between) and a service word in its clauses — «про планові відключення можна отримувати SMS».
    func isTopicOfService(_ match: PatternMatch, clauses: ClosedRange<Int>) -> Bool {
        guard !topics.isEmpty, !services.isEmpty else { return false }
        let text = match.text
        let before = max(clauses.lowerBound, match.firstWord - 2)
        guard before < match.firstWord,
              (before..<match.firstWord).contains(where: { index in topics.contains { $0.matchLength(in: text, at: index) != nil } })
        else { return false }
        return clauses.contains { index in services.contains { $0.matchLength(in: text, at: index) != nil } }
    }

    /// The words of the «not yet» phrase (`not_yet`: «ще не») that starts at word `index` of a text, if one
    /// does: as a negator, it denies a statement it stands within reach of by its first word, wholly outside
    /// the statement («SMS … сьогодні їх ще не чекайте»; not «ще не вистачає копії» of «не вистачає копії»).
    func notYetWords(at index: Int, in text: AnalyzedText) -> ClosedRange<Int>? {
        guard !notYet.isEmpty else { return nil }
        let length = notYet.compactMap { $0.matchLength(in: text, at: index) }.max()
        return length.map { index...(index + max(1, $0) - 1) }
    }

    /// Whether a «not yet» phrase (`not_yet`: «ще не») stands among these words of a text (a clause).
    func saysNotYet(_ words: ClosedRange<Int>, in text: AnalyzedText) -> Bool {
        !notYet.isEmpty && words.contains { index in index < text.words.count && Self.starts(notYet, at: index, in: text) }
    }

    /// Whether the words of a reference point (`reference_points`: «після», «з моменту») end at word `index`
    /// of a text, in its sentence: a claim's subject right after them names the point a term counts from.
    func referencePointEnds(at index: Int, in text: AnalyzedText) -> Bool {
        guard !referencePoints.isEmpty, index >= 0 else { return false }
        return (max(0, index - 3)...index).contains { start in
            text.words[start].sentence == text.words[index].sentence
                && referencePoints.contains { $0.matchLength(in: text, at: start) == index - start + 1 }
        }
    }

    /// Whether a match is what a list, a map or a page is named for: a list's name at most `listWords` words
    /// before it in its clause — «на сайті є карта і список планових та аварійних відключень».
    func isNamedInList(_ match: PatternMatch, clauses: ClosedRange<Int>) -> Bool {
        guard !listNames.isEmpty else { return false }
        let text = match.text
        let before = max(clauses.lowerBound, match.firstWord - Self.listWords - 1)
        return (before..<match.firstWord).contains { index in listNames.contains { $0.matchLength(in: text, at: index) != nil } }
    }

    /// The words of a text that belong to an aside («на жаль»).
    func asideWords(in text: AnalyzedText) -> Set<Int> {
        guard !asides.isEmpty else { return [] }
        var found = Set<Int>()
        for index in text.words.indices {
            if let length = asides.compactMap({ $0.matchLength(in: text, at: index) }).max() { found.formUnion(index..<(index + length)) }
        }
        return found
    }

    /// Whether a clause opens with a purpose (`purposeOpeners`: «щоб …», «для цього …»), fillers before it aside.
    func opensPurpose(_ clause: ClosedRange<Int>, in text: AnalyzedText) -> Bool {
        guard !purposeOpeners.isEmpty, let first = clause.first(where: { !text.words[$0].isFiller }) else { return false }
        return Self.starts(purposeOpeners, at: first, in: text)
    }

    /// Whether the statement of a match opens a phrase of its own («через …»).
    func opensPhrase(_ match: PatternMatch) -> Bool {
        Self.starts(phraseOpeners, at: match.firstWord, in: match.text)
    }

    /// Whether a match opens with a subject pronoun governed by the preposition right before it («на все є»).
    func opensWithGovernedPronoun(_ match: PatternMatch) -> Bool {
        let text = match.text, first = match.firstWord
        guard first > 0, text.words[first - 1].sentence == text.words[first].sentence, !text.words[first].startsClause else { return false }
        return Self.starts(subjectPronouns, at: first, in: text) && Self.starts(governingPrepositions, at: first - 1, in: text)
    }

    /// Whether words `range` address the customer.
    func addresses(_ range: ClosedRange<Int>, in text: AnalyzedText) -> Bool {
        range.contains { addressWords.contains(text.words[$0].form) }
    }
}

extension ClaimJudge {
    /// Whether a match holds a word of an adding phrase other than its negator («лише» of «не лише»):
    /// for a pattern that says something exclusive, the match excludes nothing.
    func excludesNothing(_ match: PatternMatch, adding: Set<Int>) -> Bool {
        guard !adding.isEmpty else { return false }
        return (match.firstWord...match.lastWord).contains { index in
            adding.contains(index) && !negators.contains { $0.matchLength(in: match.text, at: index) != nil }
        }
    }

    /// Whether the trainee asserts nothing about the case with a match: it tells the customer's words or
    /// feelings back («розумію, що вас ніхто не попередив особисто»), names the topic of a service («про
    /// планові відключення можна отримувати SMS») or what a list holds («список аварійних відключень»), states a rule or a consequence of no one in particular
    /// («Компенсацію нараховують, коли порушено гарантовані стандарти»), or its first word is a pronoun a
    /// preposition governs, not its subject («на все є десять робочих днів»).
    /// `ruleTells` (`Claim.ruleTells`): a rule under a condition still asserts it.
    func assertsNothing(_ match: PatternMatch, ruleTells: Bool = false) -> Bool {
        scope.isReported(match, clause: { clauseRange(of: $0, in: match.text) }) || scope.isTopicOfService(match, clauses: clauses(of: match))
            || scope.isNamedInList(match, clauses: clauses(of: match)) || (!ruleTells && isConditionalRule(match)) || scope.opensWithGovernedPronoun(match)
    }

    /// The clauses a match stands in, with a clause of asides only («, на жаль,») beside them and the
    /// clause beyond it: a negation is read across an aside.
    func negationClauses(of match: PatternMatch, asides: Set<Int>) -> ClosedRange<Int> {
        let text = match.text, words = text.words
        var range = clauses(of: match)
        guard !asides.isEmpty else { return range }
        let sentence = words[match.firstWord].sentence
        func asidesOnly(_ clause: ClosedRange<Int>) -> Bool { clause.allSatisfy { asides.contains($0) || words[$0].isFiller } }
        while range.upperBound + 1 < words.count, words[range.upperBound + 1].sentence == sentence {
            let next = clauseRange(of: range.upperBound + 1, in: text)
            guard asidesOnly(next), next.upperBound + 1 < words.count, words[next.upperBound + 1].sentence == sentence else { break }
            range = range.lowerBound...clauseRange(of: next.upperBound + 1, in: text).upperBound
        }
        while range.lowerBound > 0, words[range.lowerBound - 1].sentence == sentence {
            let previous = clauseRange(of: range.lowerBound - 1, in: text)
            guard asidesOnly(previous), previous.lowerBound > 0, words[previous.lowerBound - 1].sentence == sentence else { break }
            range = clauseRange(of: previous.lowerBound - 1, in: text).lowerBound...range.upperBound
        }
        return range
    }

    /// Whether a statement said of no one in particular (no word addressing the customer in its
    /// clauses) is a rule or a consequence under a condition: a word of `rule_conditions` stands in its
    /// clauses outside it or opens the clause just after them («Компенсацію нараховують, коли порушено
    /// гарантовані стандарти») or the clause just before them that opens the sentence, or a word of `consequences` opens its sentence after another
    /// sentence of the text («…передавайте показники самостійно. Тоді нарахування за середнім не
    /// буде») or stands right before it after advice in its sentence («…можна передавати самостійно, тоді
    /// нарахування …»). Said to the customer it stays a promise: «Компенсацію Вам виплатять, коли перевірять заяву».
    func isConditionalRule(_ match: PatternMatch) -> Bool {
        let text = match.text, words = text.words
        let own = clauses(of: match)
        guard !scope.addresses(own, in: text) else { return false }
        let sentence = words[match.firstWord].sentence
        if !scope.ruleConditions.isEmpty {
            var near = own
            if own.upperBound + 1 < words.count, words[own.upperBound + 1].sentence == sentence {
                near = near.lowerBound...clauseRange(of: own.upperBound + 1, in: text).upperBound
            }
            // A condition before the statement binds it only when it opens the sentence («Коли порушено
            // стандарти, компенсацію нараховують»); one after another clause binds that clause: «принесете
            // витяг, коли отримаєте, строк тут не горить» makes no rule of «строк не горить».
            var opening: Set<Int> = [own.lowerBound, own.upperBound + 1]
            if own.lowerBound > 0, words[own.lowerBound - 1].sentence == sentence {
                let before = clauseRange(of: own.lowerBound - 1, in: text)
                if before.lowerBound == 0 || words[before.lowerBound - 1].sentence != sentence {
                    near = before.lowerBound...near.upperBound
                    opening.insert(before.lowerBound)
                }
            }
            if near.contains(where: { index in
                ((own.contains(index) && !(match.firstWord...match.lastWord).contains(index)) || opening.contains(index))
                    && AssertionScope.starts(scope.ruleConditions, at: index, in: text)
            }) { return true }
        }
        var start = match.firstWord
        while start > 0, words[start - 1].sentence == sentence { start -= 1 }
        if start > 0 && AssertionScope.starts(scope.consequences, at: start, in: text) { return true }
        // A consequence right before the statement, after advice in the same sentence (a `topic_of_service` service
        // word: «можна», «можете»): «показники можна передавати самостійно тоді нарахування за середнім не буде»;
        // «бо в нас тоді збій розсилки був» tells a time.
        guard match.firstWord > start + 1 else { return false }
        return (start + 1..<match.firstWord).contains { index in
            scope.consequences.contains { $0.matchLength(in: text, at: index).map { index + $0 == match.firstWord } ?? false }
                && (start..<index).contains { word in scope.services.contains { $0.matchLength(in: text, at: word) != nil } }
        }
    }
}
