import TrenazherCore

/// Renders a `ReportDocument` as text, CSV or HTML.
public enum ReportRenderer {
    /// The document in the given format; text fits `width` columns (at most `maxColumns`: a terminal narrower than
    /// that gives its own width), CSV and HTML are the same whatever the width.
    public static func render(_ document: ReportDocument, as format: ReportFormat, width: Int = maxColumns) -> String {
        switch format {
        case .text: return text(document, width: min(width, maxColumns))
        case .csv: return csv(document)
        case .html: return html(document)
        }
    }

    static func text(_ document: ReportDocument, width: Int = maxColumns) -> String {
        var lines = [document.title, String(repeating: "═", count: document.title.count)]
        lines += document.summary
        for table in document.tables {
            lines.append("")
            if let title = table.title { lines += [title, String(repeating: "─", count: title.count)] }
            if table.rows.isEmpty {
                lines.append("—")
                continue
            }
            // Wider than the page: text columns wrap, long single values are shortened (`TextTableLayout`).
            lines += TextTableLayout(table, width: width).lines()
        }
        if !document.notes.isEmpty {
            lines.append("")
            // Notes wrap between words too, continuation lines indented.
            for note in document.notes {
                let first = wrap(note, width: width)
                lines.append(first[0])
                let rest = first.dropFirst().joined(separator: " ")
                if !rest.isEmpty { lines += wrap(rest, width: width - 2).map { "  " + $0 } }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text reports fit a terminal of this many columns (a narrower terminal: its width).
    public static let maxColumns = 100

    /// `text` in lines of at most `width` characters, broken between words (a longer word between
    /// characters).
    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width, width > 0 else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            var word = String(word)
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }

    /// RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheets read it as UTF-8); a cell a spreadsheet
    /// would run as a formula (starting with = + - @, a tab or a carriage return) is prefixed with «'», after its escape
    /// sequences and control characters are dropped (`TerminalText`: a name written around Trenazher with `sqlite3`
    /// could carry them, and a CSV file is also read with `cat`). A report of
    /// one table is that table; a report of several holds each of them, one after another, each after a row with its
    /// title and an empty line between them, as a spreadsheet shows one sheet of several tables.
    static func csv(_ document: ReportDocument) -> String {
        func field(_ stored: String) -> String {
            let cell = TerminalText.sanitized(stored)
            let text = ["=", "+", "-", "@", "\t", "\r"].contains(where: { cell.hasPrefix($0) }) && Double(cell) == nil ? "'" + cell : cell
            return text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        func lines(_ table: ReportTable, titled: Bool) -> [String] {
            let title = titled ? table.title.map { [field($0)] } ?? [] : []
            return title + ([table.columns] + table.rows).map { $0.map(field).joined(separator: ",") }
        }
        let titled = document.tables.count > 1
        let sections = document.tables.map { lines($0, titled: titled).joined(separator: "\r\n") + "\r\n" }
        return "\u{FEFF}" + sections.joined(separator: "\r\n")
    }

    static func html(_ document: ReportDocument) -> String {
        var body = "<h1>\(HTML.escape(document.title))</h1>\n"
        body += document.summary.map { "<p class=\"summary\">\(HTML.escape($0))</p>\n" }.joined()
        for table in document.tables {
            if let title = table.title { body += "<h2>\(HTML.escape(title))</h2>\n" }
            body += "<table>\n<thead><tr>" + table.columns.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for row in table.rows {
                body += "<tr>" + row.enumerated().map { column, cell in
                    if table.percentColumns.contains(column), let percent = Int(cell.dropLast()), cell.hasSuffix("%") {
                        let level = percent < 60 ? " low" : percent < 85 ? " mid" : ""
                        return "<td class=\"num\"><span class=\"bar-track\"><span class=\"bar\(level)\" style=\"width: \(percent)%\"></span></span>\(HTML.escape(cell))</td>"
                    }
                    return Int(cell) != nil ? "<td class=\"num\">\(HTML.escape(cell))</td>" : "<td>\(HTML.escape(cell))</td>"
                }.joined() + "</tr>\n"
            }
            body += "</tbody>\n</table>\n"
        }
        if !document.notes.isEmpty {
            body += "<footer>" + document.notes.map { "<p>\(HTML.escape($0))</p>" }.joined() + "</footer>\n"
        }
        return HTML.page(title: document.title, language: document.language, style: HTML.reportStyle, body: body)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
