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
        var cpu: [Double] = []
        samples.reserveCapacity(iterations)
        for _ in 0..<iterations {
            let start = DispatchTime.now().uptimeNanoseconds
            let startCPU = Self.processCPUMilliseconds()
            try work()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            cpu.append(Self.processCPUMilliseconds() - startCPU)
        }
        return report(samples, cpu: cpu)
    }

    /// The CPU time this process has used so far (every thread, user and system), in milliseconds: on a
    /// machine shared with other work it is what the work itself cost, whatever the wait for a core.
    static func processCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1_000 + Double(time.tv_nsec) / 1_000_000
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

    /// Prints the line; with `cpu` (each run's CPU time), its median too.
    private func report(_ unsorted: [Double], cpu: [Double] = []) -> Bool {
        let samples = unsorted.sorted()
        let median = samples[samples.count / 2]
        let verdict = median < targetMilliseconds ? "OK" : "SLOW"
        let cpuText = cpu.isEmpty ? "" : String(format: "  CPU median %.3f ms", cpu.sorted()[cpu.count / 2])
        print(String(format: "%-58@ median %9.3f ms  (target < %.0f ms, %d runs)  %@%@",
                     name as NSString, median, targetMilliseconds, iterations, verdict as NSString, cpuText as NSString))
        return median < targetMilliseconds
    }

    /// The median milliseconds of `iterations` runs of `work`.
    static func median(iterations: Int, _ work: () throws -> Void) rethrows -> Double {
        var samples: [Double] = []
        samples.reserveCapacity(iterations)
        for _ in 0..<max(1, iterations) {
            let start = DispatchTime.now().uptimeNanoseconds
            try work()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        samples.sort()
        return samples[samples.count / 2]
    }
}

/// A figure printed beside its floor — the least the same work can cost, measured in the same run on
/// the same machine — with the multiple of the floor it may reach.
struct FloorComparison {
    var name: String
    /// What the floor is.
    var floorName: String
    /// The figure passes at most this many times its floor; `nil` shows the ratio only.
    var limit: Double?

    /// Prints one line (figure, floor, ratio, limit, OK or SLOW) and returns whether it passed.
    @discardableResult
    func report(figure: Double, floor: Double) -> Bool {
        let ratio = floor > 0 ? figure / floor : .infinity
        let passed = limit.map { ratio <= $0 } ?? true
        let limitText = limit.map { String(format: "limit %.0f×  %@", $0, passed ? "OK" : "SLOW") } ?? "shown only"
        print(String(format: "%-50@ %9.3f ms | floor %9.3f ms %@ | %6.2f× (%@)", name as NSString, figure, floor,
                     "(\(floorName))" as NSString, ratio, limitText as NSString))
        return passed
    }
}
