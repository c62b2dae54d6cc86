import Foundation
import Testing
@testable import TrenazherStore

/// What the JSON-LD processor must refuse rather than sign less than the document says, and the
/// constructs of the bundled contexts it must get right.
@Suite struct JSONLDExpansionTests {
    static let context: JSONDocument = .array([.string(JSONLDContextLibrary.credentialsV2),
                                               .string(JSONLDContextLibrary.openBadgesV3)])

    static func credential(subject: [String: JSONDocument], extra: [String: JSONDocument] = [:]) -> JSONDocument {
        var members: [String: JSONDocument] = [
            "@context": context,
            "id": .string("urn:uuid:0b9bbf8e-8b5b-4a5e-9a3e-3f1c1d1e1f10"),
            "type": .array([.string("VerifiableCredential"), .string("OpenBadgeCredential")]),
            "issuer": .string("did:example:issuer"),
            "credentialSubject": .object(subject),
        ]
        for (key, value) in extra { members[key] = value }
        return .object(members)
    }

    @Test func aTermNoContextDefinesIsAnErrorNotDropped() {
        let document = Self.credential(subject: ["id": .string("did:example:a")], extra: ["favouriteColour": .string("синій")])
        #expect(throws: LinkedDataError.undefinedTerm("favouriteColour")) { try RDFCanonicalForm.nQuads(of: document) }
    }

    @Test func typeScopedTermsDoNotReachNestedNodes() {
        // `validFrom` belongs to VerifiableCredential's scoped context, which does not propagate into the subject.
        let document = Self.credential(subject: ["id": .string("did:example:a"), "validFrom": .string("2026-01-01T00:00:00Z")])
        #expect(throws: LinkedDataError.undefinedTerm("validFrom")) { try RDFCanonicalForm.nQuads(of: document) }
    }

    @Test func protectedTermsCannotBeRedefined() {
        let document: JSONDocument = .object([
            "@context": .array([.string(JSONLDContextLibrary.credentialsV2), .object(["name": .string("https://example.org/name")])]),
            "name": .string("x"),
        ])
        #expect(throws: LinkedDataError.invalid("protected term «name» redefined")) { try RDFCanonicalForm.nQuads(of: document) }
    }

    @Test func contextsAreNeverFetched() {
        let document: JSONDocument = .object(["@context": .string("https://example.org/context.jsonld"), "name": .string("x")])
        #expect(throws: LinkedDataError.unknownContext("https://example.org/context.jsonld")) { try RDFCanonicalForm.nQuads(of: document) }
    }

    @Test func relativeIdentifiersAreRefused() {
        let document = Self.credential(subject: ["id": .string("trainee/3")])
        #expect(throws: LinkedDataError.relativeIRI("trainee/3")) { try RDFCanonicalForm.nQuads(of: document) }
    }

    @Test func coercionsListsAndTypeScopedTermsBecomeTheRightQuads() throws {
        let document = Self.credential(subject: [
            "id": .string("did:example:a"),
            "type": .array([.string("AchievementSubject")]),
            "identifier": .array([.object(["type": .string("IdentityObject"), "identityType": .string("name"),
                                           "hashed": .bool(false), "identityHash": .string("Коваль \"Олена\"\n")])]),
            "achievement": .object([
                "id": .string("urn:uuid:6f1c1d1e-0000-4000-8000-000000000001"), "type": .array([.string("Achievement")]),
                "name": .string("Оператор"), "criteria": .object(["narrative": .string("Іспити")]),
                "resultDescription": .array([.object(["id": .string("urn:uuid:6f1c1d1e-0000-4000-8000-000000000002"),
                                                      "type": .array([.string("ResultDescription")]),
                                                      "allowedValue": .array([.string("A"), .string("B")])])]),
            ]),
        ], extra: ["validFrom": .string("2026-11-18T10:00:00Z")])
        let quads = try RDFCanonicalForm.nQuads(of: document)
        let ob = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#"
        #expect(quads.contains("<urn:uuid:0b9bbf8e-8b5b-4a5e-9a3e-3f1c1d1e1f10> <https://www.w3.org/2018/credentials#validFrom> \"2026-11-18T10:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n"))
        #expect(quads.contains("<urn:uuid:0b9bbf8e-8b5b-4a5e-9a3e-3f1c1d1e1f10> <https://www.w3.org/2018/credentials#issuer> <did:example:issuer> .\n"))
        // The Open Badges context types `hashed` with an https datatype IRI: kept exactly as the context says.
        #expect(quads.contains("<\(ob)hashed> \"false\"^^<https://www.w3.org/2001/XMLSchema#boolean> .\n"))
        #expect(quads.contains("<\(ob)identityHash> \"Коваль \\\"Олена\\\"\\n\" .\n"))
        #expect(quads.contains("<did:example:a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <\(ob)AchievementSubject> .\n"))
        #expect(quads.contains("<http://www.w3.org/1999/02/22-rdf-syntax-ns#first> \"A\" .\n"))
        #expect(quads.contains("<http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .\n"))
        #expect(quads.contains("<\(ob)Criteria> _:c14n"))
        #expect(quads.contains("<\(ob)narrative> \"Іспити\" .\n"))
    }
}
