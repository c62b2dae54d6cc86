import Foundation

/// What a printed certificate says of its standing when it is printed.
public enum PageStatus: Sendable, Hashable {
    case valid(asOf: Date)
    case revoked(on: Date, reason: String)
    case expired(on: Date)
    /// Not revoked, but what it rests on was changed outside Trenazher (`CertificateDoubt`): the reasons, in words.
    case inDoubt(reasons: [String])

    /// The standing of a register entry at `date`; `doubts`: what `hr check` found in the rows it rests on.
    public static func of(_ registered: RegisteredCertificate, at date: Date, doubts: [CertificateDoubt] = [], english: Bool = false) -> PageStatus {
        if let revocation = registered.revocation { return .revoked(on: revocation.revokedAt, reason: revocation.reason) }
        if !doubts.isEmpty { return .inDoubt(reasons: doubts.map { $0.text(english: english) }) }
        if registered.certificate.isExpired(at: date) { return .expired(on: registered.certificate.expiresAt) }
        return .valid(asOf: date)
    }
}

/// How a certificate page differs from the signed credential it embeds.
public enum PageMismatch: Sendable, Hashable {
    /// The page embeds no credential of a certificate.
    case noCredential
    /// A visible line differs: what the page shows, and what the signed credential gives there.
    case text(page: String, signed: String)
    /// The visible text matches, but the markup (styles, QR code, links) was changed.
    case markup
}

/// A certificate as a printable, self-contained HTML page. Everything it shows is rendered from the signed Open
/// Badges credential it embeds, so `trenazher verify certificate.html` checks the signature and that the page's
/// visible text is exactly what the credential says; only the standing at printing (valid, revoked, expired)
/// (or in doubt) is outside the comparison, and `verify` checks that itself.
public enum CertificatePage {
    static let credentialScriptOpening = "<script type=\"application/ld+json\" id=\"credential\">"
    static let statusOpening = "<!--status-->"
    static let statusClosing = "<!--/status-->"

    /// The page of a register entry in Ukrainian or English, marked with its standing when one is given.
    public static func html(_ certificate: Certificate, status: PageStatus? = nil, english: Bool) -> String {
        let credential = OpenBadgeCredential.signed(certificate)
        return html(credential: credential, facts: CredentialFacts(credential: credential) ?? CredentialFacts(certificate: certificate),
                    status: status, english: english)
    }

    static func html(credential: JSONDocument, facts: CredentialFacts, status: PageStatus?, english: Bool) -> String {
        let wording = ReportWording(english: english)
        func pick(_ ukrainian: String, _ englishText: String) -> String { wording.pick(ukrainian, englishText) }
        let embedded = credential.pretty.replacingOccurrences(of: "</", with: "<\\/")
        let target = facts.verificationTarget
        let qr = QRCode(target)?.svg(label: target) ?? ""
        let statusCommand = facts.status.flatMap { StatusListEntry.base(ofListURL: $0.listURL) }.map { " --status " + $0 } ?? ""
        let body = """
            <main class="certificate">
            \(statusOpening)\(status.map { banner($0, wording: wording) } ?? "")\(statusClosing)
            <p class="issuer">\(HTML.escape(facts.issuerName))</p>
            <h1>\(pick("Сертифікат", "Certificate"))</h1>
            <p class="number">№ \(HTML.escape(facts.number))</p>
            <p>\(pick("засвідчує, що", "certifies that"))</p>
            <p class="name">\(HTML.escape(facts.holder))</p>
            <p>\(pick("успішно склав(ла) іспити тренажера стандартів обслуговування за напрямом", "passed the customer-service Standards exams of the track"))</p>
            <p class="track">«\(HTML.escape(facts.trackTitle(english: english)))»</p>
            \(criteriaLines(facts, english: english))
            <table>
            <tr><th>\(pick("Видано", "Issued"))</th><td>\(facts.validFrom.map(wording.day) ?? "—")</td></tr>
            <tr><th>\(pick("Дійсний до", "Valid until"))</th><td>\(facts.validUntil.map(wording.day) ?? "—")</td></tr>
            <tr><th>\(pick("Код перевірки", "Verification code"))</th><td class="code">\(HTML.escape(facts.code))</td></tr>
            </table>
            <div class="signoff">
            <div class="sign"><span class="line"></span>\(pick("підпис уповноваженої особи", "authorised signature"))</div>
            <div class="stamp">\(pick("М. П.", "Stamp"))</div>
            <div class="qr">\(qr)<span>\(HTML.escape(target))</span></div>
            </div>
            <p class="verify">\(pick("Перевірити справжність", "Verify")): <code>trenazher verify \(HTML.escape(facts.code))\(HTML.escape(statusCommand))</code></p>
            <p class="signature">\(pick("Електронний підпис Ed25519", "Ed25519 signature")): \(HTML.escape(String(facts.proofValue.prefix(24))))…<br>\(pick("Ключ", "Key")): \(HTML.escape(facts.issuerDID))</p>
            </main>
            \(credentialScriptOpening)
            \(embedded)
            </script>
            """
        return HTML.page(title: "\(pick("Сертифікат", "Certificate")) \(facts.number)", language: english ? "en" : "uk",
                         style: style, body: body)
    }

    /// The criteria line in the page's language. In English: the signed English line, or — for a certificate signed
    /// before English titles were — the Ukrainian line in an English frame, with a note that the titles are as
    /// signed, in Ukrainian.
    private static func criteriaLines(_ facts: CredentialFacts, english: Bool) -> String {
        if english, let signed = facts.english { return "<p class=\"criteria\">\(HTML.escape(signed.criteria))</p>" }
        let line = "<p class=\"criteria\">\(HTML.escape(CriteriaText.shown(facts.criteria, english: english)))</p>"
        return english ? line + "\n<p class=\"criteria\">(track and exam titles as signed, in Ukrainian)</p>" : line
    }

    private static func banner(_ status: PageStatus, wording: ReportWording) -> String {
        switch status {
        case .valid(let date):
            return "<p class=\"status valid\">\(wording.pick("Чинний станом на", "Valid as of")) \(wording.day(date))</p>"
        case .revoked(let date, let reason):
            return "<p class=\"status revoked\">\(wording.pick("ВІДКЛИКАНО", "REVOKED")) \(wording.day(date)): \(HTML.escape(reason))</p>"
        case .expired(let date):
            return "<p class=\"status expired\">\(wording.pick("СТРОК ДІЇ МИНУВ", "EXPIRED")) \(wording.day(date))</p>"
        case .inDoubt(let reasons):
            return "<p class=\"status doubt\">\(wording.pick("ПІД СУМНІВОМ", "IN DOUBT")): \(HTML.escape(reasons.joined(separator: "; ")))</p>"
        }
    }

    /// The signed credential embedded in a certificate page, when the text is one.
    public static func embeddedCredential(in text: String) -> String? {
        guard let start = text.range(of: credentialScriptOpening),
              let end = text.range(of: "</script>", range: start.upperBound..<text.endIndex) else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }

    /// How the page differs from the page its embedded credential gives (its standing line aside); `nil` when it
    /// does not. The signature of the credential is checked separately.
    public static func mismatch(in page: String) -> PageMismatch? {
        guard let embedded = embeddedCredential(in: page), let credential = JSONDocument.parse(Data(embedded.utf8)),
              let facts = CredentialFacts(credential: credential) else { return .noCredential }
        let expected = html(credential: credential, facts: facts, status: nil, english: page.contains("<html lang=\"en\">"))
        let shown = withoutStatus(page), signed = withoutStatus(expected)
        guard shown != signed else { return nil }
        let shownLines = visibleLines(shown), signedLines = visibleLines(signed)
        for (seen, wanted) in zip(shownLines, signedLines) where seen != wanted { return .text(page: seen, signed: wanted) }
        if shownLines.count > signedLines.count { return .text(page: shownLines[signedLines.count], signed: "") }
        if signedLines.count > shownLines.count { return .text(page: "", signed: signedLines[shownLines.count]) }
        return .markup
    }

    static func withoutStatus(_ page: String) -> String {
        guard let start = page.range(of: statusOpening), let end = page.range(of: statusClosing, range: start.upperBound..<page.endIndex) else {
            return page
        }
        return page.replacingCharacters(in: start.upperBound..<end.lowerBound, with: "")
    }

    /// The text a reader sees, line by line: tags, styles and scripts removed, entities read.
    static func visibleLines(_ page: String) -> [String] {
        var text = page
        for element in ["style", "script", "svg"] {
            while let open = text.range(of: "<\(element)"), let close = text.range(of: "</\(element)>", range: open.upperBound..<text.endIndex) {
                text.replaceSubrange(open.lowerBound..<close.upperBound, with: "\n")
            }
        }
        var lines: [String] = []
        var current = ""
        var inTag = false
        for character in text {
            if character == "<" { inTag = true; lines.append(current); current = ""; continue }
            if character == ">" { inTag = false; continue }
            if inTag { continue }
            if character == "\n" { lines.append(current); current = "" } else { current.append(character) }
        }
        lines.append(current)
        return lines.map {
            $0.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&").trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
    }

    static let style = """
        @page { size: A4 landscape; margin: 12mm; }
        body { font-family: Georgia, "DejaVu Serif", serif; color: #1d2330; margin: 0; }
        main.certificate { position: relative; max-width: 60rem; margin: 2rem auto; padding: 2.5rem 3rem; border: 6px double #2f5d8a; text-align: center; }
        h1 { font-size: 2.6rem; letter-spacing: .08em; margin: .4rem 0; color: #2f5d8a; }
        .issuer { font-size: 1.1rem; text-transform: uppercase; letter-spacing: .12em; color: #44506a; }
        .number { font-size: 1.1rem; margin-top: 0; }
        .name { font-size: 2rem; font-weight: bold; margin: .6rem 0; }
        .track { font-size: 1.6rem; margin: .4rem 0; }
        .criteria { color: #44506a; }
        .status { font-family: system-ui, "DejaVu Sans", sans-serif; font-weight: bold; margin: 0 0 1rem; padding: .4rem; }
        .status.valid { color: #2f7d4f; }
        .status.revoked, .status.expired, .status.doubt { color: #fff; background: #b8492f; font-size: 1.4rem; letter-spacing: .06em; }
        .status.revoked::after, .status.expired::after, .status.doubt::after { content: ""; position: absolute; inset: 0; pointer-events: none;
            background: repeating-linear-gradient(-30deg, transparent 0 4rem, rgba(184, 73, 47, .10) 4rem 5rem); }
        table { margin: 1.2rem auto; border-collapse: collapse; font-family: system-ui, "DejaVu Sans", sans-serif; }
        th, td { padding: .3rem .8rem; text-align: left; border-bottom: 1px solid #d8dde6; }
        .code { font-family: "DejaVu Sans Mono", monospace; font-size: 1.2rem; letter-spacing: .1em; }
        .signoff { display: flex; justify-content: space-between; align-items: flex-end; gap: 2rem; margin-top: 2rem;
            font-family: system-ui, "DejaVu Sans", sans-serif; font-size: .85rem; color: #44506a; }
        .sign { flex: 1; text-align: center; }
        .sign .line { display: block; border-bottom: 1px solid #1d2330; height: 2.5rem; margin-bottom: .3rem; }
        .stamp { width: 6rem; height: 6rem; border: 1px dashed #8a94a8; border-radius: 50%; display: flex; align-items: center; justify-content: center; }
        .qr { display: flex; flex-direction: column; align-items: center; max-width: 14rem; word-break: break-all; }
        .verify, .signature { font-family: system-ui, "DejaVu Sans", sans-serif; font-size: .85rem; color: #5b667d; word-break: break-all; }
        @media print { main.certificate { margin: 0 auto; } .status.revoked, .status.expired, .status.doubt { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
        """
}
