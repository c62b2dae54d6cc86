/// A JSON value with ordered object keys, written deterministically (the replay contract's
/// output is compared by tests and outside tools, so key order and formatting must not vary).
public indirect enum JSONValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    /// Pretty-printed text with two-space indentation, written into one buffer of bytes.
    public func serialized(indent: Int = 0) -> String {
        var out: [UInt8] = []
        write(into: &out, indent: indent)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the value's text, its first line unindented and the others `indent` levels in.
    private func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .string(let s): Self.appendQuoted(s, to: &out)
        case .int(let n): out.append(contentsOf: String(n).utf8)
        case .double(let d): out.append(contentsOf: (d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)).utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(contentsOf: "[\n".utf8)
            for (position, item) in items.enumerated() {
                if position > 0 { out.append(contentsOf: ",\n".utf8) }
                Self.appendPad(indent + 1, to: &out)
                item.write(into: &out, indent: indent + 1)
            }
            out.append(0x0A)
            Self.appendPad(indent, to: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            if pairs.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(contentsOf: "{\n".utf8)
            for (position, (key, value)) in pairs.enumerated() {
                if position > 0 { out.append(contentsOf: ",\n".utf8) }
                Self.appendPad(indent + 1, to: &out)
                Self.appendQuoted(key, to: &out)
                out.append(contentsOf: ": ".utf8)
                value.write(into: &out, indent: indent + 1)
            }
            out.append(0x0A)
            Self.appendPad(indent, to: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func appendPad(_ levels: Int, to out: inout [UInt8]) {
        for _ in 0..<max(0, levels) {
            out.append(0x20)
            out.append(0x20)
        }
    }

    /// A text as a JSON string literal.
    static func quote(_ s: String) -> String {
        var out: [UInt8] = []
        appendQuoted(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends a text as a JSON string literal: quotes, backslashes and control characters escaped, every other
    /// character as it is. Only ASCII bytes are ever escaped, and no byte of a longer UTF-8 sequence is ASCII,
    /// so the text is copied byte by byte.
    static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case ..<0x20:
                let hex = String(byte, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
