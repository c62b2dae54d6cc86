import Foundation

/// Makes the C library (and so libedit) treat input as UTF-8; without it libedit drops every
/// non-ASCII character.
public enum UTF8Locale {
    /// Takes the user's `LC_CTYPE` when its codeset is UTF-8, else `C.UTF-8`. Returns whether a
    /// UTF-8 codeset is in effect afterwards.
    @discardableResult
    public static func activate() -> Bool {
        if setlocale(LC_CTYPE, ""), isUTF8 { return true }
        _ = setlocale(LC_CTYPE, "C.UTF-8")
        return isUTF8
    }

    private static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    private static func setlocale(_ category: Int32, _ name: String) -> Bool {
        Glibc.setlocale(category, name) != nil
    }
}
