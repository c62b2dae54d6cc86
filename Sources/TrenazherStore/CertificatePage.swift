import Foundation

/// A certificate as a printable, self-contained HTML page. The signed Open Badges credential is embedded,
/// so `trenazher verify certificate.html` checks the page itself.
public enum CertificatePage {
    static let credentialScriptOpening = "<script type=\"application/ld+json\" id=\"credential\">"

    /// The page in Ukrainian, or in English.
    public static func html(_ certificate: Certificate, english: Bool) -> String {
        let wording = ReportWording(english: english)
        func pick(_ ukrainian: String, _ englishText: String) -> String { wording.pick(ukrainian, englishText) }
        let credential = OpenBadgeCredential.signed(certificate).pretty.replacingOccurrences(of: "</", with: "<\\/")
        let body = """
            <main class="certificate">
            <p class="issuer">\(HTML.escape(certificate.issuer))</p>
            <h1>\(pick("Сертифікат", "Certificate"))</h1>
            <p class="number">№ \(HTML.escape(certificate.number))</p>
            <p>\(pick("засвідчує, що", "certifies that"))</p>
            <p class="name">\(HTML.escape(certificate.traineeName))</p>
            <p>\(pick("успішно склав(ла) іспити тренажера стандартів обслуговування за напрямом", "passed the customer-service Standards exams of the track"))</p>
            <p class="track">«\(HTML.escape(certificate.trackTitle))»</p>
            <p class="criteria">\(HTML.escape(certificate.criteria))</p>
            <table>
            <tr><th>\(pick("Видано", "Issued"))</th><td>\(wording.day(certificate.issuedAt))</td></tr>
            <tr><th>\(pick("Дійсний до", "Valid until"))</th><td>\(wording.day(certificate.expiresAt))</td></tr>
            <tr><th>\(pick("Код перевірки", "Verification code"))</th><td class="code">\(HTML.escape(certificate.code))</td></tr>
            <tr><th>\(pick("Спроби-докази", "Evidence attempts"))</th><td>\(certificate.evidence.map { "#\($0)" }.joined(separator: ", "))</td></tr>
            </table>
            <p class="verify">\(pick("Перевірити справжність", "Verify")): <code>trenazher verify \(HTML.escape(certificate.code))</code></p>
            <p class="signature">\(pick("Підпис Ed25519", "Ed25519 signature")): \(HTML.escape(String(certificate.signature.prefix(24))))…<br>\(pick("Ключ", "Key")): \(HTML.escape(certificate.issuerDID))</p>
            </main>
            \(credentialScriptOpening)
            \(credential)
            </script>
            """
        return HTML.page(title: "\(pick("Сертифікат", "Certificate")) \(certificate.number)", language: english ? "en" : "uk",
                         style: style, body: body)
    }

    /// The signed credential embedded in a certificate page, when the text is one.
    public static func embeddedCredential(in text: String) -> String? {
        guard let start = text.range(of: credentialScriptOpening),
              let end = text.range(of: "</script>", range: start.upperBound..<text.endIndex) else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }

    static let style = """
        @page { size: A4 landscape; margin: 12mm; }
        body { font-family: Georgia, "DejaVu Serif", serif; color: #1d2330; margin: 0; }
        main.certificate { max-width: 60rem; margin: 2rem auto; padding: 2.5rem 3rem; border: 6px double #2f5d8a; text-align: center; }
        h1 { font-size: 2.6rem; letter-spacing: .08em; margin: .4rem 0; color: #2f5d8a; }
        .issuer { font-size: 1.1rem; text-transform: uppercase; letter-spacing: .12em; color: #44506a; }
        .number { font-size: 1.1rem; margin-top: 0; }
        .name { font-size: 2rem; font-weight: bold; margin: .6rem 0; }
        .track { font-size: 1.6rem; margin: .4rem 0; }
        .criteria { color: #44506a; }
        table { margin: 1.2rem auto; border-collapse: collapse; font-family: system-ui, "DejaVu Sans", sans-serif; }
        th, td { padding: .3rem .8rem; text-align: left; border-bottom: 1px solid #d8dde6; }
        .code { font-family: "DejaVu Sans Mono", monospace; font-size: 1.2rem; letter-spacing: .1em; }
        .verify, .signature { font-family: system-ui, "DejaVu Sans", sans-serif; font-size: .85rem; color: #5b667d; word-break: break-all; }
        @media print { main.certificate { margin: 0 auto; } }
        """
}
