/// Standards judged only by the absence of a fault (GEN-FORMAL, GEN-COURTESY …): they earn `met`
/// only when the trainee said enough for the absence to mean something (`scoring.yaml`).
public struct AbsenceCredit: Sendable, Codable {
    public var standards: [String]
    /// The least number of words the trainee must have said, by channel.
    public var minWords: [Channel: Int]
    /// The least number of spoken turns, by channel.
    public var minTurns: [Channel: Int]
    /// The note of the `missed` such a Standard gets in too short a conversation.
    public var note: String

    /// Whether a conversation of this many spoken turns and words gives these Standards something to judge.
    public func judgeable(channel: Channel, turns: Int, words: Int) -> Bool {
        turns >= (minTurns[channel] ?? 0) && words >= (minWords[channel] ?? 0)
    }
}

/// How the outcome of an attempt is worded and whether it decides the pass (`scoring.yaml`).
public struct OutcomeWording: Sendable {
    /// The sentences: each has a man's, a woman's and an English form.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Every goal reached.
        case resolved
        /// Some goal not reached: `{missing}` lists them.
        case unresolved
        /// Told something the company's data contradicts: `{said}` and `{truth}`.
        case misinformed
        /// The customer's mood at the end: `{mood}`.
        case mood
    }

    /// One sentence in its forms.
    public struct Forms: Sendable, Codable {
        public var male: String
        public var female: String
        public var english: String
    }

    public var unresolvedFails = true
    public var misinformedFails = true
    /// A persona whose full name ends with one of these (a patronymic: «…івна») is addressed as a woman.
    public var feminineEndings: [String] = []
    public var sentences: [Kind: Forms] = [:]
    /// The word before the last item of a list («коли дадуть світло, чому вимкнули і що з компенсацією»).
    public var listLast: (ukrainian: String, english: String) = ("і", "or")

    /// Items joined by commas, the last one by `listLast`.
    public func list(_ items: [String], english: Bool) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(english ? listLast.english : listLast.ukrainian) " + last
    }

    /// The sentence of a kind for a persona, with placeholders filled.
    public func sentence(_ kind: Kind, feminine: Bool, english: Bool, values: [String: String]) -> String {
        guard let forms = sentences[kind] else { return "" }
        var text = english ? forms.english : feminine ? forms.female : forms.male
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// Whether the persona's full name marks a woman.
    public func isFeminine(_ fullName: String) -> Bool {
        let lowered = fullName.lowercased()
        return feminineEndings.contains { lowered.hasSuffix($0) }
    }
}
