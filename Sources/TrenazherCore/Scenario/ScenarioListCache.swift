import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file that keeps a library's scenario list (`ScenarioList`) from one run of the program to the next, so the
/// trainee's console shows the list without loading and checking every scenario file again. An entry is used
/// only under the key it was written with: a digest of everything that load reads or depends on — the program
/// (its executable's device, inode, size and modification time), the current directory (problems name files
/// relative to it), the scenario paths asked for (and whether each is there and a folder), the path and bytes of
/// every scenario file found under them, and the path and bytes of every file under `Content/`. Any change to
/// one of them gives another key, and the list is loaded again and written anew; a file that cannot be read,
/// decoded or written is simply not used (the list is loaded as without the cache).
public struct ScenarioListCache: Sendable {
    /// Where the list is kept.
    public let file: URL

    /// The layout of the file; a file of another layout is not used.
    static let format = "trenazher scenario list 2"

    public init(file: URL) {
        self.file = file
    }

    /// The key of a load of the scenario files `files` (found under `paths`) with the Content of
    /// `contentDirectory`, by the program `program` run in `currentDirectory`; `nil` when a file cannot be read.
    static func key(paths: [URL], files: [URL], contentDirectory: URL, program: String, currentDirectory: String) -> String? {
        var input: [UInt8] = []
        func add(_ text: String) {
            input.append(contentsOf: text.utf8)
            input.append(0)
        }
        func addFile(_ url: URL, named name: String) -> Bool {
            guard let data = FileManager.default.contents(atPath: url.path) else { return false }
            add(name)
            add(String(data.count))
            input.append(contentsOf: data)
            return true
        }
        add(format)
        add(program)
        add(currentDirectory)
        for path in paths {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory)
            add(path.path)
            add(exists ? (isDirectory.boolValue ? "folder" : "file") : "missing")
        }
        add("scenarios")
        for url in files {
            guard addFile(url, named: url.path) else { return nil }
        }
        add("content")
        guard let content = contentFiles(under: contentDirectory) else { return nil }
        for (url, name) in content {
            guard addFile(url, named: name) else { return nil }
        }
        return StableHash.hex(of: input)
    }

    /// Every regular file under the Content folder with its path inside it, sorted by that path.
    static func contentFiles(under directory: URL) -> [(URL, String)]? {
        let root = directory.resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return nil }
        var files: [(URL, String)] = []
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        while let url = enumerator.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.path
            files.append((url, path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path))
        }
        return files.sorted { $0.1 < $1.1 }
    }

    /// The running program's identity: its executable's device, inode, size and modification time; `nil` where
    /// it cannot be told (then nothing is cached).
    static func programIdentity() -> String? {
        #if os(Linux)
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return nil }
        return "\(status.st_dev) \(status.st_ino) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        #else
        return nil
        #endif
    }

    /// The list kept under `key`, if the file holds one.
    func read(key: String) -> ScenarioList? {
        guard let data = FileManager.default.contents(atPath: file.path),
              let stored = try? JSONDecoder().decode(Stored.self, from: data),
              stored.format == Self.format, stored.key == key else { return nil }
        return ScenarioList(scenarios: stored.scenarios, diagnostics: stored.diagnostics.map(\.diagnostic))
    }

    /// Keeps `list` under `key` (replacing the file at once, so a reader sees the old file or the new one);
    /// a file that cannot be written is left as it is.
    func write(_ list: ScenarioList, key: String) {
        let stored = Stored(format: Self.format, key: key, scenarios: list.scenarios, diagnostics: list.diagnostics.map(StoredDiagnostic.init))
        guard let data = try? JSONEncoder().encode(stored) else { return }
        try? data.write(to: file, options: .atomic)
    }

    private struct Stored: Codable {
        var format: String
        var key: String
        var scenarios: [ScenarioListing]
        var diagnostics: [StoredDiagnostic]
    }

    private struct StoredDiagnostic: Codable {
        var file: String
        var line: Int
        var column: Int
        var message: String
        var ukrainian: String

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.file
            line = diagnostic.line
            column = diagnostic.column
            message = diagnostic.message
            ukrainian = diagnostic.ukrainian
        }

        var diagnostic: Diagnostic {
            Diagnostic(file: file, line: line, column: column, message: message, ukrainian: ukrainian)
        }
    }
}
