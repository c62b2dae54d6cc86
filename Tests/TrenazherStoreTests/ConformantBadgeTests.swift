import Crypto
import Foundation
import Testing
@testable import TrenazherStore

/// The certificate badge as a generic Open Badges 3.0 verifier sees it: a proof set with an
/// `eddsa-rdfc-2022` proof, URIs for every `id`, a `credentialStatus`; and the samples the schema and
/// `pyld` checks (`scripts/`) read, which must stay what the program writes.
@Suite struct ConformantBadgeTests {
    static let samples = LinkedDataVectorTests.vectors.appendingPathComponent("badge")

    /// A fixed key (so the proofs, deterministic Ed25519, are fixed too) and a fixed certificate.
    static var key: Curve25519.Signing.PrivateKey {
        // 32 fixed bytes are always a valid Ed25519 seed.
        (try? Curve25519.Signing.PrivateKey(rawRepresentation: Array(1...32).map(UInt8.init))) ?? Curve25519.Signing.PrivateKey()
    }
    static let base = "https://hr.example.org/trenazher"

    static func sample() throws -> Certificate {
        try CertificateSignature.sign(Certificate(
            number: "ТР-2026-000007", code: "K7Q4-M2XD-9PTA", traineeID: 3, traineeName: "Коваль Олена Петрівна",
            trackID: "hotline-operator", trackTitle: "Оператор кол-центру",
            trackDescription: "Обслуговування клієнтів на гарячій лінії кол-центру.",
            criteria: "Іспити складено (не менше 80 балів): «Рахунок без особового рахунку», «Довгий пошук».",
            issuedAt: Date(timeIntervalSince1970: 1_795_000_000), expiresAt: Date(timeIntervalSince1970: 1_826_536_000),
            evidence: [12, 15], issuer: "ПрАТ «Енергозбут»", issuerDID: "", signature: "",
            status: StatusListEntry(index: 7, listURL: StatusListEntry.listURL(base: base)),
            english: EnglishTitles(trackTitle: "Call-centre operator",
                                   criteria: "Exams passed (score at least 80): «Meter readings without identification», «Long lookup».")), with: key)
    }

    static func file(_ name: String) throws -> JSONDocument {
        try #require(JSONDocument.parse(try Data(contentsOf: samples.appendingPathComponent(name))))
    }

    /// Every `id` anywhere in the document.
    static func ids(in document: JSONDocument) -> [String] {
        switch document {
        case .object(let members):
            return (members["id"]?.stringValue.map { [$0] } ?? []) + members.filter { $0.key != "@context" }.values.flatMap(ids(in:))
        case .array(let items): return items.flatMap(ids(in:))
        default: return []
        }
    }

    @Test func theBadgeCarriesAnRDFProofAndAJCSProofAndVerifies() throws {
        let badge = OpenBadgeCredential.signed(try Self.sample())
        let proofs = try #require(badge["proof"]?.arrayValue)
        #expect(proofs.map { $0["cryptosuite"]?.stringValue } == ["eddsa-rdfc-2022", "eddsa-jcs-2022"])
        #expect(proofs[0]["@context"] == nil)
        #expect(DataIntegrityProof.verify(badge, trustedKey: Self.key.publicKey))
        #expect(!DataIntegrityProof.isOlderFormat(badge))
        #expect(CertificateSignature.verifiedNumber(ofDocument: badge, trustedKey: Self.key.publicKey) == "ТР-2026-000007")
        #expect(badge["credentialStatus"]?["type"] == .string("BitstringStatusListEntry"))
    }

    @Test func everyIDIsAnASCIIAbsoluteURI() throws {
        let ids = Self.ids(in: OpenBadgeCredential.signed(try Self.sample()))
        #expect(ids.count == 7)
        for id in ids {
            #expect(JSONLDActiveContext.isAbsoluteIRI(id) && id.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 }, "\(id)")
        }
        #expect(ids.first { $0.hasPrefix("urn:uuid:") } != nil)
        #expect(ids.filter { $0.hasPrefix("urn:uuid:") }.allSatisfy {
            $0.range(of: #"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"#, options: .regularExpression) != nil
        })
    }

    @Test func aProofSetWithoutAValidRDFProofIsRefused() throws {
        guard case .object(var badge) = OpenBadgeCredential.signed(try Self.sample()),
              let proofs = badge["proof"]?.arrayValue else { throw LinkedDataError.invalid("no proof set") }
        badge["proof"] = .array([proofs[1]])
        #expect(!DataIntegrityProof.verify(.object(badge), trustedKey: Self.key.publicKey), "the jcs proof alone, in a set")
        guard case .object(var rdfc) = proofs[0] else { return }
        rdfc["cryptosuite"] = .string("eddsa-2099")
        badge["proof"] = .array([proofs[0], proofs[1], .object(rdfc)])
        #expect(!DataIntegrityProof.verify(.object(badge), trustedKey: Self.key.publicKey), "an unknown proof in the set")
        badge["proof"] = .array(proofs)
        badge["name"] = .string("Оператор кол-центру — ТР-2026-000008")
        #expect(!DataIntegrityProof.verify(.object(badge), trustedKey: Self.key.publicKey), "an edited claim")
    }

    /// The English titles are language-tagged values under `criteria` (name, description), beside the plain
    /// Ukrainian strings the schema requires; both proofs cover them.
    @Test func theEnglishTitlesAreSignedAsLanguageTaggedValues() throws {
        let badge = OpenBadgeCredential.signed(try Self.sample())
        let criteria = try #require(badge["credentialSubject"]?["achievement"]?["criteria"])
        #expect(criteria["narrative"]?.stringValue?.hasPrefix("Іспити складено") == true)
        #expect(criteria["name"]?.arrayValue?.map { $0["@language"]?.stringValue } == ["uk", "en"])
        #expect(OpenBadgeCredential.tagged(criteria["name"], language: "en") == "Call-centre operator")
        #expect(CredentialFacts(credential: badge)?.english == (try Self.sample()).english)
        #expect(try RDFCanonicalForm.nQuads(of: OpenBadgeCredential.unsigned(try Self.sample())).contains("\"Call-centre operator\"@en"))
        let retitled = try #require(JSONDocument.parse(Data(badge.pretty.replacingOccurrences(of: "Call-centre operator", with: "Senior operator").utf8)))
        #expect(!DataIntegrityProof.verify(retitled, trustedKey: Self.key.publicKey), "an edited English title")
    }

    @Test func aCertificateIssuedBeforeTheRDFProofStillVerifies() throws {
        // Signed as every certificate was before: one eddsa-jcs-2022 proof over the older shape.
        var older = try Self.sample()
        older.status = nil
        older.english = nil
        older.signature = "z1"
        let did = older.issuerDID
        guard case .object(var document) = OpenBadgeCredential.unsigned(older) else { return }
        document["proof"] = nil
        #expect(document["id"] == .string("urn:trenazher:certificate:ТР-2026-000007"))
        let options = DataIntegrityProof.jcsOptions(context: document["@context"], verificationMethod: DataIntegrityProof.verificationMethod(did),
                                                    created: older.issuedAt)
        older.signature = "z" + Base58.encode(Array(try Self.key.signature(for: DataIntegrityProof.jcsSignedBytes(document: .object(document), options: options))))
        #expect(CertificateSignature.isValid(older, trustedKey: Self.key.publicKey))
        let badge = OpenBadgeCredential.signed(older)
        #expect(DataIntegrityProof.isOlderFormat(badge))
        #expect(CertificateSignature.verifiedNumber(ofDocument: badge, trustedKey: Self.key.publicKey) == "ТР-2026-000007")
    }

    @Test func theStatusListCredentialIsSignedWithTheSameProofSet() throws {
        guard let list = RevocationStatusList().credential(id: StatusListEntry.listURL(base: Self.base), issuerDID: try Self.sample().issuerDID,
                                                           publishedAt: Date(timeIntervalSince1970: 1_795_000_000)) else { return }
        let signed = try DataIntegrityProof.sign(list, with: Self.key, created: Date(timeIntervalSince1970: 1_795_000_000))
        #expect(signed["proof"]?.arrayValue?.first?["cryptosuite"] == .string("eddsa-rdfc-2022"))
        #expect(DataIntegrityProof.verify(signed, trustedKey: Self.key.publicKey))
    }

    /// The committed samples are exactly what the program writes (the schema and pyld scripts read them).
    @Test func theCommittedSamplesAreWhatTheProgramWrites() throws {
        let certificate = try Self.sample()
        #expect(try Self.file("badge.json") == OpenBadgeCredential.signed(certificate))
        let list = RevocationStatusList().credential(id: StatusListEntry.listURL(base: Self.base), issuerDID: certificate.issuerDID,
                                                     publishedAt: Date(timeIntervalSince1970: 1_795_000_000))
        #expect(try Self.file("status-list.json") == list)
    }

    /// Canonical N-Quads of the samples as `pyld` (an independent JSON-LD processor) writes them.
    @Test(arguments: ["badge", "status-list"])
    func canonicalFormMatchesPyld(_ name: String) throws {
        guard case .object(var document) = try Self.file(name + ".json") else { return }
        document["proof"] = nil
        let expected = try String(contentsOf: Self.samples.appendingPathComponent(name + ".pyld.nq"), encoding: .utf8)
        #expect(try RDFCanonicalForm.nQuads(of: .object(document)) == expected)
    }
}
