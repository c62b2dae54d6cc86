import Foundation

/// A compiled `WordPattern` laid out flat for matching: its steps, its word tests and their bytes in
/// arrays of plain values. Trying a pattern at a word reads them in place, as it reads the text's
/// `MatchWords`, so matching copies and retains nothing.
struct PatternProgram: Sendable, Hashable {
    /// What one step of the pattern is (`WordPattern.Element`).
    enum Kind: UInt8, Sendable, Hashable { case word, phrases, gap, number, code }

    /// One step: a word (`count` tests from `first` in `tests`), phrases (`count` phrases from `first`
    /// in `phrases`), a gap of up to `count` words, a number, or a code (its `count` digits from
    /// `first` in `bytes`).
    struct Step: Sendable, Hashable {
        var kind: Kind
        var optional: Bool
        var first: Int32
        var count: Int32
    }

    /// A literal word or a prefix: `count` bytes from `start` in `bytes`.
    struct Test: Sendable, Hashable {
        var isPrefix: Bool
        var start: Int32
        var count: Int32
    }

    /// A phrase of several words: `count` tests from `first` in `tests`, one per word.
    struct Phrase: Sendable, Hashable {
        var first: Int32
        var count: Int32
    }

    let steps: [Step]
    let tests: [Test]
    let phrases: [Phrase]
    let bytes: [UInt8]

    init(_ elements: [WordPattern.Element]) {
        var steps: [Step] = [], tests: [Test] = [], phrases: [Phrase] = [], bytes: [UInt8] = []
        func add(_ test: WordPattern.WordTest) {
            let (isPrefix, word): (Bool, [UInt8])
            switch test {
            case .literal(let literal): (isPrefix, word) = (false, literal)
            case .prefix(let stem): (isPrefix, word) = (true, stem)
            }
            tests.append(Test(isPrefix: isPrefix, start: Int32(truncatingIfNeeded: bytes.count), count: Int32(truncatingIfNeeded: word.count)))
            bytes.append(contentsOf: word)
        }
        for element in elements {
            switch element {
            case .word(let words, let optional):
                steps.append(Step(kind: .word, optional: optional, first: Int32(truncatingIfNeeded: tests.count), count: Int32(truncatingIfNeeded: words.count)))
                words.forEach(add)
            case .phrases(let alternatives, let optional):
                steps.append(Step(kind: .phrases, optional: optional, first: Int32(truncatingIfNeeded: phrases.count),
                                  count: Int32(truncatingIfNeeded: alternatives.count)))
                for phrase in alternatives {
                    phrases.append(Phrase(first: Int32(truncatingIfNeeded: tests.count), count: Int32(truncatingIfNeeded: phrase.count)))
                    phrase.forEach(add)
                }
            case .gap(let limit):
                steps.append(Step(kind: .gap, optional: false, first: 0, count: Int32(clamping: limit)))
            case .number:
                steps.append(Step(kind: .number, optional: false, first: 0, count: 0))
            case .code(let digits):
                steps.append(Step(kind: .code, optional: false, first: Int32(truncatingIfNeeded: bytes.count), count: Int32(truncatingIfNeeded: digits.count)))
                bytes.append(contentsOf: digits)
            }
        }
        self.steps = steps
        self.tests = tests
        self.phrases = phrases
        self.bytes = bytes
    }
}

/// One pattern tried on one text: the program's and the words' buffers, borrowed for the time of
/// the match. Gives exactly what matching `WordPattern.Element`s against `Token`s gives.
struct PatternRun {
    let steps: UnsafeBufferPointer<PatternProgram.Step>
    let tests: UnsafeBufferPointer<PatternProgram.Test>
    let phrases: UnsafeBufferPointer<PatternProgram.Phrase>
    let patternBytes: UnsafeBufferPointer<UInt8>
    let words: UnsafeBufferPointer<MatchWords.Word>
    let corrections: UnsafeBufferPointer<MatchWords.Span>
    let textBytes: UnsafeBufferPointer<UInt8>
    /// Stems and typo corrections count (nil for exact patterns or a text read without them). Not
    /// retained: the caller holds it for the run, and the run is copied at every step of the match.
    unowned(unsafe) let morphology: Morphology?
    /// Whether there is a morphology: tested at every word, where reading `morphology` would retain it.
    let readsForms: Bool

    /// Runs `body` with the buffers of `program` and `text` borrowed.
    static func with<R>(_ program: PatternProgram, _ text: MatchWords, morphology: Morphology?, _ body: (PatternRun) -> R) -> R {
        program.steps.withUnsafeBufferPointer { steps in
            program.tests.withUnsafeBufferPointer { tests in
                program.phrases.withUnsafeBufferPointer { phrases in
                    program.bytes.withUnsafeBufferPointer { patternBytes in
                        text.words.withUnsafeBufferPointer { words in
                            text.corrections.withUnsafeBufferPointer { corrections in
                                text.bytes.withUnsafeBufferPointer { textBytes in
                                    body(PatternRun(steps: steps, tests: tests, phrases: phrases, patternBytes: patternBytes, words: words,
                                                    corrections: corrections, textBytes: textBytes, morphology: morphology,
                                                    readsForms: morphology != nil))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Matches steps from `step` at word `position`; returns the index after the match.
    func match(step: Int, at position: Int, sentence: Int) -> Int? {
        if step == steps.count { return position }
        let current = steps[step]
        switch current.kind {
        case .gap:
            var skip = 0
            while skip <= Int(current.count) {
                let next = position + skip
                if next > words.count { break }
                if next < words.count, words[next].sentence != sentence, step + 1 < steps.count { break }
                // A gap does not reach over a clause that turns to another statement: «безкоштовна, а за
                // світло» is not «безкоштовн* ~3 світло».
                if skip > 0, next < words.count, words[next].opensClause || (skip == 1 && words[position].opensClause) { break }
                if let end = match(step: step + 1, at: next, sentence: sentence) { return end }
                skip += 1
            }
            return nil
        case .number:
            guard position < words.count, words[position].sentence == sentence, words[position].isNumber else { return nil }
            return match(step: step + 1, at: position + 1, sentence: sentence)
        case .code:
            guard let end = matchCode(current, at: position, sentence: sentence) else { return nil }
            return match(step: step + 1, at: end, sentence: sentence)
        case .word:
            // Between two pattern words, up to two filler words («Вам», «будь ласка») may stand.
            var at = position
            let limit = step == 0 ? position : position + 2
            while at <= limit, at < words.count, words[at].sentence == sentence {
                if anyMatches(first: Int(current.first), count: Int(current.count), at),
                   let end = match(step: step + 1, at: at + 1, sentence: sentence) {
                    return end
                }
                guard words[at].isFiller else { break }
                at += 1
            }
            if current.optional { return match(step: step + 1, at: position, sentence: sentence) }
            return nil
        case .phrases:
            for phrase in Int(current.first)..<Int(current.first) + Int(current.count) {
                if let end = matchPhrase(phrases[phrase], word: 0, step: step, at: position, sentence: sentence) { return end }
            }
            if current.optional { return match(step: step + 1, at: position, sentence: sentence) }
            return nil
        }
    }

    /// `match(step: 0, at: position, …)` at a word where one of the first step's tests is known to match
    /// (`PatternHeads.Starts`). A required word step takes the start word alone — no filler stands before a pattern's
    /// first word — so when one of its tests matches there, the match is the next step's at the next word; any other
    /// first step is matched as it is.
    func matchPastFirstStep(at position: Int) -> Int? {
        let sentence = words[position].sentence
        guard let first = steps.first, first.kind == .word, !first.optional else { return match(step: 0, at: position, sentence: sentence) }
        return match(step: 1, at: position + 1, sentence: sentence)
    }

    /// The index after the words from `position` whose digits, joined, are exactly the code's
    /// (joiner words such as «дефіс» may stand between them), or `nil`.
    private func matchCode(_ step: PatternProgram.Step, at position: Int, sentence: Int) -> Int? {
        let wanted = patternBytes.slice(step.first, step.count)
        var matched = 0, at = position
        while at < words.count, words[at].sentence == sentence {
            let word = words[at]
            if word.digits.count == 0 {
                guard matched > 0, word.isCodeJoiner else { return nil }
                at += 1
                continue
            }
            let digits = textBytes.slice(word.digits.start, word.digits.count)
            guard matched + digits.count <= wanted.count else { return nil }
            for digit in digits {
                guard wanted[matched] == digit else { return nil }
                matched += 1
            }
            at += 1
            if matched == wanted.count { return at }
        }
        return nil
    }

    /// Matches the words of one phrase from its word `word` at `position` (with the filler words
    /// a sequence of pattern words allows between them), then the steps after the phrase.
    private func matchPhrase(_ phrase: PatternProgram.Phrase, word: Int, step: Int, at position: Int, sentence: Int) -> Int? {
        if word == Int(phrase.count) { return match(step: step + 1, at: position, sentence: sentence) }
        var at = position
        let limit = step == 0 && word == 0 ? position : position + 2
        while at <= limit, at < words.count, words[at].sentence == sentence {
            if matches(tests[Int(phrase.first) + word], at),
               let end = matchPhrase(phrase, word: word + 1, step: step, at: at + 1, sentence: sentence) {
                return end
            }
            guard words[at].isFiller else { break }
            at += 1
        }
        return nil
    }

    /// Whether some step of the pattern names word `index` — a word or a phrase's word, a number, a
    /// code's digits — wherever in the pattern that step stands.
    func namesWord(_ index: Int) -> Bool {
        guard index >= 0, index < words.count else { return false }
        for step in steps {
            switch step.kind {
            case .gap: continue
            case .number: if words[index].isNumber { return true }
            case .code: if words[index].digits.count > 0 { return true }
            case .word: if anyMatches(first: Int(step.first), count: Int(step.count), index) { return true }
            case .phrases:
                for phrase in Int(step.first)..<Int(step.first) + Int(step.count) {
                    let phrase = phrases[phrase]
                    if anyMatches(first: Int(phrase.first), count: Int(phrase.count), index) { return true }
                }
            }
        }
        return false
    }

    /// Whether the program's test `index` matches word `word`, as it does in a word step.
    func testMatches(_ index: Int, at word: Int) -> Bool {
        matches(tests[index], word)
    }

    @inline(__always)
    private func anyMatches(first: Int, count: Int, _ word: Int) -> Bool {
        for test in first..<first + count where matches(tests[test], word) { return true }
        return false
    }

    /// Whether the word is this test's: exactly (a prefix test: by its beginning), as another form of
    /// it (the two reduce to the word's stem), or one typo away (one of the word's corrections).
    @inline(__always)
    private func matches(_ test: PatternProgram.Test, _ index: Int) -> Bool {
        let word = words[index]
        let wanted = patternBytes.slice(test.start, test.count)
        let form = textBytes.slice(word.form.start, word.form.count)
        if test.isPrefix {
            if form.begins(with: wanted) { return true }
        } else {
            if form.sameBytes(as: wanted) { return true }
            // «31.10» also matches «31.10.2026».
            if let first = wanted.first, (48...57).contains(first), form.count > wanted.count, form[wanted.count] == 46,
               form.begins(with: wanted) { return true }
        }
        guard readsForms else { return false }
        let corrections = Int(word.firstCorrection)..<Int(word.firstCorrection) + Int(word.correctionCount)
        if test.isPrefix {
            for position in corrections where textBytes.slice(self.corrections[position].start, self.corrections[position].count).begins(with: wanted) {
                return true
            }
            return word.mayBeTypo && morphology?.beginsWithOneTypo(form, prefix: wanted) == true
        }
        let stem = textBytes.slice(word.stem.start, word.stem.count)
        if !stem.isEmpty, wanted.begins(with: stem), let morphology, morphology.stem(Array(wanted)).elementsEqual(stem) { return true }
        for position in corrections where textBytes.slice(self.corrections[position].start, self.corrections[position].count).sameBytes(as: wanted) {
            return true
        }
        return false
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The `count` bytes from `start`.
    @inline(__always)
    func slice(_ start: Int32, _ count: Int32) -> UnsafeBufferPointer<UInt8> {
        guard count > 0, let base = baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: base + Int(start), count: Int(count))
    }

    /// Whether these bytes begin with `prefix`.
    @inline(__always)
    func begins(with prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count >= prefix.count else { return false }
        guard prefix.count > 0, let base = baseAddress, let other = prefix.baseAddress else { return true }
        return memcmp(base, other, prefix.count) == 0
    }

    /// Whether these bytes are `other`'s.
    @inline(__always)
    func sameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        count == other.count && begins(with: other)
    }
}
