import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A compiled copy of `Content/` kept in a file from one run of the program to the next, so that a trainee's
/// console starts without parsing the YAML and checking every file again (`ContentLoader`). A copy is used only
/// under the key it was written with: a digest of the program (its executable's device, inode, size and
/// modification time, as `ScenarioListCache` takes it), the current directory, the Content folder's path, and the
/// path and bytes of every file under it. Any change to one of them gives another key, and Content is loaded from
/// its files again and the copy written anew.
///
/// The file is the format line, the key, a checksum of the rest (FNV-1a, 64 bits) and the bundle in the compact
/// binary form of `CompactCoding` (`ContentCoding`; several times cheaper to read than JSON). A file that cannot be
/// read, is of another format or key, fails its checksum or does not decode is not used: Content is loaded from its
/// files as without the cache, and the file is written again. A new copy is written to a file of its own (the
/// process's number and a random one in its name) and renamed over the old one, so a reader sees the old copy or
/// the new one, never a part, however many sessions write at once. Content with problems is never kept: its load
/// throws `ContentError` as `ContentBundle.load` does, every time.
public struct ContentCache: Sendable {
    /// Where the copy is kept.
    public let file: URL

    /// The layout of the file; a file of another layout is not used.
    static let format = "trenazher content 12"

    public init(file: URL) {
        self.file = file
    }

    /// How the last `load` got its Content.
    public enum Source: Sendable, Equatable {
        /// From the kept copy.
        case cache
        /// From the files, then kept.
        case files
        /// From the files; no key could be made (a file unreadable, the program unknown), so nothing is kept.
        case filesUncached
    }

    /// Content of `directory`: the kept copy when the file holds one of these very files loaded by this program,
    /// otherwise loaded from the files (throwing `ContentError` as `ContentBundle.load` does) and kept.
    public func load(from directory: URL) throws -> ContentBundle {
        try loadReporting(from: directory).bundle
    }

    /// `load`, saying where the Content came from.
    public func loadReporting(from directory: URL) throws -> (bundle: ContentBundle, source: Source) {
        guard let program = ScenarioListCache.programIdentity(),
              let key = Self.key(directory: directory, program: program,
                                 currentDirectory: FileManager.default.currentDirectoryPath) else {
            return (try ContentBundle.load(from: directory), .filesUncached)
        }
        if let bundle = read(key: key, directory: directory) { return (bundle, .cache) }
        let bundle = try ContentBundle.load(from: directory)
        write(bundle, key: key)
        return (bundle, .files)
    }

    /// The key of a load of the Content folder `directory` by the program `program` run in `currentDirectory`;
    /// `nil` when a file cannot be read.
    static func key(directory: URL, program: String, currentDirectory: String) -> String? {
        var input: [UInt8] = []
        func add(_ text: String) {
            input.append(contentsOf: text.utf8)
            input.append(0)
        }
        add(format)
        add(program)
        add(currentDirectory)
        add(directory.path)
        guard let files = ScenarioListCache.contentFiles(under: directory) else { return nil }
        for (url, name) in files {
            guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
            add(name)
            add(String(data.count))
            input.append(contentsOf: data)
        }
        return StableHash.hex(of: input)
    }

    /// The Content kept under `key`, if the file holds it whole; its folder is `directory`.
    func read(key: String, directory: URL) -> ContentBundle? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        let bytes = [UInt8](data)
        // The three header lines: format, key, checksum.
        var lines: [String] = []
        var start = 0
        var index = 0
        while lines.count < 3, index < bytes.count, index - start <= 128 {
            if bytes[index] == 0x0A {
                lines.append(String(decoding: bytes[start..<index], as: UTF8.self))
                start = index + 1
            }
            index += 1
        }
        guard lines.count == 3, lines[0] == Self.format, lines[1] == key else { return nil }
        let payload = bytes[start...]
        guard lines[2] == Self.checksum(payload),
              var bundle = try? CompactCoding.decode(ContentBundle.self, from: Array(payload)) else { return nil }
        bundle.directory = directory
        return bundle
    }

    /// Keeps `bundle` under `key`: written to a file of this process and renamed over the file. A file that cannot
    /// be written is left as it was.
    func write(_ bundle: ContentBundle, key: String) {
        guard let payload = try? CompactCoding.encode(bundle) else { return }
        var bytes = Array("\(Self.format)\n\(key)\n\(Self.checksum(payload[...]))\n".utf8)
        bytes.append(contentsOf: payload)
        let temporary = file.path + ".\(getpid())-\(UInt32.random(in: 0 ... .max)).tmp"
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: temporary))
        } catch {
            unlink(temporary)
            return
        }
        if rename(temporary, file.path) != 0 { unlink(temporary) }
    }

    /// The FNV-1a (64-bit) checksum of `bytes`, as hex: it catches a file cut short or damaged on the disk.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer {
                hash = (hash ^ UInt64(byte)) &* 0x100000001b3
            }
        }
        return String(hash, radix: 16)
    }
}
