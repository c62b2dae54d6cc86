/// `--lang` written before the subcommand (`trenazher --lang en disputes`): the argument parser would
/// read it as an option of the default subcommand (`start`) and refuse the subcommand's name.
public enum LeadingLanguageOption {
    /// The arguments with a `--lang X` / `--lang=X` that comes before any subcommand name moved to the
    /// end (before a `--`), where the subcommand reads it. Before `--help`, `-h` or `--version` with
    /// no subcommand it is dropped: the language of the help is chosen from the whole command line.
    /// Other command lines are returned unchanged.
    public static func reordered(_ arguments: [String], subcommands: Set<String>) -> [String] {
        guard let first = arguments.first, first == "--lang" || first.hasPrefix("--lang=") else { return arguments }
        let option = first == "--lang" ? Array(arguments.prefix(2)) : [first]
        let rest = Array(arguments.dropFirst(option.count))
        if let name = rest.first, subcommands.contains(name) {
            guard let end = rest.firstIndex(of: "--") else { return rest + option }
            return Array(rest[..<end]) + option + Array(rest[end...])
        }
        if rest.contains(where: { ["--help", "-h", "--version"].contains($0) }), !rest.contains(where: subcommands.contains) {
            return rest
        }
        return arguments
    }
}
