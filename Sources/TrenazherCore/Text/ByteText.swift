import Foundation

/// Prefix and suffix tests on UTF-8 bytes. Word forms are NFC, so comparing bytes is exact, and far
/// cheaper than `String.hasPrefix`, which compares by grapheme.
enum ByteText {
    @inline(__always)
    static func hasPrefix(_ bytes: [UInt8], _ prefix: [UInt8]) -> Bool {
        guard bytes.count >= prefix.count else { return false }
        if prefix.isEmpty { return true }
        return bytes.withUnsafeBufferPointer { b in
            prefix.withUnsafeBufferPointer { p in memcmp(b.baseAddress!, p.baseAddress!, p.count) == 0 }
        }
    }

    @inline(__always)
    static func hasSuffix(_ bytes: [UInt8], _ suffix: [UInt8]) -> Bool {
        guard bytes.count >= suffix.count else { return false }
        if suffix.isEmpty { return true }
        return bytes.withUnsafeBufferPointer { b in
            suffix.withUnsafeBufferPointer { s in memcmp(b.baseAddress! + (b.count - s.count), s.baseAddress!, s.count) == 0 }
        }
    }
}
