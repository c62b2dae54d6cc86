import Foundation
import GRDB

/// Why a certificate cannot be taken as HR issued it: the hash chain (`hr check`) shows that a row it rests on
/// was changed outside Trenazher — an evidence attempt, its own register row, its revocation — or that the
/// record as a whole was rewritten or rolled back. `hr status`, `hr certificate` and `verify` show these in
/// their own output, so that no clean standing is read for a certificate resting on tampered evidence.
public struct CertificateDoubt: Sendable, Hashable {
    /// What was changed.
    public enum Reason: Sendable, Hashable {
        /// An attempt the certificate rests on was edited outside Trenazher.
        case evidenceEdited(attempt: Int64)
        /// An attempt the certificate rests on was written around Trenazher (no ledger entry).
        case evidenceInserted(attempt: Int64)
        /// An attempt the certificate rests on was deleted.
        case evidenceDeleted(attempt: Int64)
        /// The certificate's own row was edited, inserted or never sealed by HR's key.
        case certificateChanged
        /// The certificate's revocation row was edited, inserted or never sealed by HR's key.
        case revocationChanged(revocation: Int64)
        /// The audit log records that the certificate was revoked (entry `auditID`), but the revocation is gone.
        case revocationDeleted(auditID: Int64)
        /// Its revocation row was deleted (the row's kept copy names the certificate).
        case revocationRowDeleted(revocation: Int64)
        /// A revocation row was deleted and which certificate it revoked is not known: it may have been this one.
        case someRevocationDeleted(revocation: Int64)
        /// The chain was rewritten, a seal is not HR's, the chain was rolled back or its anchor damaged: no row
        /// of the register can be vouched for.
        case recordRewritten
    }

    public var reason: Reason
    /// Whether HR accepted the finding (`hr check --accept`): it no longer blocks HR's commands, but the
    /// certificate still rests on what was changed.
    public var accepted: Bool

    public init(reason: Reason, accepted: Bool) {
        self.reason = reason
        self.accepted = accepted
    }

    /// The doubt in words (Ukrainian, or English).
    public func text(english: Bool) -> String {
        let wording = ReportWording(english: english)
        let said: String
        switch reason {
        case .evidenceEdited(let id):
            said = wording.pick("спробу #\(id), на якій він ґрунтується, змінено поза тренажером",
                                "attempt #\(id) it rests on was edited outside Trenazher")
        case .evidenceInserted(let id):
            said = wording.pick("спробу #\(id), на якій він ґрунтується, додано поза тренажером",
                                "attempt #\(id) it rests on was inserted outside Trenazher")
        case .evidenceDeleted(let id):
            said = wording.pick("спробу #\(id), на якій він ґрунтується, видалено поза тренажером",
                                "attempt #\(id) it rests on was deleted outside Trenazher")
        case .certificateChanged:
            said = wording.pick("запис сертифіката в реєстрі змінено поза тренажером", "its register row was changed outside Trenazher")
        case .revocationChanged(let id):
            said = wording.pick("його відкликання #\(id) змінено поза тренажером", "its revocation #\(id) was changed outside Trenazher")
        case .revocationDeleted(let auditID):
            said = wording.pick("його відкликання видалено поза тренажером (журнал, запис #\(auditID))",
                                "its revocation was deleted outside Trenazher (audit entry #\(auditID))")
        case .revocationRowDeleted(let id):
            said = wording.pick("його відкликання #\(id) видалено поза тренажером", "its revocation #\(id) was deleted outside Trenazher")
        case .someRevocationDeleted(let id):
            said = wording.pick("відкликання #\(id) видалено поза тренажером — можливо, це було відкликання цього сертифіката",
                                "revocation #\(id) was deleted outside Trenazher — it may have revoked this certificate")
        case .recordRewritten:
            said = wording.pick("реєстр переписано або відкочено поза тренажером", "the register was rewritten or rolled back outside Trenazher")
        }
        return accepted ? said + wording.pick(" (знахідку прийнято, але сертифікат і далі на цьому ґрунтується)",
                                              " (the finding was accepted, but the certificate still rests on it)") : said
    }

    /// The doubts of each certificate, by number. `certificates`: every certificate's row ID, number and
    /// evidence attempts; `revocations`: each revocation row's certificate ID. Findings HR has not accepted
    /// and accepted ones both count (an accepted edit is still an edit); a rewritten or rolled-back record
    /// counts only until HR accepts it (HR's seal then vouches for the present state).
    public static func find(certificates: [(id: Int64, number: String, evidence: [Int64])], revocations: [Int64: Int64],
                            report: LedgerReport) -> [String: [CertificateDoubt]] {
        var doubts: [String: [CertificateDoubt]] = [:]
        var byEvidence: [Int64: [String]] = [:]
        var numberOf: [Int64: String] = [:]
        for certificate in certificates {
            numberOf[certificate.id] = certificate.number
            for attempt in certificate.evidence { byEvidence[attempt, default: []].append(certificate.number) }
        }
        func add(_ number: String?, _ reason: Reason, _ accepted: Bool) {
            guard let number else { return }
            let doubt = CertificateDoubt(reason: reason, accepted: accepted)
            if !(doubts[number] ?? []).contains(doubt) { doubts[number, default: []].append(doubt) }
        }
        var deletedRevocations: [(id: Int64, accepted: Bool)] = []
        var missingRevocations = 0
        let all = report.findings.map { ($0, false) } + report.accepted.map { ($0, true) }
        for (finding, accepted) in all {
            switch finding {
            case .edited(.attempt, let id, _):
                for number in byEvidence[id] ?? [] { add(number, .evidenceEdited(attempt: id), accepted) }
            case .inserted(.attempt, let id, _):
                for number in byEvidence[id] ?? [] { add(number, .evidenceInserted(attempt: id), accepted) }
            case .deleted(.attempt, let id):
                for number in byEvidence[id] ?? [] { add(number, .evidenceDeleted(attempt: id), accepted) }
            case .edited(.certificate, let id, _), .inserted(.certificate, let id, _), .unsealed(.certificate, let id, _):
                add(numberOf[id], .certificateChanged, accepted)
            case .edited(.revocation, let id, _), .inserted(.revocation, let id, _), .unsealed(.revocation, let id, _):
                add(revocations[id].flatMap { numberOf[$0] }, .revocationChanged(revocation: id), accepted)
            case .deleted(.revocation, let id):
                if case .removed(_, let values)? = report.originals[LedgerEntryName(kind: .revocation, rowID: id)],
                   let number = values["certificate_id"].flatMap({ Int64($0) }).flatMap({ numberOf[$0] }) {
                    add(number, .revocationRowDeleted(revocation: id), accepted)
                } else {
                    deletedRevocations.append((id, accepted))
                }
            case .revocationMissing(let number, let auditID):
                missingRevocations += 1
                add(number, .revocationDeleted(auditID: auditID), accepted)
            case .chainBroken, .sealInvalid, .rolledBack, .anchorInvalid:
                guard !accepted else { continue }
                for certificate in certificates { add(certificate.number, .recordRewritten, false) }
            case .edited, .inserted, .deleted, .unsealed:
                continue
            }
        }
        // A deleted revocation row neither its kept copy nor the audit log accounts for may have revoked any
        // unrevoked certificate.
        let named = doubts.values.filter { $0.contains { if case .revocationRowDeleted = $0.reason { return true } else { return false } } }.count
        if deletedRevocations.count + named > missingRevocations {
            let revoked = Set(revocations.values)
            for (id, accepted) in deletedRevocations {
                for certificate in certificates where !revoked.contains(certificate.id) {
                    add(certificate.number, .someRevocationDeleted(revocation: id), accepted)
                }
            }
        }
        return doubts
    }
}

extension ProgressStore {
    /// The doubts `report` (this store's `checkLedger`) casts on each certificate, by number
    /// (`CertificateDoubt.find`); certificates without doubts are absent.
    public func certificateDoubts(_ report: LedgerReport) throws -> [String: [CertificateDoubt]] {
        try writer.read { db in
            let certificates = try Row.fetchAll(db, sql: "SELECT id, number, evidence FROM certificate ORDER BY id").map { row in
                (id: row["id"] as Int64, number: row["number"] as String,
                 evidence: (row["evidence"] as String? ?? "").split(separator: ",").compactMap { Int64($0) })
            }
            var revocations: [Int64: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, certificate_id FROM revocation") {
                revocations[row["id"]] = row["certificate_id"]
            }
            return CertificateDoubt.find(certificates: certificates, revocations: revocations, report: report)
        }
    }
}
