import Foundation
import TrenazherCore

/// Where the running binary and its installation are: `PREFIX/bin/trenazher` has its data in
/// `PREFIX/share/trenazher`.
public enum InstallationLocator {
    /// The absolute path of the running executable (`/proc/self/exe`), for the forced command.
    public static var executablePath: String {
        URL(fileURLWithPath: ResourceLocator.runningExecutable).standardizedFileURL.path
    }

    /// `PREFIX/share/trenazher` of the running binary, or `nil` when it runs from a checkout.
    public static func installationRoot(executable: String = executablePath) -> URL? {
        let root = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/trenazher")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        return root
    }

    /// The service account's `authorized_keys`: `--authorized-keys`, `TRENAZHER_AUTHORIZED_KEYS`, or
    /// `authorized_keys` next to the database.
    public static func authorizedKeys(option: String?, databasePath: String,
                                      environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return option }
        if let value = environment["TRENAZHER_AUTHORIZED_KEYS"], !value.isEmpty { return value }
        let directory = (databasePath as NSString).deletingLastPathComponent
        return ((directory.isEmpty ? "." : directory) as NSString).appendingPathComponent("authorized_keys")
    }
}
