import Foundation
import GRDB

extension ProgressStore {
    /// Registers a trainee. Names are normalised (`PersonName.normalized`); a name with a control character is
    /// refused, and so is a full name that is, or looks like, one already registered (`NameError`).
    @discardableResult
    public func registerTrainee(fullName typedFullName: String, firstName typedFirstName: String, role: TraineeRole,
                                at date: Date = Date()) throws -> Trainee {
        let fullName = try PersonName.normalized(typedFullName)
        let firstName = try PersonName.normalized(typedFirstName)
        return try writer.write { db in
            if try Int.fetchOne(db, sql: "SELECT 1 FROM trainee WHERE full_name = ?", arguments: [fullName]) != nil {
                throw StoreError.duplicateTrainee(fullName)
            }
            let skeleton = PersonName.skeleton(fullName)
            for row in try Row.fetchAll(db, sql: "SELECT id, full_name FROM trainee") where PersonName.skeleton(row["full_name"]) == skeleton {
                throw NameError.looksLike(name: fullName, existing: row["full_name"], id: row["id"])
            }
            try db.execute(sql: "INSERT INTO trainee (full_name, first_name, role, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [fullName, firstName, role.rawValue, Timestamp.string(date)])
            return Trainee(id: db.lastInsertedRowID, fullName: fullName, firstName: firstName, role: role)
        }
    }

    /// Every trainee, by full name.
    public func trainees() throws -> [Trainee] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM trainee ORDER BY full_name").map(Self.trainee(from:))
        }
    }

    /// The trainee with this number.
    public func trainee(id: Int64) throws -> Trainee {
        try writer.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM trainee WHERE id = ?", arguments: [id]) else {
                throw StoreError.unknownTrainee(String(id))
            }
            return Self.trainee(from: row)
        }
    }

    /// Finds a trainee by number, by full name, or by a unique first name (case-insensitive).
    public func trainee(matching reference: String) throws -> Trainee {
        let reference = reference.trimmingCharacters(in: .whitespaces)
        let all = try trainees()
        if let id = Int64(reference.hasPrefix("#") ? String(reference.dropFirst()) : reference),
           let found = all.first(where: { $0.id == id }) {
            return found
        }
        let folded = reference.lowercased()
        if let found = all.first(where: { $0.fullName.lowercased() == folded }) { return found }
        let byFirstName = all.filter { $0.firstName.lowercased() == folded }
        if byFirstName.count == 1 { return byFirstName[0] }
        if byFirstName.count > 1 {
            throw StoreError.ambiguousTrainee(reference, candidates: byFirstName.map { "#\($0.id) \($0.fullName)" })
        }
        throw StoreError.unknownTrainee(reference)
    }

    static func trainee(from row: Row) -> Trainee {
        Trainee(id: row["id"], fullName: row["full_name"], firstName: row["first_name"],
                role: TraineeRole(rawValue: row["role"]) ?? .cok)
    }
}
