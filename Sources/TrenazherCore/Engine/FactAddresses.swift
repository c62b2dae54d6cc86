import Foundation

/// The customer's facts that are addresses, as `/lookup` reads them (`LookupAddress`, those that are a record's
/// address), read the first time a query is typed and then kept: they depend only on the scenario's facts and
/// Content's address words, so every look-up of the conversation, and of the engine's later conversations, uses them.
/// Most conversations look nothing up, and pay nothing. Safe from several threads.
final class FactAddresses: @unchecked Sendable {
    private let facts: [String: String]
    private let words: AddressWords
    private let lock = NSLock()
    // Guarded by `lock`.
    private var read: [String: LookupAddress]?

    init(facts: [String: String], words: AddressWords) {
        self.facts = facts
        self.words = words
    }

    /// Each fact that is a record's address, by the fact's name.
    var addresses: [String: LookupAddress] {
        lock.withLock {
            if let read { return read }
            let addresses = Self.reading(facts, words: words)
            read = addresses
            return addresses
        }
    }

    /// The facts that are a record's address, each read afresh.
    static func reading(_ facts: [String: String], words: AddressWords) -> [String: LookupAddress] {
        facts.compactMapValues { value -> LookupAddress? in
            let fact = LookupAddress(value, words: words)
            return fact.isRecordAddress ? fact : nil
        }
    }
}
