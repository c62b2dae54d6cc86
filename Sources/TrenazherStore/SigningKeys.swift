import Crypto
import Foundation

/// A problem with the HR signing keys.
public enum SigningKeyError: Error, Equatable, Sendable, LocalizedError, BilingualError {
    /// `hr init` was already run for this key directory.
    case alreadyExists(directory: String)
    /// No key pair in the directory: `hr init` has not been run.
    case missing(directory: String)
    /// A key file exists but does not hold a key.
    case unreadable(path: String)
    /// The directory cannot be created or written.
    case cannotWrite(directory: String)
    /// The key folder (or the private key) belongs to another account: it may have been replaced.
    case notOwned(path: String, owner: UInt32)
    /// The key folder can be written by others, who could replace the key.
    case writableByOthers(path: String, mode: UInt32)
    /// The private key can be read by others.
    case privateKeyExposed(path: String, mode: UInt32)

    public func message(english: Bool) -> String {
        english ? englishMessage : ukrainianMessage
    }

    private var ukrainianMessage: String {
        switch self {
        case .alreadyExists(let directory):
            return "\(directory): ключ підпису вже є; його збережено (видані ним сертифікати й далі перевіряються)"
        case .missing(let directory):
            return "\(directory): немає ключа підпису; спершу виконайте `trenazher hr init`"
        case .unreadable(let path):
            return "\(path): це не ключ підпису тренажера"
        case .cannotWrite(let directory):
            return "\(directory): тут не вдається створити ключ підпису (лише для читання?)"
        case .notOwned(let path, let owner):
            return "\(path): належить обліковому запису \(owner), а не вам: теку ключа могли підмінити; відмовлено"
        case .writableByOthers(let path, let mode):
            return "\(path): у неї можуть писати інші (права \(String(mode, radix: 8))): будь-хто міг би підмінити ключ; виконайте `chmod 700` — відмовлено"
        case .privateKeyExposed(let path, let mode):
            return "\(path): закритий ключ можуть прочитати інші (права \(String(mode, radix: 8))); виконайте `chmod 600` — відмовлено"
        }
    }

    private var englishMessage: String {
        switch self {
        case .alreadyExists(let directory):
            return "\(directory): a signing key already exists; it is kept (certificates issued with it stay verifiable)"
        case .missing(let directory):
            return "\(directory): no signing key; run `trenazher hr init` first"
        case .unreadable(let path):
            return "\(path): not a Trenazher signing key"
        case .cannotWrite(let directory):
            return "\(directory): cannot create the signing key here (read-only?)"
        case .notOwned(let path, let owner):
            return "\(path): belongs to account \(owner), not to you: the key folder may have been replaced; refused"
        case .writableByOthers(let path, let mode):
            return "\(path): can be written by others (mode \(String(mode, radix: 8))): anyone could replace the key; `chmod 700` it — refused"
        case .privateKeyExposed(let path, let mode):
            return "\(path): the private key can be read by others (mode \(String(mode, radix: 8))); `chmod 600` it — refused"
        }
    }
}

/// The issuer's identity as stored next to the keys: its name and its public key.
public struct IssuerProfile {
    /// The organisation named on certificates.
    public var name: String
    /// The Ed25519 public key.
    public var publicKey: Curve25519.Signing.PublicKey

    public init(name: String, publicKey: Curve25519.Signing.PublicKey) {
        self.name = name
        self.publicKey = publicKey
    }

    /// The key as a did:key identifier (`did:key:z6Mk…`), the issuer's ID in exported credentials.
    public var did: String { "did:key:" + DIDKey.multibase(publicKey) }

    /// The verification method that names the key inside a proof.
    public var verificationMethod: String { did + "#" + DIDKey.multibase(publicKey) }
}

/// did:key encoding of an Ed25519 public key: multibase base58btc of the multicodec prefix 0xed01 and the key.
enum DIDKey {
    static func multibase(_ key: Curve25519.Signing.PublicKey) -> String {
        "z" + Base58.encode([0xED, 0x01] + Array(key.rawRepresentation))
    }
}

/// The Ed25519 key pair HR signs certificates with, kept in files outside the database:
/// `hr-signing.key` (private, mode 0600), `hr-signing.pub` and `issuer.txt`.
public enum SigningKeys {
    static let privateKeyFile = "hr-signing.key"
    static let publicKeyFile = "hr-signing.pub"
    static let issuerFile = "issuer.txt"

    /// Creates a new key pair in `directory` (mode 0700, also when the folder existed with looser
    /// permissions); refuses to overwrite an existing key and a folder that belongs to another account.
    @discardableResult
    public static func create(in directory: String, issuerName: String) throws -> IssuerProfile {
        let fileManager = FileManager.default
        let privatePath = (directory as NSString).appendingPathComponent(privateKeyFile)
        if fileManager.fileExists(atPath: privatePath) { throw SigningKeyError.alreadyExists(directory: directory) }
        var existing = stat()
        if stat(directory, &existing) == 0, existing.st_uid != getuid() {
            throw SigningKeyError.notOwned(path: directory, owner: existing.st_uid)
        }
        do {
            try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o700])
            guard chmod(directory, 0o700) == 0 else { throw SigningKeyError.cannotWrite(directory: directory) }
            let key = Curve25519.Signing.PrivateKey()
            try write(key.rawRepresentation.base64EncodedString() + "\n", to: privatePath, permissions: 0o600)
            try write(key.publicKey.rawRepresentation.base64EncodedString() + "\n",
                      to: (directory as NSString).appendingPathComponent(publicKeyFile), permissions: 0o644)
            try write(issuerName + "\n", to: (directory as NSString).appendingPathComponent(issuerFile), permissions: 0o644)
            return IssuerProfile(name: issuerName, publicKey: key.publicKey)
        } catch is SigningKeyError {
            throw SigningKeyError.alreadyExists(directory: directory)
        } catch {
            throw SigningKeyError.cannotWrite(directory: directory)
        }
    }

    /// The private key, for issuing.
    public static func privateKey(in directory: String) throws -> Curve25519.Signing.PrivateKey {
        let data = try keyData(directory, privateKeyFile)
        do {
            return try Curve25519.Signing.PrivateKey(rawRepresentation: data)
        } catch {
            throw SigningKeyError.unreadable(path: (directory as NSString).appendingPathComponent(privateKeyFile))
        }
    }

    /// The issuer's name and public key, for verifying.
    public static func issuer(in directory: String) throws -> IssuerProfile {
        let data = try keyData(directory, publicKeyFile)
        let key: Curve25519.Signing.PublicKey
        do {
            key = try Curve25519.Signing.PublicKey(rawRepresentation: data)
        } catch {
            throw SigningKeyError.unreadable(path: (directory as NSString).appendingPathComponent(publicKeyFile))
        }
        let name = (try? String(contentsOfFile: (directory as NSString).appendingPathComponent(issuerFile), encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return IssuerProfile(name: name?.isEmpty == false ? name! : "Trenazher", publicKey: key)
    }

    /// Checks the key folder before its key is used: it must not be writable by others, the private key (if
    /// there) must not be readable by others, and, when `owner` is given, both must belong to that account.
    public static func checkFolder(_ directory: String, owner: UInt32?) throws {
        var folder = stat()
        guard stat(directory, &folder) == 0 else { throw SigningKeyError.missing(directory: directory) }
        if let owner, folder.st_uid != owner { throw SigningKeyError.notOwned(path: directory, owner: folder.st_uid) }
        let folderMode = UInt32(folder.st_mode) & 0o7777
        if folderMode & 0o022 != 0 { throw SigningKeyError.writableByOthers(path: directory, mode: folderMode) }
        let privatePath = (directory as NSString).appendingPathComponent(privateKeyFile)
        var key = stat()
        guard stat(privatePath, &key) == 0 else { return }
        if let owner, key.st_uid != owner { throw SigningKeyError.notOwned(path: privatePath, owner: key.st_uid) }
        let keyMode = UInt32(key.st_mode) & 0o7777
        if keyMode & 0o077 != 0 { throw SigningKeyError.privateKeyExposed(path: privatePath, mode: keyMode) }
    }

    /// Whether the caller can read the folder's private key (it is theirs: the key is 0600).
    public static func canReadPrivateKey(_ directory: String) -> Bool {
        FileManager.default.isReadableFile(atPath: (directory as NSString).appendingPathComponent(privateKeyFile))
    }

    /// Whether the folder holds a private key (HR's own folder, not a copy of the public key).
    public static func holdsPrivateKey(_ directory: String) -> Bool {
        FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(privateKeyFile))
    }

    private static func keyData(_ directory: String, _ file: String) throws -> Data {
        let path = (directory as NSString).appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: path) else { throw SigningKeyError.missing(directory: directory) }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
              let data = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw SigningKeyError.unreadable(path: path)
        }
        return data
    }

    private static func write(_ text: String, to path: String, permissions: Int) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: permissions]) else {
            throw SigningKeyError.cannotWrite(directory: (path as NSString).deletingLastPathComponent)
        }
    }
}
