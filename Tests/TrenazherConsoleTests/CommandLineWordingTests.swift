import Testing
@testable import TrenazherConsole

/// The argument parser's own messages reach a Ukrainian user in Ukrainian, as one line.
struct CommandLineWordingTests {
    @Test(arguments: [
        ("Missing expected argument '<scenario-id>'", "бракує аргументу <сценарій>"),
        ("Missing value for '--format <format>'", "бракує значення параметра --format <формат>"),
        ("Unknown option '--bogus'", "невідомий параметр --bogus"),
        ("Unknown option '--formt'. Did you mean '--format'?", "невідомий параметр --formt (можливо, --format?)"),
        ("The value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'csv' or 'html'.",
         "неприпустиме значення 'xml' для --format <формат> (допустимі: text, csv, html)"),
        ("The value 'abc' is invalid for '--runs <runs>'", "неприпустиме значення 'abc' для --runs <повтори>"),
        ("The value 'q' is invalid for '<kind>'. Please provide one of the following:\n  - trainee\n  - team\n  - quarterly",
         "неприпустиме значення 'q' для <вид> (допустимі: trainee, team, quarterly)"),
        ("Unexpected argument 'extra'", "зайвий аргумент 'extra'"),
        ("2 unexpected arguments: 'a', 'b'", "зайві аргументи: 'a', 'b'"),
        ("Missing required subcommand.", "бракує підкоманди"),
        ("The option '--fast' does not take any value, but 'yes' was specified.",
         "параметр --fast не приймає значення, а вказано 'yes'"),
        ("--pace: від 60 до 400 слів за хвилину", "--pace: від 60 до 400 слів за хвилину"),
    ])
    func parserMessagesInUkrainian(_ english: String, _ ukrainian: String) {
        let line = CommandLineWording.usageError(english, helpCommand: "trenazher play --help", english: false)
        #expect(line == ukrainian + " (довідка: trenazher play --help)")
        #expect(!line.contains("\n"))
    }

    @Test func aValueBeginningWithADashIsExplainedNotCalledAnUnknownOption() throws {
        let positional = try #require(CommandLineWording.dashedValueError(
            arguments: ["trainees", "add", "-Коваль Олена", "--first-name", "Олена"], message: "Unknown option '-К'",
            helpCommand: "trenazher trainees add --help", english: false))
        #expect(positional.hasPrefix("«-Коваль Олена» починається з «-», і його прочитано як параметр: таке значення пишіть після «--»"))
        #expect(!positional.contains("\n") && positional.hasSuffix("(довідка: trenazher trainees add --help)"))
        let option = try #require(CommandLineWording.dashedValueError(
            arguments: ["exam", "hotline-operator", "--trainee", "-Ivan"], message: "Missing value for '--trainee <trainee>'",
            helpCommand: "trenazher exam --help", english: true))
        #expect(option.hasPrefix("'-Ivan' begins with '-'") && option.contains("(--trainee=-Ivan)"))
        let latin = CommandLineWording.dashedValueError(arguments: ["trainees", "add", "-Ivanenko"], message: "Unknown option '-I'",
                                                        helpCommand: "h", english: false)
        #expect(latin?.contains("«-Ivanenko»") == true)
    }

    @Test func anUnknownOptionOrAValueAfterTheSeparatorIsNoDashedValue() {
        for (arguments, message) in [(["play", "--bogus"], "Unknown option '--bogus'"), (["play", "-x"], "Unknown option '-x'"),
                                     (["trainees", "add", "--role", "hotline", "--", "-Коваль Олена"], "Missing value for '--first-name <first-name>'"),
                                     (["play"], "Missing expected argument '<scenario-id>'")] {
            #expect(CommandLineWording.dashedValueError(arguments: arguments, message: message, helpCommand: "h", english: false) == nil,
                    "\(arguments)")
        }
    }

    @Test func englishKeepsTheParsersWordsOnOneLine() {
        let line = CommandLineWording.usageError("The value 'q' is invalid for '<kind>'. Please provide one of the following:\n  - trainee\n  - team",
                                                 helpCommand: "trenazher hr report --help", english: true)
        #expect(line == "The value 'q' is invalid for '<kind>'. Please provide one of the following: 'trainee', 'team' (help: trenazher hr report --help)")
    }

    @Test func helpHeadingsAndBuiltInLinesAreUkrainianAndStayAligned() {
        let help = """
        OVERVIEW: Тренажер.

        USAGE: trenazher <subcommand>
               trenazher play <scenario-id>

        OPTIONS:
          --lang <lang>           Мова інтерфейсу. (values: uk, en; default: uk)
          --pace <pace>           Темп. (values: 60, 400;
                                  default: 150)
          --version               Show the version.
          -h, --help              Show help information.

        SUBCOMMANDS:
          start (default)         Відкрити тренажер.
          train                   Тренування.

          See 'trenazher help <subcommand>' for detailed help.
        """
        let ukrainian = CommandLineWording.ukrainianHelp(help)
        #expect(ukrainian == """
        ОГЛЯД: Тренажер.

        ВИКЛИК: trenazher <підкоманда>
                trenazher play <сценарій>

        ПАРАМЕТРИ:
          --lang <мова>           Мова інтерфейсу. (значення: uk, en; типово: uk)
          --pace <темп>           Темп. (значення: 60, 400;
                                  типово: 150)
          --version               Показати версію програми.
          -h, --help              Показати довідку.

        ПІДКОМАНДИ:
          start (типова)          Відкрити тренажер.
          train                   Тренування.

          Докладніше: trenazher help <підкоманда>.
        """)
    }
}

/// The parser's placeholders are Ukrainian in Ukrainian help and errors.
struct PlaceholderWordingTests {
    @Test func placeholdersAreUkrainianAndDescriptionsKeepTheirColumn() {
        #expect(CommandLineWording.alignedPlaceholders("  --content <content>     Тека Content.")
            == "  --content <тека>" + String(repeating: " ", count: 8) + "Тека Content.")
        #expect(CommandLineWording.alignedPlaceholders("  --lang <lang>           Мова.") == "  --lang <мова>           Мова.")
        // An entry that filled its column: one space before the description, which stays at its column.
        #expect(CommandLineWording.alignedPlaceholders("  --scenarios <scenarios> Тека Scenarios.")
            == "  --scenarios <тека>" + String(repeating: " ", count: 6) + "Тека Scenarios.")
        // A single space elsewhere (a wrapped usage line) is no column.
        #expect(CommandLineWording.alignedPlaceholders("        <scenario> --transcript <transcript>") == "        <сценарій> --transcript <транскрипт>")
        #expect(CommandLineWording.ukrainianPlaceholders("бракує аргументу <scenario-id>") == "бракує аргументу <сценарій>")
        #expect(CommandLineWording.ukrainianPlaceholders("<unknown-name> a <x") == "<unknown-name> a <x")
    }
}

/// `--lang` may come before the subcommand, as people type it.
struct LeadingLanguageOptionTests {
    let names: Set<String> = ["disputes", "hr", "play", "start"]

    @Test func movedAfterTheSubcommand() {
        #expect(LeadingLanguageOption.reordered(["--lang", "en", "disputes"], subcommands: names) == ["disputes", "--lang", "en"])
        #expect(LeadingLanguageOption.reordered(["--lang=en", "hr", "check"], subcommands: names) == ["hr", "check", "--lang=en"])
        #expect(LeadingLanguageOption.reordered(["--lang", "en", "play", "x", "--", "-y"], subcommands: names)
                == ["play", "x", "--lang", "en", "--", "-y"])
    }

    @Test func droppedBeforeTheHelpOfTheWholeProgram() {
        #expect(LeadingLanguageOption.reordered(["--lang", "en", "--help"], subcommands: names) == ["--help"])
        #expect(LeadingLanguageOption.reordered(["--lang", "en", "--version"], subcommands: names) == ["--version"])
    }

    @Test func otherwiseUnchanged() {
        #expect(LeadingLanguageOption.reordered(["--lang", "en"], subcommands: names) == ["--lang", "en"])
        #expect(LeadingLanguageOption.reordered(["disputes", "--lang", "en"], subcommands: names) == ["disputes", "--lang", "en"])
        #expect(LeadingLanguageOption.reordered(["--lang", "en", "--fast"], subcommands: names) == ["--lang", "en", "--fast"])
        #expect(LeadingLanguageOption.reordered([], subcommands: names) == [])
    }
}
