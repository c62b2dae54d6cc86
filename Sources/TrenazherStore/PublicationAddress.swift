import Foundation

/// The address where HR hosts the published folder (status list, badges, verification page), recorded once
/// in the database: every certificate issued afterwards points at its status list there.
public enum PublicationAddress {
    /// The address as recorded: an absolute `https://` or `http://` URL with a host, without query, fragment or
    /// trailing slash; `nil` when the text is not one.
    public static func normalized(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.contains(where: { $0.isWhitespace || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } }),
              let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
              scheme == "https" || scheme == "http", let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil, components.user == nil, components.password == nil else {
            return nil
        }
        var result = trimmed
        while result.hasSuffix("/") { result.removeLast() }
        return result
    }

    /// The address a certificate's QR code holds: the verification page with the code as its fragment.
    public static func verificationURL(base: String, code: String) -> String {
        base + "/#" + code
    }
}
