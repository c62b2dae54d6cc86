import Crypto
import Foundation

/// The latest head of the hash chain HR's key sealed, kept outside the database: a chain cannot prove its own
/// length, since whoever can write the database can delete the newest rows together with their ledger entries
/// and seals, leaving an older state that is whole and sealed. Every seal is written to HR's key folder (owned
/// by HR, checked on every use) and by `hr publish` to the published folder (`key/chain-head.json`); the check
/// reports a database whose chain is shorter than the anchored head or differs from it, naming the
/// certificates, revocations and audit entries it no longer has.
public struct ChainAnchor: Codable, Sendable, Hashable {
    /// One non-attempt entry of the chain up to the anchored head.
    public struct Mark: Codable, Sendable, Hashable {
        public var seq: Int64
        public var kind: String
        public var row: Int64
    }

    /// The file's name, in the key folder and in the published folder's `key/`.
    public static let fileName = "chain-head.json"

    /// The sealed entry and its chain value.
    public var seq: Int64
    public var head: String
    public var sealedAt: String
    /// HR's signature of the seal (`Ledger.sealMessage`), base64.
    public var signature: String
    /// How many attempt entries the chain held up to `seq`.
    public var attempts: Int
    /// Every certificate, revocation and audit entry up to `seq`.
    public var marks: [Mark]

    /// Whether HR's key signed this head.
    public func isSigned(by key: Curve25519.Signing.PublicKey) -> Bool {
        guard let data = Data(base64Encoded: signature) else { return false }
        return key.isValidSignature(data, for: Ledger.sealMessage(seq: seq, head: head, sealedAt: sealedAt))
    }

    /// The anchor as written (JSON, keys sorted).
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    /// Reads an anchor; `nil` when the data is no anchor.
    public static func decode(_ data: Data) -> ChainAnchor? {
        try? JSONDecoder().decode(ChainAnchor.self, from: data)
    }
}

/// Where an anchor was read, as data: the finding names it in the reader's language (`LedgerWording`), so an
/// acceptance recorded by an English-speaking HR reads in Ukrainian to the next one.
public enum AnchorPlace: Sendable, Hashable {
    /// HR's key folder, at this path.
    case keyFolder(path: String)
    /// The published folder, as its source was given (a path or an address).
    case publishedFolder(source: String)
    /// A place recorded as words by an earlier build, shown as it was written.
    case described(String)
}

/// An anchor as read from a place outside the database, with the place named (for the finding).
public struct AnchorSource: Sendable, Hashable {
    /// Where it was read: HR's key folder or the published folder.
    public var place: AnchorPlace
    /// The anchor, or `nil` when the file is there but is no anchor (damaged or replaced).
    public var anchor: ChainAnchor?

    public init(place: AnchorPlace, anchor: ChainAnchor?) {
        self.place = place
        self.anchor = anchor
    }
}
