/// The intents' patterns indexed by their first keys (`WordPattern.firstKeys`: the first two bytes of
/// every word a pattern can start with), built once per conversation. A turn tries only the patterns
/// one of whose first keys a word of it has (`AnalyzedText.keyList`), and those without first keys.
/// A pattern left out could not match the turn (`WordPattern.mayMatch` is false for it), so what each
/// intent finds is the same as when every pattern is tried.
struct IntentIndex: Sendable {
    /// A pattern: its intent's position in the analyzer's list and its own in the intent's order.
    struct Entry: Sendable {
        var intent: Int32
        var position: Int32
    }

    /// For each first key, the patterns that start with a word with it.
    private let byKey: [UInt16: [Entry]]
    /// For each intent, the positions of its patterns without first keys, in order.
    private let unkeyed: [[Int32]]

    init(_ intents: [CompiledIntent]) {
        var byKey: [UInt16: [Entry]] = [:]
        var unkeyed: [[Int32]] = []
        for (intent, compiled) in intents.enumerated() {
            var always: [Int32] = []
            for (position, keys) in compiled.patternFirstKeys.enumerated() {
                if keys.isEmpty {
                    always.append(Int32(position))
                    continue
                }
                for key in keys { byKey[UInt16(truncatingIfNeeded: key), default: []].append(Entry(intent: Int32(intent), position: Int32(position))) }
            }
            unkeyed.append(always)
        }
        self.byKey = byKey
        self.unkeyed = unkeyed
    }

    /// For each intent, the positions of the patterns that may match `text`, in increasing order.
    func candidates(in text: AnalyzedText) -> [[Int32]] {
        var result = unkeyed
        for key in text.keyList {
            guard let entries = byKey[key] else { continue }
            for entry in entries { result[Int(entry.intent)].append(entry.position) }
        }
        for intent in result.indices where result[intent].count > 1 {
            result[intent].sort()
            var kept = 1
            for index in 1..<result[intent].count where result[intent][index] != result[intent][kept - 1] {
                result[intent][kept] = result[intent][index]
                kept += 1
            }
            result[intent].removeLast(result[intent].count - kept)
        }
        return result
    }
}
