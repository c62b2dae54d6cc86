/// HTML text escaping and the shared style of Trenazher's pages.
enum HTML {
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }

    /// A whole page with its own style: no external resource.
    static func page(title: String, language: String, style: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    static let reportStyle = """
        body { font-family: system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 2rem auto; max-width: 70rem;
               padding: 0 1rem; color: #1d2330; }
        h1 { font-size: 1.6rem; margin-bottom: .3rem; }
        h2 { font-size: 1.15rem; margin-top: 2rem; }
        p.summary { margin: .15rem 0; color: #44506a; }
        table { border-collapse: collapse; width: 100%; margin-top: .5rem; font-size: .92rem; }
        th, td { border-bottom: 1px solid #d8dde6; padding: .35rem .5rem; text-align: left; vertical-align: top; }
        th { background: #eef1f6; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .bar { display: inline-block; height: .6rem; background: #2f7d4f; border-radius: 2px; margin-right: .4rem; }
        .bar.low { background: #b8492f; } .bar.mid { background: #c9962a; }
        .bar-track { display: inline-block; width: 6rem; background: #e6e9ef; border-radius: 2px; vertical-align: middle; }
        footer { margin-top: 2rem; font-size: .85rem; color: #5b667d; }
        @media print { body { margin: 0; max-width: none; } th { background: #eee !important; } }
        """
}
