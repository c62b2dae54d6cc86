/// The module grid of a QR code while it is built: function patterns, data placement, masks, format and
/// version information, and the penalty a mask is chosen by.
struct QRGrid {
    let version: Int
    var modules: [[Bool]]
    /// Modules of function patterns (finders, timing, alignment, format, version): never data, never masked.
    var isFunction: [[Bool]]

    var size: Int { modules.count }

    init(version: Int) {
        self.version = version
        let size = 17 + 4 * version
        modules = Array(repeating: Array(repeating: false, count: size), count: size)
        isFunction = modules
    }

    mutating func set(row: Int, column: Int, _ dark: Bool) {
        modules[row][column] = dark
        isFunction[row][column] = true
    }

    mutating func placeFunctionPatterns() {
        for index in 0..<size {
            set(row: 6, column: index, index % 2 == 0)
            set(row: index, column: 6, index % 2 == 0)
        }
        for (row, column) in [(3, 3), (3, size - 4), (size - 4, 3)] { placeFinder(row: row, column: column) }
        let centres = QRCode.alignment[version - 1]
        for row in centres {
            for column in centres {
                let nearFinder = (row == 6 && column == 6) || (row == 6 && column == centres.last) || (row == centres.last && column == 6)
                if !nearFinder { placeAlignment(row: row, column: column) }
            }
        }
        placeFormat(mask: 0)
        placeVersion()
    }

    private mutating func placeFinder(row: Int, column: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let y = row + dy, x = column + dx
                guard y >= 0, y < size, x >= 0, x < size else { continue }
                let distance = max(abs(dx), abs(dy))
                set(row: y, column: x, distance != 2 && distance != 4)
            }
        }
    }

    private mutating func placeAlignment(row: Int, column: Int) {
        for dy in -2...2 {
            for dx in -2...2 { set(row: row + dy, column: column + dx, max(abs(dx), abs(dy)) != 1) }
        }
    }

    /// The 15 format bits (level M, the mask) in both copies, and the dark module.
    mutating func placeFormat(mask: Int) {
        let data = mask  // level M's two bits are 00
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        let bits = ((data << 10) | remainder) ^ 0x5412
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        for index in 0...5 { set(row: index, column: 8, bit(index)) }
        set(row: 7, column: 8, bit(6))
        set(row: 8, column: 8, bit(7))
        set(row: 8, column: 7, bit(8))
        for index in 9..<15 { set(row: 8, column: 14 - index, bit(index)) }
        for index in 0..<8 { set(row: 8, column: size - 1 - index, bit(index)) }
        for index in 8..<15 { set(row: size - 15 + index, column: 8, bit(index)) }
        set(row: size - 8, column: 8, true)
    }

    /// The 18 version bits (versions 7 and above) in both copies.
    private mutating func placeVersion() {
        guard version >= 7 else { return }
        var remainder = version
        for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
        let bits = (version << 12) | remainder
        for index in 0..<18 {
            let dark = (bits >> index) & 1 == 1
            let a = size - 11 + index % 3, b = index / 3
            set(row: b, column: a, dark)
            set(row: a, column: b, dark)
        }
    }

    /// The codewords in the zigzag order: column pairs from the right, up and down, skipping the timing column.
    mutating func placeData(_ codewords: [UInt8], remainder: Int) {
        let total = codewords.count * 8 + remainder
        var index = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            for vertical in 0..<size {
                for offset in 0..<2 {
                    let column = right - offset
                    let upward = (right + 1) & 2 == 0
                    let row = upward ? size - 1 - vertical : vertical
                    guard !isFunction[row][column], index < total else { continue }
                    if index < codewords.count * 8 {
                        modules[row][column] = (codewords[index >> 3] >> UInt8(7 - (index & 7))) & 1 == 1
                    }
                    index += 1
                }
            }
            right -= 2
        }
    }

    mutating func applyMask(_ mask: Int) {
        for row in 0..<size {
            for column in 0..<size where !isFunction[row][column] {
                let x = column, y = row
                let invert: Bool
                switch mask {
                case 0: invert = (x + y) % 2 == 0
                case 1: invert = y % 2 == 0
                case 2: invert = x % 3 == 0
                case 3: invert = (x + y) % 3 == 0
                case 4: invert = (x / 3 + y / 2) % 2 == 0
                case 5: invert = x * y % 2 + x * y % 3 == 0
                case 6: invert = (x * y % 2 + x * y % 3) % 2 == 0
                default: invert = ((x + y) % 2 + x * y % 3) % 2 == 0
                }
                if invert { modules[row][column].toggle() }
            }
        }
    }

    /// The standard's penalty: runs of five or more, 2×2 blocks, finder-like patterns, dark/light imbalance.
    var penalty: Int {
        var result = 0
        let columns = (0..<size).map { column in (0..<size).map { modules[$0][column] } }
        for line in modules + columns {
            var run = 1
            for index in 1..<line.count {
                if line[index] == line[index - 1] {
                    run += 1
                } else {
                    if run >= 5 { result += run - 2 }
                    run = 1
                }
            }
            if run >= 5 { result += run - 2 }
            let pattern: [Bool] = [true, false, true, true, true, false, true]
            for start in 0...(line.count - 7) where Array(line[start..<start + 7]) == pattern {
                let before = start >= 4 && line[(start - 4)..<start].allSatisfy { !$0 }
                let after = start + 11 <= line.count && line[(start + 7)..<(start + 11)].allSatisfy { !$0 }
                if before || after { result += 40 }
            }
        }
        for row in 0..<(size - 1) {
            for column in 0..<(size - 1) {
                let colour = modules[row][column]
                if modules[row][column + 1] == colour && modules[row + 1][column] == colour && modules[row + 1][column + 1] == colour {
                    result += 3
                }
            }
        }
        let dark = modules.reduce(0) { $0 + $1.filter { $0 }.count }
        let total = size * size
        result += abs(dark * 100 / total - 50) / 5 * 10
        return result
    }
}
