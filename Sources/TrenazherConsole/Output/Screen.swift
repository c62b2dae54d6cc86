import Foundation
import TrenazherCore

/// The console's output: wraps text to the terminal's width, styles it, paces the customer's words.
/// Everything the console shows goes through it.
public final class Screen {
    public let sink: any OutputSink
    public let palette: Palette
    public let strings: any Strings

    public init(sink: any OutputSink, palette: Palette, strings: any Strings) {
        self.sink = sink
        self.palette = palette
        self.strings = strings
    }

    /// Writes a paragraph wrapped at the terminal's width, each line styled by `style`.
    public func paragraph(_ text: String, indent: String = "", style: (String) -> String = { $0 }) {
        for line in TextWrapper.wrap(TerminalText.sanitized(text), width: sink.columns, indent: indent) {
            sink.write(style(line) + "\n")
        }
    }

    /// Writes `text` after `marker` (a list number, a bullet) with its further lines aligned under
    /// the text.
    public func item(_ marker: String, _ text: String, indent: String = "") {
        let hanging = indent + String(repeating: " ", count: TextWrapper.columns(marker))
        for (index, line) in TextWrapper.wrap(TerminalText.sanitized(text), width: sink.columns, indent: hanging).enumerated() {
            sink.write((index == 0 ? indent + marker + line.dropFirst(hanging.count) : line) + "\n")
        }
    }

    /// Writes lines that are already laid out (tables), cut to the terminal's width.
    public func lines(_ lines: [String]) {
        for line in lines { sink.write(line + "\n") }
    }

    /// An empty line.
    public func blank() { sink.write("\n") }

    /// Writes text without a newline (prompts of the plain reader).
    public func raw(_ text: String) { sink.write(text) }

    /// The customer's line: a label, then the words at `voice`'s pace.
    public func customer(name: String, text: String, voice: CustomerVoice,
                         listener: (any KeyListener)?) -> SpeechOutcome {
        let label = "\(name): "
        let lines = TextWrapper.wrap(label + text.trimmingCharacters(in: .whitespacesAndNewlines), width: sink.columns)
        var first = true
        let styled = lines.map { line -> String in
            defer { first = false }
            return first ? String(line.dropFirst(label.count)) : line
        }
        sink.write(palette.strong(label))
        return voice.speak(lines: styled, style: palette.customer, listener: listener, write: sink.write)
    }

    /// The simulated company software's answer in a framed block.
    public func systemBlock(_ text: String) {
        let width = min(sink.columns, 100)
        let title = "┌─ \(strings.systemLabel) "
        sink.write(palette.system(title + String(repeating: "─", count: max(0, width - title.count))) + "\n")
        let text = SoftLineBreaks.joined(text.trimmingCharacters(in: .whitespacesAndNewlines))
        for line in TextWrapper.wrap(text, width: width, indent: "│ ") {
            sink.write(palette.system(line) + "\n")
        }
        sink.write(palette.system("└" + String(repeating: "─", count: max(0, width - 1))) + "\n")
    }

    /// The status line: the simulated date and clock, channel, the customer's mood where there is one
    /// (agreeing with the customer's gender), and how long the last answer took when known.
    public func status(date: CalendarDate, clock: String, channel: Channel, mood: String?, customerFemale: Bool?,
                       answerSeconds: Double? = nil) {
        var parts = strings.statusLine(date: date, clock: clock, channel: channel, mood: mood, customerFemale: customerFemale)
            .components(separatedBy: Self.statusSeparator)
        if let answerSeconds {
            parts.append(strings.answerTime(seconds: answerSeconds))
        }
        for line in Self.packed(parts, width: sink.columns) {
            paragraph(line, style: palette.status)
        }
    }

    /// Between the parts of the status line.
    static let statusSeparator = " · "

    /// The status line's parts on as few lines of `width` columns as they fit, a line breaking only
    /// between parts (a narrow terminal shows «клієнтка: стримана» whole, no line opens with «·»).
    static func packed(_ parts: [String], width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for part in parts {
            let joined = current.isEmpty ? part : current + statusSeparator + part
            if !current.isEmpty, TextWrapper.columns(joined) > width {
                lines.append(current)
                current = part
            } else {
                current = joined
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
