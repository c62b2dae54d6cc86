/// The words of one text by the first two bytes of their forms and typo corrections, made once a text: the words a
/// test with a lead key (`PatternHeads.leadKey`) can match are read from here, not found by reading every word's keys
/// for every test.
///
/// A word with a one-byte stem, a typo correction shorter than two bytes, or a form shorter than two bytes that may be
/// a typo can match a test that begins otherwise: it is one of `anyKeyWords` and has no keys. Every other word has the
/// first two bytes of its form and of each of its corrections of two bytes or more.
struct WordsByKey: Sendable {
    /// The words every test is tried at, in increasing order.
    let anyKeyWords: [Int]
    /// The distinct keys of the other words, in increasing order.
    private let keys: [UInt32]
    /// Per key, where its words start in `words` (one more entry than `keys`: the end).
    private let starts: [Int32]
    /// Per key, the words having it, in increasing order: `words[starts[k]..<starts[k + 1]]`.
    let words: [Int32]

    init(_ text: AnalyzedText) {
        var anyKeyWords: [Int] = []
        // A key and a word in one value, so that sorting orders by key, then by word.
        var pairs: [UInt64] = []
        for (index, word) in text.words.enumerated() {
            if word.stem.count == 1 || word.bytes.count < 2 && word.mayBeTypo || word.corrections.contains(where: { $0.count < 2 }) {
                anyKeyWords.append(index)
                continue
            }
            if word.bytes.count >= 2 { pairs.append(Self.pair(word.bytes, index)) }
            for correction in word.corrections where correction.count >= 2 { pairs.append(Self.pair(correction, index)) }
        }
        pairs.sort()
        var keys: [UInt32] = [], starts: [Int32] = [], words: [Int32] = []
        var last = UInt64.max
        for pair in pairs where pair != last {
            let key = UInt32(truncatingIfNeeded: pair >> 32)
            if keys.last != key {
                keys.append(key)
                starts.append(Int32(truncatingIfNeeded: words.count))
            }
            words.append(Int32(truncatingIfNeeded: pair))
            last = pair
        }
        starts.append(Int32(truncatingIfNeeded: words.count))
        self.anyKeyWords = anyKeyWords
        self.keys = keys
        self.starts = starts
        self.words = words
    }

    /// A form's first two bytes (it has two or more) above word `index`.
    private static func pair(_ form: [UInt8], _ index: Int) -> UInt64 {
        (UInt64(form[0]) << 8 | UInt64(form[1])) << 32 | UInt64(truncatingIfNeeded: index)
    }

    /// Where the words with `key` stand in `words` (empty when no word has it).
    func positions(of key: UInt32) -> Range<Int> {
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        guard low < keys.count, keys[low] == key else { return 0..<0 }
        return Int(starts[low])..<Int(starts[low + 1])
    }
}
