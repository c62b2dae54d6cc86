import Foundation
import TrenazherCore
import TrenazherStore

/// The quarterly monitoring report over 1,000 trainees and 100,000 attempts, all finished in the reported
/// quarter (the worst case), each carrying a verdict for every catalogue Standard and four typed answers.
enum QuarterlyReportBenchmark {
    /// A catalogue of the real shape: the general Standards apply everywhere, the others to one channel.
    static let catalogue: [(id: String, severity: Severity, channels: Set<Channel>)] = {
        let general: [(String, Severity)] = [("GEN-FORMAL", .critical), ("GEN-COURTESY", .critical), ("GEN-NO-INTERRUPT", .major),
                                             ("GEN-ACCURATE", .major), ("GEN-LANGUAGE", .major)]
        let byChannel: [(Channel, [String])] = [
            (.visit, ["VIS-GREET", "VIS-NEED", "VIS-DOCS-CHECK", "VIS-DOCS-EXPLAIN", "VIS-TERMS", "VIS-REGISTER", "VIS-ID", "VIS-SUMMARY",
                      "VIS-FAREWELL"]),
            (.phone, ["PHN-GREET", "PHN-NEED", "PHN-CONCISE", "PHN-CALLBACK", "PHN-SUMMARY", "PHN-FAREWELL"]),
            (.hotline, ["HOT-GREET", "HOT-ASK-NAME", "HOT-NEED", "HOT-CONCISE", "HOT-HOLD", "HOT-HOLD-THANKS", "HOT-ID", "HOT-TICKET",
                        "HOT-MORE", "HOT-SERVICES", "HOT-FAREWELL"]),
            (.written, ["WRT-SALUTATION", "WRT-ANSWERS", "WRT-DEADLINE", "WRT-PLAIN"]),
        ]
        return general.map { ($0.0, $0.1, Set(Channel.allCases)) }
            + byChannel.flatMap { channel, ids in ids.map { ($0, Severity.major, Set([channel])) } }
    }()

    static let scenarios: [(String, Channel)] = [
        ("visit-incomplete-documents", .visit), ("visit-difficult-visitor", .visit), ("phone-callback", .phone),
        ("hotline-account-no-id", .hotline), ("hotline-long-lookup", .hotline), ("web-appeal-reply", .written),
    ]

    static func run() throws -> Bool {
        try StoreBenchmarks.withTemporaryDatabase("quarterly.sqlite") { try run(path: $0) }
    }

    private static func run(path: String) throws -> Bool {
        let quarter = Quarter("2026-Q4")!
        let store = try ProgressStore.open(path: path)
        try generate(into: store, quarter: quarter)
        let reports = HRReports(english: false)
        let figure = try Benchmark.median(iterations: 5) {
            let figures = try store.quarterlyFigures(quarter)
            _ = ReportRenderer.render(reports.quarterly(figures, generatedAt: Date()), as: .html)
        }
        var quarterly = figure < 1_000
        if ShellFloors.available {
            // The same aggregate queries, through the sqlite3 shell on the same file.
            // Stored timestamps are ISO 8601 in UTC, as the store writes them.
            let stamp = Date.ISO8601FormatStyle(timeZone: .gmt)
            let start = quarter.start.formatted(stamp), end = quarter.end.formatted(stamp)
            let script = """
                SELECT count(DISTINCT trainee_id) FROM attempt WHERE status = 'finished' AND finished_at >= '\(start)' AND finished_at < '\(end)';
                SELECT channel, count(*), sum(passed), avg(score) FROM attempt
                  WHERE status = 'finished' AND finished_at >= '\(start)' AND finished_at < '\(end)' GROUP BY channel ORDER BY channel;
                SELECT standard_id, channel, min(position), sum(met), sum(violated), sum(missed) FROM compliance_tally
                  WHERE day >= '\(start.prefix(10))' AND day < '\(end.prefix(10))' GROUP BY standard_id, channel ORDER BY 3, channel;

                """
            var floors: [Double] = []
            for _ in 0..<5 { floors.append(try ShellFloors.run(database: path, script: script)) }
            let floor = floors.sorted()[floors.count / 2]
            quarterly = FloorComparison(name: "store: quarterly report, 100,000 attempts", floorName: "its queries in sqlite3", limit: 2)
                .report(figure: figure, floor: floor) && quarterly
        } else {
            print(String(format: "%-50@ %9.3f ms (no sqlite3 shell for the floor: make deps)", "store: quarterly report" as NSString, figure))
        }
        try reportMemory(path: path)
        return quarterly
    }

    /// Fills the store with 1,000 trainees and 100,000 finished practice attempts (four typed answers each, a
    /// verdict for every catalogue Standard), all finished in `quarter`, from a fixed seed; prints how long it took.
    static func generate(into store: ProgressStore, quarter: Quarter) throws {
        let generation = DispatchTime.now().uptimeNanoseconds
        var random = SplitMix64(seed: 2026)
        var trainees: [Trainee] = []
        for number in 0..<1_000 {
            trainees.append(try store.registerTrainee(fullName: "Працівник \(number)", firstName: "П\(number)",
                                                      role: number % 3 == 0 ? .hotline : .cok))
        }
        let recorder = AttemptRecorder(store: store)
        let answers = ["Добрий день, мене звати Олена. Чим можу допомогти?", "/lookup 20417385",
                       "Дякую за очікування! Оплату отримано 10 листопада.", "Гарного Вам дня!"]
            .map { TraineeInput(text: $0, seconds: 6) }
        let quarterSeconds = quarter.end.timeIntervalSince(quarter.start)
        for _ in 0..<100 {
            let batch = (0..<1_000).map { _ -> PlayedAttempt in
                let (scenarioID, channel) = scenarios[Int(random.next() % UInt64(scenarios.count))]
                let standards = catalogue.map { item -> StandardVerdict in
                    guard item.channels.contains(channel) else { return StandardVerdict(id: item.id, verdict: .notApplicable, severity: item.severity) }
                    let roll = random.next() % 10
                    return StandardVerdict(id: item.id, verdict: roll < 8 ? .met : roll == 8 ? .violated : .missed, severity: item.severity)
                }
                let applicable = standards.filter { $0.verdict != .notApplicable }
                let score = applicable.filter { $0.verdict == .met }.count * 100 / max(1, applicable.count)
                let finished = quarter.start.addingTimeInterval(Double(random.next() % UInt64(quarterSeconds)))
                return PlayedAttempt(
                    result: AttemptResult(scenarioID: scenarioID, channel: channel, score: score, passed: score >= 80, standards: standards,
                                          turns: [], graderVersion: GraderVersion.current),
                    inputs: answers, traineeID: trainees[Int(random.next() % 1_000)].id, scenarioHash: "bench",
                    mode: .practice, startedAt: finished.addingTimeInterval(-600), finishedAt: finished)
            }
            try recorder.record(batch)
        }
        let generated = Double(DispatchTime.now().uptimeNanoseconds - generation) / 1_000_000_000
        print(String(format: "  (generated 1,000 trainees and 100,000 attempts in %.1f s)", generated))
    }
}

extension QuarterlyReportBenchmark {
    /// Peak memory of the release `trenazher hr report quarterly` on this database (HR's key made first).
    static func reportMemory(path: String) throws {
        let binary = Bundle.main.bundleURL.appendingPathComponent("trenazher").path
        guard FileManager.default.isExecutableFile(atPath: binary) else { return }
        let environment = ["TRENAZHER_DB": path, "HOME": NSTemporaryDirectory(), "USER": NSUserName(), "PATH": "/usr/bin:/bin"]
        _ = try PeakMemory.of(binary, ["hr", "init"], environment: environment)
        let report = try PeakMemory.of(binary, ["hr", "report", "quarterly", "--quarter", "2026-Q4", "--format", "html"], environment: environment)
        PeakMemory.report("memory: hr report quarterly, 100,000 attempts (exit \(report.status))", megabytes: report.megabytes)
    }
}

/// A small deterministic random generator, so every run benchmarks the same data.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
