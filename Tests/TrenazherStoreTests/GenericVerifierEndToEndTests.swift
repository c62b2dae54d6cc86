import Foundation
import Testing
import TrenazherCore
@testable import TrenazherStore

/// A third party with only the published folder and a generic Open Badges 3.0 verifier: openbadgeslib
/// (`scripts/verify-with-openbadgeslib.py`, installed by `make deps-test` into `.build/badge-verifier/`) checks
/// a freshly issued certificate and a revoked one — signature, issuer key, status list signature and bit —
/// without Trenazher's code, and refuses an edited badge and an edited list.
@Suite(.serialized)
final class GenericVerifierEndToEndTests {
    static let base = "https://hr.example.com/certs"
    static let python = HRCommandsEndToEndTests.root.appendingPathComponent(".build/badge-verifier/bin/python3").path
    static let script = HRCommandsEndToEndTests.root.appendingPathComponent("scripts/verify-with-openbadgeslib.py").path
    let published: PublishEndToEndTests

    init() throws {
        published = try PublishEndToEndTests()
    }

    struct Verdict {
        var status: Int32
        var output: String
    }

    /// Runs the generic verifier on the published folder (as served at `base`).
    func verify(_ folder: String, _ codes: [String]) throws -> Verdict {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments = [Self.script, folder, Self.base] + codes
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Verdict(status: process.terminationStatus, output: output)
    }

    @Test func aGenericVerifierAcceptsAFreshCertificateAndRefusesARevokedOneFromThePublishedFolderAlone() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.python) else {
            Issue.record("\(Self.python) is missing: the generic verifier test needs openbadgeslib (`make deps-test` installs it)")
            return
        }
        #expect(try published.run(["hr", "init", "--key-dir", published.keys, "--issuer", "ПрАТ Тест", "--base-url", Self.base]).status == 0)
        let olena = try published.certify("Коваль Олена", first: "Олена")
        let ivan = try published.certify("Петренко Іван", first: "Іван")
        #expect(try published.run(["hr", "revoke", ivan, "--reason", "порушення", "--key-dir", published.keys]).status == 0)
        // What the third party holds: a copy of the published folder, nothing else.
        let folder = published.directory.appendingPathComponent("hosted").path
        #expect(try published.run(["hr", "publish", folder, "--key-dir", published.keys]).status == 0)

        let fresh = try verify(folder, [olena])
        #expect(fresh.status == 0 && fresh.output.hasPrefix("VALID \(olena)"), "\(fresh.output)")
        let revoked = try verify(folder, [ivan])
        #expect(revoked.status == 1 && revoked.output.hasPrefix("REVOKED \(ivan)"), "\(revoked.output)")

        // An edited badge: its signature no longer holds.
        let badge = folder + "/badges/\(olena).json"
        let original = try String(contentsOfFile: badge, encoding: .utf8)
        try original.replacingOccurrences(of: "Коваль Олена", with: "Коваль Олеся").write(toFile: badge, atomically: true, encoding: .utf8)
        let edited = try verify(folder, [olena])
        #expect(edited.status == 1 && edited.output.hasPrefix("INVALID \(olena)") && edited.output.contains("signature mismatch"),
                "\(edited.output)")
        try original.write(toFile: badge, atomically: true, encoding: .utf8)

        // A list with the revocation cleared: the bit reads «not revoked», but the list's signature fails.
        let list = folder + "/status/revocation.json"
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: list))) as? [String: Any])
        var subject = try #require(document["credentialSubject"] as? [String: Any])
        subject["encodedList"] = try Self.emptyEncodedList()
        var cleared = document
        cleared["credentialSubject"] = subject
        try JSONSerialization.data(withJSONObject: cleared).write(to: URL(fileURLWithPath: list))
        let unrevoked = try verify(folder, [ivan])
        #expect(unrevoked.status == 1 && unrevoked.output.hasPrefix("INVALID \(ivan)") && unrevoked.output.contains("signature mismatch"),
                "\(unrevoked.output)")
    }

    /// `encodedList` of a list with no bit set: `u` and base64url of the GZIP of 16 KiB of zeros.
    static func emptyEncodedList() throws -> String {
        let compressed = try #require(Gzip.compress(Data(count: 16_384)))
        return "u" + compressed.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
