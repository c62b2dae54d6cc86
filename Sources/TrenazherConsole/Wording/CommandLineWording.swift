import Foundation

/// The words the argument parser writes on its own — its usage errors and the headings of `--help` —
/// in the interface language. The parser speaks English; its messages are recognised by their form
/// and said again in Ukrainian, the values they quote kept as typed.
public enum CommandLineWording {
    /// One line for a command line that could not be parsed: the parser's `message` (in Ukrainian
    /// unless `english`), then where the help is (`helpCommand`, e.g. `trenazher play --help`).
    public static func usageError(_ message: String, helpCommand: String, english: Bool) -> String {
        let oneLine = joinedLines(message)
        if english { return "\(oneLine) (help: \(helpCommand))" }
        return "\(ukrainianPlaceholders(ukrainian(oneLine))) (довідка: \(helpCommand))"
    }

    /// One line for a command line the parser refused because a value begins with «-» (a name such as
    /// «-Коваль Олена» is read as an option): the value, and the two ways to give it — after `--` at the end of
    /// the command line, or joined to its option with «=». `nil` when no such value is the cause: the parser's
    /// `message` names it (an unknown option, or an option whose value is missing because it begins with «-»),
    /// or it holds a character no option has (a letter outside ASCII, a space).
    public static func dashedValueError(arguments: [String], message: String, helpCommand: String, english: Bool) -> String? {
        let before = arguments.prefix { $0 != "--" }
        func isValueLike(_ argument: String) -> Bool {
            argument.count > 1 && argument.hasPrefix("-") && !argument.hasPrefix("--")
        }
        let unknown = firstQuoted(after: "Unknown option '", in: message)
        let missing = firstQuoted(after: "Missing value for '", in: message)?.split(separator: " ").first.map(String.init)
        var value: String?
        var option: String?
        for (index, argument) in before.enumerated() where isValueLike(argument) {
            let previous = index > 0 ? before[before.index(before.startIndex, offsetBy: index - 1)] : nil
            let follows = previous.flatMap { previous in missing.map { previous == $0 } } ?? false
            let named = argument.count > 2 && (unknown.map { argument == $0 || argument.hasPrefix($0) } ?? false)
            let unlikeOption = argument.contains { !$0.isASCII || $0.isWhitespace }
            guard follows || named || unlikeOption else { continue }
            value = argument
            if follows { option = previous }
            break
        }
        guard let value else { return nil }
        let joined = (option ?? (english ? "--option" : "--параметр")) + "=" + value
        if english {
            return "'\(value)' begins with '-' and was read as an option: write such a value after '--' at the end of the command "
                + "(every option before it), or join it to its option with '=' (\(joined)) (help: \(helpCommand))"
        }
        return "«\(value)» починається з «-», і його прочитано як параметр: таке значення пишіть після «--» у кінці команди "
            + "(усі параметри — перед ним) або через «=» після свого параметра (\(joined)) (довідка: \(helpCommand))"
    }

    /// The text between `lead` and the next «'» in `message`.
    private static func firstQuoted(after lead: String, in message: String) -> String? {
        guard let start = message.range(of: lead), let end = message[start.upperBound...].firstIndex(of: "'") else { return nil }
        return String(message[start.upperBound..<end])
    }

    /// The parser's message in Ukrainian; a message it does not recognise (the commands' own
    /// validation messages, already in the interface language) is returned unchanged.
    public static func ukrainian(_ message: String) -> String {
        for (form, make) in forms {
            guard let pattern = try? NSRegularExpression(pattern: "^" + form + "$", options: [.dotMatchesLineSeparators]),
                  let match = pattern.firstMatch(in: message, range: NSRange(message.startIndex..., in: message)) else { continue }
            let groups = (0..<match.numberOfRanges).map { index -> String in
                guard let range = Range(match.range(at: index), in: message) else { return "" }
                return String(message[range])
            }
            return make(groups)
        }
        return message
    }

    /// The parser's help text with its headings and built-in lines in Ukrainian; columns stay aligned.
    public static func ukrainianHelp(_ text: String) -> String {
        var lines: [String] = []
        var inUsage = false
        for line in text.components(separatedBy: "\n") {
            var line = line
            if line.hasPrefix("USAGE: ") {
                line = "ВИКЛИК: " + line.dropFirst("USAGE: ".count)
                inUsage = true
            } else if inUsage, line.hasPrefix(String(repeating: " ", count: 7)) {
                line = " " + line
            } else {
                inUsage = false
            }
            for (english, ukrainian) in helpWords { line = line.replacingOccurrences(of: english, with: ukrainian) }
            // «default:» wrapped onto a line of its own after «;».
            line = line.replacingOccurrences(of: #"^( +)default( as flag)?:"#, with: "$1типово$2:", options: .regularExpression)
            line = line.replacingOccurrences(of: " as flag:", with: " як прапорець:")
            if line.hasSuffix(" (values:") { line = String(line.dropLast("values:".count)) + "значення:" }
            line = line.replacingOccurrences(of: #"\(default\)( +)"#, with: "(типова) $1", options: .regularExpression)
            line = line.replacingOccurrences(of: #"See '(.+) <subcommand>' for detailed help\."#,
                                             with: "Докладніше: $1 <підкоманда>.", options: .regularExpression)
            lines.append(alignedPlaceholders(line))
        }
        return lines.joined(separator: "\n")
    }

    /// The parser's value placeholders («<scenario>», «<content>») in Ukrainian; a placeholder not
    /// named here stays as it is.
    static let placeholders: [String: String] = [
        "scenario": "сценарій", "scenario-id": "сценарій", "scenarios": "тека", "content": "тека", "database": "файл",
        "lang": "мова", "key-dir": "тека-ключів", "trainee": "працівник", "subcommand": "підкоманда", "pace": "темп",
        "authorized-keys": "файл-ключів", "output": "файл", "format": "формат", "track": "напрям", "seed": "зерно",
        "name": "ім'я", "id": "ідентифікатор", "file": "файл", "variant": "варіант", "transcript": "транскрипт",
        "status": "статус", "ssh-key": "ssh-ключ", "share-dir": "тека", "reference": "посилання", "record": "працівник",
        "paths": "шляхи", "mode": "режим", "directory": "тека", "certificate": "сертифікат", "base-url": "адреса",
        "verdict": "вердикт", "text": "текст", "svg": "файл-svg", "runs": "повтори", "role": "посада", "reason": "причина",
        "quarter": "квартал", "number": "номер", "kind": "вид", "issuer": "видавець", "hash": "геш", "full-name": "піб",
        "first-name": "ім'я", "channel": "канал", "backup": "копія", "code-or-file": "код-або-файл",
    ]

    /// `text` with every known placeholder in Ukrainian.
    public static func ukrainianPlaceholders(_ text: String) -> String {
        guard text.contains("<") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            let name = String(rest[rest.index(after: open)..<close])
            result += rest[..<open]
            result += placeholders[name].map { "<\($0)>" } ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// A help line with its placeholders in Ukrainian, its description kept at the column it had
    /// («  --content <тека>        Тека Content…» under the other entries). An entry that filled the parser's
    /// label column has a single space before its description at that column («  --scenarios <scenarios> The…»):
    /// that gap counts too (a single space elsewhere, as in a wrapped usage line, does not).
    public static func alignedPlaceholders(_ line: String) -> String {
        let translated = ukrainianPlaceholders(line)
        guard translated != line, line.hasPrefix("  ") else { return translated }
        func descriptionGap(in text: String) -> Range<String.Index>? {
            if let wide = text.range(of: #"\S  +\S"#, options: .regularExpression) { return wide }
            guard let narrow = text.range(of: #"> \S"#, options: .regularExpression),
                  line.distance(from: line.startIndex, to: line.range(of: #"> \S"#, options: .regularExpression)?.upperBound ?? line.startIndex) - 1
                    == descriptionColumn else { return nil }
            return narrow
        }
        guard let gap = descriptionGap(in: line), let newGap = descriptionGap(in: translated) else { return translated }
        let column = line.distance(from: line.startIndex, to: gap.upperBound) - 1
        let synopsis = translated[..<translated.index(after: newGap.lowerBound)]
        let description = translated[translated.index(before: newGap.upperBound)...]
        return synopsis + String(repeating: " ", count: max(2, column - synopsis.count)) + description
    }

    /// Where the parser starts an entry's description in its help (its label column).
    static let descriptionColumn = 26

    private static let helpWords: [(String, String)] = [
        ("OVERVIEW: ", "ОГЛЯД: "),
        ("ARGUMENTS:", "АРГУМЕНТИ:"),
        ("OPTIONS:", "ПАРАМЕТРИ:"),
        ("SUBCOMMANDS:", "ПІДКОМАНДИ:"),
        ("Show subcommand help information.", "Довідка про підкоманду."),
        ("Show help information.", "Показати довідку."),
        ("Show the version.", "Показати версію програми."),
        ("(default as flag: ", "(типово як прапорець: "),
        ("(default: ", "(типово: "),
        ("(values: ", "(значення: "),
        ("; default: ", "; типово: "),
        ("; default as flag: ", "; типово як прапорець: "),
    ]

    /// A message of several lines (a list of valid values) as one line.
    private static func joinedLines(_ message: String) -> String {
        let parts = message.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var line = ""
        for part in parts {
            if part.hasPrefix("- ") {
                line += (line.hasSuffix(":") ? " " : ", ") + "'\(part.dropFirst(2))'"
            } else {
                line += line.isEmpty ? part : " " + part
            }
        }
        return line
    }

    /// «'a', 'b' or 'c'» / «'a' and 'b'» / «: 'a', 'b'» as «a, b, c».
    private static func valueList(_ text: String) -> String {
        text.replacingOccurrences(of: " or ", with: ", ").replacingOccurrences(of: " and ", with: ", ")
            .replacingOccurrences(of: "'", with: "").trimmingCharacters(in: .whitespaces)
    }

    /// What follows «is invalid for '…'»: a list of the values allowed or the reason, in Ukrainian.
    private static func invalidTail(_ tail: String) -> String {
        let trimmed = tail.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed == "." { return "" }
        for lead in [". Please provide one of the following:", ". Please provide one of"] where trimmed.hasPrefix(lead) {
            var list = String(trimmed.dropFirst(lead.count))
            if list.hasSuffix(".") { list.removeLast() }
            return " (допустимі: \(valueList(list)))"
        }
        if trimmed.hasPrefix(":") { return ": " + trimmed.dropFirst().trimmingCharacters(in: .whitespaces) }
        return " (\(trimmed))"
    }

    /// The parser's message forms and their Ukrainian (the patterns are constants of this file, each
    /// exercised by the tests).
    private static let forms: [(String, @Sendable ([String]) -> String)] = [
        (#"Missing expected argument '(.+)'"#, { "бракує аргументу \($0[1])" }),
        (#"Missing one of: (.+)"#, { "бракує одного з аргументів: \(valueList($0[1]))" }),
        (#"Missing value for '(.+)'"#, { "бракує значення параметра \($0[1])" }),
        (#"Missing required subcommand\."#, { _ in "бракує підкоманди" }),
        (#"Unknown option '(.+)'\. Did you mean '(.+)'\?"#, { "невідомий параметр \($0[1]) (можливо, \($0[2])?)" }),
        (#"Unknown option '(.+)'"#, { "невідомий параметр \($0[1])" }),
        (#"Invalid option: (.+)"#, { "неприпустимий параметр \($0[1])" }),
        (#"The value '(.*)' is invalid for '(.+?)'(.*)"#, { "неприпустиме значення '\($0[1])' для \($0[2])" + invalidTail($0[3]) }),
        (#"The value '(.*)' is invalid\.(.*)"#, { "неприпустиме значення '\($0[1])'" + invalidTail($0[2]) }),
        (#"Unknown subcommand '(.*)'"#, { "невідома підкоманда '\($0[1])'" }),
        (#"Unexpected argument '(.*)'"#, { "зайвий аргумент '\($0[1])'" }),
        (#"\d+ unexpected arguments: (.*)"#, { "зайві аргументи: \($0[1])" }),
        (#"The option '(.+)' does not take any value, but '(.*)' was specified\."#,
         { "параметр \($0[1]) не приймає значення, а вказано '\($0[2])'" }),
        (#"Value to be set with (.+) had already been set with (.+)"#,
         { "значення вказано двічі: \($0[1]) після \($0[2])" }),
    ]
}
