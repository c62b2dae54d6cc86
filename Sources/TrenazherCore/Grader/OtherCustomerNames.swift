/// Finds the trainee calling the customer by another customer's name: two neighbouring words that are,
/// in any case form («Тетяно Олегівно» for «Тетяна Олегівна»), two neighbouring words of the name of a
/// customer of another variant of the scenario (`Scenario.otherCustomers`) and not of this customer's
/// own names. A memorised answer key written for one variant addresses the customer of another this way;
/// so does a trainee who opened another customer's record. Judged under GEN-ACCURATE, and the customer is
/// misinformed (`OutcomeJudge`). One given name alone («пані Ірино») is not judged: it may be the trainee's
/// own or a word of the language; nor is a pair that begins with the trainee's own given name («мене звати
/// Галина Петрівна» where another variant's customer is Галина Петрівна: the trainee introduces herself).
struct OtherCustomerNames: Sendable {
    /// The other customers' names, each as the match forms of its words.
    let others: [[String]]
    /// This customer's names (full name, how they are addressed), as the match forms of their words.
    let own: [[String]]
    /// `others` and `own` with each word's scalars when the word is plain (`LiteralSearch.isPlain`), read once.
    let otherWords: [[Form]]
    let ownWords: [[Form]]

    /// A word's match form, with its scalar values when it is plain: two plain words' characters are their scalars.
    struct Form: Sendable {
        let text: String
        let scalars: [UInt32]?

        init(_ text: String) {
            self.text = text
            scalars = LiteralSearch.isPlain(text) ? text.unicodeScalars.map(\.value) : nil
        }
    }

    init(scenario: Scenario) {
        own = ([scenario.persona.name] + (scenario.persona.addressAs.map { [$0] } ?? [])).map(Self.forms)
        let ownSet = Set(own)
        others = scenario.otherCustomers.map(Self.forms).filter { $0.count >= 2 && !ownSet.contains($0) }
        otherWords = others.map { $0.map(Form.init) }
        ownWords = own.map { $0.map(Form.init) }
    }

    /// The match forms of a name's words.
    static func forms(_ name: String) -> [String] {
        name.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" && $0 != "-" })
            .map { TextNormalizer.matchForm(of: TextNormalizer.normalize(String($0))) }
    }

    /// Whether a word said is a case form of a name's word: they share all but the last two letters of
    /// the longer and at least three («тетяно» and «тетяна», «наталю» and «наталія»; not «петрович» and
    /// «петрівна»).
    static func isForm(_ said: String, of name: String) -> Bool {
        let shared = zip(said, name).prefix { $0 == $1 }.count
        return shared >= 3 && shared >= max(said.count, name.count) - 2
    }

    /// `isForm` of two words read once: two plain words (`LiteralSearch.isPlain`: each scalar its own character,
    /// with one spelling only) are compared by their scalars, which then are their characters; others by characters.
    static func isForm(_ said: Form, of name: Form) -> Bool {
        guard let saidScalars = said.scalars, let nameScalars = name.scalars else { return isForm(said.text, of: name.text) }
        var shared = 0
        while shared < saidScalars.count, shared < nameScalars.count, saidScalars[shared] == nameScalars[shared] { shared += 1 }
        return shared >= 3 && shared >= max(saidScalars.count, nameScalars.count) - 2
    }

    /// Whether the words said at `index` and `index + 1` are two neighbouring words of one of `names`.
    static func pair(_ first: Form, _ second: Form, in names: [[Form]]) -> Bool {
        names.contains { name in
            name.indices.dropLast().contains { isForm(first, of: name[$0]) && isForm(second, of: name[$0 + 1]) }
        }
    }

    /// The words with which the turn first calls the customer by another customer's name, or `nil`.
    /// `isTraineeName` tells a word form that is the trainee's own given name: a pair it opens is no
    /// customer's name.
    func find(in text: AnalyzedText, isTraineeName: (String) -> Bool = { _ in false }) -> String? {
        guard !others.isEmpty else { return nil }
        let words = text.words
        // Each word read once, when a pair needs it.
        var forms = [Form?](repeating: nil, count: words.count)
        func form(_ index: Int) -> Form {
            if let known = forms[index] { return known }
            let read = Form(words[index].form)
            forms[index] = read
            return read
        }
        for index in words.indices.dropLast() {
            let first = words[index], second = words[index + 1]
            guard first.kind == .word, second.kind == .word, first.sentence == second.sentence, !first.quoted,
                  !isTraineeName(first.form) else { continue }
            let firstForm = form(index), secondForm = form(index + 1)
            if Self.pair(firstForm, secondForm, in: otherWords), !Self.pair(firstForm, secondForm, in: ownWords) {
                return "\(first.text) \(second.text)"
            }
        }
        return nil
    }

    /// The true fact a finding quotes: how this customer is addressed, in the words of `Content/statements.yaml`
    /// (`other_customer_name`); the name alone, in «», when the content has none.
    static func truth(_ scenario: Scenario, content: ContentBundle) -> String {
        let name = scenario.persona.addressAs ?? scenario.persona.name
        return content.otherCustomerName.map { $0.replacingOccurrences(of: "{name}", with: name) } ?? "«\(name)»"
    }
}
