/// One line of a played conversation, as reported to the trainee and in the replay JSON.
public struct TurnRecord: Codable, Sendable, Hashable {
    /// 1-based position in the conversation.
    public var index: Int
    public var speaker: Speaker
    public var text: String
    /// For a trainee action: its name (`lookup`).
    public var action: String?
    /// Seconds the trainee took to answer, when known.
    public var seconds: Double?
    /// The trainee typed it while the customer was still speaking.
    public var interrupted: Bool
    /// Came after an end node: not graded.
    public var ignored: Bool
    /// The simulated clock when the line was said, `HH:MM:SS`.
    public var clock: String?
    /// What the grader found in this turn (trainee turns only).
    public var findings: [Finding]
    /// The dialogue node the line was said in: for the trainee, the node their turn was played in;
    /// for the customer and the software, the node the dialogue is in after it.
    public var node: String?

    public init(index: Int, speaker: Speaker, text: String, action: String? = nil, seconds: Double? = nil,
                interrupted: Bool = false, ignored: Bool = false, clock: String? = nil, findings: [Finding] = []) {
        self.index = index
        self.speaker = speaker
        self.text = text
        self.action = action
        self.seconds = seconds
        self.interrupted = interrupted
        self.ignored = ignored
        self.clock = clock
        self.findings = findings
    }
}
