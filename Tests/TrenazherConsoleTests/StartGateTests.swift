import Foundation
import Testing
@testable import TrenazherConsole

/// The start gate lets as many starts through as it has slots, makes the next one wait for a release, and
/// never blocks a start for good.
@Suite struct StartGateTests {
    private func gateFile() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("trenazher-gate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("trenazher.sqlite-start").path
    }

    @Test func asManyStartsAsSlotsGoThroughAndTheNextWaitsForARelease() throws {
        #if os(Linux)
        let path = try gateFile()
        let first = try #require(StartGate.enter(path: path, slots: 2, patience: 1))
        let second = try #require(StartGate.enter(path: path, slots: 2, patience: 1))
        let started = Date()
        #expect(StartGate.enter(path: path, slots: 2, patience: 0.2) == nil)
        #expect(Date().timeIntervalSince(started) >= 0.2)
        first.release()
        #expect(StartGate.enter(path: path, slots: 2, patience: 1) != nil)
        second.release()
        #endif
    }

    @Test func aWaitingStartGoesOnWhenTheSlotIsReleased() throws {
        #if os(Linux)
        let path = try gateFile()
        let holder = try #require(StartGate.enter(path: path, slots: 1, patience: 1))
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { holder.release() }
        let started = Date()
        let next = StartGate.enter(path: path, slots: 1, patience: 10)
        #expect(next != nil)
        #expect(Date().timeIntervalSince(started) >= 0.25 && Date().timeIntervalSince(started) < 5)
        #endif
    }

    @Test func aGateThatCannotBeCreatedIsNotWaitedFor() {
        #expect(StartGate.enter(path: "/nonexistent-\(UUID().uuidString)/trenazher.sqlite-start", patience: 5) == nil)
    }

    @Test func oneSlotACoreAtLeastOne() {
        #expect(StartGate.slots(processors: 0) == 1)
        #expect(StartGate.slots(processors: 2) == 2)
        #expect(StartGate.slots(processors: 8) == 8)
    }
}
