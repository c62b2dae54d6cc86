import Testing
import TrenazherConsole

/// A word where a command is expected that names none is an unknown command; words a command takes,
/// options and `help` are left to the parser.
struct UnknownCommandTests {
    let root = UnknownCommand.Node(name: "trenazher", children: [
        .init(name: "start", children: []),
        .init(name: "hr", children: [.init(name: "init", children: []), .init(name: "status", children: [])]),
        .init(name: "ssh-session", children: [], listed: false),
    ])

    @Test(arguments: [
        (["frob"], "frob", ["trenazher"], ["start", "hr"]),
        (["--lang", "en", "frob"], "frob", ["trenazher"], ["start", "hr"]),
        (["--lang=uk", "hr", "frob"], "frob", ["trenazher", "hr"], ["init", "status"]),
        (["hr", "--lang", "en", "frob"], "frob", ["trenazher", "hr"], ["init", "status"]),
    ])
    func findsTheWordThatNamesNoCommand(_ arguments: [String], _ word: String, _ path: [String], _ commands: [String]) throws {
        let found = try #require(UnknownCommand.find(in: arguments, root: root))
        #expect(found.word == word)
        #expect(found.path == path)
        #expect(found.commands == commands, "a hidden command is not offered")
    }

    @Test(arguments: [
        ["hr", "status"], ["start", "Олена"], ["help"], ["--trainee", "Олена"], ["hr", "--database", "x", "frob"],
        ["ssh-session"], [],
    ])
    func leavesCommandsTheirWordsAndOptionsToTheParser(_ arguments: [String]) {
        #expect(UnknownCommand.find(in: arguments, root: root) == nil)
    }

    @Test func saysItInTheInterfaceLanguage() {
        #expect(UnknownCommand.message(word: "frob", path: ["trenazher", "hr"], commands: ["init", "status"], english: false)
            == "невідома команда «frob»; команди: init, status (довідка: trenazher hr --help)")
        #expect(UnknownCommand.message(word: "frob", path: ["trenazher", "hr"], commands: ["init", "status"], english: true)
            == "unknown command «frob»; commands: init, status (help: trenazher hr --help)")
    }
}
