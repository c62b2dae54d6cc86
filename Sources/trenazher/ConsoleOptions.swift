import ArgumentParser
import TrenazherConsole

/// Options of the interactive commands (`trenazher`, `train`, `exam`), besides the global ones.
struct ConsoleOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Show the customer's lines at once instead of word by word.")
    var fast = false

    @Option(name: .long, help: "Seconds per word while the customer speaks (default 0.22).")
    var pace: Double = 0.22

    @Option(name: .long, help: "The trainee (number, full name or first name); asked when not given.")
    var trainee: String?

    func validate() throws {
        guard (0...5).contains(pace) else {
            throw ValidationError("--pace must be between 0 and 5 seconds per word")
        }
    }

    /// The customer's speaking pace these options ask for.
    var voice: CustomerVoice { CustomerVoice(secondsPerWord: fast ? 0 : pace) }

    /// The interface strings in the language these options ask for.
    var strings: any Strings { global.english ? EnglishStrings() : UkrainianStrings() }
}
