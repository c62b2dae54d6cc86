import Foundation
import Testing
@testable import TrenazherCore

/// `JSONValue` is written into one byte buffer: the text is the one the way it replaces gave (each value a
/// string, joined and quoted scalar by scalar), on random values whose texts mix quotes, backslashes, every
/// control character, Cyrillic, combining marks and scalars outside the basic plane.
@Suite struct JSONSerializationTests {
    @Test func theSameTextAsJoiningStrings() throws {
        var generator = SeededGenerator(seed: 3)
        let pieces = ["\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "a", "Й", "ї", "е\u{301}", "👍", " ", "«", "»", "—", "/"]
            + (0..<32).map { String(Character(Unicode.Scalar(UInt8($0)))) }
        func text() -> String {
            (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
        func value(depth: Int) -> JSONValue {
            switch Int.random(in: 0...(depth > 3 ? 4 : 6), using: &generator) {
            case 0: return .string(text())
            case 1: return .int(Int.random(in: Int.min...Int.max, using: &generator))
            case 2: return .double([0, -0.5, 1e15, 3, .infinity, -.infinity, .nan, 1.25, Double.random(in: -1e20...1e20, using: &generator)]
                .randomElement(using: &generator)!)
            case 3: return .bool(Bool.random(using: &generator))
            case 4: return .null
            case 5: return .array((0..<Int.random(in: 0...4, using: &generator)).map { _ in value(depth: depth + 1) })
            default: return .object((0..<Int.random(in: 0...4, using: &generator)).map { _ in (text(), value(depth: depth + 1)) })
            }
        }
        for _ in 0..<2_000 {
            let json = value(depth: 0)
            #expect(json.serialized() == Self.joined(json), "\(Self.joined(json))")
            #expect(json.serialized(indent: 2) == Self.joined(json, indent: 2))
        }
        let result = try Fixtures.play("hotline-account-no-id", "Добрий день, гаряча лінія, мене звати Олена. Як я можу до Вас звертатися?\n/lookup 20417385")
        let json = AttemptRendering.jsonValue(result, trainee: "Олена", played: Fixtures.scenario("hotline-account-no-id"))
        #expect(json.serialized() == Self.joined(json))
    }

    /// The text as `JSONValue` wrote it before: each value a string, joined, quoted scalar by scalar.
    static func joined(_ value: JSONValue, indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch value {
        case .string(let s): return quote(s)
        case .int(let n): return String(n)
        case .double(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { inner + joined($0, indent: indent + 1) }.joined(separator: ",\n") + "\n" + pad + "]"
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            return "{\n" + pairs.map { inner + quote($0.0) + ": " + joined($0.1, indent: indent + 1) }.joined(separator: ",\n") + "\n" + pad + "}"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
