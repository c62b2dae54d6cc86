import Foundation
import GRDB

/// A fault of the machine rather than of the input — a full disk, a lock held too long by another
/// process, a damaged file, missing permissions, a directory where the database should be — told in
/// one line (Ukrainian, or English with `--lang en`) that names the file and the remedy (exit 1, never usage text).
public struct StoreFault: Error, Equatable, Sendable, LocalizedError, BilingualError {
    public enum Kind: String, Sendable {
        case diskFull, locked, damaged, permission, directory, io
    }

    public var kind: Kind
    public var path: String

    public init(_ kind: Kind, path: String) {
        self.kind = kind
        self.path = path
    }

    public func message(english: Bool) -> String {
        guard english else { return ukrainianMessage }
        switch kind {
        case .diskFull:
            return "\(path): the disk is full — free some space and retry (what was saved before is not lost)"
        case .locked:
            return "\(path): another process has held the database for over \(Int(ProgressStore.busyTimeout)) s — wait for it to finish and retry"
        case .damaged:
            return "\(path): the database file is damaged — restore it from a backup (nothing was written)"
        case .permission:
            return "\(path): no permission to write — check the rights of the file and its folder"
        case .directory:
            return "\(path): this is a folder, not a database file — give a file, e.g. --database \(path)/trenazher.sqlite"
        case .io:
            return "\(path): a disk read or write error — check the disk and retry (what was saved before is not lost)"
        }
    }

    private var ukrainianMessage: String {
        switch kind {
        case .diskFull:
            return "\(path): на диску немає місця — звільніть місце й повторіть (збережене раніше не втрачено)"
        case .locked:
            return "\(path): базу понад \(Int(ProgressStore.busyTimeout)) с тримає інший процес — дочекайтеся його завершення й повторіть"
        case .damaged:
            return "\(path): файл бази пошкоджений — відновіть його з резервної копії (нічого не записано)"
        case .permission:
            return "\(path): немає права запису — перевірте права на файл і його теку"
        case .directory:
            return "\(path): це тека, а не файл бази — вкажіть файл, напр. --database \(path)/trenazher.sqlite"
        case .io:
            return "\(path): помилка читання чи запису диска — перевірте диск і повторіть (збережене раніше не втрачено)"
        }
    }

    /// The fault behind an SQLite error met while using the database at `path`, or `nil` when the
    /// error is not one of the environment.
    public static func classify(_ error: Error, path: String) -> StoreFault? {
        if let fault = error as? StoreFault { return fault }
        guard let error = error as? DatabaseError else { return nil }
        switch error.resultCode {
        case .SQLITE_FULL: return StoreFault(.diskFull, path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreFault(.locked, path: path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return StoreFault(.damaged, path: path)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH: return StoreFault(.permission, path: path)
        case .SQLITE_IOERR:
            // SQLite reports a failed write of its shared-memory index or journal as an I/O error even
            // when the cause is a full disk.
            return StoreFault(isFull(around: path) ? .diskFull : .io, path: path)
        case .SQLITE_CANTOPEN:
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            return StoreFault(exists && isDirectory.boolValue ? .directory : .permission, path: path)
        default: return nil
        }
    }

    /// Whether the file system holding `path` (or its folder) has less than a page or two free.
    static func isFull(around path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        var status = statvfs()
        guard statvfs(folder.isEmpty ? "." : folder, &status) == 0 else { return false }
        return UInt64(status.f_bavail) * UInt64(status.f_frsize) < 64 * 1024
    }
}
