import Foundation
import TrenazherStore

/// Where the chain's sealed head is kept outside the database (`ChainAnchor`): HR's key folder
/// (`chain-head.json`, readable by HR only) and the published folder (`key/chain-head.json`).
enum ChainAnchorFiles {
    /// The path of the anchor in a key folder.
    static func path(inKeyFolder directory: String) -> String {
        URL(fileURLWithPath: directory).appendingPathComponent(ChainAnchor.fileName).path
    }

    /// The anchor in HR's key folder; `nil` when there is none yet (a database sealed before anchors were kept).
    static func read(keyFolder directory: String) -> AnchorSource? {
        let path = path(inKeyFolder: directory)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return AnchorSource(place: .keyFolder(path: path), anchor: ChainAnchor.decode(data))
    }

    /// The anchor in the published folder; `nil` when the folder has none.
    static func read(published source: PublishedSource) throws -> AnchorSource? {
        guard let data = try source.read(relativePath) else { return nil }
        return AnchorSource(place: .publishedFolder(source: source.text), anchor: ChainAnchor.decode(data))
    }

    /// The anchor's place in the published folder.
    static let relativePath = "key/" + ChainAnchor.fileName

    /// Writes the anchor into HR's key folder (0600, replacing the previous one at once).
    static func write(_ anchor: ChainAnchor, toKeyFolder directory: String, english: Bool) throws {
        try write(anchor, to: URL(fileURLWithPath: path(inKeyFolder: directory)), permissions: 0o600, english: english)
    }

    /// Writes the anchor into the published folder.
    static func write(_ anchor: ChainAnchor, toPublished root: URL, english: Bool) throws {
        try write(anchor, to: root.appendingPathComponent(relativePath), permissions: 0o644, english: english)
    }

    private static func write(_ anchor: ChainAnchor, to url: URL, permissions: Int, english: Bool) throws {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try anchor.encoded().write(to: url, options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: url.path)
        } catch {
            throw CommandFailure(Say(english: english)("\(url.path): не вдається записати засвідчений кінець ланцюжка",
                                                       "\(url.path): cannot write the sealed chain head"), code: 1)
        }
    }
}
