import Foundation

/// HR's published revocation list: a W3C Bitstring Status List (the `credentialStatus` mechanism Open Badges 3.0
/// uses) — one bit per certificate, 1 when revoked, bit 0 the most significant bit of the first byte; published
/// as a `BitstringStatusListCredential` whose `encodedList` is the GZIP-compressed bitstring in multibase
/// base64url (`u…`).
public struct RevocationStatusList: Sendable, Hashable {
    /// Where the list lies inside the published folder.
    public static let relativePath = "status/revocation.json"
    /// The specification's minimum length (16 KiB): enough that one bit does not single out a certificate.
    public static let minimumBits = 131_072
    /// The most a decoded list may hold (a larger one is refused rather than expanded).
    static let maximumBytes = 16 * 1024 * 1024

    /// The bitstring.
    public private(set) var bytes: [UInt8]

    /// An empty list of the minimum length.
    public init() {
        bytes = [UInt8](repeating: 0, count: Self.minimumBits / 8)
    }

    /// The list as the register holds it: the bit of every revoked certificate that has one.
    public init(revokedIn certificates: [RegisteredCertificate]) {
        self.init()
        for registered in certificates where registered.revocation != nil {
            if let entry = registered.certificate.status { revoke(entry.index) }
        }
    }

    /// How many entries the list has.
    public var count: Int { bytes.count * 8 }

    /// Marks the certificate at `index` revoked (ignored outside the list).
    public mutating func revoke(_ index: Int) {
        guard index >= 0, index < count else { return }
        bytes[index / 8] |= 0x80 >> UInt8(index % 8)
    }

    /// Whether the entry at `index` is set; `nil` outside the list.
    public func isRevoked(_ index: Int) -> Bool? {
        guard index >= 0, index < count else { return nil }
        return bytes[index / 8] & (0x80 >> UInt8(index % 8)) != 0
    }

    /// The `encodedList` value: `u` + base64url without padding of the GZIP-compressed bitstring.
    public var encodedList: String? {
        Gzip.compress(Data(bytes)).map { "u" + Self.base64URL($0) }
    }

    /// Decodes an `encodedList`; `nil` when it is not multibase base64url of a GZIP-compressed bitstring of at
    /// least the minimum length.
    public init?(encodedList: String) {
        guard encodedList.hasPrefix("u"), let compressed = Self.data(base64URL: String(encodedList.dropFirst())),
              let expanded = Gzip.decompress(compressed, limit: Self.maximumBytes), expanded.count * 8 >= Self.minimumBits else {
            return nil
        }
        bytes = [UInt8](expanded)
    }

    /// The unsigned `BitstringStatusListCredential` published at `id`.
    public func credential(id: String, issuerDID: String, publishedAt: Date) -> JSONDocument? {
        guard let encoded = encodedList else { return nil }
        return .object([
            "@context": .array([.string("https://www.w3.org/ns/credentials/v2")]),
            "id": .string(id),
            "type": .array([.string("VerifiableCredential"), .string("BitstringStatusListCredential")]),
            "issuer": .string(issuerDID),
            "validFrom": .string(Timestamp.string(publishedAt)),
            "credentialSubject": .object([
                "id": .string(id + "#list"),
                "type": .string("BitstringStatusList"),
                "statusPurpose": .string("revocation"),
                "encodedList": .string(encoded),
            ]),
        ])
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func data(base64URL text: String) -> Data? {
        var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        standard += String(repeating: "=", count: (4 - standard.count % 4) % 4)
        return Data(base64Encoded: standard)
    }
}
