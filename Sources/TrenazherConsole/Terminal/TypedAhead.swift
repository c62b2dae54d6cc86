/// Cleans keys typed while the customer spoke before they are replayed into the line editor.
public enum TypedAhead {
    /// Keeps text and the editing keys that make sense without a visible line (Backspace, Enter,
    /// Ctrl-C); drops escape sequences (arrows, Home …), whose meaning depends on the terminal.
    public static func editableKeys(_ typed: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = typed.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x03, 0x08, 0x0A, 0x0D, 0x7F:
                result.append(scalar)
            case 0..<0x20:
                continue
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Skips `ESC [ params final`, `ESC O x` or `ESC x`.
    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = scalars.next() else { return }
        switch introducer {
        case "[":
            while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
        case "O":
            _ = scalars.next()
        default:
            return
        }
    }
}
