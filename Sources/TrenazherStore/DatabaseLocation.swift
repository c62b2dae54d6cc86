import Foundation

/// Where the progress database lives: `--database` > `TRENAZHER_DB` > `$XDG_DATA_HOME/trenazher/trenazher.sqlite`
/// > `~/.local/share/trenazher/trenazher.sqlite`.
public enum DatabaseLocation {
    /// The file name inside the data directory.
    public static let fileName = "trenazher.sqlite"

    /// Resolves the database path from an explicit option and the environment.
    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return option }
        if let fromEnvironment = environment["TRENAZHER_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            dataHome = (home as NSString).appendingPathComponent(".local/share")
        }
        return ((dataHome as NSString).appendingPathComponent("trenazher") as NSString).appendingPathComponent(fileName)
    }

    /// The default directory of the HR signing keys: `keys/` next to the database.
    public static func keyDirectory(option: String?, databasePath: String,
                                    environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return option }
        if let fromEnvironment = environment["TRENAZHER_KEYS"], !fromEnvironment.isEmpty { return fromEnvironment }
        let directory = (databasePath as NSString).deletingLastPathComponent
        return ((directory.isEmpty ? "." : directory) as NSString).appendingPathComponent("keys")
    }
}
