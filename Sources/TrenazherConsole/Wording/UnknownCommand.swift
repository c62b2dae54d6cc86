/// A word where a command is expected that names none: «trenazher frobnicate», «trenazher hr frob». Said as
/// «невідома команда «frob»; команди: …» (English with `--lang en`), not as an extra argument of the
/// group's default command.
public enum UnknownCommand {
    /// A command and the commands under it, as the command line names them.
    public struct Node: Sendable {
        public var name: String
        public var children: [Node]
        /// Whether the help lists it (a hidden command is still a command, but not offered).
        public var listed: Bool
        public init(name: String, children: [Node], listed: Bool = true) {
            self.name = name
            self.children = children
            self.listed = listed
        }
    }

    /// The unknown word, the command path before it («trenazher hr») and the commands that could stand
    /// there, when the first word after a chain of commands names none of a group's commands. `--lang X`
    /// (or `--lang=X`) may stand anywhere before it; any other option before the word, `help` at the top,
    /// or a command with no commands under it ends the search (`nil`): the parser judges those.
    public static func find(in arguments: [String], root: Node) -> (word: String, path: [String], commands: [String])? {
        var node = root
        var path = [root.name]
        var position = 0
        while position < arguments.count {
            let argument = arguments[position]
            if argument == "--lang" { position += 2; continue }
            if argument.hasPrefix("--lang=") { position += 1; continue }
            guard !argument.hasPrefix("-"), !node.children.isEmpty else { return nil }
            if let child = node.children.first(where: { $0.name == argument }) {
                node = child
                path.append(argument)
                position += 1
                continue
            }
            if path.count == 1 && argument == "help" { return nil }
            return (argument, path, node.children.filter(\.listed).map(\.name))
        }
        return nil
    }

    /// The one line for it: the word, the commands there and where the help is.
    public static func message(word: String, path: [String], commands: [String], english: Bool) -> String {
        let help = (path + ["--help"]).joined(separator: " ")
        let list = commands.joined(separator: ", ")
        return english ? "unknown command «\(word)»; commands: \(list) (help: \(help))"
            : "невідома команда «\(word)»; команди: \(list) (довідка: \(help))"
    }
}
