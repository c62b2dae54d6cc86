import TrenazherCore

/// How a report's table is laid out in text of at most a given number of columns: each column as wide as its widest
/// cell (its heading may wrap between words), and, when the table is wider than the page, narrowed in this order until
/// it fits — text columns (cells with spaces: titles, notes) wrap between words down to 12 characters; columns of
/// single values (numbers, dates, IDs, seeds) are shortened down to 10 characters (their heading's longest word when
/// longer), every value longer than the column cut the same way, at its start followed by «…»; the columns are then
/// separated by one space instead of two; text columns wrap down to 6 characters. A value of 10 characters or fewer —
/// a date, a score — is never shortened. Percent columns and identifier columns (a Standard's ID such as
/// `GEN-NO-INTERRUPT`, a certificate's number) keep their width: free text gives way first. CSV and HTML are never shortened.
struct TextTableLayout {
    /// Each column's width.
    let widths: [Int]
    /// The spaces between two columns.
    let gap: Int
    private let table: ReportTable
    private let single: [Bool]

    /// Text columns wrap down to this many characters before single values are shortened.
    static let textFloor = 12
    /// Single values of this many characters or fewer are never shortened.
    static let valueFloor = 10
    /// Text columns wrap down to this many characters when nothing else makes the table fit.
    static let lastTextFloor = 6

    init(_ table: ReportTable, width: Int) {
        self.table = table
        let count = table.columns.count
        let cells = (0..<count).map { column in table.rows.map { column < $0.count ? $0[column] : "" } }
        let singles = cells.map { column in column.allSatisfy { !$0.contains(where: \.isWhitespace) } }
        single = singles
        let natural = (0..<count).map { ([table.columns[$0]] + cells[$0]).map(\.count).max() ?? 0 }
        let longestHeadingWord = table.columns.map { $0.split(whereSeparator: \.isWhitespace).map(\.count).max() ?? 0 }
        var sizes = natural
        var spacing = 2
        func total() -> Int { sizes.reduce(0, +) + spacing * max(0, count - 1) }
        /// Narrows the widest of `columns` a character at a time, none below its floor, until the table fits.
        func narrow(_ columns: [Int], floor: (Int) -> Int) {
            while total() > width, let widest = columns.filter({ sizes[$0] > floor($0) }).max(by: { sizes[$0] < sizes[$1] }) {
                sizes[widest] -= 1
            }
        }
        let percent = table.percentColumns
        let narrowable = (0..<count).filter { !percent.contains($0) && !table.identifierColumns.contains($0) }
        let text = narrowable.filter { !singles[$0] }
        let values = narrowable.filter { singles[$0] }
        narrow(text) { min(natural[$0], Self.textFloor) }
        narrow(values) { max(longestHeadingWord[$0], min(natural[$0], Self.valueFloor)) }
        if total() > width { spacing = 1 }
        narrow(text) { min(natural[$0], Self.lastTextFloor) }
        self.widths = sizes
        self.gap = spacing
    }

    /// The heading's lines, the rule under it, then every row's lines.
    func lines() -> [String] {
        line(table.columns, heading: true) + [widths.map { String(repeating: "─", count: $0) }.joined(separator: separator)]
            + table.rows.flatMap { line($0, heading: false) }
    }

    private var separator: String { String(repeating: " ", count: gap) }

    /// One row (or the heading) as lines: text cells wrapped between words, single values shortened to the column;
    /// numbers and percentages aligned right.
    private func line(_ cells: [String], heading: Bool) -> [String] {
        let parts = cells.enumerated().map { column, cell -> [String] in
            guard column < widths.count else { return [] }
            if !heading && single[column] { return [Self.shortened(cell, to: widths[column])] }
            return ReportRenderer.wrap(cell, width: widths[column])
        }
        let height = parts.map(\.count).max() ?? 1
        return (0..<height).map { row in
            parts.enumerated().map { column, lines in
                let cell = row < lines.count ? lines[row] : ""
                let padding = String(repeating: " ", count: max(0, widths[column] - cell.count))
                let right = table.percentColumns.contains(column) || (!heading && Int(cells[column]) != nil)
                return right ? padding + cell : cell + padding
            }.joined(separator: separator).trimmingTrailingSpaces()
        }
    }

    /// `value` cut to `width` characters, its start kept and «…» last, when it is longer.
    static func shortened(_ value: String, to width: Int) -> String {
        guard value.count > width, width > 1 else { return value }
        return String(value.prefix(width - 1)) + "…"
    }
}
