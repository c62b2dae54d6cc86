import Foundation

// `make bench`: times the hot paths of the grader and the store on a release build and prints each figure
// beside its floor measured in the same run (or against a target where no floor applies).
// `trenazher-bench NAME…` runs only the named ones (grade, replay, hurried, content, library, check1000, explore1000, store, register, report, check, certify, startup, enter, review, tips, drill, exam, ssh).
let chosen = Set(CommandLine.arguments.dropFirst())
let benchmarks: [(String, () throws -> Bool)] = [
    ("grade", CoreBenchmarks.gradeOneTurn),
    ("replay", CoreBenchmarks.replayLongTranscript),
    ("hurried", CoreBenchmarks.gradeOneHurriedTurn),
    ("content", CoreBenchmarks.loadContent),
    ("library", CoreBenchmarks.checkLibrary),
    ("check1000", StudioBenchmarks.checkThousand),
    ("explore1000", StudioBenchmarks.exploreThousand),
    ("store", StoreBenchmarks.turnCommit),
    ("register", RegistrationBenchmark.run),
    ("report", QuarterlyReportBenchmark.run),
    ("check", LedgerCheckBenchmark.run),
    ("certify", CertifyBenchmark.run),
    ("startup", StartupBenchmarks.run),
    ("enter", ConsoleBenchmarks.enterToFirstWord),
    ("review", ConsoleBenchmarks.reviewOfALongAttempt),
    ("tips", ConsoleBenchmarks.tipsAtTheEnd),
    ("drill", DrillBenchmark.run),
    ("exam", ExamLoadBenchmark.run),
    ("ssh", SSHLoadBenchmark.run),
]
var allMet = true
do {
    for (name, benchmark) in benchmarks where chosen.isEmpty || chosen.contains(name) {
        allMet = try benchmark() && allMet
    }
} catch {
    FileHandle.standardError.write(Data("trenazher-bench: \(error.localizedDescription)\n".utf8))
    exit(1)
}
exit(allMet ? 0 : 1)
