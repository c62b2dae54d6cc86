/// Finds rude, dismissive, insulting or obscene words and shouting (GEN-COURTESY).
public struct CourtesyDetector: Sendable {
    let lexicon: CourtesyLexicon
    let prohibited: KeyedPatterns
    /// Offers that a prohibited phrase sharing a word with them is part of (`CourtesyLexicon.offers`).
    let offers: KeyedPatterns
    let insults: KeyedPatterns
    let disrespectful: KeyedPatterns
    let obsceneRoots: [[UInt8]]

    public init(lexicon: CourtesyLexicon) {
        self.lexicon = lexicon
        prohibited = KeyedPatterns(lexicon.prohibited.compactMap { $0.compile(bindings: [:], log: nil)?.exact() })
        offers = KeyedPatterns(lexicon.offers.compactMap { $0.compile(bindings: [:], log: nil) })
        insults = KeyedPatterns(lexicon.insults.compactMap { $0.compile(bindings: [:], log: nil)?.exact() })
        disrespectful = KeyedPatterns(lexicon.disrespectfulAddress.compactMap { $0.compile(bindings: [:], log: nil)?.exact() })
        obsceneRoots = lexicon.obsceneRoots.map { Array($0.utf8) }
    }

    /// Every discourtesy in the text, in order of kind.
    public func find(in text: AnalyzedText, allowedCaps: Set<String> = []) -> [Evidence] {
        find(in: text, shouting: shouting(in: text, allowedCaps: allowedCaps))
    }

    /// Every discourtesy in the text, with the shouting already found (`shouting(in:allowedCaps:)`).
    func find(in text: AnalyzedText, shouting: [Evidence]) -> [Evidence] {
        var found: [Evidence] = []
        func add(_ patterns: KeyedPatterns, _ reason: String, except: [ClosedRange<Int>] = []) {
            for pattern in patterns.candidates(in: text) {
                for match in pattern.allMatches(in: text) where !text.words[match.firstWord].quoted {
                    guard !except.contains(where: { $0.overlaps(match.firstWord...match.lastWord) }) else { continue }
                    found.append(Evidence(text: match.evidence, reason: reason))
                }
            }
        }
        let offered = offers.candidates(in: text).flatMap { $0.allMatches(in: text) }.map { $0.firstWord...$0.lastWord }
        add(prohibited, "неприпустима фраза", except: offered)
        add(insults, "образа")
        add(disrespectful, "зневажливе звертання")
        for word in text.words where word.kind == .word && !word.quoted {
            if obsceneRoots.contains(where: { ByteText.hasPrefix(word.bytes, $0) }) && !lexicon.obsceneExclusions.contains(word.form) {
                found.append(Evidence(text: word.text, reason: "нецензурне слово"))
            }
        }
        found.append(contentsOf: shouting)
        return found
    }

    /// Words in capitals (not acronyms nor the scenario's own capitalised facts), a text mostly in
    /// capitals, or raised-tone punctuation («!!»).
    func shouting(in text: AnalyzedText, allowedCaps: Set<String>) -> [Evidence] {
        var found: [Evidence] = []
        for word in text.words where word.kind == .word && !word.quoted && word.isAllCaps {
            let letters = word.text.filter(\.isLetter).count
            let upper = TextNormalizer.fixLookalikes(in: word.text).uppercased()
            let parts = upper.split(separator: "-").map(String.init)
            let isAcronym = lexicon.acronyms.contains(upper) || parts.allSatisfy { lexicon.acronyms.contains($0) || $0.allSatisfy(\.isNumber) }
                || allowedCaps.contains(upper)
            if letters >= lexicon.minShoutingWordLetters && !isAcronym {
                found.append(Evidence(text: word.text, reason: "слово великими літерами (крик)"))
                break
            }
        }
        if found.isEmpty {
            let (letters, upper) = Self.letterCounts(text.normalized)
            if letters >= lexicon.minLettersForRatio, Double(upper) / Double(letters) > lexicon.maxCapsRatio {
                found.append(Evidence(text: String(text.normalized.prefix(60)), reason: "текст великими літерами (крик)"))
            }
        }
        let searched = LiteralSearch.Prepared(text.normalized)
        for mark in lexicon.shoutingPunctuation where LiteralSearch.contains(mark, in: searched) {
            found.append(Evidence(text: sentence(around: mark, in: text), reason: "«\(mark)» — підвищений тон"))
            break
        }
        return found
    }

    /// How many characters of the text are letters and how many of those are capitals, as
    /// `Character.isLetter` and `isUppercase` count them: in one pass over the scalars when the text
    /// is ASCII and Cyrillic letters only (each letter its own character), by characters otherwise.
    static func letterCounts(_ text: String) -> (letters: Int, upper: Int) {
        var letters = 0, upper = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A, 0x400...0x42F, 0x490: letters += 1; upper += 1
            case 0x61...0x7A, 0x430...0x45F, 0x491: letters += 1
            case 0..<0x80: continue
            default:
                let all = text.filter(\.isLetter)
                return (all.count, all.filter(\.isUppercase).count)
            }
        }
        return (letters, upper)
    }

    func sentence(around mark: String, in text: AnalyzedText) -> String {
        guard let range = text.normalized.range(of: mark) else { return mark }
        let start = text.normalized[..<range.lowerBound].lastIndex(where: { ".!?\n".contains($0) }).map { text.normalized.index(after: $0) } ?? text.normalized.startIndex
        return String(text.normalized[start..<range.upperBound]).trimmingCharacters()
    }
}
