import Foundation

/// The withdrawal of a certificate.
public struct Revocation: Sendable, Hashable {
    public var revokedAt: Date
    public var reason: String
    /// Who revoked it (the HR user).
    public var actor: String
}

/// A certificate with its revocation, if any, as the register holds it.
public struct RegisteredCertificate: Sendable, Hashable {
    public var certificate: Certificate
    public var revocation: Revocation?
}

/// The outcome of `ProgressStore.certify`.
public enum CertificationOutcome: Sendable, Hashable {
    case issued(Certificate)
    /// Not eligible: the requirements not met.
    case refusedNotEligible(Eligibility)
    /// Already holds a valid certificate on this track that is not due for renewal.
    case refusedAlreadyCertified(Certificate)
    /// Eligible on the record, but replaying the evidence does not reproduce it (one problem per attempt).
    case refusedEvidence([EvidenceProblem])
}

/// What `verify` found, one of which is the answer.
public enum VerificationOutcome: Sendable, Hashable {
    case valid(Certificate)
    /// The signature does not match the certificate's fields (edited, or signed by another key).
    case badSignature(reference: String)
    /// The exported file is genuine, but the register's entry for it was altered.
    case registerAltered(reference: String)
    case revoked(Certificate, Revocation)
    case expired(Certificate)
    /// No certificate with this code or number in the register.
    case notFound(reference: String)

    /// Whether the certificate is to be trusted.
    public var isValid: Bool {
        if case .valid = self { return true }
        return false
    }
}

/// One entry of the append-only HR audit log.
public struct AuditEntry: Sendable, Hashable {
    public var id: Int64
    public var at: Date
    public var actor: String
    /// `certify`, `certify-refused`, `revoke`, `hr-init` …
    public var action: String
    public var subject: String
    public var details: String
}
