import Crypto
import Foundation

/// Signs and checks certificates through the shared Data Integrity mechanism (`DataIntegrityProof`).
public enum CertificateSignature {
    /// Returns the certificate with `issuerDID` and `signature` filled in.
    public static func sign(_ certificate: Certificate, with key: Curve25519.Signing.PrivateKey) throws -> Certificate {
        var signed = certificate
        signed.issuerDID = "did:key:" + DIDKey.multibase(key.publicKey)
        signed.signature = ""
        let document = try DataIntegrityProof.sign(OpenBadgeCredential.unsigned(signed), with: key, created: signed.issuedAt)
        signed.signature = DataIntegrityProof.proofValue(of: document) ?? ""
        return signed
    }

    /// Whether the certificate's signature is valid and made with the trusted key.
    public static func isValid(_ certificate: Certificate, trustedKey: Curve25519.Signing.PublicKey) -> Bool {
        certificate.issuerDID == "did:key:" + DIDKey.multibase(trustedKey)
            && DataIntegrityProof.verify(OpenBadgeCredential.signed(certificate), trustedKey: trustedKey)
    }

    /// Checks an exported credential document (a signed `OpenBadgeCredential`) against the trusted key.
    /// Returns the certificate number its ID names when the proof is valid, `nil` otherwise.
    public static func verifiedNumber(ofDocument document: JSONDocument, trustedKey: Curve25519.Signing.PublicKey) -> String? {
        guard let id = document["id"]?.stringValue, id.hasPrefix(OpenBadgeCredential.id(number: "")),
              DataIntegrityProof.verify(document, trustedKey: trustedKey) else { return nil }
        return String(id.dropFirst(OpenBadgeCredential.id(number: "").count))
    }
}
