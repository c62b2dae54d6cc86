import Crypto
import Foundation
import Testing
@testable import TrenazherStore

/// The JSON-LD, RDFC-1.0 and `eddsa-rdfc-2022` code against independent W3C vectors (`Tests/LinkedDataVectors`).
@Suite struct LinkedDataVectorTests {
    static let vectors = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("LinkedDataVectors")

    static func text(_ path: String) throws -> String {
        try String(contentsOf: vectors.appendingPathComponent(path), encoding: .utf8)
    }

    static func json(_ path: String) throws -> JSONDocument {
        try #require(JSONDocument.parse(Data(try text(path).utf8)))
    }

    struct CanonTest: Sendable, CustomTestStringConvertible {
        let id: String
        let name: String
        let negative: Bool
        let input: String
        let expected: String
        var testDescription: String { "\(id) \(name)" }
    }

    static let canonTests: [CanonTest] = {
        guard let data = try? Data(contentsOf: vectors.appendingPathComponent("rdf-canon/manifest.json")),
              case .array(let entries)? = JSONDocument.parse(data) else { return [] }
        return entries.compactMap { entry in
            guard let id = entry["id"]?.stringValue, let input = entry["action"]?.stringValue else { return nil }
            return CanonTest(id: id, name: entry["name"]?.stringValue ?? "", negative: entry["type"]?.stringValue == "RDFC10NegativeEvalTest",
                             input: input, expected: entry["result"]?.stringValue ?? "")
        }
    }()

    /// The bundled contexts are the published documents byte for byte (their SHA-256 as published).
    @Test func bundledContextsAreThePublishedOnes() {
        #expect(Self.hex(SHA256.hash(data: Data(PackageResources.credentials_v2_jsonld)))
                == "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734")
        #expect(Self.hex(SHA256.hash(data: Data(PackageResources.ob_v3p0_context_3_0_3_json)))
                == "3d34f4d4ef1bce691106e63798beb5e7b862ba841423f5ee1e53ab7ddf3bca84")
    }

    @Test func theSuiteIsThere() {
        #expect(Self.canonTests.count >= 60)
    }

    @Test(arguments: canonTests)
    func rdfCanonicalization(_ test: CanonTest) throws {
        let dataset = try RDFCanonicalization.parseNQuads(try Self.text("rdf-canon/" + test.input))
        if test.negative {
            #expect(throws: LinkedDataError.tooComplex) { try RDFCanonicalization.canonicalNQuads(dataset) }
        } else {
            #expect(try RDFCanonicalization.canonicalNQuads(dataset) == (try Self.text("rdf-canon/" + test.expected)))
        }
    }

    /// The W3C vector's key pair: multibase multicodec Ed25519 keys (`0xed01` public, `0x8026` private).
    static func vectorKey() throws -> Curve25519.Signing.PrivateKey {
        let pair = try json("vc-di-eddsa/keyPair.json")
        let secret = try #require(pair["privateKeyMultibase"]?.stringValue.flatMap { Base58.decode(String($0.dropFirst())) })
        #expect(Array(secret.prefix(2)) == [0x80, 0x26])
        let key = try Curve25519.Signing.PrivateKey(rawRepresentation: secret.dropFirst(2))
        #expect("z" + Base58.encode([0xED, 0x01] + Array(key.publicKey.rawRepresentation)) == pair["publicKeyMultibase"]?.stringValue)
        return key
    }

    static func hex(_ data: some Sequence<UInt8>) -> String { data.map { String(format: "%02x", $0) }.joined() }

    @Test func eddsaRdfc2022CanonicalFormsAndHashes() throws {
        let unsigned = try Self.json("vc-di-eddsa/unsigned.json")
        let canonicalDocument = try RDFCanonicalForm.nQuads(of: unsigned)
        #expect(canonicalDocument == (try Self.text("vc-di-eddsa/canonDocDataInt.txt")))
        #expect(Self.hex(SHA256.hash(data: Data(canonicalDocument.utf8))) == (try Self.text("vc-di-eddsa/docHashDataInt.txt")))
        guard case .object(var options) = try Self.json("vc-di-eddsa/proofConfigDataInt.json") else { throw LinkedDataError.invalid("") }
        options["@context"] = nil
        let canonicalProof = try EdDSARdfc2022.canonicalProofConfiguration(options, document: unsigned)
        #expect(canonicalProof == (try Self.text("vc-di-eddsa/proofCanonDataInt.txt")))
        #expect(Self.hex(SHA256.hash(data: Data(canonicalProof.utf8))) == (try Self.text("vc-di-eddsa/proofHashDataInt.txt")))
        #expect(Self.hex(try EdDSARdfc2022.hashData(document: unsigned, options: options))
                == (try Self.text("vc-di-eddsa/combinedHashDataInt.txt")))
    }

    @Test func eddsaRdfc2022SignatureMatchesTheVector() throws {
        let unsigned = try Self.json("vc-di-eddsa/unsigned.json")
        let signed = try Self.json("vc-di-eddsa/signedDataInt.json")
        guard case .object(var options)? = signed["proof"] else { throw LinkedDataError.invalid("no proof") }
        options["proofValue"] = nil
        let key = try Self.vectorKey()
        let proof = try EdDSARdfc2022.proof(for: unsigned, options: options, key: key)
        #expect(proof["proofValue"]?.stringValue == (try Self.text("vc-di-eddsa/sigBTC58DataInt.txt")))
        #expect(proof["proofValue"] == signed["proof"]?["proofValue"])
        guard case .object(let published)? = signed["proof"] else { return }
        #expect(EdDSARdfc2022.verify(document: signed, proof: published, key: key.publicKey))
    }

    @Test func anEditedCredentialFailsTheVectorsProof() throws {
        let signed = try Self.json("vc-di-eddsa/signedDataInt.json")
        guard case .object(var members) = signed, case .object(let proof)? = members["proof"] else { return }
        let key = try Self.vectorKey()
        members["name"] = .string("Alumni Credential!")
        #expect(!EdDSARdfc2022.verify(document: .object(members), proof: proof, key: key.publicKey))
        var otherTime = proof
        otherTime["created"] = .string("2023-02-24T23:36:39Z")
        #expect(!EdDSARdfc2022.verify(document: signed, proof: otherTime, key: key.publicKey))
    }
}
