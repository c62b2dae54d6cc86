import Crypto
import Foundation

/// The one signing mechanism of every document HR signs — certificates (Open Badges credentials) and the
/// published revocation list (a Bitstring Status List credential): a W3C Data Integrity proof made with HR's
/// Ed25519 key. Whatever cryptosuites the proofs use, every signed document goes through `sign` and
/// `verify` here, so a change of the proof format applies to all of them.
public enum DataIntegrityProof {
    /// The proof options (everything in the proof but its value), also covered by the signature.
    static func options(context: JSONDocument?, verificationMethod: String, created: Date) -> JSONDocument {
        var members: [String: JSONDocument] = [
            "type": .string("DataIntegrityProof"),
            "cryptosuite": .string("eddsa-jcs-2022"),
            "created": .string(Timestamp.string(created)),
            "verificationMethod": .string(verificationMethod),
            "proofPurpose": .string("assertionMethod"),
        ]
        if let context { members["@context"] = context }
        return .object(members)
    }

    /// The bytes an `eddsa-jcs-2022` signature covers: SHA-256(JCS(proof options)) ‖ SHA-256(JCS(document)).
    static func signedBytes(document: JSONDocument, options: JSONDocument) -> Data {
        Data(SHA256.hash(data: Data(options.canonical.utf8))) + Data(SHA256.hash(data: Data(document.canonical.utf8)))
    }

    /// The verification method naming an issuer's key inside a proof: `did:key:z6Mk…#z6Mk…`.
    static func verificationMethod(_ did: String) -> String {
        did + "#" + did.replacingOccurrences(of: "did:key:", with: "")
    }

    /// The document (without a `proof`) with its proof added, signed by `key`, dated `created`.
    public static func sign(_ document: JSONDocument, with key: Curve25519.Signing.PrivateKey, created: Date) throws -> JSONDocument {
        guard case .object(var members) = document else { return document }
        let did = "did:key:" + DIDKey.multibase(key.publicKey)
        guard case .object(var proof) = options(context: members["@context"], verificationMethod: verificationMethod(did),
                                                created: created) else { return document }
        let bytes = signedBytes(document: document, options: .object(proof))
        proof["proofValue"] = .string("z" + Base58.encode(Array(try key.signature(for: bytes))))
        members["proof"] = .object(proof)
        return .object(members)
    }

    /// Whether the document's proof is valid and made with the trusted key.
    public static func verify(_ signed: JSONDocument, trustedKey: Curve25519.Signing.PublicKey) -> Bool {
        guard case .object(var members) = signed, case .object(var proof)? = members["proof"],
              let proofValue = proof["proofValue"]?.stringValue,
              proof["verificationMethod"]?.stringValue == verificationMethod("did:key:" + DIDKey.multibase(trustedKey)),
              proofValue.hasPrefix("z"), let signature = Base58.decode(String(proofValue.dropFirst())) else { return false }
        members["proof"] = nil
        proof["proofValue"] = nil
        return trustedKey.isValidSignature(Data(signature), for: signedBytes(document: .object(members), options: .object(proof)))
    }

    /// The proof value of a signed document (what the certificate register keeps).
    static func proofValue(of signed: JSONDocument) -> String? {
        signed["proof"]?["proofValue"]?.stringValue
    }
}
