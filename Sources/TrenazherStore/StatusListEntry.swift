import Foundation

/// A certificate's place in the published revocation list: its `credentialStatus` (a W3C Bitstring Status
/// List `BitstringStatusListEntry` with the purpose `revocation`).
public struct StatusListEntry: Sendable, Hashable {
    /// The certificate's bit in the list, fixed when it is issued.
    public var index: Int
    /// The address of the published `BitstringStatusListCredential`.
    public var listURL: String

    public init(index: Int, listURL: String) {
        self.index = index
        self.listURL = listURL
    }

    /// The `credentialStatus` member of the credential.
    public var document: JSONDocument {
        .object([
            "id": .string("\(listURL)#\(index)"),
            "type": .string("BitstringStatusListEntry"),
            "statusPurpose": .string("revocation"),
            "statusListIndex": .string(String(index)),
            "statusListCredential": .string(listURL),
        ])
    }

    /// Reads a credential's `credentialStatus` (an object, or the revocation entry of an array); `nil` when it
    /// has none.
    public static func of(credential: JSONDocument) -> StatusListEntry? {
        let candidates: [JSONDocument]
        switch credential["credentialStatus"] {
        case .object?: candidates = [credential["credentialStatus"] ?? .null]
        case .array(let entries)?: candidates = entries
        default: return nil
        }
        for entry in candidates where entry["type"]?.stringValue == "BitstringStatusListEntry"
            && entry["statusPurpose"]?.stringValue == "revocation" {
            guard let text = entry["statusListIndex"]?.stringValue, let index = Int(text), index >= 0,
                  let list = entry["statusListCredential"]?.stringValue else { continue }
            return StatusListEntry(index: index, listURL: list)
        }
        return nil
    }

    /// The list's address under a published folder's base address.
    public static func listURL(base: String) -> String {
        (base.hasSuffix("/") ? String(base.dropLast()) : base) + "/" + RevocationStatusList.relativePath
    }

    /// The base address of the published folder a list address lies in, when it is one `listURL(base:)` made.
    public static func base(ofListURL url: String) -> String? {
        let suffix = "/" + RevocationStatusList.relativePath
        return url.hasSuffix(suffix) ? String(url.dropLast(suffix.count)) : nil
    }
}
