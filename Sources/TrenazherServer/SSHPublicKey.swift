import Crypto
import Foundation

/// An OpenSSH public key as found in a `.pub` file: `TYPE BASE64 [COMMENT]`.
public struct SSHPublicKey: Equatable, Sendable {
    /// The key types OpenSSH accepts for users.
    public static let knownTypes: Set<String> = [
        "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    ]

    /// `ssh-ed25519`, `ssh-rsa` …
    public var type: String
    /// The key blob, base64 as written in the file.
    public var base64: String

    /// Why a text is not a public key.
    public enum Problem: Error, Equatable, Sendable {
        /// Nothing but blanks and comments.
        case empty
        /// Several keys where one is expected.
        case severalKeys
        /// An unknown key type (a private key, options, or not a key at all).
        case unknownType(String)
        /// The base64 part does not decode to a key of the stated type.
        case damaged
    }

    /// Parses the one key in `text` (a `.pub` file): blank lines and `#` comments are ignored, the
    /// comment after the key is dropped.
    public static func parse(_ text: String) throws -> SSHPublicKey {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        guard let line = lines.first else { throw Problem.empty }
        guard lines.count == 1 else { throw Problem.severalKeys }
        let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let type = fields.first, knownTypes.contains(type) else { throw Problem.unknownType(fields.first ?? line) }
        guard fields.count >= 2, let blob = Data(base64Encoded: fields[1]), embeddedType(blob) == type else { throw Problem.damaged }
        return SSHPublicKey(type: type, base64: fields[1])
    }

    /// The fingerprint `ssh-keygen -l` shows: `SHA256:` and the unpadded base64 of the blob's SHA-256.
    public var fingerprint: String {
        let digest = SHA256.hash(data: Data(base64Encoded: base64) ?? Data())
        var text = Data(digest).base64EncodedString()
        while text.hasSuffix("=") { text.removeLast() }
        return "SHA256:" + text
    }

    /// The first string inside the key blob (a 32-bit big-endian length, then the type name).
    private static func embeddedType(_ blob: Data) -> String? {
        let bytes = [UInt8](blob)
        guard bytes.count >= 4 else { return nil }
        let length = bytes[0..<4].reduce(0) { $0 << 8 | Int($1) }
        guard length > 0, length <= bytes.count - 4 else { return nil }
        return String(bytes: bytes[4..<(4 + length)], encoding: .utf8)
    }
}
