import Foundation
import Testing
@testable import TrenazherStore

/// The QR encoder, read back by a real decoder: the SVG each certificate page carries is rasterised to a PNG and
/// decoded with `zbarimg` (Debian's zbar-tools, installed by `make deps-test`).
@Suite struct QRCodeTests {
    static let zbarimg = "/usr/bin/zbarimg"

    @Test(arguments: [
        "https://hr.example.com/certificates/#K7Q4-M2XD-9PTA",
        "trenazher verify K7Q4-M2XD-9PTA",
        "A",
        String(repeating: "https://hr.example.com/c/#K7Q4-M2XD-9PTA ", count: 3),
        String(repeating: "0123456789", count: 21),
    ])
    func aRealDecoderReadsTheCode(text: String) throws {
        let code = try #require(QRCode(text))
        #expect(code.size == 17 + 4 * code.version)
        #expect(try decode(code.svg(label: text)) == text)
    }

    @Test func theVersionGrowsWithTheTextAndStopsAtTen() throws {
        #expect(QRCode("A")?.version == 1)
        #expect(QRCode(String(repeating: "x", count: 14))?.version == 1)
        #expect(QRCode(String(repeating: "x", count: 15))?.version == 2)
        #expect(QRCode(String(repeating: "x", count: 213))?.version == 10)
        #expect(QRCode(String(repeating: "x", count: 214)) == nil)
    }

    /// Rasterises the SVG's modules (eight pixels each) into a PNG and returns what zbarimg reads from it.
    private func decode(_ svg: String) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: Self.zbarimg) else {
            Issue.record("\(Self.zbarimg) is missing: the QR decoder test needs zbar-tools (`make deps-test` installs it)")
            return ""
        }
        let viewBox = try #require(svg.firstMatch(of: /viewBox="0 0 (\d+) (\d+)"/))
        let side = try #require(Int(viewBox.1))
        var dark = Set<Int>()
        for match in svg.matches(of: /M(\d+) (\d+)h1v1h-1z/) {
            dark.insert(try #require(Int(match.1)) + side * (try #require(Int(match.2))))
        }
        #expect(!dark.isEmpty)
        let scale = 8
        let width = side * scale
        var pixels: [UInt8] = []
        for y in 0..<width {
            pixels.append(0)
            for x in 0..<width { pixels.append(dark.contains(x / scale + side * (y / scale)) ? 0 : 255) }
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("trenazher-qr-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: file) }
        try PNG.grayscale(width: width, height: width, rows: pixels).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.zbarimg)
        process.arguments = ["--raw", "--quiet", "-Sdisable", "-Sqrcode.enable", file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "zbarimg found no code")
        var text = String(decoding: data, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}

/// A minimal PNG writer (8-bit greyscale, stored deflate blocks) for the decoder test.
enum PNG {
    static func grayscale(width: Int, height: Int, rows: [UInt8]) -> Data {
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var header = Data()
        header.append(contentsOf: bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 0, 0, 0, 0])
        png.append(chunk("IHDR", header))
        var zlib = Data([0x78, 0x01])
        var offset = 0
        repeat {
            let length = min(65_535, rows.count - offset)
            let final: UInt8 = offset + length >= rows.count ? 1 : 0
            zlib.append(contentsOf: [final, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)])
            zlib.append(contentsOf: rows[offset..<offset + length])
            offset += length
        } while offset < rows.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in rows {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        zlib.append(contentsOf: bigEndian(b << 16 | a))
        png.append(chunk("IDAT", zlib))
        png.append(chunk("IEND", Data()))
        return png
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    private static func chunk(_ type: String, _ body: Data) -> Data {
        let typed = Data(type.utf8) + body
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in typed {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return Data(bigEndian(UInt32(body.count))) + typed + Data(bigEndian(~crc))
    }
}
