import Foundation

/// What the text of a claim's pattern holds itself — a negator, a conditional word, a word an adding phrase follows
/// its negator with (`ClaimJudge.ownWords`) — kept for the process, by the text's bytes (`ExactText`) under the very
/// lists of words it was read against. Reading a text analyses it and tries every negator and conditional at each of
/// its words; Content's statements apply to many scenarios, so the same texts came back for every scenario's
/// `ClaimJudge` (a first drill makes one for each of the trainee's scenarios). A text is read the first time it is
/// asked for with those words, as `ClaimJudge.ownWords` reads it; a text spelled with other scalars is read afresh.
/// Safe from several threads.
final class ClaimOwnWords: @unchecked Sendable {
    /// What a pattern's own words hold.
    typealias Own = (negates: Bool, conditions: Bool, adds: Bool)

    /// The words the texts are read against: Content's negators and conditionals, and the words adding phrases
    /// follow a negator with. Equal lists match every text alike (`WordPattern` equality: the same words, matched the
    /// same way; a `Set<String>` holds what an equal one holds).
    struct Words: Hashable {
        let negators: [WordPattern]
        let conditionals: [WordPattern]
        let adding: Set<String>
    }

    /// The texts read against one list of words.
    final class Texts: @unchecked Sendable {
        let words: Words
        private let lock = NSLock()
        // Guarded by `lock`.
        private var read: [ExactText: Own] = [:]

        init(words: Words) {
            self.words = words
        }

        /// What the text of `source` holds, read the first time it is asked for.
        func own(_ source: PatternSource) -> Own {
            let key = ExactText(source.text)
            if let known = lock.withLock({ read[key] }) { return known }
            let found = ClaimJudge.ownWords(of: source, negators: words.negators, conditionals: words.conditionals, adding: words.adding)
            lock.withLock { read[key] = found }
            return found
        }
    }

    /// The process's texts.
    static let shared = ClaimOwnWords()

    private let lock = NSLock()
    // Guarded by `lock`.
    private var texts: [Words: Texts] = [:]

    /// The texts read against these words (a process has one Content, so one list, besides tests).
    func texts(negators: [WordPattern], conditionals: [WordPattern], adding: Set<String>) -> Texts {
        let words = Words(negators: negators, conditionals: conditionals, adding: adding)
        return lock.withLock {
            if let known = texts[words] { return known }
            let made = Texts(words: words)
            texts[words] = made
            return made
        }
    }
}
