import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The peak resident memory of a child process (`wait4`'s `ru_maxrss`), for the memory figures.
enum PeakMemory {
    /// Runs `executable` with `arguments` (standard output and error discarded) and returns its peak
    /// memory in megabytes, its exit status, and the CPU time it used (user and system) in milliseconds.
    static func of(_ executable: String, _ arguments: [String], environment: [String: String]) throws
        -> (megabytes: Double, status: Int32, cpuMilliseconds: Double) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw BenchFailure(description: "cannot start \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { throw BenchFailure(description: "wait4 failed for \(executable)") }
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1_000
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000
        return (Double(usage.ru_maxrss) / 1024, (status >> 8) & 0xFF, cpu)
    }

    /// Prints one memory line.
    static func report(_ name: String, megabytes: Double) {
        print(String(format: "%-50@ %9.1f MB peak resident memory", name as NSString, megabytes))
    }
}
