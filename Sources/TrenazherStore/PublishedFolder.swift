import Crypto
import Foundation

/// What `hr publish DIR` writes, for HR to host at the recorded address: the signed revocation list, every
/// certificate's signed badge, HR's public key and a static verification page. Nothing in it needs a server.
public enum PublishedFolder {
    /// One file of the folder: its path inside the folder and its bytes.
    public struct File: Sendable, Hashable {
        public var path: String
        public var data: Data
    }

    /// The badge file of a certificate: `badges/K7Q4-M2XD-9PTA.json`.
    public static func badgePath(code: String) -> String { "badges/\(code).json" }

    /// The folder holding a copy of HR's public key, usable as `trenazher verify --key-dir`.
    public static let keyFolder = "key"

    /// The files, with the revocation list signed by `key` and dated `date`; the page marks the certificates in `doubts`
    /// (`ProgressStore.certificateDoubts`, by number) «ПІД СУМНІВОМ».
    public static func files(certificates: [RegisteredCertificate], doubts: [String: [CertificateDoubt]] = [:], base: String,
                             key: Curve25519.Signing.PrivateKey,
                             issuerName: String, at date: Date, english: Bool) throws -> [File] {
        let list = RevocationStatusList(revokedIn: certificates)
        let did = "did:key:" + DIDKey.multibase(key.publicKey)
        guard let unsigned = list.credential(id: StatusListEntry.listURL(base: base), issuerDID: did,
                                             publishedAt: ProgressStore.wholeSeconds(date)) else {
            throw PublishError.cannotCompress
        }
        let signed = try DataIntegrityProof.sign(unsigned, with: key, created: ProgressStore.wholeSeconds(date))
        var files = [File(path: RevocationStatusList.relativePath, data: Data((signed.pretty + "\n").utf8))]
        files += certificates.map {
            File(path: badgePath(code: $0.certificate.code), data: Data((OpenBadgeCredential.signed($0.certificate).pretty + "\n").utf8))
        }
        files.append(File(path: keyFolder + "/" + SigningKeys.publicKeyFile,
                          data: Data((key.publicKey.rawRepresentation.base64EncodedString() + "\n").utf8)))
        files.append(File(path: keyFolder + "/" + SigningKeys.issuerFile, data: Data((issuerName + "\n").utf8)))
        files.append(File(path: "index.html", data: Data(VerificationPage.html(certificates: certificates, doubts: doubts, base: base, issuerName: issuerName,
                                                                               issuerDID: did, at: date, english: english).utf8)))
        return files
    }
}

/// Why the folder cannot be written.
public enum PublishError: Error, Equatable, Sendable {
    /// zlib refused to compress the bitstring.
    case cannotCompress
}
