import Foundation

/// A text as a dictionary key by its UTF-8 bytes: hashed and compared byte for byte, where `String` hashes
/// and compares by canonical equivalence (normalising a text that is not ASCII at every hash and every
/// comparison). Two texts that are canonically equivalent but spelled with other scalars are two keys, so a
/// cache keyed by it computes each afresh — what computing without the cache gives.
struct ExactText: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil {
            for byte in text.utf8 { hasher.combine(byte) }
        }
        hasher.combine(text.utf8.count)
    }

    static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        let left = lhs.text.utf8, right = rhs.text.utf8
        guard left.count == right.count else { return false }
        let compared: Bool?? = left.withContiguousStorageIfAvailable { a in
            right.withContiguousStorageIfAvailable { b in
                guard let first = a.baseAddress, let second = b.baseAddress else { return true }
                return memcmp(first, second, a.count) == 0
            }
        }
        if let compared, let result = compared { return result }
        return left.elementsEqual(right)
    }
}
