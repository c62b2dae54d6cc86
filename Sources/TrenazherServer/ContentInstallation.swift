import Foundation

/// Why installing content failed.
public enum ContentInstallationError: Error, Equatable, Sendable {
    /// The candidate did not pass `scenarios check` and `scenarios test`.
    case invalid(problems: [String])
    /// The installation folder cannot be written.
    case cannotWrite(path: String, reason: String)
    /// The folder has neither `Content/` nor `Scenarios/`.
    case nothingToInstall(path: String)
}

/// The installed `Content/` and `Scenarios/` under `PREFIX/share/trenazher`, kept as numbered versions
/// that are never changed once written:
///
///     versions/0001-3fa2…/Content, Scenarios, manifest.json
///     versions/history.tsv          one line per installation: version, time, author, source
///     current -> versions/0002-…    switched atomically
///     Content -> current/Content,  Scenarios -> current/Scenarios
///
/// Attempts keep the hash of the scenario file they were played on, so the version an old attempt used
/// is the one whose manifest lists that hash.
public struct ContentInstallation: Sendable {
    /// `PREFIX/share/trenazher`.
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    private var versionsFolder: URL { root.appendingPathComponent("versions") }

    /// Every installed version, oldest first.
    public func versions() -> [ContentManifest] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: versionsFolder.path)) ?? []
        return names.sorted().compactMap { name in
            guard let data = try? Data(contentsOf: versionsFolder.appendingPathComponent(name).appendingPathComponent("manifest.json")) else {
                return nil
            }
            return try? JSONDecoder().decode(ContentManifest.self, from: data)
        }
    }

    /// The version `current` points to.
    public func current() -> ContentManifest? {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: root.appendingPathComponent("current").path) else {
            return nil
        }
        let name = (target as NSString).lastPathComponent
        return versions().first { $0.version == name }
    }

    /// The versions that hold a file with this SHA-256 (an attempt's `scenario_hash`).
    public func versions(containing hash: String) -> [ContentManifest] {
        versions().filter { $0.files.values.contains(hash) }
    }

    /// Installs `source/Content` and `source/Scenarios` (either may be missing: the current one is
    /// kept) as a new version after validating them together; returns the manifest, or the current one
    /// unchanged when the files are the same.
    public func install(from source: URL, author: String, at date: Date = Date(),
                        validate: (URL, URL) -> [String]) throws -> (manifest: ContentManifest, changed: Bool) {
        let fileManager = FileManager.default
        let current = root.appendingPathComponent("current")
        var folders: [String: URL] = [:]
        var given = 0
        for name in ["Content", "Scenarios"] {
            let candidate = source.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
                folders[name] = candidate
                given += 1
            } else if fileManager.fileExists(atPath: current.appendingPathComponent(name).path) {
                folders[name] = current.appendingPathComponent(name).resolvingSymlinksInPath()
            }
        }
        guard given > 0, let content = folders["Content"], let scenarios = folders["Scenarios"] else {
            throw ContentInstallationError.nothingToInstall(path: source.path)
        }
        let problems = validate(content, scenarios)
        guard problems.isEmpty else { throw ContentInstallationError.invalid(problems: problems) }

        let staging = root.appendingPathComponent(".staging-\(getpid())")
        do {
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            try fileManager.copyItem(at: content, to: staging.appendingPathComponent("Content"))
            try fileManager.copyItem(at: scenarios, to: staging.appendingPathComponent("Scenarios"))
        } catch {
            try? fileManager.removeItem(at: staging)
            throw ContentInstallationError.cannotWrite(path: root.path, reason: "\(error.localizedDescription)")
        }
        let files: [String: String]
        do {
            files = try ContentManifest.hashes(root: staging)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw ContentInstallationError.cannotWrite(path: staging.path, reason: "\(error.localizedDescription)")
        }
        let tree = ContentManifest.treeHash(files)
        if let now = self.current(), now.treeHash == tree {
            try? fileManager.removeItem(at: staging)
            return (now, false)
        }
        let number = (versions().compactMap { Int($0.version.prefix(4)) }.max() ?? 0) + 1
        let name = String(format: "%04d-", number) + tree.prefix(10)
        let manifest = ContentManifest(version: name, installedAt: ISO8601DateFormatter().string(from: date), author: author,
                                       source: source.standardizedFileURL.path, treeHash: tree, files: files)
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try encoder.encode(manifest).write(to: staging.appendingPathComponent("manifest.json"))
            try fileManager.createDirectory(at: versionsFolder, withIntermediateDirectories: true)
            try fileManager.moveItem(at: staging, to: versionsFolder.appendingPathComponent(name))
            try switchCurrent(to: "versions/" + name)
            try appendHistory(manifest)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw ContentInstallationError.cannotWrite(path: root.path, reason: "\(error.localizedDescription)")
        }
        return (manifest, true)
    }

    /// Points `current` at `target` by renaming a new link over the old one, and makes sure `Content`
    /// and `Scenarios` point through `current`.
    private func switchCurrent(to target: String) throws {
        let link = root.appendingPathComponent(".current-\(getpid())").path
        unlink(link)
        guard symlink(target, link) == 0, rename(link, root.appendingPathComponent("current").path) == 0 else {
            throw ContentInstallationError.cannotWrite(path: root.path, reason: String(cString: strerror(errno)))
        }
        for name in ["Content", "Scenarios"] {
            let path = root.appendingPathComponent(name).path
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) == "current/" + name { continue }
            try? FileManager.default.removeItem(atPath: path)
            guard symlink("current/" + name, path) == 0 else {
                throw ContentInstallationError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
        }
    }

    private func appendHistory(_ manifest: ContentManifest) throws {
        let path = versionsFolder.appendingPathComponent("history.tsv").path
        let line = [manifest.version, manifest.installedAt, manifest.author, manifest.source].joined(separator: "\t") + "\n"
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: Data("version\tinstalled_at\tauthor\tsource\n".utf8))
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw ContentInstallationError.cannotWrite(path: path, reason: "cannot open")
        }
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(line.utf8))
    }
}
