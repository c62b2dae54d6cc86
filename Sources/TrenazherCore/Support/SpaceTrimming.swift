import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)`, without Foundation when neither end is white space
    /// (most lines): then there is nothing to trim.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return String(self) }
        func mayBeSpace(_ scalar: Unicode.Scalar) -> Bool {
            !(0x21...0x7E).contains(scalar.value) && CharacterSet.whitespaces.contains(scalar)
        }
        guard mayBeSpace(first) || mayBeSpace(last) else { return String(self) }
        return trimmingCharacters(in: .whitespaces)
    }
}
