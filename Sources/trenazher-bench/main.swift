import Foundation

// `make bench`: times the hot paths of the grader and the store on a release build and prints medians against targets.
var allMet = true
do {
    allMet = try CoreBenchmarks.gradeOneTurn() && allMet
    allMet = try CoreBenchmarks.checkLibrary() && allMet
    allMet = try StoreBenchmarks.turnCommit() && allMet
    allMet = try QuarterlyReportBenchmark.run() && allMet
    allMet = try CertifyBenchmark.run() && allMet
    allMet = try StartupBenchmarks.run() && allMet
    allMet = try ConsoleBenchmarks.enterToFirstWord() && allMet
    allMet = try ConsoleBenchmarks.reviewOfALongAttempt() && allMet
} catch {
    FileHandle.standardError.write(Data("trenazher-bench: \(error.localizedDescription)\n".utf8))
    exit(1)
}
exit(allMet ? 0 : 1)
