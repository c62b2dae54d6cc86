import Foundation

/// The static verification page of the published folder (`index.html`): every certificate's code with its
/// holder, track, dates and status as of publication — a certificate resting on rows changed outside Trenazher
/// (`CertificateDoubt`) «ПІД СУМНІВОМ» with the reasons — and how to verify one offline or with any Open Badges
/// 3.0 verifier. A certificate's QR code opens it at the certificate's row (`#CODE`).
public enum VerificationPage {
    /// The page in Ukrainian, or in English; `doubts`: `ProgressStore.certificateDoubts`, by number.
    public static func html(certificates: [RegisteredCertificate], doubts: [String: [CertificateDoubt]] = [:], base: String, issuerName: String,
                            issuerDID: String, at date: Date, english: Bool) -> String {
        let wording = ReportWording(english: english)
        func pick(_ ukrainian: String, _ englishText: String) -> String { wording.pick(ukrainian, englishText) }
        let reports = HRReports(english: english)
        let rows = certificates.sorted { $0.certificate.issuedAt < $1.certificate.issuedAt }.map { registered -> String in
            let certificate = registered.certificate
            let reasons = doubts[certificate.number] ?? []
            let status = reports.certificateStatus(registered, at: date, doubts: reasons)
            let state = registered.revocation != nil ? "revoked" : certificate.isExpired(at: date) ? "expired" : reasons.isEmpty ? "valid" : "doubt"
            return """
                <tr id="\(HTML.escape(certificate.code))" class="\(state)"><td class="code"><a href="\(HTML.escape(PublishedFolder.badgePath(code: certificate.code)))">\(HTML.escape(certificate.code))</a></td>\
                <td>\(HTML.escape(certificate.number))</td><td>\(HTML.escape(certificate.traineeName))</td><td>\(HTML.escape(certificate.trackTitle(english: english)))</td>\
                <td>\(wording.day(certificate.issuedAt))</td><td>\(wording.day(certificate.expiresAt))</td><td class="state">\(HTML.escape(status))</td></tr>
                """
        }
        let sample = certificates.first?.certificate.code ?? "K7Q4-M2XD-9PTA"
        let body = """
            <h1>\(pick("Перевірка сертифікатів", "Certificate verification")) — \(HTML.escape(issuerName))</h1>
            <p class="summary">\(pick("Стан на момент публікації", "Status as of publication")): \(wording.day(date)) \(wording.time(date)) (\(pick("за київським часом", "Kyiv time"))). \
            \(pick("Сертифікатів", "Certificates")): \(certificates.count).</p>
            <table>
            <tr><th>\(pick("Код перевірки", "Verification code"))</th><th>\(pick("Номер", "Number"))</th><th>\(pick("Працівник", "Holder"))</th>\
            <th>\(pick("Напрям", "Track"))</th><th>\(pick("Видано", "Issued"))</th><th>\(pick("Дійсний до", "Valid until"))</th><th>\(pick("Стан", "Status"))</th></tr>
            \(rows.joined(separator: "\n"))
            </table>
            <h2>\(pick("Як перевірити", "How to verify"))</h2>
            <p>\(pick("Ця сторінка показує стан на момент публікації. Справжність і поточний стан доводять підписи:",
                      "This page shows the status at publication. Authenticity and the current status rest on the signatures:"))</p>
            <ul>
            <li>\(pick("Тренажером, без мережі (копія цієї теки)", "With Trenazher, offline (a copy of this folder)")): \
            <code>trenazher verify \(HTML.escape(sample)) --status \(pick("ТЕКА", "FOLDER"))</code> \(pick("або", "or")) \
            <code>trenazher verify \(pick("ТЕКА", "FOLDER"))/\(HTML.escape(PublishedFolder.badgePath(code: sample))) --status \(pick("ТЕКА", "FOLDER"))</code>; \
            \(pick("з мережі", "online")): <code>trenazher verify \(HTML.escape(sample)) --status \(HTML.escape(base))</code>.</li>
            <li>\(pick("Будь-яким перевіряльником Open Badges 3.0: відкрийте файл бейджа (посилання на коді). Він підписаний ключем видавця",
                       "With any Open Badges 3.0 verifier: open the badge file (the link on the code). It is signed with the issuer's key"))
            <code>\(HTML.escape(issuerDID))</code>\(pick("; його поле", "; its")) <code>credentialStatus</code> \
            \(pick("вказує на підписаний список відкликань", "names the signed revocation list")) \
            <a href="\(HTML.escape(RevocationStatusList.relativePath))">\(HTML.escape(StatusListEntry.listURL(base: base)))</a> (W3C Bitstring Status List).</li>
            <li>\(pick("Відкритий ключ видавця для", "The issuer's public key for")) <code>trenazher verify --key-dir</code>: \
            <a href="\(PublishedFolder.keyFolder)/">\(PublishedFolder.keyFolder)/</a>.</li>
            </ul>
            """
        return HTML.page(title: pick("Перевірка сертифікатів", "Certificate verification") + " — " + issuerName,
                         language: english ? "en" : "uk", style: HTML.reportStyle + style, body: body)
    }

    static let style = """

        td.code { font-family: "DejaVu Sans Mono", monospace; white-space: nowrap; }
        tr.revoked td.state, tr.expired td.state, tr.doubt td.state { color: #b8492f; font-weight: bold; }
        tr:target { background: #fff4c2; outline: 2px solid #c9962a; }
        code { word-break: break-all; }
        """
}
