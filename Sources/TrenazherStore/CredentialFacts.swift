import Foundation

/// What a signed certificate credential says, read back from the document: the text a certificate page shows
/// and a verifier reports, taken only from what the signature covers.
public struct CredentialFacts: Sendable, Hashable {
    public var number: String
    public var code: String
    public var holder: String
    public var trackTitle: String
    /// What the holder did to earn it (the scenarios by title).
    public var criteria: String
    /// The track's title and the criteria line in English, when the credential signs them (`nil` for older ones).
    public var english: EnglishTitles?
    public var issuerName: String
    public var issuerDID: String
    public var validFrom: Date?
    public var validUntil: Date?
    public var status: StatusListEntry?
    /// The (first) proof's value.
    public var proofValue: String

    /// Reads a certificate credential; `nil` when the document is not one of Trenazher's certificates.
    public init?(credential document: JSONDocument) {
        guard let description = document["description"]?.stringValue else { return nil }
        let parts = description.components(separatedBy: " · ")
        let numberPrefix = "Сертифікат ", codePrefix = "код перевірки "
        guard parts.count == 2, parts[0].hasPrefix(numberPrefix), parts[1].hasPrefix(codePrefix) else { return nil }
        number = String(parts[0].dropFirst(numberPrefix.count))
        code = String(parts[1].dropFirst(codePrefix.count))
        let subject = document["credentialSubject"]
        holder = subject?["identifier"]?.arrayValue?.compactMap { $0["identityHash"]?.stringValue }.first
            ?? subject?["name"]?.stringValue ?? ""
        trackTitle = subject?["achievement"]?["name"]?.stringValue ?? ""
        let criteriaMembers = subject?["achievement"]?["criteria"]
        criteria = criteriaMembers?["narrative"]?.stringValue ?? ""
        english = OpenBadgeCredential.tagged(criteriaMembers?["name"], language: "en").flatMap { title in
            OpenBadgeCredential.tagged(criteriaMembers?["description"], language: "en").map { EnglishTitles(trackTitle: title, criteria: $0) }
        }
        issuerName = document["issuer"]?["name"]?.stringValue ?? ""
        issuerDID = document["issuer"]?["id"]?.stringValue ?? document["issuer"]?.stringValue ?? ""
        validFrom = document["validFrom"]?.stringValue.flatMap(Timestamp.date)
        validUntil = document["validUntil"]?.stringValue.flatMap(Timestamp.date)
        status = StatusListEntry.of(credential: document)
        let proof = document["proof"]?.arrayValue?.first ?? document["proof"]
        proofValue = proof?["proofValue"]?.stringValue ?? ""
    }

    /// The track's title in the reader's language: the signed English one when there is one.
    public func trackTitle(english inEnglish: Bool) -> String { inEnglish ? english?.trackTitle ?? trackTitle : trackTitle }

    /// Whether the certificate is past its expiry at `date`.
    public func isExpired(at date: Date) -> Bool { validUntil.map { date >= $0 } ?? false }

    /// What the certificate's QR code holds: the verification page's address with the code, or — for a
    /// certificate issued before HR recorded the address — the command that verifies it.
    public var verificationTarget: String {
        guard let base = status.flatMap({ StatusListEntry.base(ofListURL: $0.listURL) }) else { return "trenazher verify " + code }
        return PublicationAddress.verificationURL(base: base, code: code)
    }
}

extension CredentialFacts {
    /// The facts of a register entry, as its credential states them.
    public init(certificate: Certificate) {
        number = certificate.number
        code = certificate.code
        holder = certificate.traineeName
        trackTitle = certificate.trackTitle
        criteria = certificate.criteria
        english = certificate.english
        issuerName = certificate.issuer
        issuerDID = certificate.issuerDID
        validFrom = certificate.issuedAt
        validUntil = certificate.expiresAt
        status = certificate.status
        proofValue = certificate.signature
    }
}
