import Crypto
import GRDB
import Foundation
import Testing
import TrenazherCore
@testable import TrenazherStore

@Suite struct ReportTests {
    private func storeWithTwoTrainees() throws -> ProgressStore {
        let store = try ProgressStore.inMemory()
        let olena = try Fixtures.trainee(store)
        let ivan = try Fixtures.trainee(store, "Петренко Іван", first: "Іван")
        try Fixtures.record(store, olena, scenario: "hotline-long-lookup", mode: .exam, score: 86, passed: true)
        try Fixtures.record(store, ivan, scenario: "hotline-long-lookup", mode: .practice, score: 60, passed: false)
        return store
    }

    @Test func quarterlyFiguresAggregatePerStandardAndChannelWithoutNames() throws {
        let store = try storeWithTwoTrainees()
        let figures = try store.quarterlyFigures(Quarter(containing: Fixtures.now))
        #expect(figures.trainees == 2)
        #expect(figures.channels == [ChannelActivity(channel: "hotline", attempts: 2, passed: 1, averageScore: 73)])
        let hold = try #require(figures.compliance.first { $0.standardID == "HOT-HOLD" })
        #expect(hold.applicable == 2 && hold.missed == 2 && hold.rate == 0)
        #expect(!figures.compliance.contains { $0.standardID == "VIS-GREET" })
        for format in ReportFormat.allCases {
            let rendered = ReportRenderer.render(HRReports(english: false).quarterly(figures, generatedAt: Fixtures.now), as: format)
            #expect(!rendered.contains("Коваль") && !rendered.contains("Петренко"))
            #expect(rendered.contains("HOT-GREET"))
        }
        #expect(try store.quarterlyFigures(Quarter("2025-Q1")!).channels.isEmpty)
    }

    @Test func quartersParseAndBound() throws {
        let quarter = try #require(Quarter("2026-Q4"))
        #expect(Timestamp.string(quarter.start) == "2026-10-01T00:00:00Z")
        #expect(Timestamp.string(quarter.end) == "2027-01-01T00:00:00Z")
        #expect(Quarter("2026-Q5") == nil && Quarter("осінь") == nil)
        #expect(Quarter(containing: Fixtures.now).description == "2026-Q4")
    }

    /// A report of several tables (a trainee's record: its certificates come fifth) holds them all in CSV, each after
    /// its title, an empty line between them.
    @Test func csvHoldsEveryTableOfTheReport() {
        let document = ReportDocument(title: "Картка", tables: [
            ReportTable(title: "Спроби", columns: ["#", "Бал"], rows: [["3", "86"]]),
            ReportTable(title: "Сертифікати", columns: ["Номер", "Стан"], rows: [["ТР-2026-000001", "чинний"]]),
            ReportTable(title: "Порожня", columns: ["A"], rows: []),
        ])
        #expect(ReportRenderer.render(document, as: .csv)
            == "\u{FEFF}Спроби\r\n#,Бал\r\n3,86\r\n\r\nСертифікати\r\nНомер,Стан\r\nТР-2026-000001,чинний\r\n\r\nПорожня\r\nA\r\n")
    }

    @Test func csvQuotesFieldsAndHTMLEscapesText() {
        let document = ReportDocument(title: "Звіт <тест>", tables: [
            ReportTable(columns: ["ПІБ", "Примітка"], rows: [["Коваль, Олена", "сказала \"ні\""]]),
        ])
        #expect(ReportRenderer.render(document, as: .csv) == "\u{FEFF}ПІБ,Примітка\r\n\"Коваль, Олена\",\"сказала \"\"ні\"\"\"\r\n")
        let html = ReportRenderer.render(document, as: .html)
        #expect(html.contains("Звіт &lt;тест&gt;") && html.hasPrefix("<!DOCTYPE html>") && !html.contains("http"))
    }

    @Test func progressWeighsRecentAttemptsMoreAndSuggestsWhatToPractise() throws {
        let store = try ProgressStore.inMemory()
        let trainee = try Fixtures.trainee(store)
        let recorder = AttemptRecorder(store: store)
        try recorder.record(result: Fixtures.result(greet: .violated), inputs: Fixtures.inputs, trainee: trainee, scenarioHash: "h",
                            mode: .practice, finishedAt: Fixtures.now.addingTimeInterval(-3 * 86_400))
        try recorder.record(result: Fixtures.result(greet: .met), inputs: Fixtures.inputs, trainee: trainee, scenarioHash: "h",
                            mode: .practice, finishedAt: Fixtures.now.addingTimeInterval(-86_400))
        let progress = TraineeProgress.compute(trainee: trainee, attempts: try store.attempts(traineeID: trainee.id),
                                               verdicts: try store.standardVerdicts(traineeID: trainee.id),
                                               tracks: [Fixtures.hotlineTrack], at: Fixtures.now)
        let greet = try #require(progress.standards.first { $0.standardID == "HOT-GREET" })
        #expect(greet.metRate > 0.5 && greet.metRate < 1)
        #expect(greet.lastVerdict == .met)
        #expect(progress.practiseNext.first?.standardID == "HOT-HOLD")
        // HOT-HOLD failed in hotline-long-lookup, which is passed: the track's scenario not passed yet comes first.
        #expect(progress.suggestedScenario == "hotline-account-no-id")
        #expect(progress.tracks.first?.withinReach == false)
        #expect(progress.tracks.first?.eligibility.missing.map(\.state) == [.notAttempted, .practiceOnly(bestScore: 86)])
        #expect(!progress.standards.contains { $0.standardID == "VIS-GREET" })

        // Everything passed: a scenario where the weakest Standard (HOT-HOLD, failed in both) failed, to practise it.
        try recorder.record(result: Fixtures.result(scenario: "hotline-account-no-id"), inputs: Fixtures.inputs, trainee: trainee,
                            scenarioHash: "h", mode: .practice, finishedAt: Fixtures.now)
        let later = TraineeProgress.compute(trainee: trainee, attempts: try store.attempts(traineeID: trainee.id),
                                            verdicts: try store.standardVerdicts(traineeID: trainee.id),
                                            tracks: [Fixtures.hotlineTrack], at: Fixtures.now)
        #expect(later.practiseNext.first?.standardID == "HOT-HOLD")
        #expect(["hotline-long-lookup", "hotline-account-no-id"].contains(later.suggestedScenario ?? ""))
    }

    @Test func xapiStatementsCarryScoreVerbAndAStableID() throws {
        let store = try storeWithTwoTrainees()
        let attempt = try #require(try store.attempts(status: .finished).first)
        let trainee = try store.trainee(id: attempt.traineeID)
        let exporter = XAPIStatements()
        let statement = exporter.statement(for: attempt, trainee: trainee, verdicts: [])
        #expect(statement["verb"]?["id"]?.stringValue == "http://adlnet.gov/expapi/verbs/passed")
        #expect(statement["result"]?["score"]?["raw"] == .integer(86))
        #expect(statement["id"] == exporter.statement(for: attempt, trainee: trainee, verdicts: [])["id"])
        #expect(statement["id"]?.stringValue?.count == 36)
        #expect(!statement.canonical.contains("\n"))
    }

    @Test func theCertificatePageEmbedsAVerifiableCredential() throws {
        let key = Curve25519.Signing.PrivateKey()
        let (store, certificate) = try Fixtures.certifiedStore(key: key, issuer: "ПрАТ <Тест>")
        let page = CertificatePage.html(certificate, english: false)
        #expect(page.contains("ПрАТ &lt;Тест&gt;") && page.contains(certificate.code))
        let embedded = try #require(CertificatePage.embeddedCredential(in: page))
        let document = try #require(JSONDocument.parse(Data(embedded.utf8)))
        #expect(try store.verify(document: document, trustedKey: key.publicKey, at: Fixtures.now) == .valid(certificate))
    }
}

@Suite struct ComplianceTallyTests {
    static func recount(_ store: ProgressStore) throws -> [String] {
        try store.writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT sv.standard_id || ' ' || a.channel || ' ' || sum(sv.verdict = 'met') || ' ' || sum(sv.verdict = 'violated')
                       || ' ' || sum(sv.verdict = 'missed')
                FROM attempt a JOIN standard_verdict sv ON sv.attempt_id = a.id
                WHERE a.status = 'finished' AND sv.verdict != 'not_applicable' GROUP BY sv.standard_id, a.channel ORDER BY 1
                """)
        }
    }

    static func tally(_ store: ProgressStore) throws -> [String] {
        try store.quarterlyFigures(Quarter(containing: Fixtures.now)).compliance
            .map { "\($0.standardID) \($0.channel) \($0.met) \($0.violated) \($0.missed)" }.sorted()
    }

    @Test func theTallyAgreesWithARecountOfEveryVerdict() throws {
        let store = try ProgressStore.inMemory()
        let trainee = try Fixtures.trainee(store)
        let recorder = AttemptRecorder(store: store)
        for greet in [Verdict.met, .violated, .missed, .met] {
            try recorder.record(result: Fixtures.result(greet: greet), inputs: [], trainee: trainee, scenarioHash: "h", mode: .practice,
                                finishedAt: Fixtures.now)
        }
        let attempt = try store.startAttempt(traineeID: trainee.id, scenarioID: "s", scenarioHash: "h", channel: .hotline, mode: .exam)
        try store.finishAttempt(attemptID: attempt.id, result: Fixtures.result(), at: Fixtures.now)
        #expect(try Self.tally(store) == Self.recount(store))
        #expect(try Self.tally(store).contains("HOT-GREET hotline 3 1 1"))
    }

    @Test func migratingFromVersionOneFillsTheTally() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("v1.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: "v1")
        let trainee = try Trainee(id: queue.write { db in
            try db.execute(sql: "INSERT INTO trainee (full_name, first_name, role, created_at) VALUES ('Коваль Олена', 'Олена', 'hotline', '')")
            return db.lastInsertedRowID
        }, fullName: "Коваль Олена", firstName: "Олена", role: .hotline)
        try AttemptRecorderWithoutTally.record(queue, trainee)
        try queue.close()
        let migrated = try ProgressStore.open(path: path)
        #expect(try migrated.appliedMigrations() == StoreSchema.migrator.migrations)
        #expect(try Self.tally(migrated) == Self.recount(migrated))
        #expect(try !Self.tally(migrated).isEmpty)
    }
}

/// Writes a finished attempt the way a version-1 database held it: verdicts, and no tally.
enum AttemptRecorderWithoutTally {
    static func record(_ queue: DatabaseQueue, _ trainee: Trainee) throws {
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO attempt (trainee_id, scenario_id, scenario_hash, channel, mode, grader_version, started_at, finished_at,
                                     score, passed, status)
                VALUES (?, 'hotline-long-lookup', 'h', 'hotline', 'exam', '1.0.0', ?, ?, 86, 1, 'finished')
                """, arguments: [trainee.id, Timestamp.string(Fixtures.now), Timestamp.string(Fixtures.now)])
            let id = db.lastInsertedRowID
            for (position, standard) in Fixtures.result().standards.enumerated() {
                try db.execute(sql: "INSERT INTO standard_verdict (attempt_id, standard_id, position, verdict, severity) VALUES (?, ?, ?, ?, ?)",
                               arguments: [id, standard.id, position, standard.verdict.rawValue, standard.severity.rawValue])
            }
        }
    }
}

struct ReportWidthTests {
    @Test func aTextTableWiderThanAHundredColumnsWrapsItsWidestColumn() {
        let long = String(repeating: "Переоформлення договору про розподіл електричної енергії ", count: 2)
        let document = ReportDocument(title: "Прогрес", tables: [ReportTable(
            columns: ["Стандарт", "Назва", "Виконано"],
            rows: [["GEN-FORMAL", long, "80%"], ["HOT-ID", "Ідентифікація", "100%"]], percentColumns: [2])])
        let text = ReportRenderer.render(document, as: .text)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 100 })
        #expect(text.replacingOccurrences(of: "\n", with: " ").contains("Переоформлення договору"))
        #expect(lines.contains { $0.hasSuffix("80%") })
    }

    /// A trainee's attempts as `hr report trainee` lists them, with exam seeds of 19 digits.
    private static let attempts = ReportTable(
        title: "Спроби",
        columns: ["#", "Дата", "Сценарій", "Режим", "Зерно варіанта", "Стан", "Бал", "Успіх", "Версія оцінювача"],
        rows: [["1", "2026-12-07", "Неповний пакет документів на переоформлення договору (visit-incomplete-documents)", "іспит",
                "8736251437645012345", "завершено", "86", "так", "1.6.6"],
               ["2", "2026-12-07", "Показники без ідентифікації (hotline-account-no-id)", "тренування", "—", "завершено", "41", "ні",
                "1.6.6"],
               ["3", "2026-12-08", "Розгніваний відвідувач без світла (visit-difficult-visitor)", "іспит", "1200000000000000007",
                "перервано", "—", "—", "1.6.6"]])

    @Test(arguments: [80, 100])
    func aTableFitsTheTerminalWithLongValuesShortenedAlike(width: Int) {
        let text = ReportRenderer.render(ReportDocument(title: "Картка працівника", tables: [Self.attempts]), as: .text, width: width)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= width }, "\(text)")
        // A seed is one line, shortened the same way in every row; a date, a score or a mode is never shortened.
        let seeds = lines.compactMap { line in line.split(separator: " ").first { $0.hasPrefix("87362") || $0.hasPrefix("12000") } }
        #expect(seeds.count == 2, "\(text)")
        #expect(Set(seeds.map(\.count)).count == 1)
        #expect(seeds.allSatisfy { "8736251437645012345".hasPrefix($0.dropLast()) || "1200000000000000007".hasPrefix($0.dropLast()) })
        for whole in ["2026-12-07", "2026-12-08", "тренування", "завершено", "перервано", "1.6.6"] {
            #expect(text.contains(whole), "\(whole) whole in \(text)")
        }
        // CSV is untouched.
        let csv = ReportRenderer.render(ReportDocument(title: "Картка працівника", tables: [Self.attempts]), as: .csv, width: width)
        #expect(csv.contains("8736251437645012345") && csv.contains("1200000000000000007"))
    }

    /// A trainee's Standards as `progress` and `hr report trainee` list them (`HRReports.progressTables`).
    private static let standards = ReportTable(
        title: "Стандарти",
        columns: ["Стандарт", "Назва", "Важливість", "Спроб", "Виконання", "Востаннє", "Тенденція"],
        rows: [["GEN-NO-INTERRUPT", "Не перебивати клієнта, вислухати до кінця", "критичний", "12", "58%", "порушено", "↑ ✓✗✓✓✗"],
               ["HOT-GREET", "Привітання відповідно до часу доби з назвою гарячої лінії", "значний", "12", "100%", "виконано",
                "→ ✓✓✓✓✓"],
               ["GEN-FORMAL", "Звернення на «Ви»", "критичний", "12", "92%", "виконано", "→ ✓✓✓✓✓"]],
        percentColumns: [4], identifierColumns: [0])

    /// An identifier column is never cut: at 80 columns free text wraps first and every Standard's ID stays whole.
    @Test(arguments: [80, 72, 100])
    func aStandardsIDIsNeverCut(width: Int) throws {
        let text = ReportRenderer.render(ReportDocument(title: "Прогрес", tables: [Self.standards]), as: .text, width: width)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= width }, "\(text)")
        for id in ["GEN-NO-INTERRUPT", "HOT-GREET", "GEN-FORMAL"] {
            #expect(lines.contains { $0.hasPrefix(id + " ") }, "\(id) whole in \(text)")
        }
        #expect(!text.contains("GEN-NO-IN…"))
        // The reports mark their columns of Standard IDs and certificate numbers as identifiers.
        let store = try ProgressStore.inMemory()
        let olena = try Fixtures.trainee(store)
        try Fixtures.record(store, olena, scenario: "hotline-long-lookup", mode: .practice, score: 60, passed: false)
        let progress = TraineeProgress.compute(trainee: olena, attempts: try store.attempts(traineeID: olena.id),
                                               verdicts: try store.standardVerdicts(traineeID: olena.id), tracks: [], at: Fixtures.now)
        let report = HRReports(english: false).trainee(progress, attempts: try store.attempts(traineeID: olena.id), certificates: [],
                                                       at: Fixtures.now)
        #expect(report.tables.first?.identifierColumns == [0])
        #expect(report.tables.first { $0.title == "Сертифікати" }?.identifierColumns == [0])
        let quarterly = HRReports(english: false).quarterly(try store.quarterlyFigures(Quarter(containing: Fixtures.now)), generatedAt: Fixtures.now)
        #expect(quarterly.tables.first?.identifierColumns == [1])
    }

    @Test func aTableThatFitsKeepsEveryColumnAsWideAsItsWidestCell() {
        let table = ReportTable(columns: ["#", "Зерно варіанта", "Бал"], rows: [["1", "8736251437645012345", "86"], ["12", "—", "7"]])
        let text = ReportRenderer.render(ReportDocument(title: "Т", tables: [table]), as: .text, width: 100)
        #expect(text.contains("#   Зерно варіанта       Бал\n──  ───────────────────  ───\n 1  8736251437645012345   86\n12  —                      7\n"),
                "\(text)")
    }
}
