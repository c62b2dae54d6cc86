import Foundation

/// Word patterns already compiled in this process, by their text. Only a pattern without a `{fact}`
/// placeholder is kept: it compiles to the same elements whatever the bindings, so compiling its text
/// again (Content's intents are checked when Content loads, then compiled for every conversation and
/// for the vocabulary of typo corrections) gives back the kept pattern instead. Patterns are kept by the bytes of
/// their text (`ExactText`): a `String` key hashes and compares by canonical equivalence, normalising a Cyrillic
/// text at every look-up, and a text spelled with other scalars simply compiles to a pattern of its own.
final class CompiledPatterns: @unchecked Sendable {
    /// The process's patterns.
    static let shared = CompiledPatterns()

    // Guarded by `lock`.
    private var patterns: [ExactText: WordPattern] = [:]
    private let lock = NSLock()

    /// The pattern compiled from this text, if it was kept.
    func pattern(for source: String) -> WordPattern? {
        lock.withLock { patterns[ExactText(source)] }
    }

    /// Keeps a pattern compiled without taking words from bindings.
    func keep(_ pattern: WordPattern) {
        lock.withLock { patterns[ExactText(pattern.source)] = pattern }
    }
}
