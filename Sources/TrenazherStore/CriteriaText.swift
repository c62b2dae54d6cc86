import Foundation

/// A certificate's criteria line. It is signed in Ukrainian («Іспити складено (не менше 80 балів): «…», «…».») and,
/// since certificates carry English titles, in English too («Exams passed (score at least 80): “…”, “…”.», the
/// scenarios' `title_en` in English quotation marks), which the English page shows as signed: a certificate issued
/// before the English line took English quotation marks signed its titles in «…», and that line, being what was
/// signed, is shown and verified as it is. For an older certificate, signed in Ukrainian only, the
/// English page renders the frame in English from the signed line alone (the minimum score read back from it,
/// the scenario titles as signed), so that `verify` renders the same words from the same credential and an edit
/// to the signed line still changes the page.
public enum CriteriaText {
    static let ukrainianOpening = "Іспити складено (не менше "
    static let ukrainianScoreClosing = " балів): "

    /// The signed line: the minimum score and the exam scenarios' titles.
    public static func signed(minScore: Int, titles: [String]) -> String {
        ukrainianOpening + "\(minScore)" + ukrainianScoreClosing + titles.joined(separator: ", ") + "."
    }

    /// The signed English line: the minimum score and the exam scenarios' English titles (each as
    /// `englishQuoted` gives it).
    public static func signedEnglish(minScore: Int, titles: [String]) -> String {
        "Exams passed (score at least \(minScore)): " + titles.joined(separator: ", ") + "."
    }

    /// A title as the signed English line quotes it: in English quotation marks, “Long lookup”.
    public static func englishQuoted(_ title: String) -> String { "\u{201C}" + title + "\u{201D}" }

    /// The line of an older certificate (signed in Ukrainian only) as the page shows it: the signed line in Ukrainian; in English its frame translated
    /// («Exams passed (score at least 80): «…», «…».»). A line of another form is shown as signed.
    public static func shown(_ signed: String, english: Bool) -> String {
        guard english, signed.hasPrefix(ukrainianOpening) else { return signed }
        let rest = signed.dropFirst(ukrainianOpening.count)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, rest.dropFirst(digits.count).hasPrefix(ukrainianScoreClosing) else { return signed }
        return "Exams passed (score at least \(digits)): " + rest.dropFirst(digits.count + ukrainianScoreClosing.count)
    }
}
