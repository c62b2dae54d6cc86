import Foundation

/// Times a piece of work a number of times and reports the median against a target.
struct Benchmark {
    var name: String
    /// The median must stay under this many milliseconds.
    var targetMilliseconds: Double
    var iterations: Int

    /// Runs `work` `iterations` times and prints one line: name, median, target, OK or SLOW.
    /// Returns whether the median met the target.
    @discardableResult
    func run(_ work: () throws -> Void) rethrows -> Bool {
        var samples: [Double] = []
        samples.reserveCapacity(iterations)
        for _ in 0..<iterations {
            let start = DispatchTime.now().uptimeNanoseconds
            try work()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        return report(samples)
    }

    /// Runs `work` `iterations` times, each measuring itself (its iteration number given) and
    /// returning milliseconds; reports like `run`.
    @discardableResult
    func measure(_ work: (Int) throws -> Double) rethrows -> Bool {
        var samples: [Double] = []
        for iteration in 0..<iterations {
            samples.append(try work(iteration))
        }
        return report(samples)
    }

    private func report(_ unsorted: [Double]) -> Bool {
        let samples = unsorted.sorted()
        let median = samples[samples.count / 2]
        let verdict = median < targetMilliseconds ? "OK" : "SLOW"
        print(String(format: "%-58@ median %9.3f ms  (target < %.0f ms, %d runs)  %@",
                     name as NSString, median, targetMilliseconds, iterations, verdict as NSString))
        return median < targetMilliseconds
    }
}
