import Foundation

/// A compact binary form of `Codable` values, for files the program writes and reads back itself (the compiled
/// Content cache, `ContentCache`): several times cheaper to read than JSON. Every value begins with a tag byte
/// (nothing, a plain value, a keyed or an unkeyed container); a plain value is its bytes (integers and doubles
/// 8 bytes little-endian, a string its UTF-8 length and bytes); a container gives its count, a keyed one then its
/// keys, then the values in order. Values are read back in the order they were written, as `Codable`'s
/// synthesised code and this module's own codings do; a key read out of order, a tag or a length that does not fit,
/// or bytes left over fail the reading (`DecodingError`), never a crash and never a value made up.
enum CompactCoding {
    static let nothing: UInt8 = 0
    static let plain: UInt8 = 1
    static let keyed: UInt8 = 2
    static let unkeyed: UInt8 = 3

    /// The bytes of `value`.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let root = CompactNode()
        if let plain = CompactPlain.bytes(of: value) {
            root.content = .plain(plain)
        } else {
            try value.encode(to: CompactEncoder(node: root, codingPath: []))
            root.settle()
        }
        var bytes: [UInt8] = []
        root.write(into: &bytes)
        return bytes
    }

    /// The value of `bytes`, which must hold exactly one.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let reader = CompactReader(bytes: bytes)
        let value = try T(from: CompactDecoder(reader: reader, codingPath: []))
        guard reader.index == bytes.count else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "bytes left after the value"))
        }
        return value
    }
}

// MARK: - Writing

/// One value being written: set once by the container or plain value the value's `encode(to:)` makes.
final class CompactNode {
    enum Content {
        case nothing
        case plain([UInt8])
        case keyed(keys: [String], values: [CompactNode])
        case unkeyed([CompactNode])
    }

    var content: Content = .nothing

    func write(into bytes: inout [UInt8]) {
        switch content {
        case .nothing:
            bytes.append(CompactCoding.nothing)
        case .plain(let value):
            bytes.append(CompactCoding.plain)
            bytes.append(contentsOf: value)
        case .keyed(let keys, let values):
            bytes.append(CompactCoding.keyed)
            CompactNode.appendCount(keys.count, to: &bytes)
            for key in keys { CompactNode.appendString(key, to: &bytes) }
            for value in values { value.write(into: &bytes) }
        case .unkeyed(let values):
            bytes.append(CompactCoding.unkeyed)
            CompactNode.appendCount(values.count, to: &bytes)
            for value in values { value.write(into: &bytes) }
        }
    }

    static func appendCount(_ count: Int, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: UInt32(count).littleEndian) { bytes.append(contentsOf: $0) }
    }

    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        appendCount(text.utf8.count, to: &bytes)
        bytes.append(contentsOf: text.utf8)
    }

    /// The keyed container's lists, kept in the node as they grow.
    final class KeyedStorage {
        var keys: [String] = []
        var values: [CompactNode] = []
    }
    var keyedStorage: KeyedStorage?
    var unkeyedStorage: [CompactNode]?

    /// Turns the containers' lists into the node's content (the whole tree, before it is written).
    func settle() {
        if let storage = keyedStorage {
            storage.values.forEach { $0.settle() }
            content = .keyed(keys: storage.keys, values: storage.values)
        } else if let values = unkeyedStorage {
            values.forEach { $0.settle() }
            content = .unkeyed(values)
        }
    }
}

struct CompactEncoder: Encoder {
    let node: CompactNode
    var codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if node.keyedStorage == nil { node.keyedStorage = .init() }
        return KeyedEncodingContainer(CompactKeyedEncoding<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if node.unkeyedStorage == nil { node.unkeyedStorage = [] }
        return CompactUnkeyedEncoding(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        CompactSingleEncoding(node: node, codingPath: codingPath)
    }

    /// Writes `value` into a new node.
    static func node<T: Encodable>(for value: T, codingPath: [CodingKey]) throws -> CompactNode {
        let child = CompactNode()
        if let plain = CompactPlain.bytes(of: value) {
            child.content = .plain(plain)
        } else {
            try value.encode(to: CompactEncoder(node: child, codingPath: codingPath))
        }
        return child
    }
}

/// The bytes of the plain values this form knows.
enum CompactPlain {
    static func bytes<T>(of value: T) -> [UInt8]? {
        switch value {
        case let text as String:
            var bytes: [UInt8] = []
            CompactNode.appendString(text, to: &bytes)
            return bytes
        case let number as Int: return withUnsafeBytes(of: Int64(number).littleEndian) { Array($0) }
        case let number as Int8: return [UInt8(bitPattern: number)]
        case let number as Int16: return withUnsafeBytes(of: number.littleEndian) { Array($0) }
        case let number as Int32: return withUnsafeBytes(of: number.littleEndian) { Array($0) }
        case let number as Int64: return withUnsafeBytes(of: number.littleEndian) { Array($0) }
        case let number as UInt: return withUnsafeBytes(of: UInt64(number).littleEndian) { Array($0) }
        case let number as UInt8: return [number]
        case let number as UInt16: return withUnsafeBytes(of: number.littleEndian) { Array($0) }
        case let number as UInt32: return withUnsafeBytes(of: number.littleEndian) { Array($0) }
        case let number as UInt64: return withUnsafeBytes(of: number.littleEndian) { Array($0) }
        case let number as Double: return withUnsafeBytes(of: number.bitPattern.littleEndian) { Array($0) }
        case let number as Float: return withUnsafeBytes(of: number.bitPattern.littleEndian) { Array($0) }
        case let flag as Bool: return [flag ? 1 : 0]
        default: return nil
        }
    }
}

struct CompactKeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: CompactNode
    var codingPath: [CodingKey]

    private func add(_ child: CompactNode, for key: Key) {
        node.keyedStorage?.keys.append(key.stringValue)
        node.keyedStorage?.values.append(child)
    }

    mutating func encodeNil(forKey key: Key) throws { add(CompactNode(), for: key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try encodeValue(value, forKey: key) }

    private mutating func encodeValue<T: Encodable>(_ value: T, forKey key: Key) throws {
        add(try CompactEncoder.node(for: value, codingPath: codingPath + [key]), for: key)
    }

    // The plain types, each through the generic form.
    mutating func encode(_ value: Bool, forKey key: Key) throws { try encodeValue(value, forKey: key) }
    mutating func encode(_ value: String, forKey key: Key) throws { try encodeValue(value, forKey: key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try encodeValue(value, forKey: key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try encodeValue(value, forKey: key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try encodeValue(value, forKey: key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try encodeValue(value, forKey: key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try encodeValue(value, forKey: key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try encodeValue(value, forKey: key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try encodeValue(value, forKey: key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try encodeValue(value, forKey: key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try encodeValue(value, forKey: key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try encodeValue(value, forKey: key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try encodeValue(value, forKey: key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try encodeValue(value, forKey: key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = CompactNode()
        add(child, for: key)
        return CompactEncoder(node: child, codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let child = CompactNode()
        add(child, for: key)
        return CompactEncoder(node: child, codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder {
        let child = CompactNode()
        node.keyedStorage?.keys.append("super")
        node.keyedStorage?.values.append(child)
        return CompactEncoder(node: child, codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> Encoder {
        let child = CompactNode()
        add(child, for: key)
        return CompactEncoder(node: child, codingPath: codingPath + [key])
    }
}

struct CompactUnkeyedEncoding: UnkeyedEncodingContainer {
    let node: CompactNode
    var codingPath: [CodingKey]
    var count: Int { node.unkeyedStorage?.count ?? 0 }

    mutating func encodeNil() throws { node.unkeyedStorage?.append(CompactNode()) }

    mutating func encode<T: Encodable>(_ value: T) throws { try encodeValue(value) }

    private mutating func encodeValue<T: Encodable>(_ value: T) throws {
        node.unkeyedStorage?.append(try CompactEncoder.node(for: value, codingPath: codingPath))
    }

    // The plain types, each through the generic form.
    mutating func encode(_ value: Bool) throws { try encodeValue(value) }
    mutating func encode(_ value: String) throws { try encodeValue(value) }
    mutating func encode(_ value: Double) throws { try encodeValue(value) }
    mutating func encode(_ value: Float) throws { try encodeValue(value) }
    mutating func encode(_ value: Int) throws { try encodeValue(value) }
    mutating func encode(_ value: Int8) throws { try encodeValue(value) }
    mutating func encode(_ value: Int16) throws { try encodeValue(value) }
    mutating func encode(_ value: Int32) throws { try encodeValue(value) }
    mutating func encode(_ value: Int64) throws { try encodeValue(value) }
    mutating func encode(_ value: UInt) throws { try encodeValue(value) }
    mutating func encode(_ value: UInt8) throws { try encodeValue(value) }
    mutating func encode(_ value: UInt16) throws { try encodeValue(value) }
    mutating func encode(_ value: UInt32) throws { try encodeValue(value) }
    mutating func encode(_ value: UInt64) throws { try encodeValue(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = CompactNode()
        node.unkeyedStorage?.append(child)
        return CompactEncoder(node: child, codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let child = CompactNode()
        node.unkeyedStorage?.append(child)
        return CompactEncoder(node: child, codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder {
        let child = CompactNode()
        node.unkeyedStorage?.append(child)
        return CompactEncoder(node: child, codingPath: codingPath)
    }
}

struct CompactSingleEncoding: SingleValueEncodingContainer {
    let node: CompactNode
    var codingPath: [CodingKey]

    mutating func encodeNil() throws { node.content = .nothing }

    mutating func encode<T: Encodable>(_ value: T) throws { try encodeValue(value) }

    // The plain types, each through the generic form.
    mutating func encode(_ value: Bool) throws { try encodeValue(value) }
    mutating func encode(_ value: String) throws { try encodeValue(value) }
    mutating func encode(_ value: Double) throws { try encodeValue(value) }
    mutating func encode(_ value: Float) throws { try encodeValue(value) }
    mutating func encode(_ value: Int) throws { try encodeValue(value) }
    mutating func encode(_ value: Int8) throws { try encodeValue(value) }
    mutating func encode(_ value: Int16) throws { try encodeValue(value) }
    mutating func encode(_ value: Int32) throws { try encodeValue(value) }
    mutating func encode(_ value: Int64) throws { try encodeValue(value) }
    mutating func encode(_ value: UInt) throws { try encodeValue(value) }
    mutating func encode(_ value: UInt8) throws { try encodeValue(value) }
    mutating func encode(_ value: UInt16) throws { try encodeValue(value) }
    mutating func encode(_ value: UInt32) throws { try encodeValue(value) }
    mutating func encode(_ value: UInt64) throws { try encodeValue(value) }

    private mutating func encodeValue<T: Encodable>(_ value: T) throws {
        if let plain = CompactPlain.bytes(of: value) {
            node.content = .plain(plain)
        } else {
            try value.encode(to: CompactEncoder(node: node, codingPath: codingPath))
        }
    }
}

// MARK: - Reading

/// The bytes being read and the place reached.
final class CompactReader {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    func failure(_ what: String) -> DecodingError {
        DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(what) at byte \(index)"))
    }

    func byte() throws -> UInt8 {
        guard index < bytes.count else { throw failure("the end of the bytes") }
        defer { index += 1 }
        return bytes[index]
    }

    func tag(_ expected: UInt8) throws {
        guard try byte() == expected else { throw failure("another kind of value") }
    }

    /// Whether the next value is nothing (consumed when it is).
    func nothingNext() -> Bool {
        guard index < bytes.count, bytes[index] == CompactCoding.nothing else { return false }
        index += 1
        return true
    }

    func fixed<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard bytes.count - index >= size else { throw failure("the end of the bytes") }
        var value: T = 0
        for offset in 0..<size { value |= T(truncatingIfNeeded: bytes[index + offset]) << (8 * offset) }
        index += size
        return value
    }

    func count() throws -> Int {
        let count = Int(try fixed(UInt32.self))
        // Every value takes at least a byte: a count past the bytes left is damage.
        guard count <= bytes.count - index else { throw failure("a count past the end") }
        return count
    }

    /// The range of a string's UTF-8 bytes, skipped.
    func stringRange() throws -> Range<Int> {
        let length = try count()
        defer { index += length }
        return index..<(index + length)
    }

    func string() throws -> String {
        let range = try stringRange()
        guard let text = String(validating: bytes[range], as: UTF8.self) else { throw failure("a text that is not UTF-8") }
        return text
    }

    /// A plain value of the types `CompactPlain` writes; `nil` for any other type.
    func plain<T>(_ type: T.Type) throws -> T? {
        if type == String.self { try tag(CompactCoding.plain); return try string() as? T }
        if type == Int.self {
            try tag(CompactCoding.plain)
            let value = try fixed(Int64.self)
            guard let number = Int(exactly: value) else { throw failure("an integer out of range") }
            return number as? T
        }
        if type == Bool.self {
            try tag(CompactCoding.plain)
            switch try byte() {
            case 0: return false as? T
            case 1: return true as? T
            default: throw failure("a flag that is neither 0 nor 1")
            }
        }
        if type == Double.self { try tag(CompactCoding.plain); return Double(bitPattern: try fixed(UInt64.self)) as? T }
        if type == Int32.self { try tag(CompactCoding.plain); return try fixed(Int32.self) as? T }
        if type == UInt8.self { try tag(CompactCoding.plain); return try byte() as? T }
        if type == UInt64.self { try tag(CompactCoding.plain); return try fixed(UInt64.self) as? T }
        if type == Int8.self { try tag(CompactCoding.plain); return Int8(bitPattern: try byte()) as? T }
        if type == Int16.self { try tag(CompactCoding.plain); return try fixed(Int16.self) as? T }
        if type == Int64.self { try tag(CompactCoding.plain); return try fixed(Int64.self) as? T }
        if type == UInt16.self { try tag(CompactCoding.plain); return try fixed(UInt16.self) as? T }
        if type == UInt32.self { try tag(CompactCoding.plain); return try fixed(UInt32.self) as? T }
        if type == UInt.self {
            try tag(CompactCoding.plain)
            guard let number = UInt(exactly: try fixed(UInt64.self)) else { throw failure("an integer out of range") }
            return number as? T
        }
        if type == Float.self { try tag(CompactCoding.plain); return Float(bitPattern: try fixed(UInt32.self)) as? T }
        return nil
    }

    func value<T: Decodable>(_ type: T.Type, codingPath: [CodingKey]) throws -> T {
        if let plain = try plain(type) { return plain }
        return try T(from: CompactDecoder(reader: self, codingPath: codingPath))
    }
}

struct CompactDecoder: Decoder {
    let reader: CompactReader
    var codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        try reader.tag(CompactCoding.keyed)
        return KeyedDecodingContainer(try CompactKeyedDecoding<Key>(reader: reader, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        try reader.tag(CompactCoding.unkeyed)
        return CompactUnkeyedDecoding(reader: reader, codingPath: codingPath, count: try reader.count())
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        CompactSingleDecoding(reader: reader, codingPath: codingPath)
    }
}

struct CompactKeyedDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: CompactReader
    var codingPath: [CodingKey]
    /// The byte ranges of the keys, in the order of the values.
    private let keys: [Range<Int>]
    /// The next value's position (the protocol's reads are not `mutating`).
    private let cursor = Cursor()

    final class Cursor {
        var next = 0
    }

    private var next: Int {
        get { cursor.next }
        nonmutating set { cursor.next = newValue }
    }

    init(reader: CompactReader, codingPath: [CodingKey]) throws {
        self.reader = reader
        self.codingPath = codingPath
        let count = try reader.count()
        var keys: [Range<Int>] = []
        keys.reserveCapacity(count)
        for _ in 0..<count { keys.append(try reader.stringRange()) }
        self.keys = keys
    }

    var allKeys: [Key] {
        keys[next...].compactMap { range in String(validating: reader.bytes[range], as: UTF8.self).flatMap { Key(stringValue: $0) } }
    }

    /// Whether the next value is the one for `key`.
    private func isNext(_ key: Key) -> Bool {
        guard next < keys.count else { return false }
        let range = keys[next]
        return key.stringValue.utf8.elementsEqual(reader.bytes[range])
    }

    private func advance(to key: Key) throws {
        guard isNext(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "not the next key"))
        }
        next += 1
    }

    func contains(_ key: Key) -> Bool { isNext(key) }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard isNext(key), reader.nothingNext() else { return false }
        next += 1
        return true
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decodeValue(type, forKey: key) }

    private func decodeValue<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try advance(to: key)
        return try reader.value(type, codingPath: codingPath + [key])
    }

    // The plain types, each through the generic form.
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decodeValue(type, forKey: key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decodeValue(type, forKey: key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decodeValue(type, forKey: key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decodeValue(type, forKey: key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decodeValue(type, forKey: key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decodeValue(type, forKey: key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decodeValue(type, forKey: key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decodeValue(type, forKey: key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decodeValue(type, forKey: key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decodeValue(type, forKey: key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decodeValue(type, forKey: key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decodeValue(type, forKey: key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decodeValue(type, forKey: key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decodeValue(type, forKey: key) }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard isNext(key) else { return nil }
        next += 1
        if reader.nothingNext() { return nil }
        return try reader.value(type, codingPath: codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try advance(to: key)
        return try CompactDecoder(reader: reader, codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try advance(to: key)
        return try CompactDecoder(reader: reader, codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder {
        guard next < keys.count, "super".utf8.elementsEqual(reader.bytes[keys[next]]) else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "no super value next"))
        }
        next += 1
        return CompactDecoder(reader: reader, codingPath: codingPath)
    }

    func superDecoder(forKey key: Key) throws -> Decoder {
        try advance(to: key)
        return CompactDecoder(reader: reader, codingPath: codingPath + [key])
    }
}

struct CompactUnkeyedDecoding: UnkeyedDecodingContainer {
    let reader: CompactReader
    var codingPath: [CodingKey]
    let total: Int
    var currentIndex = 0

    init(reader: CompactReader, codingPath: [CodingKey], count: Int) {
        self.reader = reader
        self.codingPath = codingPath
        self.total = count
    }

    var count: Int? { total }
    var isAtEnd: Bool { currentIndex >= total }

    private mutating func advance() throws {
        guard !isAtEnd else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "past the container's end"))
        }
        currentIndex += 1
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, reader.nothingNext() else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type) }

    private mutating func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        try advance()
        return try reader.value(type, codingPath: codingPath)
    }

    // The plain types, each through the generic form.
    mutating func decode(_ type: Bool.Type) throws -> Bool { try decodeValue(type) }
    mutating func decode(_ type: String.Type) throws -> String { try decodeValue(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try decodeValue(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try decodeValue(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try decodeValue(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try decodeValue(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try decodeValue(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try decodeValue(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try decodeValue(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try decodeValue(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeValue(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeValue(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeValue(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeValue(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try advance()
        return try CompactDecoder(reader: reader, codingPath: codingPath).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        try advance()
        return try CompactDecoder(reader: reader, codingPath: codingPath).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder {
        try advance()
        return CompactDecoder(reader: reader, codingPath: codingPath)
    }
}

struct CompactSingleDecoding: SingleValueDecodingContainer {
    let reader: CompactReader
    var codingPath: [CodingKey]

    func decodeNil() -> Bool { reader.nothingNext() }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type) }

    // The plain types, each through the generic form.
    func decode(_ type: Bool.Type) throws -> Bool { try decodeValue(type) }
    func decode(_ type: String.Type) throws -> String { try decodeValue(type) }
    func decode(_ type: Double.Type) throws -> Double { try decodeValue(type) }
    func decode(_ type: Float.Type) throws -> Float { try decodeValue(type) }
    func decode(_ type: Int.Type) throws -> Int { try decodeValue(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decodeValue(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decodeValue(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decodeValue(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decodeValue(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try decodeValue(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeValue(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeValue(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeValue(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeValue(type) }

    private func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if let plain = try reader.plain(type) { return plain }
        return try T(from: CompactDecoder(reader: reader, codingPath: codingPath))
    }
}
