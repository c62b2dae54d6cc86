import Foundation

/// A certificate as an Open Badges 3.0 `OpenBadgeCredential` (a W3C Verifiable Credential), signed with
/// a Data Integrity proof of the `eddsa-jcs-2022` cryptosuite.
public enum OpenBadgeCredential {
    static let contexts: [JSONDocument] = [
        .string("https://www.w3.org/ns/credentials/v2"),
        .string("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
    ]

    /// The credential's ID: `urn:trenazher:certificate:ТР-2026-000123`.
    static func id(number: String) -> String { "urn:trenazher:certificate:" + number }

    /// The credential without its proof: what the signature covers.
    public static func unsigned(_ certificate: Certificate) -> JSONDocument {
        guard let status = certificate.status, case .object(var members) = claims(certificate) else { return claims(certificate) }
        members["credentialStatus"] = status.document
        return .object(members)
    }

    private static func claims(_ certificate: Certificate) -> JSONDocument {
        .object([
            "@context": .array(contexts),
            "id": .string(id(number: certificate.number)),
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
                "id": .string("urn:trenazher:trainee:\(certificate.traineeID)"),
                "type": .array([.string("AchievementSubject")]),
                "identifier": .array([.object([
                    "type": .string("IdentityObject"),
                    "identityType": .string("name"),
                    "hashed": .bool(false),
                    "identityHash": .string(certificate.traineeName),
                ])]),
                "achievement": .object([
                    "id": .string("urn:trenazher:track:" + certificate.trackID),
                    "type": .array([.string("Achievement")]),
                    "achievementType": .string("Certificate"),
                    "name": .string(certificate.trackTitle),
                    "description": .string(certificate.trackDescription),
                    "criteria": .object(["narrative": .string(certificate.criteria)]),
                ]),
            ]),
            "evidence": .array(certificate.evidence.map {
                .object([
                    "id": .string("urn:trenazher:attempt:\($0)"),
                    "type": .array([.string("Evidence")]),
                    "name": .string("Іспит, спроба #\($0)"),
                ])
            }),
        ])
    }

    /// The signed credential: the unsigned one with its `proof`.
    public static func signed(_ certificate: Certificate) -> JSONDocument {
        guard case .object(var members) = unsigned(certificate),
              case .object(var proof) = DataIntegrityProof.options(
                context: .array(contexts), verificationMethod: DataIntegrityProof.verificationMethod(certificate.issuerDID),
                created: certificate.issuedAt) else { return unsigned(certificate) }
        proof["proofValue"] = .string(certificate.signature)
        members["proof"] = .object(proof)
        return .object(members)
    }
}
