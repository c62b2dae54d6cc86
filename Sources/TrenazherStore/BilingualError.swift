import Foundation

/// A refusal or fault whose one-line message exists in Ukrainian, the interface's language, and in English
/// (`--lang en`). `errorDescription` gives the Ukrainian line for callers that do not know the language.
public protocol BilingualError: LocalizedError {
    /// The message in Ukrainian, or in English when `english`.
    func message(english: Bool) -> String
}

extension BilingualError {
    /// The Ukrainian message.
    public var errorDescription: String? { message(english: false) }
}
