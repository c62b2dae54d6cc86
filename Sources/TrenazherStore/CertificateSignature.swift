import Crypto
import Foundation

/// Signs and checks certificates: Ed25519 over SHA-256(JCS(proof options)) ‖ SHA-256(JCS(credential)),
/// the `eddsa-jcs-2022` recipe.
public enum CertificateSignature {
    /// The bytes the signature covers.
    static func signedBytes(credential: JSONDocument, proofConfiguration: JSONDocument) -> Data {
        Data(SHA256.hash(data: Data(proofConfiguration.canonical.utf8))) + Data(SHA256.hash(data: Data(credential.canonical.utf8)))
    }

    /// Returns the certificate with `issuerDID` and `signature` filled in.
    public static func sign(_ certificate: Certificate, with key: Curve25519.Signing.PrivateKey) throws -> Certificate {
        var signed = certificate
        signed.issuerDID = "did:key:" + DIDKey.multibase(key.publicKey)
        signed.signature = ""
        let bytes = signedBytes(credential: OpenBadgeCredential.unsigned(signed),
                                proofConfiguration: OpenBadgeCredential.proofConfiguration(
                                    verificationMethod: OpenBadgeCredential.verificationMethod(signed.issuerDID),
                                    created: signed.issuedAt))
        signed.signature = "z" + Base58.encode(Array(try key.signature(for: bytes)))
        return signed
    }

    /// Whether the certificate's signature is valid and made with the trusted key.
    public static func isValid(_ certificate: Certificate, trustedKey: Curve25519.Signing.PublicKey) -> Bool {
        guard certificate.issuerDID == "did:key:" + DIDKey.multibase(trustedKey) else { return false }
        let bytes = signedBytes(credential: OpenBadgeCredential.unsigned(certificate),
                                proofConfiguration: OpenBadgeCredential.proofConfiguration(
                                    verificationMethod: OpenBadgeCredential.verificationMethod(certificate.issuerDID),
                                    created: certificate.issuedAt))
        return verify(proofValue: certificate.signature, bytes: bytes, key: trustedKey)
    }

    /// Checks an exported credential document (a signed `OpenBadgeCredential`) against the trusted key.
    /// Returns the certificate number its ID names when the proof is valid, `nil` otherwise.
    public static func verifiedNumber(ofDocument document: JSONDocument, trustedKey: Curve25519.Signing.PublicKey) -> String? {
        guard case .object(var members) = document, case .object(var proof)? = members["proof"],
              let proofValue = proof["proofValue"]?.stringValue,
              let method = proof["verificationMethod"]?.stringValue,
              method == OpenBadgeCredential.verificationMethod("did:key:" + DIDKey.multibase(trustedKey)),
              let id = members["id"]?.stringValue, id.hasPrefix(OpenBadgeCredential.id(number: "")) else { return nil }
        members["proof"] = nil
        proof["proofValue"] = nil
        proof["@context"] = members["@context"]
        let bytes = signedBytes(credential: .object(members), proofConfiguration: .object(proof))
        guard verify(proofValue: proofValue, bytes: bytes, key: trustedKey) else { return nil }
        return String(id.dropFirst(OpenBadgeCredential.id(number: "").count))
    }

    private static func verify(proofValue: String, bytes: Data, key: Curve25519.Signing.PublicKey) -> Bool {
        guard proofValue.hasPrefix("z"), let signature = Base58.decode(String(proofValue.dropFirst())) else { return false }
        return key.isValidSignature(Data(signature), for: bytes)
    }
}
