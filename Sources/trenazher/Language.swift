import ArgumentParser
import Foundation
import TrenazherStore

/// The language of the command line's own words (option help, usage hints), decided before the
/// arguments are parsed: Ukrainian, or English with `--lang en` (or `TRENAZHER_LANG=en`).
enum Language {
    /// Whether the command line asks for English.
    static let english: Bool = {
        let arguments = CommandLine.arguments
        if arguments.contains("--lang=en") { return true }
        if let index = arguments.firstIndex(of: "--lang"), arguments.indices.contains(index + 1) {
            return arguments[index + 1] == "en"
        }
        return ProcessInfo.processInfo.environment["TRENAZHER_LANG"] == "en"
    }()

    /// The Ukrainian or the English text.
    static func text(_ ukrainian: String, _ englishText: String) -> String { english ? englishText : ukrainian }

    /// An error's one-line message in the command line's language.
    static func describe(_ error: Error) -> String {
        if let error = error as? BilingualError { return error.message(english: english) }
        return (error as? LocalizedError)?.errorDescription ?? "\(error)"
    }

    /// Option help in the command line's language.
    static func help(_ ukrainian: String, _ englishText: String) -> ArgumentHelp { ArgumentHelp(text(ukrainian, englishText)) }
}
