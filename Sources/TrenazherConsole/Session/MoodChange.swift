import TrenazherCore

/// A change of the customer's mood during an attempt, as the summary tells it: which trainee turn
/// moved it, from what to what, why, and what was said. The summary lists them, so the trainee sees
/// why the customer calmed down or got angry.
public struct MoodChange: Sendable, Equatable {
    /// The trainee turn's number among the trainee's turns (1, 2, …).
    public var turn: Int
    public var from: String
    public var to: String
    /// Why it moved, in the interface language (`Content/mood.yaml`'s reasons, else the intent's
    /// description); `nil` when nothing named moved it.
    public var reason: String?
    /// What the trainee said (or did) in that turn.
    public var text: String

    public init(turn: Int, from: String, to: String, reason: String? = nil, text: String) {
        self.turn = turn
        self.from = from
        self.to = to
        self.reason = reason
        self.text = text
    }

    /// The engine's mood shifts told with their reasons and the words of the turn that moved them.
    /// `scale` (calmest first: the scenario's or the default one) tells whether a shift calmed the
    /// customer, for the general reason of `Content/mood.yaml` `other_reasons` when no reason names
    /// its intent. With `english`, mood words are named in English as `MoodDefaults.english` names them.
    public static func changes(_ shifts: [MoodShift], turns: [TurnRecord], channel: Channel, content: ContentBundle,
                               english: Bool, scale: [String] = []) -> [MoodChange] {
        let trainee = turns.filter { $0.speaker == .trainee }
        func word(_ mood: String) -> String { english ? content.moodDefaults?.english(mood) ?? mood : mood }
        return shifts.map { shift -> MoodChange in
            let text = trainee.indices.contains(shift.turn - 1) ? trainee[shift.turn - 1].text : ""
            var why = shift.cause.flatMap { Self.reason(for: $0, channel: channel, content: content, english: english) }
            if why == nil, let from = scale.firstIndex(of: shift.from), let to = scale.firstIndex(of: shift.to), from != to {
                why = (to < from ? content.moodDefaults?.calmerReason : content.moodDefaults?.angrierReason)?.text(english: english)
            }
            return MoodChange(turn: shift.turn, from: word(shift.from), to: word(shift.to), reason: why, text: quoted(text))
        }
    }

    /// How many words of a turn the list quotes: a long answer or a whole letter is cut with «…».
    static let quotedWords = 24

    /// The turn's words as the list quotes them: at most `quotedWords`, on one line.
    static func quoted(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count > quotedWords else { return words.joined(separator: " ") }
        return words.prefix(quotedWords).joined(separator: " ") + " …"
    }

    /// Why an intent moved the mood: the reason of `Content/mood.yaml` (the channel's own where it
    /// gives one), else (in Ukrainian) the intent's description.
    static func reason(for intent: String, channel: Channel, content: ContentBundle, english: Bool) -> String? {
        if let reason = content.moodDefaults?.reason(for: intent, channel: channel) { return reason.text(english: english) }
        if english { return nil }
        return content.intents[intent].map(\.description).flatMap { $0.isEmpty ? nil : $0 }
    }
}
