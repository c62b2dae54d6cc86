/// The output formats of HR reports.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Aligned columns for a terminal.
    case text
    /// The report's main table as RFC 4180 CSV, for spreadsheets.
    case csv
    /// One self-contained, printable HTML page.
    case html
}

/// A table of a report: the cells are already formatted text.
public struct ReportTable: Sendable, Hashable {
    public var title: String?
    public var columns: [String]
    public var rows: [[String]]
    /// Columns holding percentages (`87%`), drawn as bars in HTML.
    public var percentColumns: Set<Int>
    /// Columns of identifiers (a Standard's ID, a certificate's number): a text table never cuts them.
    public var identifierColumns: Set<Int>

    public init(title: String? = nil, columns: [String], rows: [[String]], percentColumns: Set<Int> = [],
                identifierColumns: Set<Int> = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.percentColumns = percentColumns
        self.identifierColumns = identifierColumns
    }
}

/// A report as data: a title, a few lines of context, tables and notes; rendered by `ReportRenderer`.
public struct ReportDocument: Sendable, Hashable {
    public var title: String
    public var summary: [String]
    /// The first table is the main one; CSV holds them all, one after another, each after its title.
    public var tables: [ReportTable]
    public var notes: [String]
    /// The page language for HTML: `uk` or `en`.
    public var language: String

    public init(title: String, summary: [String] = [], tables: [ReportTable], notes: [String] = [], language: String = "uk") {
        self.title = title
        self.summary = summary
        self.tables = tables
        self.notes = notes
        self.language = language
    }
}
