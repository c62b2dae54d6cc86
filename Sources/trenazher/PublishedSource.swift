import Foundation
import TrenazherStore

/// Where `verify --status` reads HR's published folder: a local folder (or its revocation list file), a
/// `file://` URL, or the `https://` / `http://` address HR hosts it at.
struct PublishedSource {
    /// The folder, or the list file itself.
    enum Location {
        case folder(URL)
        case listFile(URL)
        case remote(URL)
    }

    let location: Location
    let text: String
    let say: Say

    /// Reads the option; exit 2 when it is neither an existing folder or file nor an http(s) or file URL.
    init(_ text: String, english: Bool) throws {
        self.text = text
        say = Say(english: english)
        var path = text
        if text.hasPrefix("file://") {
            guard let url = URL(string: text), url.isFileURL else {
                throw CommandFailure(Say(english: english)("--status: «\(text)» — не адреса file://", "--status: '\(text)' is not a file:// URL"), code: 2)
            }
            path = url.path
        } else if let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http" {
            location = .remote(url)
            return
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw CommandFailure(Say(english: english)("--status: \(path): такої теки немає (очікується опублікована тека, її адреса https://… або file://…)",
                                                       "--status: \(path): no such folder (expected the published folder, its https://… address or a file://… URL)"),
                                 code: 2)
        }
        let url = URL(fileURLWithPath: path)
        location = isFolder.boolValue ? .folder(url) : .listFile(url)
    }

    /// The file at `relativePath` inside the published folder; `nil` when it is not there. Exit 1 when the
    /// address cannot be reached.
    func read(_ relativePath: String) throws -> Data? {
        switch location {
        case .folder(let folder):
            return FileManager.default.contents(atPath: folder.appendingPathComponent(relativePath).path)
        case .listFile(let file):
            return relativePath == RevocationStatusList.relativePath ? FileManager.default.contents(atPath: file.path) : nil
        case .remote(let base):
            let address = base.absoluteString.hasSuffix("/") ? base.absoluteString + relativePath : base.absoluteString + "/" + relativePath
            guard let url = URL(string: address) else { return nil }
            return try fetch(url)
        }
    }

    private func fetch(_ url: URL) throws -> Data? {
        switch Download.fetch(url) {
        case .data(let data):
            return data
        case .status(404):
            return nil
        case .status(let status):
            throw CommandFailure(say("\(url.absoluteString): сервер відповів \(status)", "\(url.absoluteString): the server answered \(status)"), code: 1)
        case .failure(let failure):
            throw CommandFailure(say("\(url.absoluteString): не вдається завантажити (\(failure)); перевірте адресу або скористайтеся копією теки",
                                     "\(url.absoluteString): cannot be downloaded (\(failure)); check the address or use a copy of the folder"), code: 1)
        }
    }
}
