import Foundation

/// The JSON-LD context documents a credential may name, bundled with the program (see
/// `Contexts/README.md` for their sources and licences). Contexts are looked up by URL and never fetched:
/// a verifier must not let a network answer change what a signed document means.
public struct JSONLDContextLibrary: Sendable {
    /// The `@context` value of each known context document, by its URL.
    private let contexts: [String: JSONDocument]

    /// A library of the given documents (URL → the whole context document, `{"@context": …}`).
    public init(documents: [String: JSONDocument]) {
        var contexts: [String: JSONDocument] = [:]
        for (url, document) in documents {
            if let context = document["@context"] { contexts[url] = context }
        }
        self.contexts = contexts
    }

    /// The `@context` value of the document at `url`.
    func context(at url: String) throws -> JSONDocument {
        guard let context = contexts[url] else { throw LinkedDataError.unknownContext(url) }
        return context
    }

    /// The URL of the W3C Verifiable Credentials 2.0 context.
    public static let credentialsV2 = "https://www.w3.org/ns/credentials/v2"
    /// The URL of the 1EdTech Open Badges 3.0 context.
    public static let openBadgesV3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
    /// The URL of the W3C credentials examples context (only the specification's test vectors use it).
    public static let credentialsExamplesV2 = "https://www.w3.org/ns/credentials/examples/v2"

    /// The contexts Trenazher's credentials use, compiled into the program from `LinkedData/Contexts/`.
    public static let bundled: JSONLDContextLibrary = {
        var documents: [String: JSONDocument] = [:]
        for (url, bytes) in [(credentialsV2, PackageResources.credentials_v2_jsonld),
                             (openBadgesV3, PackageResources.ob_v3p0_context_3_0_3_json),
                             (credentialsExamplesV2, PackageResources.credentials_examples_v2_jsonld)] {
            if let document = JSONDocument.parse(Data(bytes)) { documents[url] = document }
        }
        return JSONLDContextLibrary(documents: documents)
    }()
}
