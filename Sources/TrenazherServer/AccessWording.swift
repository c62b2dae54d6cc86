extension SSHPublicKey.Problem {
    /// One line for HR, about the key file at `path`.
    public func message(path: String, english: Bool) -> String {
        switch self {
        case .empty:
            return english ? "\(path): no public key in the file" : "\(path): у файлі немає відкритого ключа"
        case .severalKeys:
            return english ? "\(path): several keys; give one key per trainee" : "\(path): кілька ключів; потрібен один ключ на працівника"
        case .unknownType(let type):
            return english ? "\(path): «\(type.prefix(40))» is not an OpenSSH public key (a .pub file, e.g. ssh-ed25519 AAAA…)"
                           : "\(path): «\(type.prefix(40))» — не відкритий ключ OpenSSH (потрібен файл .pub, напр. ssh-ed25519 AAAA…)"
        case .damaged:
            return english ? "\(path): the key is damaged (the base64 part does not decode to a key)"
                           : "\(path): ключ пошкоджено (частина base64 не розкодовується в ключ)"
        }
    }
}

extension AuthorizedKeysError {
    /// One line for HR.
    public func message(english: Bool) -> String {
        switch self {
        case .keyInUse(let fingerprint, let traineeID):
            return english ? "the key \(fingerprint) already logs in as trainee #\(traineeID); every trainee needs their own key"
                           : "ключ \(fingerprint) уже входить як працівник #\(traineeID); кожному працівникові потрібен власний ключ"
        case .cannotWrite(let path, let reason):
            return english ? "\(path): cannot change the file (\(reason))" : "\(path): не вдається змінити файл (\(reason))"
        }
    }
}
