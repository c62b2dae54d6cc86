import Foundation
import Testing
import TrenazherServer
import TrenazherStore

/// Installing content as recorded versions, and backing up and restoring the database while it is written.
struct OperationsTests {
    @Test func contentIsInstalledAsVersionsOnlyWhenItPasses() throws {
        let folder = try Fixtures.temporaryFolder("install")
        defer { try? FileManager.default.removeItem(at: folder) }
        let share = ContentInstallation(root: folder.appendingPathComponent("share"))
        let repository = Fixtures.root
        let (first, changed) = try share.install(from: repository, author: "trainer-a") { _, _ in [] }
        #expect(changed)
        #expect(first.version.hasPrefix("0001-"))
        #expect(first.author == "trainer-a")
        #expect(first.files["Scenarios/hotline-account-no-id.yaml"]?.count == 64)
        let installedScenario = share.root.appendingPathComponent("Scenarios/hotline-account-no-id.yaml")
        #expect(FileManager.default.contentsEqual(atPath: installedScenario.path,
                                                  andPath: repository.appendingPathComponent("Scenarios/hotline-account-no-id.yaml").path))
        #expect(try share.install(from: repository, author: "trainer-b") { _, _ in [] }.changed == false)

        // A trainer's new scenario folder: refused while it fails, installed when it passes.
        let candidate = folder.appendingPathComponent("candidate/Scenarios")
        try FileManager.default.createDirectory(at: candidate.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: repository.appendingPathComponent("Scenarios"), to: candidate)
        let edited = candidate.appendingPathComponent("hotline-account-no-id.yaml")
        try (try String(contentsOf: edited, encoding: .utf8) + "\n# edited\n").write(to: edited, atomically: true, encoding: .utf8)
        #expect(throws: ContentInstallationError.invalid(problems: ["x.yaml:1:1: broken"])) {
            try share.install(from: candidate.deletingLastPathComponent(), author: "trainer-b") { _, _ in ["x.yaml:1:1: broken"] }
        }
        #expect(share.current()?.version == first.version)
        let (second, _) = try share.install(from: candidate.deletingLastPathComponent(), author: "trainer-b") { content, scenarios in
            ContentValidation.validate(content: content, scenarios: scenarios).problems
        }
        #expect(second.version.hasPrefix("0002-"))
        #expect(share.current()?.author == "trainer-b")
        #expect(second.files["Content/standards.yaml"] == first.files["Content/standards.yaml"])
        #expect(second.files["Scenarios/hotline-account-no-id.yaml"] != first.files["Scenarios/hotline-account-no-id.yaml"])
        // The old version stays as it was, and an attempt's scenario hash finds it.
        let oldHash = try #require(first.files["Scenarios/hotline-account-no-id.yaml"])
        #expect(share.versions(containing: oldHash).map(\.version) == [first.version])
        #expect(share.versions().count == 2)
        let history = try String(contentsOf: share.root.appendingPathComponent("versions/history.tsv"), encoding: .utf8)
        #expect(history.split(separator: "\n").count == 3)
    }

    @Test func aBackupTakenWhileTraineesRecordIsCompleteAndRestores() throws {
        let folder = try Fixtures.temporaryFolder("backup")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.sqlite").path
        let store = try ProgressStore.open(path: path)
        let writerDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            defer { writerDone.signal() }
            guard let writer = try? ProgressStore.open(path: path) else { return }
            for index in 0..<200 {
                _ = try? writer.registerTrainee(fullName: "Працівник \(index)", firstName: "П", role: .cok)
            }
        }
        let backup = folder.appendingPathComponent("backup.sqlite").path
        try store.backup(to: backup)
        writerDone.wait()
        let copy = try ProgressStore.open(path: backup)
        #expect(try copy.integrityCheck() == ["ok"])
        let copied = try copy.trainees().count
        #expect(copied <= 200)
        #expect(throws: StoreError.self) { try store.backup(to: backup) }
        var status = stat()
        stat(backup, &status)
        #expect(status.st_mode & 0o077 == 0)

        try store.registerTrainee(fullName: "Після копії", firstName: "П", role: .hotline)
        let saved = try ProgressStore.restore(from: backup, into: path)
        #expect(try store.trainees().count == copied)
        #expect(try ProgressStore.open(path: saved).trainees().count == 201)
        #expect(throws: StoreError.self) { try ProgressStore.restore(from: folder.appendingPathComponent("none").path, into: path) }
    }
}
