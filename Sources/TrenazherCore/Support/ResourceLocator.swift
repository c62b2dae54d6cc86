import Foundation

/// Where `Content/` and `Scenarios/` are.
public struct ResourcePaths: Sendable {
    public var content: URL
    public var scenarios: URL
    /// How each was found, for messages («--content», «TRENAZHER_CONTENT», «./Content» …).
    public var contentSource: String
    public var scenariosSource: String
}

/// `Content/` or `Scenarios/` could not be found.
public struct ResourceError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// Finds `Content/` and `Scenarios/`: an option, then an environment variable
/// (`TRENAZHER_CONTENT`, `TRENAZHER_SCENARIOS`), then the current directory, then the executable's
/// directory and its parents (so a built binary finds the checkout it was built from), each also with
/// `share/trenazher/` (so `PREFIX/bin/trenazher` finds `PREFIX/share/trenazher` after `make install`).
public enum ResourceLocator {
    public static func locate(content: String?, scenarios: String?,
                              environment: [String: String] = ProcessInfo.processInfo.environment,
                              currentDirectory: String = FileManager.default.currentDirectoryPath,
                              executable: String = runningExecutable) throws -> ResourcePaths {
        let (contentURL, contentSource) = try find("Content", marker: "standards.yaml", option: content, optionName: "--content",
                                                   variable: "TRENAZHER_CONTENT", environment: environment,
                                                   currentDirectory: currentDirectory, executable: executable)
        let (scenariosURL, scenariosSource) = try find("Scenarios", marker: nil, option: scenarios, optionName: "--scenarios",
                                                       variable: "TRENAZHER_SCENARIOS", environment: environment,
                                                       currentDirectory: currentDirectory, executable: executable)
        return ResourcePaths(content: contentURL, scenarios: scenariosURL, contentSource: contentSource, scenariosSource: scenariosSource)
    }

    /// The running binary's path: `/proc/self/exe`, since a program started from `PATH` gets only its
    /// name in `argv[0]`; the first argument elsewhere.
    public static var runningExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? ""
    }

    static func find(_ name: String, marker: String?, option: String?, optionName: String, variable: String,
                     environment: [String: String], currentDirectory: String, executable: String) throws -> (URL, String) {
        func isFolder(_ path: String) -> Bool {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return false }
            return marker.map { FileManager.default.fileExists(atPath: path + "/" + $0) } ?? true
        }
        if let option {
            guard isFolder(option) else { throw ResourceError(description: "\(optionName) \(option): no \(name) folder there") }
            return (URL(fileURLWithPath: option), optionName)
        }
        if let value = environment[variable], !value.isEmpty {
            guard isFolder(value) else { throw ResourceError(description: "\(variable)=\(value): no \(name) folder there") }
            return (URL(fileURLWithPath: value), variable)
        }
        let local = currentDirectory + "/" + name
        if isFolder(local) { return (URL(fileURLWithPath: local), "./\(name)") }
        var directory = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in [directory.appendingPathComponent(name).path,
                              directory.appendingPathComponent("share/trenazher").appendingPathComponent(name).path]
            where isFolder(candidate) {
                return (URL(fileURLWithPath: candidate), candidate)
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        throw ResourceError(description: "no \(name) folder found: run from the project folder, or give \(optionName) PATH or \(variable)=PATH")
    }
}
