import Foundation

/// What an audit entry records, as language-neutral data: a kind and its arguments, stored as a JSON object in
/// the entry's details (`{"kind":"certified","number":"ТР-2026-000001","track":"hotline-operator","attempts":[3,4]}`)
/// and shown in the reader's language by `AuditText`. Entries written before this form (English phrases, and
/// acceptances in the language HR used) are read as they were stored (`AuditText`'s older forms).
public struct AuditRecord: Codable, Sendable, Hashable {
    /// What happened.
    public enum Kind: String, Codable, Sendable {
        /// `certify`: a certificate issued on `attempts`.
        case certified
        /// `certify-refused`: a valid certificate `number` of `track` is held.
        case alreadyCertified = "already-certified"
        /// `certify-refused`: the `scenarios` of `track` are not passed; `spent`: attempts spent by revoked certificates.
        case notPassed = "not-passed"
        /// `certify-refused`: the evidence `attempts` do not replay to their recorded results.
        case notReplayed = "not-replayed"
        /// `regrade`: the `attempts` whose result would change.
        case regraded
        /// `export-xapi`: statements written to `file` (standard output when absent).
        case exported
        /// `export-badge`: certificate `number`'s badge written to `file` (standard output when absent).
        case badgeExported = "badge-exported"
        /// `publish`: `certificates` published at `base`, `revoked` of them revoked.
        case published
        /// `ssh-revoke`: `count` keys removed.
        case keysRemoved = "keys-removed"
        /// `check-accepted`: the `findings` HR accepted, with their acceptance `keys` (`LedgerAcceptance`).
        case findingsAccepted = "findings-accepted"
    }

    /// An attempt spent by a revoked certificate.
    public struct Spent: Codable, Sendable, Hashable {
        public var attempt: Int64
        public var certificate: String
    }

    public var kind: Kind
    public var number: String?
    public var track: String?
    public var attempts: [Int64]?
    public var scenarios: [String]?
    public var spent: [Spent]?
    public var file: String?
    public var base: String?
    public var certificates: Int?
    public var revoked: Int?
    public var count: Int?
    public var findings: [StoredFinding]?
    public var keys: [String]?

    public init(kind: Kind) {
        self.kind = kind
    }

    /// The stored form: one line of JSON, keys sorted.
    public var stored: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The record an entry's details hold; `nil` for details of an older form (or not Trenazher's).
    public static func read(_ details: String) -> AuditRecord? {
        guard details.hasPrefix("{") else { return nil }
        return try? JSONDecoder().decode(AuditRecord.self, from: Data(details.utf8))
    }
}

/// A `hr check` finding as language-neutral data, as an acceptance stores it: what was found, on which row, the
/// values that identify the row (`LedgerCheck.identifying`) and what the row held before.
public struct StoredFinding: Codable, Sendable, Hashable {
    /// `edited`, `deleted`, `inserted`, `unsealed`, `chain-broken`, `seal-invalid`, `revocation-missing`,
    /// `rolled-back`, `anchor-invalid`.
    public var finding: String
    public var kind: String?
    public var id: Int64?
    public var row: [String: String]?
    public var seq: Int64?
    public var at: String?
    public var certificate: String?
    /// The anchor's place: its path or source; `placeKind` says which (`key-folder`, `published`). A row of an
    /// earlier build holds the place as words and no kind.
    public var place: String?
    public var placeKind: String?
    public var chainSeq: Int64?
    public var missing: [String]?
    public var missingAttempts: Int?
    /// What the row held before: `changed` (with `changes`), `removed` (with `removedRow`), `not-kept`, `copy-altered`.
    public var before: String?
    public var changes: [StoredChange]?
    public var removedRow: [String: String]?

    /// One changed value.
    public struct StoredChange: Codable, Sendable, Hashable {
        public var column: String
        public var input: Int?
        public var before: String?
        public var after: String?
    }

    init(finding: String) {
        self.finding = finding
    }

    /// `finding` as data; `row`: its row's identifying values; `original`: what the row held before.
    init(_ finding: LedgerFinding, row: [String: String]?, original: RecordedOriginal?) {
        switch finding {
        case .edited(let kind, let id, _), .inserted(let kind, let id, _), .unsealed(let kind, let id, _), .deleted(let kind, let id):
            switch finding {
            case .edited: self.finding = "edited"
            case .inserted: self.finding = "inserted"
            case .unsealed: self.finding = "unsealed"
            default: self.finding = "deleted"
            }
            self.kind = kind.rawValue
            self.id = id
            self.row = row
        case .chainBroken(let seq):
            self.finding = "chain-broken"
            self.seq = seq
        case .sealInvalid(let sealID, let seq, let sealedAt):
            self.finding = "seal-invalid"
            self.id = sealID
            self.seq = seq
            self.at = sealedAt
        case .revocationMissing(let certificate, let auditID):
            self.finding = "revocation-missing"
            self.certificate = certificate
            self.id = auditID
        case .rolledBack(let place, let anchoredSeq, let sealedAt, let chainSeq, let missing, let missingAttempts):
            self.finding = "rolled-back"
            store(place)
            self.seq = anchoredSeq
            self.at = sealedAt
            self.chainSeq = chainSeq
            self.missing = missing.map { "\($0.kind.rawValue)/\($0.rowID)" }
            self.missingAttempts = missingAttempts
        case .anchorInvalid(let place):
            self.finding = "anchor-invalid"
            store(place)
        }
        switch original {
        case .changed(let changes)?:
            before = "changed"
            self.changes = changes.map { StoredChange(column: $0.field.column, input: $0.field.input, before: $0.before, after: $0.after) }
        case .removed(_, let values)?:
            before = "removed"
            let kind = self.kind.flatMap(LedgerKind.init(rawValue:)) ?? .audit
            removedRow = values.filter { (LedgerCheck.identifyingColumns[kind] ?? []).contains($0.key) && !$0.value.isEmpty }
        case .notKept?: before = "not-kept"
        case .copyAltered?: before = "copy-altered"
        case nil: break
        }
    }

    private mutating func store(_ anchorPlace: AnchorPlace) {
        switch anchorPlace {
        case .keyFolder(let path): (placeKind, place) = ("key-folder", path)
        case .publishedFolder(let source): (placeKind, place) = ("published", source)
        case .described(let words): (placeKind, place) = (nil, words)
        }
    }

    /// The anchor's place as stored: by its kind, or the words of an earlier build.
    private var anchorPlace: AnchorPlace {
        switch placeKind {
        case "key-folder": return .keyFolder(path: place ?? "—")
        case "published": return .publishedFolder(source: place ?? "—")
        default: return .described(place ?? "—")
        }
    }

    /// The finding and what its row held, with the row described in the reader's language; `nil` for a form
    /// this build does not know.
    func restored(english: Bool) -> (LedgerFinding, RecordedOriginal?)? {
        let wording = ReportWording(english: english)
        let kind = self.kind.flatMap(LedgerKind.init(rawValue:))
        func described(_ values: [String: String]?) -> String {
            LedgerCheck.summary(kind ?? .audit, values: values ?? [:], wording: wording)
        }
        let restored: LedgerFinding
        switch finding {
        case "edited", "inserted", "unsealed", "deleted":
            guard let kind, let id else { return nil }
            switch finding {
            case "edited": restored = .edited(kind, rowID: id, row: described(row))
            case "inserted": restored = .inserted(kind, rowID: id, row: described(row))
            case "unsealed": restored = .unsealed(kind, rowID: id, row: described(row))
            default: restored = .deleted(kind, rowID: id)
            }
        case "chain-broken":
            guard let seq else { return nil }
            restored = .chainBroken(seq: seq)
        case "seal-invalid":
            guard let id, let seq else { return nil }
            restored = .sealInvalid(sealID: id, seq: seq, sealedAt: at ?? "—")
        case "revocation-missing":
            guard let certificate, let id else { return nil }
            restored = .revocationMissing(certificate: certificate, auditID: id)
        case "rolled-back":
            guard let seq else { return nil }
            let names = (missing ?? []).compactMap { mark -> LedgerEntryName? in
                let parts = mark.split(separator: "/")
                guard parts.count == 2, let kind = LedgerKind(rawValue: String(parts[0])), let row = Int64(parts[1]) else { return nil }
                return LedgerEntryName(kind: kind, rowID: row)
            }
            restored = .rolledBack(place: anchorPlace, anchoredSeq: seq, sealedAt: at ?? "—", chainSeq: chainSeq ?? 0, missing: names,
                                   missingAttempts: missingAttempts ?? 0)
        case "anchor-invalid":
            restored = .anchorInvalid(place: anchorPlace)
        default:
            return nil
        }
        let original: RecordedOriginal?
        switch before {
        case "changed":
            original = .changed((changes ?? []).map {
                FieldChange(field: LedgerField(column: $0.column, input: $0.input), before: $0.before, after: $0.after)
            })
        case "removed": original = .removed(row: described(removedRow), values: removedRow ?? [:])
        case "not-kept": original = .notKept
        case "copy-altered": original = .copyAltered
        default: original = nil
        }
        return (restored, original)
    }
}
