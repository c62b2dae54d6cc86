import Crypto
import Foundation

/// Signs and checks certificates through the shared Data Integrity mechanism (`DataIntegrityProof`).
public enum CertificateSignature {
    /// Returns the certificate with `issuerDID` and `signature` (its proof values, `rdfc jcs`) filled in.
    public static func sign(_ certificate: Certificate, with key: Curve25519.Signing.PrivateKey) throws -> Certificate {
        var signed = certificate
        signed.issuerDID = "did:key:" + DIDKey.multibase(key.publicKey)
        signed.signature = ""
        let document = try DataIntegrityProof.sign(OpenBadgeCredential.unsigned(signed), with: key, created: signed.issuedAt)
        signed.signature = DataIntegrityProof.storedProofValues(of: document)
        return signed
    }

    /// Whether the certificate's signatures are valid and made with the trusted key.
    public static func isValid(_ certificate: Certificate, trustedKey: Curve25519.Signing.PublicKey) -> Bool {
        certificate.issuerDID == "did:key:" + DIDKey.multibase(trustedKey)
            && DataIntegrityProof.verify(OpenBadgeCredential.signed(certificate), trustedKey: trustedKey)
    }

    /// Checks an exported credential document (a signed `OpenBadgeCredential`) against the trusted key.
    /// Returns the certificate number it states when the proofs are valid and its `id` is the one that
    /// number has (`urn:uuid:` of the issuer and number, or the older `urn:trenazher:certificate:`), `nil`
    /// otherwise.
    public static func verifiedNumber(ofDocument document: JSONDocument, trustedKey: Curve25519.Signing.PublicKey) -> String? {
        guard DataIntegrityProof.verify(document, trustedKey: trustedKey), let id = document["id"]?.stringValue,
              let number = CredentialFacts(credential: document)?.number else { return nil }
        let did = "did:key:" + DIDKey.multibase(trustedKey)
        let expected = DataIntegrityProof.isOlderFormat(document) ? OpenBadgeCredential.olderID(number: number)
            : OpenBadgeCredential.uuidURN(issuerDID: did, "certificate", number)
        return id == expected ? number : nil
    }
}
