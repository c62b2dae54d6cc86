/// Finds the trainee saying a fact that identifies the customer — the address, the account number (the
/// facts of the scenario's identification rule that hold a number) — before the customer gave it:
/// read off the screen («Так, бачу: Ковель, вулиця Незалежності, 45 — це Ваш рахунок?»), it is the
/// account's data told to a caller nobody has identified, and the caller only has to say «так»
/// (HOT-ID / VIS-ID, `IdentificationCheck`).
///
/// A value is said when one sentence holds its long number (an account number), or one of its numbers
/// and one of its capitalised words (a street and a house): numbers are compared as digits, words in
/// any case form («Незалежності», «Ковелі» for «Ковель»; `OtherCustomerNames.isForm`). Abbreviations in
/// lower case («м.», «вул.», «кв.») are no marks, nor are the words of how the customer is addressed. A
/// value without a number — a name — is never judged so: the customer's name and the account holder's
/// are said in a conversation for many reasons (a phone number's groups alone are no value said either).
struct IdentificationValues: Sendable {
    /// A fact's marks: its numbers (digits) and capitalised words (match forms).
    struct Marks: Sendable {
        var fact: String
        var numbers: [String]
        var words: [String]
    }

    /// A number of at least this many digits is a mark alone (an account or application number).
    static let longNumber = 5

    let facts: [Marks]

    init(scenario: Scenario, bindings: [String: String]) {
        guard let rule = scenario.identification else { facts = []; return }
        let addressed = Set((scenario.persona.addressAs.map { [$0] } ?? []).flatMap(OtherCustomerNames.forms)
            + (bindings["address_as"].map(OtherCustomerNames.forms) ?? []))
        var marks: [Marks] = []
        for fact in rule.all + rule.any where !marks.contains(where: { $0.fact == fact }) {
            guard let value = scenario.facts[fact].map({ Self.filled($0, bindings) }), !value.isEmpty else { continue }
            let parts = value.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" && $0 != "-" })
            let numbers = parts.filter { $0.allSatisfy(\.isNumber) }.map(String.init)
            let words = parts.filter { part in part.first?.isUppercase == true && part.count >= 3 && !part.contains(where: \.isNumber) }
                .map { TextNormalizer.matchForm(of: TextNormalizer.normalize(String($0))) }
                .filter { !addressed.contains($0) }
            if numbers.contains(where: { $0.count >= Self.longNumber }) || (!words.isEmpty && !numbers.isEmpty) {
                marks.append(Marks(fact: fact, numbers: numbers, words: words))
            }
        }
        facts = marks
    }

    /// A fact's value with the scenario's placeholders filled.
    static func filled(_ value: String, _ bindings: [String: String]) -> String {
        guard value.contains("{") else { return value }
        var text = value
        for (name, filler) in bindings { text = text.replacingOccurrences(of: "{\(name)}", with: filler) }
        return text
    }

    /// The identification facts the text states, each with the words that state it.
    func said(in text: AnalyzedText) -> [String: String] {
        guard !facts.isEmpty else { return [:] }
        var found: [String: String] = [:]
        let words = text.words
        for marks in facts {
            var bySentence: [Int: [Int]] = [:]
            for (index, word) in words.enumerated() where !word.quoted {
                let isMark: Bool
                if word.kind == .number {
                    let digits = word.form.filter(\.isNumber)
                    isMark = marks.numbers.contains(digits)
                    if isMark, digits.count >= Self.longNumber {
                        bySentence[word.sentence, default: []].append(contentsOf: [index, index])
                        continue
                    }
                } else {
                    isMark = word.kind == .word && marks.words.contains { OtherCustomerNames.isForm(word.form, of: $0) }
                }
                if isMark { bySentence[word.sentence, default: []].append(index) }
            }
            let qualifying = bySentence.values.filter { indices in
                indices.count >= 2 && indices.contains { words[$0].kind == .number }
                    && (indices.contains { words[$0].kind == .word } || indices.contains { words[$0].form.filter(\.isNumber).count >= Self.longNumber })
            }
            if let hit = qualifying.min(by: { $0[0] < $1[0] }),
               let first = hit.min(), let last = hit.max() {
                found[marks.fact] = text.quote(words: first, last)
            }
        }
        return found
    }
}
