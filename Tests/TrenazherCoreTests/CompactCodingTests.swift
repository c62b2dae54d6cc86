import Foundation
import Testing
@testable import TrenazherCore

/// The compact binary form (`CompactCoding`) reads back what it wrote — optionals absent and present, dictionaries
/// by text, number and other keys, nested lists — and bytes cut short or changed fail the reading, never crash it.
@Suite struct CompactCodingTests {
    struct Sample: Codable, Equatable {
        enum Mood: String, Codable { case calm, angry }
        var text: String
        var nothing: String?
        var something: Int?
        var numbers: [Int]
        var byText: [String: [Double]]
        var byNumber: [Int: String]
        var byMood: [Mood: Bool]
        var nested: [[UInt8]]
        var words: Set<String>
        var small: Int32
        var big: UInt64
        var inner: Inner?
        var tail: String
    }

    struct Inner: Codable, Equatable {
        var flag: Bool
        var maybe: [String]?
    }

    static let sample = Sample(text: "Добрий день, «Олено»! 👋", nothing: nil, something: -42, numbers: [0, .max, .min],
                               byText: ["a": [1.5, -0.0], "ґ": []], byNumber: [3: "три", -1: ""], byMood: [.calm: true, .angry: false],
                               nested: [[], [0, 255]], words: ["й", "и\u{306}", ""], small: .min, big: .max,
                               inner: Inner(flag: true, maybe: nil), tail: "кінець")

    @Test func whatIsWrittenIsRead() throws {
        let bytes = try CompactCoding.encode(Self.sample)
        #expect(try CompactCoding.decode(Sample.self, from: bytes) == Self.sample)
        var other = Self.sample
        other.nothing = "є"
        other.something = nil
        other.inner = nil
        #expect(try CompactCoding.decode(Sample.self, from: try CompactCoding.encode(other)) == other)
        #expect(try CompactCoding.decode([String?].self, from: try CompactCoding.encode(["a", nil, "b"])) == ["a", nil, "b"])
        #expect(try CompactCoding.decode(String.self, from: try CompactCoding.encode("один")) == "один")
    }

    @Test func damagedBytesFailTheReading() throws {
        let bytes = try CompactCoding.encode(Self.sample)
        for length in 0..<bytes.count {
            #expect(throws: (any Error).self) { try CompactCoding.decode(Sample.self, from: Array(bytes.prefix(length))) }
        }
        #expect(throws: (any Error).self) { try CompactCoding.decode(Sample.self, from: bytes + [0]) }
        // Every byte changed in turn: the reading fails or gives a value; it never crashes or hangs.
        var generator = SeededGenerator(seed: 12)
        for position in 0..<bytes.count {
            var changed = bytes
            changed[position] ^= UInt8.random(in: 1...255, using: &generator)
            _ = try? CompactCoding.decode(Sample.self, from: changed)
        }
        // A value of another type is refused.
        #expect(throws: (any Error).self) { try CompactCoding.decode(Inner.self, from: bytes) }
    }
}
