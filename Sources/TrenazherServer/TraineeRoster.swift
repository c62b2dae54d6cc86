import Foundation

/// One row of the CSV HR imports trainees from: `full_name,first_name,role,ssh_key`, where `ssh_key`
/// is the public key itself (`ssh-ed25519 AAAA…`) or the path of a `.pub` file relative to the CSV.
public struct RosterRow: Equatable, Sendable {
    public var fullName: String
    public var firstName: String
    public var role: String
    public var sshKey: String
    /// The line of the CSV, for messages.
    public var line: Int

    public init(fullName: String, firstName: String, role: String, sshKey: String, line: Int) {
        self.fullName = fullName
        self.firstName = firstName
        self.role = role
        self.sshKey = sshKey
        self.line = line
    }
}

/// A problem in the roster, at a line.
public struct RosterError: Error, Equatable, Sendable {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
}

/// Reads a trainee roster: comma- or semicolon-separated (spreadsheets in Ukrainian locales save with
/// `;`), double quotes around fields with separators, an optional header row, a UTF-8 byte-order mark.
public enum TraineeRoster {
    /// The rows of `text`; throws at the first malformed line.
    public static func parse(_ text: String) throws -> [RosterRow] {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        var rows: [RosterRow] = []
        var separator: Character?
        body = body.replacingOccurrences(of: "\r\n", with: "\n")
        for (index, rawLine) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let chosen = separator ?? (line.filter { $0 == ";" }.count >= 3 ? ";" : ",")
            separator = chosen
            guard let fields = fields(of: line, separator: chosen) else {
                throw RosterError(line: index + 1, message: "unclosed quote")
            }
            let trimmed = fields.map { $0.trimmingCharacters(in: .whitespaces) }
            if rows.isEmpty, trimmed.first?.lowercased().replacingOccurrences(of: " ", with: "_") == "full_name" || trimmed.first == "ПІБ" {
                continue
            }
            guard trimmed.count == 4 else {
                throw RosterError(line: index + 1, message: "expected 4 fields (full_name, first_name, role, ssh_key), found \(trimmed.count)")
            }
            guard trimmed.allSatisfy({ !$0.isEmpty }) else { throw RosterError(line: index + 1, message: "an empty field") }
            rows.append(RosterRow(fullName: trimmed[0], firstName: trimmed[1], role: trimmed[2], sshKey: trimmed[3], line: index + 1))
        }
        return rows
    }

    /// Splits one CSV line; `nil` when a quote is not closed.
    static func fields(of line: String, separator: Character) -> [String]? {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var previousWasQuote = false
        for character in line {
            if quoted {
                if character == "\"" {
                    quoted = false
                    previousWasQuote = true
                } else {
                    current.append(character)
                }
                continue
            }
            if character == "\"" {
                if previousWasQuote { current.append("\"") }
                quoted = true
            } else if character == separator {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previousWasQuote = false
        }
        if quoted { return nil }
        fields.append(current)
        return fields
    }
}
