import ArgumentParser
import TrenazherConsole

/// Options of the interactive commands (`trenazher`, `train`, `exam`), besides the global ones.
struct ConsoleOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: Language.help("Показувати репліки клієнта одразу, а не слово за словом.", "Show the customer's lines at once instead of word by word."))
    var fast = false

    @Option(name: .long, help: Language.help("Темп мовлення клієнта, слів за хвилину (60–400; типово — /pace працівника, інакше темп клієнта зі сценарію, 130–160).", "Words a minute the customer speaks (60–400; default: the trainee's /pace, else the scenario customer's pace, 130–160)."))
    var pace: Int?

    @Option(name: .long, help: Language.help("Хто тренується (номер, ПІБ або ім'я); без неї — запитання.", "The trainee (number, full name or first name); asked when not given."))
    var trainee: String?

    func validate() throws {
        if let pace, !CustomerVoice.wordsPerMinuteRange.contains(pace) {
            let range = CustomerVoice.wordsPerMinuteRange
            throw ValidationError(global.english ? "--pace must be between \(range.lowerBound) and \(range.upperBound) words a minute"
                                                 : "--pace: від \(range.lowerBound) до \(range.upperBound) слів за хвилину")
        }
    }

    /// The customer's speaking pace these options ask for.
    var voice: CustomerVoice {
        fast ? CustomerVoice(secondsPerWord: 0) : CustomerVoice(wordsPerMinute: pace ?? CustomerVoice.naturalWordsPerMinute)
    }

    /// Whether the pace was given here (it then replaces the trainee's remembered one).
    var voiceChosen: Bool { fast || pace != nil }

    /// The interface strings in the language these options ask for.
    var strings: any Strings {
        global.english ? EnglishStrings(resumeCommand: ResumeHint.command) : UkrainianStrings(resumeCommand: ResumeHint.command)
    }
}
