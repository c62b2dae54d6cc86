import Crypto
import Foundation

/// The one signing mechanism of every document HR signs — certificates (Open Badges credentials) and the
/// published revocation list (a Bitstring Status List credential): W3C Data Integrity proofs made with HR's
/// Ed25519 key. `sign` adds a proof set — an `eddsa-rdfc-2022` proof (the cryptosuite 1EdTech requires of
/// Open Badges 3.0 issuers, over the RDF canonical form of the document) and an `eddsa-jcs-2022` proof
/// (over its JSON canonical form) — each over the document without `proof`. `verify` accepts a proof set
/// only when it holds an `eddsa-rdfc-2022` proof and every proof in it is valid; a single `eddsa-jcs-2022`
/// proof object is the older format of certificates issued before the RDF proof, and still verifies.
public enum DataIntegrityProof {
    /// The verification method naming an issuer's key inside a proof: `did:key:z6Mk…#z6Mk…`.
    static func verificationMethod(_ did: String) -> String {
        did + "#" + did.replacingOccurrences(of: "did:key:", with: "")
    }

    /// The `eddsa-jcs-2022` proof options (everything in the proof but its value), with the document's
    /// `@context`, as that suite's proofs carry it.
    static func jcsOptions(context: JSONDocument?, verificationMethod: String, created: Date) -> [String: JSONDocument] {
        var members: [String: JSONDocument] = [
            "type": .string("DataIntegrityProof"),
            "cryptosuite": .string("eddsa-jcs-2022"),
            "created": .string(Timestamp.string(created)),
            "verificationMethod": .string(verificationMethod),
            "proofPurpose": .string("assertionMethod"),
        ]
        if let context { members["@context"] = context }
        return members
    }

    /// The `eddsa-rdfc-2022` proof options.
    static func rdfcOptions(verificationMethod: String, created: Date) -> [String: JSONDocument] {
        EdDSARdfc2022.proofOptions(verificationMethod: verificationMethod, created: Timestamp.string(created))
    }

    /// The bytes an `eddsa-jcs-2022` signature covers: SHA-256(JCS(proof options)) ‖ SHA-256(JCS(document)).
    static func jcsSignedBytes(document: JSONDocument, options: [String: JSONDocument]) -> Data {
        Data(SHA256.hash(data: Data(JSONDocument.object(options).canonical.utf8))) + Data(SHA256.hash(data: Data(document.canonical.utf8)))
    }

    /// The document (without a `proof`) with its proof set added — `[eddsa-rdfc-2022, eddsa-jcs-2022]` —
    /// signed by `key`, dated `created`. Throws `LinkedDataError` when the document has no RDF form (a
    /// term no context defines, a relative identifier): such a document cannot be signed.
    public static func sign(_ document: JSONDocument, with key: Curve25519.Signing.PrivateKey, created: Date) throws -> JSONDocument {
        guard case .object(var members) = document else { throw LinkedDataError.invalid("a credential must be an object") }
        members["proof"] = nil
        let unsecured = JSONDocument.object(members)
        let method = verificationMethod("did:key:" + DIDKey.multibase(key.publicKey))
        let rdfc = try EdDSARdfc2022.proof(for: unsecured, options: rdfcOptions(verificationMethod: method, created: created), key: key)
        var jcs = jcsOptions(context: members["@context"], verificationMethod: method, created: created)
        jcs["proofValue"] = .string("z" + Base58.encode(Array(try key.signature(for: jcsSignedBytes(document: unsecured, options: jcs)))))
        members["proof"] = .array([.object(rdfc), .object(jcs)])
        return .object(members)
    }

    /// Whether the document's proofs are valid and made with the trusted key: a proof set with a valid
    /// `eddsa-rdfc-2022` proof and no invalid or unknown proof, or (older format) one `eddsa-jcs-2022` proof.
    public static func verify(_ signed: JSONDocument, trustedKey: Curve25519.Signing.PublicKey) -> Bool {
        guard case .object(var members) = signed, let proof = members["proof"] else { return false }
        members["proof"] = nil
        let unsecured = JSONDocument.object(members)
        let method = verificationMethod("did:key:" + DIDKey.multibase(trustedKey))
        switch proof {
        case .object(let single):
            return single["cryptosuite"] == .string("eddsa-jcs-2022")
                && isValidJCS(single, document: unsecured, method: method, key: trustedKey)
        case .array(let set):
            var rdfcFound = false
            for item in set {
                guard case .object(let single) = item, single["verificationMethod"] == .string(method) else { return false }
                switch single["cryptosuite"]?.stringValue {
                case EdDSARdfc2022.name?:
                    guard EdDSARdfc2022.verify(document: unsecured, proof: single, key: trustedKey) else { return false }
                    rdfcFound = true
                case "eddsa-jcs-2022"?:
                    guard isValidJCS(single, document: unsecured, method: method, key: trustedKey) else { return false }
                default:
                    return false
                }
            }
            return rdfcFound
        default:
            return false
        }
    }

    /// Whether a signed document is of the older format: one `eddsa-jcs-2022` proof, no RDF proof.
    public static func isOlderFormat(_ signed: JSONDocument) -> Bool {
        if case .object? = signed["proof"] { return true }
        return false
    }

    private static func isValidJCS(_ proof: [String: JSONDocument], document: JSONDocument, method: String,
                                   key: Curve25519.Signing.PublicKey) -> Bool {
        guard proof["type"] == .string("DataIntegrityProof"), proof["verificationMethod"] == .string(method),
              let value = proof["proofValue"]?.stringValue, value.hasPrefix("z"),
              let signature = Base58.decode(String(value.dropFirst())) else { return false }
        var options = proof
        options["proofValue"] = nil
        return key.isValidSignature(Data(signature), for: jcsSignedBytes(document: document, options: options))
    }

    /// The proof values of a signed document as the certificate register keeps them: `rdfc jcs` (two
    /// base58btc values, one space), or the single value of an older-format document.
    static func storedProofValues(of signed: JSONDocument) -> String {
        switch signed["proof"] {
        case .array(let set)?: return set.compactMap { $0["proofValue"]?.stringValue }.joined(separator: " ")
        case .object?: return signed["proof"]?["proofValue"]?.stringValue ?? ""
        default: return ""
        }
    }

    /// The `proof` member rebuilt from stored proof values (see `storedProofValues`); the older format when
    /// one value is stored.
    static func proof(storedValues: String, context: JSONDocument?, verificationMethod: String, created: Date) -> JSONDocument {
        let values = storedValues.split(separator: " ").map(String.init)
        var jcs = jcsOptions(context: context, verificationMethod: verificationMethod, created: created)
        guard values.count == 2 else {
            jcs["proofValue"] = .string(storedValues)
            return .object(jcs)
        }
        var rdfc = rdfcOptions(verificationMethod: verificationMethod, created: created)
        rdfc["proofValue"] = .string(values[0])
        jcs["proofValue"] = .string(values[1])
        return .array([.object(rdfc), .object(jcs)])
    }
}
