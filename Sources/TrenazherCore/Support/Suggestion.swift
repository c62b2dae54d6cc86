/// «Did you mean …?» for misspelt keys, IDs and names.
public enum Suggestion {
    /// The closest candidate within an edit distance that grows with the word's length, or `nil`.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let limit = max(1, min(3, word.count / 3))
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// The « (did you mean 'x'?)» suffix, or an empty string.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// « (did you mean 'x'?)» in both languages; when nothing is close, the valid values (up to
    /// `listLimit` of them), so a message always says what to write instead.
    public static func hint(_ word: String, in candidates: some Sequence<String>, listLimit: Int = 14) -> Bilingual {
        let all = Array(candidates)
        if let close = closest(to: word, in: all) {
            return Bilingual(uk: " (можливо, '\(close)'?)", en: " (did you mean '\(close)'?)")
        }
        guard !all.isEmpty, all.count <= listLimit else { return Bilingual(uk: "", en: "") }
        let list = all.sorted().joined(separator: ", ")
        return Bilingual(uk: " (допустимі: \(list))", en: " (valid: \(list))")
    }

    /// Levenshtein distance over characters.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
