import TrenazherConsole
import TrenazherStore

/// The width HR's text reports are laid out for.
enum ReportWidth {
    /// The terminal's width when the report goes to standard output and that is a terminal (a report never wider
    /// than `ReportRenderer.maxColumns`); `maxColumns` for a file (`--output`) or a pipe.
    static func of(output: String?) -> Int {
        guard output == nil, TerminalInfo.isTerminal(1) else { return ReportRenderer.maxColumns }
        let columns = TerminalInfo.columns(of: 1)
        return columns > 0 ? min(columns, ReportRenderer.maxColumns) : ReportRenderer.maxColumns
    }
}
