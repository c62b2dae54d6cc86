import Crypto

/// SHA-256, used for scenario file hashes, the content digest (stored with attempts, so they must be stable across
/// runs and machines) and the keys of the compiled caches. The digest is BoringSSL's (through `Crypto`), which uses
/// the processor's SHA instructions where it has them: the Content cache's key hashes all of `Content/` (1 MB) at
/// every start of a trainee's console, some 50 M instructions with the block function written in Swift and a few
/// million with these.
public enum StableHash {
    /// The SHA-256 digest of the bytes, as lower-case hex.
    public static func hex(of bytes: [UInt8]) -> String {
        let digest = SHA256.hash(data: bytes)
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
