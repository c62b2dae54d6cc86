/// The largest input the trainer accepts (`input_limits` in `Content/scoring.yaml`): longer input
/// is refused with a message instead of being graded slowly or overflowing a figure.
public struct InputLimits: Sendable, Codable, Hashable {
    /// Characters in one spoken turn.
    public var turnCharacters: Int
    /// Characters in one written reply.
    public var letterCharacters: Int
    /// Lines in one replay transcript.
    public var transcriptLines: Int
    /// Seconds an answer may take (a `[+N s]` marker or a stored value).
    public var answerSeconds: Double

    public init(turnCharacters: Int, letterCharacters: Int, transcriptLines: Int, answerSeconds: Double) {
        self.turnCharacters = turnCharacters
        self.letterCharacters = letterCharacters
        self.transcriptLines = transcriptLines
        self.answerSeconds = answerSeconds
    }

    /// Why `input` cannot be played, or `nil` when it fits.
    public func problem(with input: TraineeInput, channel: Channel) -> Bilingual? {
        let limit = channel == .written ? letterCharacters : turnCharacters
        if input.text.unicodeScalars.count > limit {
            return channel == .written ? Bilingual(uk: "лист довший за \(limit) символів", en: "the letter is longer than \(limit) characters")
                                       : Bilingual(uk: "репліка довша за \(limit) символів", en: "the turn is longer than \(limit) characters")
        }
        if let seconds = input.seconds, !(seconds.isFinite && seconds >= 0 && seconds <= answerSeconds) {
            return Bilingual(uk: "витрачений час має бути від 0 до \(Int(answerSeconds)) с", en: "the time taken must be from 0 to \(Int(answerSeconds)) s")
        }
        return nil
    }
}
