import Foundation
import GRDB
import Testing
@testable import TrenazherStore

@Suite struct AuditLogTests {
    @Test func theAuditLogCannotBeEditedOrDeleted() throws {
        let store = try ProgressStore.inMemory()
        try store.appendAudit(actor: "hr", action: "hr-init", subject: "keys", details: "created")
        #expect(throws: DatabaseError.self) {
            try store.writer.write { try $0.execute(sql: "UPDATE audit_log SET actor = 'someone else'") }
        }
        #expect(throws: DatabaseError.self) {
            try store.writer.write { try $0.execute(sql: "DELETE FROM audit_log") }
        }
        #expect(try store.auditLog().map(\.actor) == ["hr"])
    }
}
