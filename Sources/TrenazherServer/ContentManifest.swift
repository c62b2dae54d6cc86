import Foundation
import TrenazherCore

/// The record of one installed version of `Content/` and `Scenarios/`: who installed it, when, from
/// where, and the SHA-256 of every file (a scenario's hash is the `scenario_hash` its attempts carry).
public struct ContentManifest: Codable, Equatable, Sendable {
    /// `0003-1f2e3d4c5b`: a sequence number and the start of `treeHash`.
    public var version: String
    public var installedAt: String
    public var author: String
    public var source: String
    /// The SHA-256 of the sorted `hash  path` lines: the same files give the same tree hash.
    public var treeHash: String
    /// Relative path (`Content/standards.yaml`, `Scenarios/x.yaml`) → SHA-256 hex.
    public var files: [String: String]

    /// Hashes every regular file under `root/Content` and `root/Scenarios`.
    public static func hashes(root: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        for folder in ["Content", "Scenarios"] {
            // Resolved first: the enumerator does not descend into a folder named through a symbolic link.
            let base = root.appendingPathComponent(folder).resolvingSymlinksInPath()
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let url as URL in walker {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let relative = folder + "/" + url.standardizedFileURL.resolvingSymlinksInPath().path
                    .dropFirst(base.standardizedFileURL.resolvingSymlinksInPath().path.count + 1)
                files[relative] = StableHash.hex(of: [UInt8](try Data(contentsOf: url)))
            }
        }
        return files
    }

    /// The tree hash of a set of file hashes.
    public static func treeHash(_ files: [String: String]) -> String {
        StableHash.hex(of: Array(files.sorted { $0.key < $1.key }.map { "\($0.value)  \($0.key)\n" }.joined().utf8))
    }
}
