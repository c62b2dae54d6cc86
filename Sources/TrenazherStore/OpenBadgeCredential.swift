import Crypto
import Foundation

/// A certificate as an Open Badges 3.0 `OpenBadgeCredential` (a W3C Verifiable Credential 2.0), signed with
/// a Data Integrity proof set (`eddsa-rdfc-2022` and `eddsa-jcs-2022`, see `DataIntegrityProof`). Every
/// `id` is a URI: the issuer's `did:key`, the status list's address, and name-based UUIDs (`urn:uuid:`,
/// version 5, from the issuer's DID and the register's number or ID) for the credential, the holder, the
/// achievement and each exam attempt. Certificates signed before the RDF proof keep their older shape
/// (`urn:trenazher:…` IDs, one `eddsa-jcs-2022` proof), so that their signature still verifies.
///
/// The track's title and the criteria line are signed in Ukrainian as the plain strings Open Badges requires
/// (`achievement.name`, `criteria.narrative`: 1EdTech's schema allows only a string there) and, since English
/// titles are signed too, again under `criteria` as language-tagged values in both languages (`name`,
/// `description`: `[{"@value": …, "@language": "uk"}, {"@value": …, "@language": "en"}]`, the form of the VC
/// data model's «Language and Base Direction»), terms the bundled contexts define, so both proofs cover them.
/// A certificate issued before has no such members, and its credential is rebuilt as it was signed.
public enum OpenBadgeCredential {
    static let contexts: [JSONDocument] = [
        .string(JSONLDContextLibrary.credentialsV2),
        .string(JSONLDContextLibrary.openBadgesV3),
    ]

    /// Whether the certificate's credential has the older shape: its register entry holds one proof value.
    static func isOlderFormat(_ certificate: Certificate) -> Bool {
        !certificate.signature.isEmpty && !certificate.signature.contains(" ")
    }

    /// The older credential ID: `urn:trenazher:certificate:ТР-2026-000123`.
    static func olderID(number: String) -> String { "urn:trenazher:certificate:" + number }

    /// A `urn:uuid:` of version 5 (SHA-1, URL namespace) for a name under the issuer's DID.
    static func uuidURN(issuerDID: String, _ kind: String, _ key: String) -> String {
        let namespace: [UInt8] = [0x6B, 0xA7, 0xB8, 0x11, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8]
        var bytes = Array(Insecure.SHA1.hash(data: Data(namespace + Array("\(issuerDID)/\(kind)/\(key)".utf8))).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(hex[hex.index(hex.startIndex, offsetBy: range.lowerBound)..<hex.index(hex.startIndex, offsetBy: range.upperBound)])
        }
        return "urn:uuid:" + parts.joined(separator: "-")
    }

    /// The credential's `id`.
    public static func id(of certificate: Certificate) -> String {
        isOlderFormat(certificate) ? olderID(number: certificate.number)
            : uuidURN(issuerDID: certificate.issuerDID, "certificate", certificate.number)
    }

    /// The credential without its proof: what the signatures cover.
    public static func unsigned(_ certificate: Certificate) -> JSONDocument {
        guard let status = certificate.status, case .object(var members) = claims(certificate) else { return claims(certificate) }
        members["credentialStatus"] = status.document
        return .object(members)
    }

    private static func claims(_ certificate: Certificate) -> JSONDocument {
        let older = isOlderFormat(certificate)
        func identifier(_ kind: String, _ key: String) -> JSONDocument {
            .string(older ? "urn:trenazher:\(kind):\(key)" : uuidURN(issuerDID: certificate.issuerDID, kind, key))
        }
        return .object([
            "@context": .array(contexts),
            "id": .string(id(of: certificate)),
            "type": .array([.string("VerifiableCredential"), .string("OpenBadgeCredential")]),
            "name": .string("\(certificate.trackTitle) — \(certificate.number)"),
            "description": .string("Сертифікат \(certificate.number) · код перевірки \(certificate.code)"),
            "issuer": .object([
                "id": .string(certificate.issuerDID),
                "type": .array([.string("Profile")]),
                "name": .string(certificate.issuer),
            ]),
            "validFrom": .string(Timestamp.string(certificate.issuedAt)),
            "validUntil": .string(Timestamp.string(certificate.expiresAt)),
            "credentialSubject": .object([
                "id": identifier("trainee", String(certificate.traineeID)),
                "type": .array([.string("AchievementSubject")]),
                "identifier": .array([.object([
                    "type": .string("IdentityObject"),
                    // The 1EdTech schema's identity types have no plain name: an extension type (`ext:`).
                    "identityType": .string(older ? "name" : "ext:name"),
                    "hashed": .bool(false),
                    "identityHash": .string(certificate.traineeName),
                ])]),
                "achievement": .object([
                    "id": identifier("track", certificate.trackID),
                    "type": .array([.string("Achievement")]),
                    "achievementType": .string("Certificate"),
                    "name": .string(certificate.trackTitle),
                    "description": .string(certificate.trackDescription),
                    "criteria": criteria(certificate),
                ]),
            ]),
            "evidence": .array(certificate.evidence.map {
                .object([
                    "id": identifier("attempt", String($0)),
                    "type": .array([.string("Evidence")]),
                    "name": .string("Іспит, спроба #\($0)"),
                ])
            }),
        ])
    }

    /// `criteria`: the Ukrainian narrative, and — when the certificate carries English titles — the track's title
    /// (`name`) and the criteria line (`description`) tagged `uk` and `en`.
    private static func criteria(_ certificate: Certificate) -> JSONDocument {
        guard let english = certificate.english else { return .object(["narrative": .string(certificate.criteria)]) }
        func tagged(_ ukrainian: String, _ englishText: String) -> JSONDocument {
            .array([.object(["@value": .string(ukrainian), "@language": .string("uk")]),
                    .object(["@value": .string(englishText), "@language": .string("en")])])
        }
        return .object([
            "narrative": .string(certificate.criteria),
            "name": tagged(certificate.trackTitle, english.trackTitle),
            "description": tagged(certificate.criteria, english.criteria),
        ])
    }

    /// The language-tagged value of `language` among a member's values (`criteria.name`, `criteria.description`).
    static func tagged(_ values: JSONDocument?, language: String) -> String? {
        let items = values?.arrayValue ?? values.map { [$0] } ?? []
        return items.first { $0["@language"]?.stringValue == language }?["@value"]?.stringValue
    }

    /// The signed credential: the unsigned one with its proofs, rebuilt from the register's proof values.
    public static func signed(_ certificate: Certificate) -> JSONDocument {
        guard case .object(var members) = unsigned(certificate) else { return unsigned(certificate) }
        members["proof"] = DataIntegrityProof.proof(storedValues: certificate.signature, context: .array(contexts),
                                                    verificationMethod: DataIntegrityProof.verificationMethod(certificate.issuerDID),
                                                    created: certificate.issuedAt)
        return .object(members)
    }
}
