import TrenazherCore

/// Turns the arrival times of an answer's keys into `TypingEvidence`. A person types one key at a
/// time, tens of milliseconds apart at the very fastest; a terminal delivers pasted text (or text
/// fed by a program) all at once. Printable characters in a run of `pasteRun` or more, each within
/// `pasteGap` seconds of the previous one, count as pasted.
public enum TypingMeter {
    /// One key as it arrived.
    public struct Key: Sendable, Hashable {
        public var time: Double
        public var printable: Bool

        public init(time: Double, printable: Bool) {
            self.time = time
            self.printable = printable
        }
    }

    /// Keys closer together than this (seconds) arrived together.
    public static let pasteGap = 0.012
    /// How many printable keys must arrive together to count as pasted (two keys pressed at once do not).
    public static let pasteRun = 4

    /// The evidence for keys read between the prompt (`promptAt`) and Enter (`endedAt`); `totalKeys`
    /// counts keys beyond those logged.
    public static func evidence(promptAt: Double, keys: [Key], endedAt: Double, totalKeys: Int? = nil) -> TypingEvidence {
        guard let first = keys.first else {
            return TypingEvidence(firstKeySeconds: 0, typingSeconds: 0, keysTyped: totalKeys ?? 0, pastedCharacters: 0)
        }
        var pasted = 0
        var run = 0
        var previous: Double?
        for key in keys {
            if key.printable, let previous, key.time - previous < pasteGap, run > 0 {
                run += 1
                if run == pasteRun { pasted += pasteRun } else if run > pasteRun { pasted += 1 }
            } else {
                run = key.printable ? 1 : 0
            }
            previous = key.time
        }
        return TypingEvidence(firstKeySeconds: rounded(max(0, first.time - promptAt)),
                              typingSeconds: rounded(max(0, endedAt - first.time)),
                              keysTyped: max(keys.count, totalKeys ?? 0), pastedCharacters: pasted)
    }

    private static func rounded(_ seconds: Double) -> Double { (seconds * 100).rounded() / 100 }
}
