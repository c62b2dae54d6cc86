/// How a customer's mood moves when the scenario has no `mood:` section of its own
/// (`Content/mood.yaml`): a scale with a masculine and a feminine form of every word, the intents
/// that make the customer angrier or calmer, and why each one moved the mood, in both languages.
public struct MoodDefaults: Sendable, Codable {
    /// One step of the scale, in both genders.
    public struct Step: Sendable, Codable, Equatable {
        public var masculine: String
        public var feminine: String
        /// The mood in English (`--lang en`), when the scale gives it.
        public var english: String?

        public init(masculine: String, feminine: String, english: String? = nil) {
            self.masculine = masculine
            self.feminine = feminine
            self.english = english
        }
    }

    /// A mood in English (`--lang en`): the persona's own `mood_en` while the mood is still the persona's
    /// as written («спокійна, трохи розгублена» → «calm, a little confused»); else the English name the
    /// scale or `words` give the mood in either gender, or — for a mood of several words — its first word
    /// (before a comma: «спокійна, трохи розгублена» → «calm»); else the mood as written.
    public func english(_ mood: String, persona: Persona? = nil) -> String {
        if let persona, let own = persona.moodEnglish, persona.mood == mood { return own }
        if let name = englishName(of: mood) { return name }
        let first = mood.split(separator: ",").first.map { String($0).trimmingCharacters() } ?? mood
        return englishName(of: first) ?? mood
    }

    /// The English name of one mood word, in either gender, from the scale or `words`.
    func englishName(of word: String) -> String? {
        let key = word.lowercased()
        return (scale + words).first { $0.masculine.lowercased() == key || $0.feminine.lowercased() == key }?.english
    }

    /// From calmest to angriest.
    public var scale: [Step]
    /// Other mood words a persona or a scenario's own scale uses, named in English (`words:`); they
    /// are no steps of the default scale.
    public var words: [Step] = []
    /// Intents that make the customer one step angrier (the first one shown is the reason).
    public var worse: [String]
    /// Intents that calm the customer one step.
    public var better: [String]
    /// Intent → why it moved the mood (Ukrainian, English).
    public var reasons: [String: Bilingual]
    /// Intent → channel → why it moved the mood there, where that differs (a letter arranges no
    /// callback: «ви пообіцяли повідомити, коли буде відповідь»).
    public var channelReasons: [String: [Channel: Bilingual]] = [:]
    /// Why the mood moved calmer (`other_reasons.better`) or angrier (`other_reasons.worse`) when no
    /// reason names the intent that moved it (a scenario's own intent in its own `mood:` section).
    public var calmerReason: Bilingual?
    public var angrierReason: Bilingual?

    /// Why `intent` moved the mood in a conversation on `channel`: the channel's own reason, else the general one.
    public func reason(for intent: String, channel: Channel) -> Bilingual? {
        channelReasons[intent]?[channel] ?? reasons[intent]
    }

    public init(scale: [Step], worse: [String], better: [String], reasons: [String: Bilingual]) {
        self.scale = scale
        self.worse = worse
        self.better = better
        self.reasons = reasons
    }

    /// The rules for a persona whose mood is `personaMood`: its first word (before a comma) is
    /// looked up on the scale in either form, and that form's gender gives the later words. `nil`
    /// when the word is not on the scale (the mood then stays as written).
    public func rules(startingFrom personaMood: String?) -> MoodRules? {
        guard let personaMood else { return nil }
        let word = personaMood.split(separator: ",").first.map { String($0).trimmingCharacters() } ?? ""
        let key = word.lowercased()
        if let index = scale.firstIndex(where: { $0.masculine.lowercased() == key }) {
            return MoodRules(scale: scale.map(\.masculine), start: scale[index].masculine, worse: worse, better: better, limit: nil, onLimit: nil)
        }
        if let index = scale.firstIndex(where: { $0.feminine.lowercased() == key }) {
            return MoodRules(scale: scale.map(\.feminine), start: scale[index].feminine, worse: worse, better: better, limit: nil, onLimit: nil)
        }
        return nil
    }
}
