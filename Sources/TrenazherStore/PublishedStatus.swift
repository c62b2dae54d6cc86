import Crypto
import Foundation

/// What the published revocation list says of a credential.
public enum PublishedStatus: Sendable, Hashable {
    /// The list, signed by the trusted key, has the credential's bit clear.
    case notRevoked(listPublished: Date?)
    /// The list, signed by the trusted key, has the credential's bit set.
    case revoked(listPublished: Date?)
    /// The credential has no `credentialStatus` (issued before HR recorded the published folder's address).
    case noStatusEntry
    /// The list is not signed by the trusted key (edited, or someone else's).
    case listNotSigned
    /// The list is genuine but is not the one the credential points at.
    case wrongList(expected: String, found: String)
    /// The list cannot be read as a revocation `BitstringStatusListCredential`, or is too short for the entry.
    case listUnreadable(reason: String)

    /// Checks the credential's `credentialStatus` entry against a published list.
    public static func check(credential: JSONDocument, list: JSONDocument, trustedKey: Curve25519.Signing.PublicKey) -> PublishedStatus {
        guard let entry = StatusListEntry.of(credential: credential) else { return .noStatusEntry }
        guard DataIntegrityProof.verify(list, trustedKey: trustedKey) else { return .listNotSigned }
        let found = list["id"]?.stringValue ?? "—"
        guard found == entry.listURL else { return .wrongList(expected: entry.listURL, found: found) }
        guard list["type"]?.arrayValue?.contains(.string("BitstringStatusListCredential")) == true,
              list["credentialSubject"]?["statusPurpose"]?.stringValue == "revocation",
              let encoded = list["credentialSubject"]?["encodedList"]?.stringValue else {
            return .listUnreadable(reason: "not a revocation BitstringStatusListCredential")
        }
        guard let bits = RevocationStatusList(encodedList: encoded) else {
            return .listUnreadable(reason: "encodedList is not a GZIP-compressed bitstring of at least 16 KiB in base64url")
        }
        guard let revoked = bits.isRevoked(entry.index) else {
            return .listUnreadable(reason: "statusListIndex \(entry.index) is beyond the list's \(bits.count) entries")
        }
        let published = list["validFrom"]?.stringValue.flatMap(Timestamp.date)
        return revoked ? .revoked(listPublished: published) : .notRevoked(listPublished: published)
    }
}
