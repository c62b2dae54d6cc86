/// A QR code (ISO/IEC 18004) of a text in byte mode (UTF-8) with error correction level M, versions 1–10 (up to
/// 213 bytes): the module matrix, the mask chosen by the standard's penalty rules.
public struct QRCode: Sendable, Hashable {
    /// The version (1–10); the matrix is `17 + 4 × version` modules square.
    public let version: Int
    /// `modules[row][column]`: `true` is dark.
    public let modules: [[Bool]]

    /// The side of the matrix in modules.
    public var size: Int { modules.count }

    /// Error correction level M per version: EC codewords per block, and the blocks' data codeword counts.
    static let blocks: [(ecPerBlock: Int, dataPerBlock: [Int])] = [
        (10, [16]), (16, [28]), (26, [44]), (18, [32, 32]), (24, [43, 43]),
        (16, [27, 27, 27, 27]), (18, [31, 31, 31, 31]), (22, [38, 38, 39, 39]), (22, [36, 36, 36, 37, 37]),
        (26, [43, 43, 43, 43, 44]),
    ]
    /// The centres of the alignment patterns per version.
    static let alignment: [[Int]] = [[], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]]
    /// Remainder bits after the codewords per version.
    static let remainderBits = [0, 7, 7, 7, 7, 7, 0, 0, 0, 0]

    /// The code of `text`; `nil` when its UTF-8 bytes do not fit version 10-M.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard let version = (1...10).first(where: { Self.dataCapacityBits($0) >= 4 + Self.countBits($0) + 8 * bytes.count }) else {
            return nil
        }
        let codewords = Self.codewords(Self.dataCodewords(bytes, version: version), version: version)
        var grid = QRGrid(version: version)
        grid.placeFunctionPatterns()
        grid.placeData(codewords, remainder: Self.remainderBits[version - 1])
        var best: (penalty: Int, modules: [[Bool]])?
        for mask in 0..<8 {
            var candidate = grid
            candidate.applyMask(mask)
            candidate.placeFormat(mask: mask)
            let penalty = candidate.penalty
            if let current = best, current.penalty <= penalty { continue }
            best = (penalty, candidate.modules)
        }
        self.version = version
        modules = best?.modules ?? grid.modules
    }

    static func countBits(_ version: Int) -> Int { version < 10 ? 8 : 16 }

    static func dataCapacityBits(_ version: Int) -> Int { blocks[version - 1].dataPerBlock.reduce(0, +) * 8 }

    /// Mode indicator, character count, the bytes, terminator and padding, as data codewords.
    static func dataCodewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        var bits: [Bool] = []
        func append(_ value: Int, _ count: Int) {
            for shift in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> shift) & 1 == 1) }
        }
        append(0b0100, 4)
        append(bytes.count, countBits(version))
        for byte in bytes { append(Int(byte), 8) }
        let capacity = dataCapacityBits(version)
        append(0, min(4, capacity - bits.count))
        if bits.count % 8 != 0 { append(0, 8 - bits.count % 8) }
        var result = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { ($0 << 1) | ($1 ? 1 : 0) }
        }
        var pad: UInt8 = 0xEC
        while result.count * 8 < capacity {
            result.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return result
    }

    /// Splits the data into blocks, adds each block's Reed–Solomon codewords and interleaves them.
    static func codewords(_ data: [UInt8], version: Int) -> [UInt8] {
        let layout = blocks[version - 1]
        var dataBlocks: [[UInt8]] = []
        var offset = 0
        for count in layout.dataPerBlock {
            dataBlocks.append(Array(data[offset..<offset + count]))
            offset += count
        }
        let divisor = ReedSolomon.divisor(degree: layout.ecPerBlock)
        let ecBlocks = dataBlocks.map { ReedSolomon.remainder($0, divisor: divisor) }
        var result: [UInt8] = []
        for index in 0..<(layout.dataPerBlock.max() ?? 0) {
            for block in dataBlocks where index < block.count { result.append(block[index]) }
        }
        for index in 0..<layout.ecPerBlock {
            for block in ecBlocks { result.append(block[index]) }
        }
        return result
    }
}

/// Reed–Solomon error correction over GF(256) with the QR polynomial x⁸ + x⁴ + x³ + x² + 1.
enum ReedSolomon {
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var product: UInt16 = 0
        for bit in stride(from: 7, through: 0, by: -1) {
            product = (product << 1) ^ ((product >> 7) * 0x11D)
            product ^= UInt16((y >> UInt8(bit)) & 1) * UInt16(x)
        }
        return UInt8(truncatingIfNeeded: product)
    }

    /// The generator polynomial (x − α⁰)(x − α¹)…(x − α^(degree−1)), without its leading 1.
    static func divisor(degree: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for index in 0..<degree {
                result[index] = multiply(result[index], root)
                if index + 1 < degree { result[index] ^= result[index + 1] }
            }
            root = multiply(root, 0x02)
        }
        return result
    }

    /// The error correction codewords of `data`.
    static func remainder(_ data: [UInt8], divisor: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: divisor.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for index in divisor.indices { result[index] ^= multiply(divisor[index], factor) }
        }
        return result
    }
}
