@preconcurrency import CLibEdit
import Glibc

/// Facts about the terminal the console runs in.
public enum TerminalInfo {
    /// Whether `fd` is a terminal.
    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// The width of the terminal on `fd`, or 0 when it is not one.
    public static func columns(of fd: Int32) -> Int { Int(trz_terminal_columns(fd)) }

    /// Colours follow the terminal's conventions: only on a terminal, never for `TERM=dumb`, never
    /// when `NO_COLOR` is set to a non-empty value.
    public static func colourAllowed(stdoutIsTerminal: Bool, environment: [String: String]) -> Bool {
        guard stdoutIsTerminal, environment["NO_COLOR", default: ""].isEmpty else { return false }
        return environment["TERM"].map { $0 != "dumb" } ?? true
    }
}
