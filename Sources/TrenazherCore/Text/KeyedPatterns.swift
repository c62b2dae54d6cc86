/// A list of patterns indexed by their first keys (`WordPattern.firstKeys`), built once: a text tries
/// only the patterns one of whose first keys a word of it has (`AnalyzedText.keyList`), and those
/// without first keys, in the list's order. A pattern left out could not match the text
/// (`WordPattern.mayMatch` is false for it), so walking the candidates finds what walking the whole
/// list finds.
struct KeyedPatterns: Sendable {
    /// The patterns, in the order they were given.
    let patterns: [WordPattern]
    /// For each first key, the positions of the patterns that start with a word with it.
    private let byKey: [UInt16: [Int32]]
    /// The positions of the patterns without first keys.
    private let unkeyed: [Int32]

    init(_ patterns: [WordPattern]) {
        self.patterns = patterns
        var byKey: [UInt16: [Int32]] = [:]
        var unkeyed: [Int32] = []
        for (position, pattern) in patterns.enumerated() {
            if pattern.firstKeyList.isEmpty {
                unkeyed.append(Int32(position))
                continue
            }
            for key in pattern.firstKeyList { byKey[UInt16(truncatingIfNeeded: key), default: []].append(Int32(position)) }
        }
        self.byKey = byKey
        self.unkeyed = unkeyed
    }

    /// The patterns that may match `text`, in the list's order.
    func candidates(in text: AnalyzedText) -> [WordPattern] {
        var positions = unkeyed
        for key in text.keyList {
            if let found = byKey[key] { positions += found }
        }
        guard !positions.isEmpty else { return [] }
        positions.sort()
        var result: [WordPattern] = []
        var last: Int32 = -1
        for position in positions where position != last {
            result.append(patterns[Int(position)])
            last = position
        }
        return result
    }
}
