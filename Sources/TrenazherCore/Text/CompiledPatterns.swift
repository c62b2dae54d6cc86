import Foundation

/// Word patterns already compiled in this process, by their text. Only a pattern without a `{fact}`
/// placeholder is kept: it compiles to the same elements whatever the bindings, so compiling its text
/// again (Content's intents are checked when Content loads, then compiled for every conversation and
/// for the vocabulary of typo corrections) gives back the kept pattern instead.
final class CompiledPatterns: @unchecked Sendable {
    /// The process's patterns.
    static let shared = CompiledPatterns()

    // Guarded by `lock`.
    private var patterns: [String: WordPattern] = [:]
    private let lock = NSLock()

    /// The pattern compiled from this text, if it was kept.
    func pattern(for source: String) -> WordPattern? {
        lock.withLock { patterns[source] }
    }

    /// Keeps a pattern compiled without taking words from bindings.
    func keep(_ pattern: WordPattern) {
        lock.withLock { patterns[pattern.source] = pattern }
    }
}
