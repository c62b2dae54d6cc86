/// Makes stored text safe to print on a terminal: text typed by someone (a name, an answer, a reason) must
/// not retitle the terminal, move the cursor or overwrite a line.
public enum TerminalText {
    /// `text` without escape sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL` or `ESC \`, other `ESC x`),
    /// C0 and C1 control characters (a line break and a tab stay), DEL, and invisible direction overrides.
    public static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar.value == 0x1B {
                skipEscape(&scalars)
            } else if scalar.value == 0x9B {
                skipUntilFinal(&scalars)
            } else if scalar.value == 0x9D {
                skipString(&scalars)
            } else if !isUnsafe(scalar) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether a scalar must not reach a terminal as it is.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: return true
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069: return true
        default: return false
        }
    }

    private static func skipEscape(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        guard let introducer = scalars.popFirst() else { return }
        switch introducer {
        case "[": skipUntilFinal(&scalars)
        case "]", "P", "X", "^", "_": skipString(&scalars)
        default: return
        }
    }

    private static func skipUntilFinal(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let next = scalars.popFirst(), !(0x40...0x7E).contains(next.value) {}
    }

    /// An OSC, DCS … string ends with BEL, `ESC \` or ST.
    private static func skipString(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let next = scalars.popFirst() {
            if next.value == 0x07 || next.value == 0x9C { return }
            if next.value == 0x1B {
                if scalars.first == "\\" { scalars.removeFirst() }
                return
            }
        }
    }
}
