import Foundation

/// An issued certificate: every field is covered by the Ed25519 signature.
public struct Certificate: Sendable, Hashable {
    /// Human-readable number: `ТР-2026-000123`.
    public var number: String
    /// The verification code printed on the certificate: `K7Q4-M2XD-9PTA`.
    public var code: String
    public var traineeID: Int64
    public var traineeName: String
    public var trackID: String
    public var trackTitle: String
    public var trackDescription: String
    /// What the holder did to earn it, in words.
    public var criteria: String
    public var issuedAt: Date
    public var expiresAt: Date
    /// The exam attempts the certificate rests on.
    public var evidence: [Int64]
    /// The issuing organisation's name.
    public var issuer: String
    /// The issuer's key as `did:key:z6Mk…`.
    public var issuerDID: String
    /// The Data Integrity proof values (`z…`, base58btc Ed25519 signatures): `rdfc jcs` — the
    /// `eddsa-rdfc-2022` and the `eddsa-jcs-2022` proof, separated by a space — or, for a certificate issued
    /// before the RDF proof, the single `eddsa-jcs-2022` value.
    public var signature: String
    /// Where its revocation is published (`credentialStatus`); `nil` for certificates issued before HR recorded
    /// the address of the published folder.
    public var status: StatusListEntry?
    /// The track's title and the criteria line in English (`CriteriaText.signedEnglish`), signed alongside the
    /// Ukrainian ones so that the English page shows signed words; `nil` for certificates issued before they were.
    public var english: EnglishTitles?

    public init(number: String, code: String, traineeID: Int64, traineeName: String, trackID: String, trackTitle: String,
                trackDescription: String, criteria: String, issuedAt: Date, expiresAt: Date, evidence: [Int64], issuer: String,
                issuerDID: String, signature: String, status: StatusListEntry? = nil, english: EnglishTitles? = nil) {
        self.number = number
        self.code = code
        self.traineeID = traineeID
        self.traineeName = traineeName
        self.trackID = trackID
        self.trackTitle = trackTitle
        self.trackDescription = trackDescription
        self.criteria = criteria
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
        self.evidence = evidence
        self.issuer = issuer
        self.issuerDID = issuerDID
        self.signature = signature
        self.status = status
        self.english = english
    }

    /// The track's title in the reader's language: the signed English title in English where the certificate has one.
    public func trackTitle(english inEnglish: Bool) -> String { inEnglish ? english?.trackTitle ?? trackTitle : trackTitle }

    /// Whether the certificate is past its expiry at `date`.
    public func isExpired(at date: Date) -> Bool { date >= expiresAt }

    /// Upper-cases a typed code and drops spaces and dashes, reading O as 0 and I, L as 1.
    public static func normalizedCode(_ typed: String) -> String {
        String(typed.uppercased().compactMap { character -> Character? in
            switch character {
            case "-", " ", "\u{2010}", "\u{2011}", "\u{2013}": return nil
            case "O": return "0"
            case "I", "L": return "1"
            default: return character
            }
        })
    }
}

/// A certificate's English words: the track's title and the criteria line naming the exams by their English titles.
public struct EnglishTitles: Sendable, Hashable {
    public var trackTitle: String
    public var criteria: String

    public init(trackTitle: String, criteria: String) {
        self.trackTitle = trackTitle
        self.criteria = criteria
    }
}
