import Testing
@testable import TrenazherCore

/// The customer's address facts `/lookup` keeps (`FactAddresses`) against reading them at each look-up.
struct FactAddressesTests {
    /// For every bundled scenario (and facts that are no record's address), the kept addresses are those read
    /// afresh, asked for once or twice.
    @Test func keptAddressesAreThoseReadAtEachLookup() {
        let words = Fixtures.content.softwareReplies.addressWords
        var factSets = Fixtures.library.scenarios.map(\.facts)
        factSets.append(["address": "м. Луцьк, вул. Кравчука, 8, кв. 41", "account": "20417385", "street": "Садова", "empty": ""])
        for facts in factSets {
            let readEachTime = facts.compactMapValues { value -> LookupAddress? in
                let fact = LookupAddress(value, words: words)
                return fact.isRecordAddress ? fact : nil
            }
            let kept = FactAddresses(facts: facts, words: words)
            #expect(kept.addresses == readEachTime)
            #expect(kept.addresses == readEachTime)
        }
        #expect(Fixtures.library.scenarios.contains { !FactAddresses.reading($0.facts, words: words).isEmpty })
    }
}
