import Crypto
import Foundation

/// The `eddsa-rdfc-2022` cryptosuite of W3C *Data Integrity EdDSA Cryptosuites v1.0* (§3.3): the proof
/// options (with the document's `@context`) and the document without its proof are each canonicalised
/// with RDFC-1.0 and hashed with SHA-256; Ed25519 signs proofConfigHash ‖ documentHash; the proof value
/// is the signature in multibase base58btc (`z…`). It is the suite 1EdTech requires of Open Badges 3.0
/// issuers.
public enum EdDSARdfc2022 {
    /// The cryptosuite's name in a proof's `cryptosuite`.
    public static let name = "eddsa-rdfc-2022"

    /// The proof options: `type`, `cryptosuite`, `created`, `verificationMethod`, `proofPurpose`.
    public static func proofOptions(verificationMethod: String, created: String) -> [String: JSONDocument] {
        [
            "type": .string("DataIntegrityProof"),
            "cryptosuite": .string(name),
            "created": .string(created),
            "verificationMethod": .string(verificationMethod),
            "proofPurpose": .string("assertionMethod"),
        ]
    }

    /// The canonical N-Quads of the proof options, read with the document's `@context`.
    public static func canonicalProofConfiguration(_ options: [String: JSONDocument], document: JSONDocument,
                                                   contexts: JSONLDContextLibrary = .bundled) throws -> String {
        var configuration = options
        configuration["proofValue"] = nil
        configuration["@context"] = document["@context"]
        return try RDFCanonicalForm.nQuads(of: .object(configuration), contexts: contexts)
    }

    /// The bytes the signature covers: SHA-256(canonical proof options) ‖ SHA-256(canonical document).
    public static func hashData(document: JSONDocument, options: [String: JSONDocument],
                                contexts: JSONLDContextLibrary = .bundled) throws -> Data {
        guard case .object(var members) = document else { throw LinkedDataError.invalid("a credential must be an object") }
        members["proof"] = nil
        let unsecured = JSONDocument.object(members)
        let proofHash = SHA256.hash(data: Data(try canonicalProofConfiguration(options, document: unsecured, contexts: contexts).utf8))
        let documentHash = SHA256.hash(data: Data(try RDFCanonicalForm.nQuads(of: unsecured, contexts: contexts).utf8))
        return Data(proofHash) + Data(documentHash)
    }

    /// A signed proof (the options with `proofValue`) over the document (any `proof` it has is left out).
    public static func proof(for document: JSONDocument, options: [String: JSONDocument], key: Curve25519.Signing.PrivateKey,
                             contexts: JSONLDContextLibrary = .bundled) throws -> [String: JSONDocument] {
        let signature = try key.signature(for: try hashData(document: document, options: options, contexts: contexts))
        var proof = options
        proof["proofValue"] = .string("z" + Base58.encode(Array(signature)))
        return proof
    }

    /// Whether the proof (an `eddsa-rdfc-2022` proof object) is a valid signature of the document by `key`.
    public static func verify(document: JSONDocument, proof: [String: JSONDocument], key: Curve25519.Signing.PublicKey,
                              contexts: JSONLDContextLibrary = .bundled) -> Bool {
        guard proof["type"] == .string("DataIntegrityProof"), proof["cryptosuite"] == .string(name),
              let value = proof["proofValue"]?.stringValue, value.hasPrefix("z"),
              let signature = Base58.decode(String(value.dropFirst())), signature.count == 64 else { return false }
        var options = proof
        options["proofValue"] = nil
        guard let bytes = try? hashData(document: document, options: options, contexts: contexts) else { return false }
        return key.isValidSignature(Data(signature), for: bytes)
    }
}
