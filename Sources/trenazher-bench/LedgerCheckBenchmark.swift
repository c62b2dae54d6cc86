import Crypto
import Foundation
import TrenazherStore

/// `hr check` over the database the quarterly report benchmark builds (1,000 trainees, 100,000 finished
/// attempts with four typed answers each): every covered row hashed again and compared with the chain,
/// the chain recomputed and the seal's signature checked. Measured in the process (the store's check), and
/// as the release `trenazher hr check` run from start to exit when that binary is built.
enum LedgerCheckBenchmark {
    static func run() throws -> Bool {
        try StoreBenchmarks.withTemporaryDatabase("check.sqlite") { try run(path: $0) }
    }

    private static func run(path: String) throws -> Bool {
        let store = try ProgressStore.open(path: path)
        try QuarterlyReportBenchmark.generate(into: store, quarter: Quarter("2026-Q4")!)
        // HR's key: the one `hr init` makes next to the database when the release binary is there (so its
        // `hr check` finds the seals its own), else a key of the bench's.
        let binary = Bundle.main.bundleURL.appendingPathComponent("trenazher").path
        let environment = ["TRENAZHER_DB": path, "HOME": NSTemporaryDirectory(), "USER": NSUserName(), "PATH": "/usr/bin:/bin"]
        var key = Curve25519.Signing.PrivateKey()
        let whole = FileManager.default.isExecutableFile(atPath: binary)
        if whole {
            let initialised = try PeakMemory.of(binary, ["hr", "init"], environment: environment)
            guard initialised.status == 0 else { throw BenchFailure(description: "hr init exited \(initialised.status)") }
            key = try SigningKeys.privateKey(in: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("keys").path)
        }
        try store.sealLedger(with: key)
        var clean = true
        let check = try Benchmark(name: "store: hr check, 100,000 attempts and their inputs", targetMilliseconds: 2_000,
                                  iterations: 3).run {
            clean = try store.checkLedger(trustedKey: key.publicKey).isClean && clean
        }
        if !clean { print("    the check found rows changed in a database nobody touched: FAILED") }
        var met = check && clean
        if whole {
            met = try wholeCommand(binary, environment: environment) && met
        } else {
            print("store: hr check, release trenazher, whole process  not measured: build it first (make bench does)")
        }
        return try editedRows(path: path, store: store, key: key) && met
    }

    /// `hr check` when 1,000 of the 100,000 attempts were edited outside Trenazher (`sqlite3`): each finding
    /// shows what its row held, read from its kept copy (`ledger_content`) and compared value by value.
    /// Floor: the same check on the same database before the edit.
    private static func editedRows(path: String, store: ProgressStore, key: Curve25519.Signing.PrivateKey) throws -> Bool {
        let name = "store: hr check, 1,000 of 100,000 attempts edited"
        guard ShellFloors.available else {
            print("\(name)  not measured: the sqlite3 shell is missing (make deps)")
            return true
        }
        let floor = try Benchmark.median(iterations: 3) { _ = try store.checkLedger(trustedKey: key.publicKey) }
        _ = try ShellFloors.run(database: path, script: "UPDATE attempt SET score = score + 1 WHERE id % 100 = 0;\n")
        var findings = 0, shown = 0
        let figure = try Benchmark.median(iterations: 3) {
            let report = try store.checkLedger(trustedKey: key.publicKey)
            findings = report.findings.count
            shown = report.findings.filter { if case .changed(let changes)? = report.original(of: $0) { return !changes.isEmpty } else { return false } }.count
        }
        let withinFloor = FloorComparison(name: name, floorName: "nothing edited", limit: 2).report(figure: figure, floor: floor)
        let complete = findings == 1_000 && shown == 1_000
        print("  (findings: \(findings), with the value before and after: \(shown)\(complete ? "" : " — expected 1,000 each: FAILED"))")
        return withinFloor && complete && figure < 2_000
    }

    /// The release binary's `hr check` with HR's set-up (`hr init` on the same database, its key next to it),
    /// three runs: wall time and the process's CPU time (`wait4`); each must find nothing (exit 0).
    private static func wholeCommand(_ binary: String, environment: [String: String]) throws -> Bool {
        var wall: [Double] = [], cpu: [Double] = [], statuses: [Int32] = []
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            let run = try PeakMemory.of(binary, ["hr", "check"], environment: environment)
            wall.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            cpu.append(run.cpuMilliseconds)
            statuses.append(run.status)
        }
        let median = wall.sorted()[1]
        let met = median < 2_000 && statuses.allSatisfy { $0 == 0 }
        print(String(format: "%-58@ median %9.3f ms  (target < 2000 ms, 3 runs)  %@  CPU median %.3f ms  exit %@",
                     "store: hr check, release trenazher, whole process" as NSString, median, (met ? "OK" : "SLOW") as NSString,
                     cpu.sorted()[1], statuses.map(String.init).joined(separator: ",") as NSString))
        return met
    }
}
