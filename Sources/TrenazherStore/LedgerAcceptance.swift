import Foundation
import GRDB

/// What `hr check --accept` records and how a later check recognises it. HR accepts findings it has
/// investigated: the `check-accepted` audit entry holds each finding as data (`AuditText.findingsAccepted`,
/// shown in the reader's language) and its key — the kind of finding, the row, and for an edited or inserted
/// row the digest of its present content, so the same row changed again is a new finding. Entries of earlier
/// builds listed the findings in words and their keys between ⟦ ⟧; they are still read. The entry is itself in the chain and sealed: an acceptance
/// written around Trenazher is an unsealed audit row, and accepts nothing.
public enum LedgerAcceptance {
    /// The action of the audit entries that accept findings.
    public static let action = "check-accepted"

    /// A finding's key; `digests`: the present digests of edited and inserted rows.
    static func key(of finding: LedgerFinding, digests: [LedgerEntryName: String]) -> String {
        func digest(_ kind: LedgerKind, _ id: Int64) -> String { digests[LedgerEntryName(kind: kind, rowID: id)].map { String($0.prefix(16)) } ?? "-" }
        switch finding {
        case .edited(let kind, let id, _): return "edited/\(kind.rawValue)/\(id)/\(digest(kind, id))"
        case .inserted(let kind, let id, _): return "inserted/\(kind.rawValue)/\(id)/\(digest(kind, id))"
        case .deleted(let kind, let id): return "deleted/\(kind.rawValue)/\(id)"
        case .unsealed(let kind, let id, _): return "unsealed/\(kind.rawValue)/\(id)"
        case .chainBroken(let seq): return "chain/\(seq)"
        case .sealInvalid(let id, let seq, _): return "seal/\(id)/\(seq)"
        case .revocationMissing(_, let auditID): return "revocation-missing/\(auditID)"
        case .rolledBack(_, let anchored, let at, let chainSeq, _, _): return "rolled-back/\(anchored)/\(chainSeq)/\(at.filter { !$0.isWhitespace })"
        case .anchorInvalid: return "anchor-invalid"
        }
    }

    /// The keys every acceptance in the audit log names, leaving out the entries in `excluding` (edited,
    /// inserted or unsealed ones).
    static func acceptedKeys(_ db: Database, excluding: Set<Int64>) throws -> Set<String> {
        var keys = Set<String>()
        for row in try Row.fetchAll(db, sql: "SELECT id, details FROM audit_log WHERE action = ?", arguments: [action]) {
            guard !excluding.contains(row["id"] as Int64), let details = row["details"] as String? else { continue }
            if let record = AuditRecord.read(details), record.kind == .findingsAccepted {
                keys.formUnion(record.keys ?? [])
                continue
            }
            guard let open = details.range(of: "⟦", options: .backwards), let close = details.range(of: "⟧", options: .backwards),
                  open.upperBound <= close.lowerBound else { continue }
            keys.formUnion(details[open.upperBound..<close.lowerBound].split(separator: " ").map(String.init))
        }
        return keys
    }
}
