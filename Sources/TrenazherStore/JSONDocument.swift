import Foundation

/// A JSON document as a value, with the canonical serialisation (RFC 8785 JCS for the strings,
/// integers and objects used here) that certificate signatures are computed over.
public indirect enum JSONDocument: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONDocument])
    case object([String: JSONDocument])

    /// Keys sorted by UTF-16 code units, no whitespace, only the escapes JSON requires.
    public var canonical: String {
        var output = ""
        write(to: &output, pretty: false, indent: "")
        return output
    }

    /// Indented, keys sorted: for files people read.
    public var pretty: String {
        var output = ""
        write(to: &output, pretty: true, indent: "")
        return output
    }

    /// The member of an object.
    public subscript(key: String) -> JSONDocument? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The text of a string value.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The elements of an array value.
    public var arrayValue: [JSONDocument]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// Parses JSON text; `nil` when it is not JSON.
    public static func parse(_ data: Data) -> JSONDocument? {
        guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        return JSONDocument(foundation: object)
    }

    private init?(foundation object: Any) {
        switch object {
        case let text as String:
            self = .string(text)
        case let flag as Bool where Self.isBoolean(object):
            self = .bool(flag)
        case let number as NSNumber:
            if let integer = Int(exactly: number.doubleValue), Self.isInteger(number) {
                self = .integer(integer)
            } else {
                self = .number(number.doubleValue)
            }
        case let array as [Any]:
            var elements: [JSONDocument] = []
            for element in array {
                guard let value = JSONDocument(foundation: element) else { return nil }
                elements.append(value)
            }
            self = .array(elements)
        case let dictionary as [String: Any]:
            var members: [String: JSONDocument] = [:]
            for (key, element) in dictionary {
                guard let value = JSONDocument(foundation: element) else { return nil }
                members[key] = value
            }
            self = .object(members)
        case is NSNull:
            self = .null
        default:
            return nil
        }
    }

    private static func isBoolean(_ object: Any) -> Bool {
        if object is Bool && !(object is NSNumber) { return true }
        guard let number = object as? NSNumber else { return false }
        let type = String(cString: number.objCType)
        return type == "c" || type == "B"
    }

    private static func isInteger(_ number: NSNumber) -> Bool {
        !["f", "d"].contains(String(cString: number.objCType))
    }

    private func write(to output: inout String, pretty: Bool, indent: String) {
        switch self {
        case .string(let text):
            Self.writeString(text, to: &output)
        case .integer(let integer):
            output += String(integer)
        case .number(let number):
            output += number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .null:
            output += "null"
        case .array(let elements):
            if elements.isEmpty {
                output += "[]"
                return
            }
            let inner = indent + "  "
            output += "["
            for (offset, element) in elements.enumerated() {
                if offset > 0 { output += "," }
                if pretty { output += "\n" + inner }
                element.write(to: &output, pretty: pretty, indent: inner)
            }
            if pretty { output += "\n" + indent }
            output += "]"
        case .object(let members):
            if members.isEmpty {
                output += "{}"
                return
            }
            let inner = indent + "  "
            output += "{"
            let keys = members.keys.sorted { Array($0.utf16).lexicographicallyPrecedes(Array($1.utf16)) }
            for (offset, key) in keys.enumerated() {
                if offset > 0 { output += "," }
                if pretty { output += "\n" + inner }
                Self.writeString(key, to: &output)
                output += pretty ? ": " : ":"
                members[key]!.write(to: &output, pretty: pretty, indent: inner)
            }
            if pretty { output += "\n" + indent }
            output += "}"
        }
    }

    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 {
                    output += String(format: "\\u%04x", scalar.value)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
