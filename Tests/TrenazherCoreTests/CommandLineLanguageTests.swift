import Foundation
import Testing

/// Every command's help (overview, arguments, options, subcommands) is in Ukrainian, and in English
/// with `--lang en`; a command line the parser cannot read is one line in the interface language and
/// exit 2. Runs the built binary.
@Suite(.serialized)
struct CommandLineLanguageTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = Fixtures.binary
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.root
        var environment = ProcessInfo.processInfo.environment
        environment["TRENAZHER_LANG"] = nil
        environment["COLUMNS"] = "100"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// One entry of a help section: its name (the first word) and its description.
    struct Entry {
        var name: String
        var description: String
    }

    /// The overview and the entries of every section of a help text.
    static func entries(_ help: String) -> (overview: String, sections: [String: [Entry]]) {
        var overview = ""
        var sections: [String: [Entry]] = [:]
        var section: String?
        for line in help.components(separatedBy: "\n") {
            if let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), line[..<colon].allSatisfy({ $0.isUppercase || $0 == " " }) {
                let heading = String(line[..<colon])
                if heading == "OVERVIEW" || heading == "ОГЛЯД" { overview = String(line[line.index(after: colon)...]); section = nil; continue }
                section = heading == "USAGE" || heading == "ВИКЛИК" ? nil : heading
                continue
            }
            guard let section, !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let indent = line.prefix { $0 == " " }.count
            let body = line.trimmingCharacters(in: .whitespaces)
            if indent == 2 {
                if body.hasPrefix("See '") || body.hasPrefix("Докладніше:") { continue }
                // The name and its synopsis («--format <format>», «start (типова)»), then the description.
                let words = body.split(separator: " ").dropFirst()
                let description = words.drop { $0.hasPrefix("-") || $0.hasPrefix("<") || $0.hasPrefix("[") || $0.hasPrefix("(") }
                    .joined(separator: " ")
                sections[section, default: []].append(Entry(name: String(body.prefix { $0 != " " }), description: description))
            } else if var entries = sections[section], !entries.isEmpty {
                entries[entries.count - 1].description += " " + body
                sections[section] = entries
            }
        }
        return (overview, sections)
    }

    static func letters(_ text: String) -> (cyrillic: Int, latin: Int) {
        let cyrillic = text.unicodeScalars.filter { (0x400...0x4FF).contains($0.value) }.count
        let latin = text.unicodeScalars.filter { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }.count
        return (cyrillic, latin)
    }

    /// Every command path: the root, then the subcommands its help lists, recursively.
    static func commandPaths() throws -> [[String]] {
        var paths: [[String]] = [[]]
        var queue: [[String]] = [[]]
        while let path = queue.popLast() {
            let help = try run(path + ["--help"])
            for entry in entries(help.stdout).sections["ПІДКОМАНДИ"] ?? [] where entry.name != "help" {
                paths.append(path + [entry.name])
                queue.append(path + [entry.name])
            }
        }
        return paths
    }

    @Test func everyCommandsHelpIsUkrainianAndEnglishWithLangEn() throws {
        let paths = try Self.commandPaths()
        #expect(paths.count > 30)
        #expect(paths.contains(["hr", "certify"]))
        var problems: [String] = []
        for path in paths {
            let name = (["trenazher"] + path).joined(separator: " ")
            let ukrainian = try Self.run(path + ["--help"])
            #expect(ukrainian.status == 0)
            for heading in ["USAGE:", "OPTIONS:", "ARGUMENTS:", "SUBCOMMANDS:", "Show help information", "default:", "values:"] where ukrainian.stdout.contains(heading) {
                problems.append("\(name): «\(heading)» in the Ukrainian help")
            }
            let uk = Self.entries(ukrainian.stdout)
            if Self.letters(uk.overview).cyrillic == 0 { problems.append("\(name): overview not in Ukrainian: \(uk.overview)") }
            for (section, entries) in uk.sections {
                for entry in entries where Self.letters(entry.description).cyrillic == 0 {
                    problems.append("\(name) \(section) \(entry.name): not in Ukrainian: «\(entry.description)»")
                }
            }
            let english = try Self.run(path + ["--help", "--lang", "en"])
            let en = Self.entries(english.stdout)
            let overview = Self.letters(en.overview)
            if overview.latin <= overview.cyrillic { problems.append("\(name): overview not in English: \(en.overview)") }
            for (section, entries) in en.sections {
                for entry in entries {
                    let count = Self.letters(entry.description)
                    if count.latin <= count.cyrillic { problems.append("\(name) \(section) \(entry.name): not in English: «\(entry.description)»") }
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test(arguments: [
        (["play"], "trenazher: бракує аргументу <сценарій> (довідка: trenazher play --help)",
         "trenazher: Missing expected argument '<scenario-id>' (help: trenazher play --help)"),
        (["scenarios", "list", "--bogus"], "trenazher: невідомий параметр --bogus (довідка: trenazher scenarios list --help)",
         "trenazher: Unknown option '--bogus' (help: trenazher scenarios list --help)"),
        (["progress", "--format", "xml"],
         "trenazher: неприпустиме значення 'xml' для --format <формат> (допустимі: text, csv, html) (довідка: trenazher progress --help)",
         "trenazher: The value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'csv' or 'html'. (help: trenazher progress --help)"),
        (["scenarios", "list", "extra"], "trenazher: зайвий аргумент 'extra' (довідка: trenazher scenarios list --help)",
         "trenazher: Unexpected argument 'extra' (help: trenazher scenarios list --help)"),
    ])
    func aCommandLineThatCannotBeParsedIsOneLineInTheInterfaceLanguage(_ arguments: [String], _ ukrainian: String, _ english: String) throws {
        let uk = try Self.run(arguments)
        #expect(uk.status == 2)
        #expect(uk.stderr == ukrainian + "\n")
        let en = try Self.run(arguments + ["--lang", "en"])
        #expect(en.status == 2)
        #expect(en.stderr == english + "\n")
    }

    /// `--lang` before the subcommand still points at that subcommand's help; a word naming no command
    /// where one is expected is called an unknown command, with the commands there, not an extra argument.
    @Test func theHelpNamedIsTheSubcommandsAndAnUnknownSubcommandIsSaidSo() throws {
        let leading = try Self.run(["--lang", "uk", "train", "--bogus"])
        #expect(leading.status == 2)
        #expect(leading.stderr == "trenazher: невідомий параметр --bogus (довідка: trenazher train --help)\n")
        let english = try Self.run(["--lang", "en", "train", "--pace", "5"])
        #expect(english.status == 2)
        #expect(english.stderr.hasSuffix("(help: trenazher train --help)\n"), "\(english.stderr)")
        let unknown = try Self.run(["frobnicate"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("trenazher: невідома команда «frobnicate»; команди: start, train, exam,"), "\(unknown.stderr)")
        #expect(unknown.stderr.hasSuffix(" (довідка: trenazher --help)\n"), "\(unknown.stderr)")
        let unknownEnglish = try Self.run(["--lang", "en", "frobnicate"])
        #expect(unknownEnglish.status == 2)
        #expect(unknownEnglish.stderr.hasPrefix("trenazher: unknown command «frobnicate»; commands: start, train,"), "\(unknownEnglish.stderr)")
        // In a group whose default command takes no word, too.
        let nested = try Self.run(["scenarios", "frob"])
        #expect(nested.status == 2)
        #expect(nested.stderr.hasPrefix("trenazher: невідома команда «frob»; команди: list, check, test,"), "\(nested.stderr)")
        #expect(nested.stderr.hasSuffix("(довідка: trenazher scenarios --help)\n"), "\(nested.stderr)")
        let nestedEnglish = try Self.run(["hr", "frob", "--lang", "en"])
        #expect(nestedEnglish.status == 2)
        #expect(nestedEnglish.stderr.hasPrefix("trenazher: unknown command «frob»; commands: init, status,"), "\(nestedEnglish.stderr)")
    }
}
