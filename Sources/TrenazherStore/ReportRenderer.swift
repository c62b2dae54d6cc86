/// Renders a `ReportDocument` as text, CSV or HTML.
public enum ReportRenderer {
    /// The document in the given format.
    public static func render(_ document: ReportDocument, as format: ReportFormat) -> String {
        switch format {
        case .text: return text(document)
        case .csv: return csv(document)
        case .html: return html(document)
        }
    }

    static func text(_ document: ReportDocument) -> String {
        var lines = [document.title, String(repeating: "═", count: document.title.count)]
        lines += document.summary
        for table in document.tables {
            lines.append("")
            if let title = table.title { lines += [title, String(repeating: "─", count: title.count)] }
            if table.rows.isEmpty {
                lines.append("—")
                continue
            }
            let widths = table.columns.indices.map { column in
                ([table.columns[column]] + table.rows.map { column < $0.count ? $0[column] : "" }).map(\.count).max() ?? 0
            }
            func line(_ cells: [String]) -> String {
                cells.enumerated().map { column, cell in
                    let padding = String(repeating: " ", count: max(0, widths[column] - cell.count))
                    return table.percentColumns.contains(column) || Int(cell) != nil ? padding + cell : cell + padding
                }.joined(separator: "  ").trimmingTrailingSpaces()
            }
            lines.append(line(table.columns))
            lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
            lines += table.rows.map(line)
        }
        if !document.notes.isEmpty {
            lines.append("")
            lines += document.notes
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func csv(_ document: ReportDocument) -> String {
        guard let table = document.tables.first else { return "" }
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        return ([table.columns] + table.rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
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
